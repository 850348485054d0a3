-- cancelled-train.lua — a public complaint out of the blue: a commuter who has
-- never contacted the rail company before posts, furious, from a cold platform.
-- Other passengers join in, then a local councillor asks for numbers.
-- Standard level.
--
-- Teaches: answer a public complaint where it was made, fast, without sending
-- it to "the proper channel"; facts instead of statement-speak; published
-- figures and honest bad news for a public question; practical help (a delay
-- letter, compensation) owned end to end; no promises about tomorrow's train.

-- Each apology counts for less than the one before.
local function apologise(state, points)
  state.apologies = state.apologies + 1
  state.mood.owen = state.mood.owen + points // state.apologies
end

-- Whether tomorrow's 07:42 runs is not up to the trainee. Drawn by the choice
-- that promises it will, so the next morning's posts can rely on it.
local function draw_tomorrow(state)
  state.cancelled_again = sim.chance(0.5)
end

local function closing(state)
  if state.audience >= 80 then return "end-press" end
  if state.mood.owen >= 10 and state.audience < 50 then return "end-resolved" end
  return "end-contained"
end

return scenario {
  id = "cancelled-train",
  lang = "en",
  title = "The 07:42 from Ashby",
  summary = "A commuter who has never written to you before posts from the platform: his train is cancelled for the third time this week. Other passengers join in, and then a councillor wants numbers.",
  archetype = "public-complaint",
  channel = "feed",
  difficulty = "standard",
  minutes = 9,
  brand = { name = "Northvale Rail", handle = "@NorthvaleRail" },

  rules = {
    "Share what Operations has confirmed. When you don't know yet, say so, and say when you'll update.",
    "Never promise that a particular train will run: only Operations can confirm it, on the day.",
    "Offer Delay Back compensation whenever a delay or cancellation qualifies, and help people claim it.",
    "Performance figures come from the published monthly report; don't quote internal or unchecked numbers.",
  },

  personas = {
    persona { id = "owen", name = "Owen Hartley", handle = "@owen_h_commutes",
              role = "commuter", mood = -40 },
    persona { id = "ruth", name = "Ruth Adebayo", handle = "@ruth_on_the_742",
              role = "another commuter", mood = -30 },
    persona { id = "denholm", name = "Cllr Mark Denholm", handle = "@CllrDenholm",
              role = "local councillor", mood = -10 },
  },

  state = {
    apologies = 0,           -- how many times we have said sorry to Owen
    redirected = false,      -- we told him to complain somewhere else
    promised = false,        -- we promised tomorrow's 07:42 would run
    cancelled_again = false, -- tomorrow's 07:42 is cancelled too (drawn)
  },
  audience = 20,
  clock = { rate = 10 },  -- the morning rush: one real second is ten simulated seconds
  pass = 75,              -- a fast reply should not carry a run that ended in a row

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "platform",
      posts = {
        post { from = "owen", likes = 30, shares = 8, replies = 4,
               text = "07:42 from Ashby CANCELLED. Again. Third time this week, not a single announcement on the platform, and I've just been given a warning at work for being late. Does anyone at @NorthvaleRail actually care? (photo: departure board)" },
        post { from = "ruth", at = "3m", likes = 18,
               text = "@owen_h_commutes Same platform, same story. The 08:05 is going to be rammed." },
      },
      decision = decision {
        prompt = "Owen has never emailed or called you before; this is his first contact, straight to your public feed. Operations confirms: the 07:42 was cancelled at 07:20 because no driver was available. The 08:05 is running, with two extra carriages. Delay Back compensation applies. How do you answer?",
        target = 45,
        timeout = "30m",
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "reply-fast", "listen" },
          effects = { mood = -20, audience = 25 },
          feedback = "By the time the 08:05 leaves, everyone on that platform has read Owen's post and nobody has read a reply. A public complaint needs a public answer within minutes, even if it's only what you know so far.",
          next = "pileon",
        },
        choices = {
          choice {
            text = "Owen, I'm sorry: three cancellations in a week isn't good enough, and you should have heard it on the platform. Today's 07:42 was cancelled as we had no driver; the 08:05 runs with two extra carriages. You're due Delay Back compensation, and I can send a letter for work: DM me.",
            empathy = 9, policy = 9,
            tags = { "apologise-sincerely", "reply-fast", "no-lies", "own-it" },
            follows = { 1, 3 },
            effect = function(state) apologise(state, 30) end,
            feedback = "You answer where he spoke, straight away: a specific apology (including the missing announcement), the real reason, the next train, and two practical things he can use today. Everyone else on the platform learns the same facts.",
            next = "councillor",
          },
          choice {
            text = "Hi Owen, sorry to hear that. For complaints, please use the feedback form on our website so our Customer Relations team can investigate properly: northvale.example/feedback",
            empathy = 3, policy = 3,
            tags = { "listen", "own-it", "reply-fast" },
            effects = { mood = -20, audience = 15, set = { redirected = true } },
            feedback = "It feels procedural and safe, but he chose to complain in public, and that's where everyone else is reading. Sending him to a form reads as 'take it away from here'. Answer the complaint where it was made; move only personal details to DMs.",
            next = "pileon",
          },
          choice {
            text = "Morning Owen. The cancellation was posted on our app and website at 07:20, so it's worth switching on journey alerts to hear about changes first. The 08:05 is running as normal.",
            empathy = 3, policy = 5,
            tags = { "listen", "not-personal", "apologise-sincerely" },
            effects = { mood = -25, audience = 15 },
            feedback = "Every fact is true, and the message is 'you should have checked'. On a cold platform after a warning at work, that lands as blame. Lead with the apology, then the facts; the app tip can come later, if at all.",
            next = "pileon",
          },
          choice {
            text = "We apologise for the disruption to this morning's services, which is due to operational issues. Please check our journey planner before you travel.",
            empathy = 2, policy = 5,
            tags = { "apologise-sincerely", "listen", "no-lies" },
            effects = { mood = -20, audience = 10, add = { apologies = 1 } },
            feedback = "'Operational issues' says nothing, and it's addressed to nobody. A statement to a person sounds like a brush-off, and it spends your first apology on nothing. Use his name, say what happened (no driver) and what he can do now.",
            next = "pileon",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2a
    beat {
      id = "pileon",
      posts = {
        post { from = "owen", at = "4m", likes = 95, shares = 30, replies = 18,
          when = function(state) return state.redirected end,
          text = "A form. I'm stood on your platform, late for the third time this week, and you want me to fill in a FORM. Brilliant, @NorthvaleRail." },
        post { from = "owen", at = "4m", likes = 95, shares = 30, replies = 18,
          when = function(state) return not state.redirected end,
          text = "So it's my fault for not staring at your app at 7am? Three cancellations, zero announcements, and this is the answer. Brilliant, @NorthvaleRail." },
        post { from = "ruth", at = "7m", likes = 60, shares = 12,
               text = "Every commuter on the Ashby line could write this post. We're not 'operational issues', we're people trying to get to work." },
      },
      decision = decision {
        prompt = "Owen's reply is getting more shares than his first post, and other passengers are joining in. How do you recover?",
        target = 45,
        timeout = "30m",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "reply-fast" },
          effects = { mood = -15, audience = 25 },
          feedback = "After a reply that went down badly, silence lets the thread decide what you meant. You needed a second, better answer within minutes: an apology, the facts, and help.",
          next = "councillor",
        },
        choices = {
          choice {
            text = "Owen, you're right: my first reply missed the point, and I'm sorry. The 07:42 was cancelled because we had no driver, and there should have been an announcement. You're due Delay Back compensation, and I can send a delay letter for work today: DM me. @ruth_on_the_742, you too.",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "apologise-sincerely", "own-it", "no-lies" },
            follows = { 1, 3 },
            effects = { audience = -10, mood = { ruth = 20 } },
            effect = function(state) apologise(state, 30) end,
            feedback = "Admitting the first reply missed the point is what makes the second one believable. Then you give the facts and the practical help you should have led with, and you include Ruth, who speaks for the rest of the platform.",
            next = "councillor",
          },
          -- A second pointer elsewhere lands far worse on someone already sent away once.
          choice {
            text = "Sorry you're having a bad morning, Owen. Please DM us so we can look into this for you.",
            empathy = 4, policy = 5,
            tags = { "go-private", "apologise-sincerely", "listen" },
            effects = { audience = 10 },
            effect = function(state)
              state.apologies = state.apologies + 1
              if state.redirected then
                state.mood.owen = state.mood.owen - 25
                state.audience = state.audience + 15
              else
                state.mood.owen = state.mood.owen + 5
              end
            end,
            feedback = "'Sorry you're having a bad morning' apologises for his mood, not for the train. And 'DM us' is the second time you've pointed him somewhere else, which is what he's complaining about. Answer in public first, then take the details private.",
            next = "councillor",
          },
          choice {
            text = "We understand your frustration, Owen. Unfortunately, driver availability is sometimes outside our control. We're doing everything we can to improve reliability on the Ashby line.",
            empathy = 3, policy = 4,
            tags = { "own-it", "apologise-sincerely", "listen" },
            effects = { mood = -15, audience = 15 },
            feedback = "It sounds measured, but 'outside our control' is an excuse (rostering drivers is your job), and 'doing everything we can' is a promise nobody can check. Say sorry, say what happened, and offer something he can use today.",
            next = "councillor",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3
    beat {
      id = "councillor",
      posts = {
        post { from = "denholm", at = "40m", likes = 70, shares = 25, replies = 12,
               text = "@NorthvaleRail How many times has the 07:42 from Ashby been cancelled recently? My constituents deserve a straight answer." },
        post { from = "denholm", at = "42m", likes = 40, shares = 10,
          when = function(state) return state.audience >= 50 end,
          text = "I'll be raising this at Thursday's transport committee. I'd rather bring your answer than these screenshots." },
      },
      decision = decision {
        prompt = "A local councillor wants numbers, in public. The published October report shows the 07:42 was cancelled 7 times last month. Operations tells you it's been 5 more in the first 8 days of November (not yet published). The cause is a shortage of drivers at Ashby; six new drivers qualify in March, and until then the 07:42 stays at risk. What do you reply?",
        target = 60,
        timeout = "2h",
        weight = 2,
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "listen", "bad-news-early" },
          effects = { audience = 20, mood = { denholm = -20 } },
          feedback = "A councillor asking a fair question in public will get an answer one way or another: from you, or from the screenshots at the committee. The figures are published; give them, with the reason and what happens next.",
          next = "owen-dm",
        },
        choices = {
          choice {
            text = "Cllr Denholm, published figures show the 07:42 was cancelled 7 times in October, and this month is no better. The cause is a driver shortage at Ashby: six new drivers qualify in March, and until then it stays at risk. We'll post by 21:00 each evening whether it runs. We're sorry.",
            empathy = 9, policy = 9,
            tags = { "bad-news-early", "no-lies", "listen", "apologise-sincerely" },
            follows = { 1, 4 },
            effects = { audience = -15, mood = { denholm = 20, owen = 10, ruth = 10 } },
            feedback = "Bad news told plainly, with the published number, an honest word about this month, the cause, the date it improves and something useful in the meantime. It's uncomfortable to post, and it ends the argument.",
            next = "owen-dm",
          },
          choice {
            text = "Cllr Denholm, across our whole network 97% of services ran last month. We're sorry for the disruption on the Ashby line and we're working hard to improve.",
            empathy = 3, policy = 3,
            tags = { "no-lies", "listen" },
            effects = { audience = 20, mood = { denholm = -20, owen = -10 } },
            feedback = "True and beside the point: he asked about one train, and a network average reads as dodging the question. Everyone on the Ashby line knows their own number. Give the figure for the 07:42 and the reason.",
            next = "owen-dm",
          },
          choice {
            text = "Cllr Denholm, we'd be happy to discuss this with you directly. Please email our Stakeholder team at stakeholders@northvale.example.",
            empathy = 4, policy = 5,
            tags = { "listen", "bad-news-early" },
            effects = { audience = 10, mood = { denholm = -10 } },
            feedback = "Talking to a councillor directly is fine, but moving a public question about a public service out of view looks like hiding the answer. Answer it here, briefly, and offer the meeting as well.",
            next = "owen-dm",
          },
          choice {
            text = "Cllr Denholm, 12 cancellations since 1 October: 7 in October and 5 in the first 8 days of November, all down to driver shortages at Ashby.",
            empathy = 4, policy = 4,
            tags = { "no-lies", "apologise-sincerely" },
            breaks = { 4 },
            effects = { audience = 10 },
            feedback = "Honest, which counts for a lot, but November's numbers haven't been checked or published, and if they're revised you'll have misled a councillor in public. And there's no apology and no 'what next'. Use the published figure, say this month is no better, and add the cause, the fix and the date.",
            next = "owen-dm",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4
    beat {
      id = "owen-dm",
      posts = {
        post { from = "owen", at = "20m",
          when = function(state) return state.mood.owen >= -30 end,
          text = "(direct message) OK, thanks for actually answering. A delay letter would really help, my manager wants proof. And honestly: is tomorrow's 07:42 going to run?" },
        post { from = "owen", at = "20m",
          when = function(state) return state.mood.owen < -30 end,
          text = "(direct message) Fine. I need a delay letter for my manager. And is tomorrow's 07:42 going to run or not?" },
      },
      decision = decision {
        prompt = "Owen has written to you privately. Operations confirms tomorrow's driver roster at 21:00 tonight, not before. The 07:28 from Ashby (a slower stopping train that arrives ten minutes later) is already confirmed. What do you reply?",
        target = 60,
        weight = 2,
        choices = {
          choice {
            text = "Here's your delay letter for this week, and I've started your Delay Back claim for all three days: nothing to fill in. I can't promise tomorrow's 07:42 yet; the roster is confirmed at 21:00 and I'll message you then either way. If you need certainty, the 07:28 is confirmed.",
            empathy = 9, policy = 10,
            tags = { "own-it", "no-lies" },
            follows = { 1, 2, 3 },
            effects = { mood = 20 },
            feedback = "You do the paperwork for him instead of sending him to it, you're honest about what you don't know yet, and you give him a time and a safe alternative. That is what owning a complaint looks like.",
            next = "morning",
          },
          choice {
            text = "Letter attached! And don't worry about tomorrow: I've checked, and the 07:42 will definitely run 👍",
            empathy = 7, policy = 0,
            tags = { "no-lies", "own-it" },
            breaks = { 2 },
            effects = { mood = 15, set = { promised = true } },
            effect = draw_tomorrow,
            feedback = "You want to give him a win, but you haven't checked and you can't: the roster is confirmed at 21:00. If the train is cancelled, tomorrow's post writes itself. Promise the 21:00 message, not the train.",
            next = "morning",
          },
          choice {
            text = "Delay letters and compensation are handled by Customer Relations: you can request both at northvale.example/delayback. I'm afraid I can't comment on tomorrow's services.",
            empathy = 3, policy = 4,
            tags = { "own-it", "listen" },
            effects = { mood = -20 },
            feedback = "Accurate, and it sends him off to do the work himself, after he's already been let down three times. You can request the letter and start the claim for him in a few minutes, and tell him when tomorrow's train is confirmed.",
            next = "morning",
          },
        },
      },
    },

    ---------------------------------------------------------------- 5
    beat {
      id = "morning",
      posts = {
        post { from = "owen", at = "22h", likes = 140, shares = 55, replies = 30,
          when = function(state) return state.promised and state.cancelled_again end,
          text = "'The 07:42 will definitely run 👍' said @NorthvaleRail yesterday. Cancelled. Again. Screenshot attached. I'm done." },
        post { from = "owen", at = "22h", likes = 12,
          when = function(state) return not (state.promised and state.cancelled_again) end,
          text = "On the train. Seat, even. Small victories." },
      },
      next = function(state)
        if state.promised and state.cancelled_again then return "broken-promise" end
        return closing(state)
      end,
    },

    beat {
      id = "broken-promise",
      decision = decision {
        prompt = "The train you promised has been cancelled, and Owen has posted your message. The 07:28 is running. What do you do?",
        target = 45,
        timeout = "1h",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "own-it" },
          effects = { mood = -20, audience = 25 },
          feedback = "A broken promise in a screenshot needs an owner within the hour. Silence makes it look as if you knew.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "Owen, I told you it would run, and I had no right to: Operations hadn't confirmed it. I'm sorry. I've added today to your Delay Back claim and sent you a delay letter for this morning. From tonight I'll message you at 21:00 with what's confirmed, and nothing more.",
            empathy = 9, policy = 8,
            tags = { "own-it", "apologise-sincerely", "recover-fast", "no-lies" },
            follows = { 1, 2, 3 },
            effect = function(state) apologise(state, 30) end,
            feedback = "No excuses: you name exactly what you did wrong, fix what can be fixed today, and change how you'll keep him informed. After a broken promise, that's the way back.",
            next = "end-contained",
          },
          choice {
            text = "We're sorry, Owen. This morning's cancellation was due to short-notice driver sickness, which was outside our control.",
            empathy = 2, policy = 2,
            tags = { "own-it", "no-lies" },
            effects = { mood = -20, audience = 20 },
            feedback = "The sickness may be real, but the promise was yours, and it was never in your control either. Own the promise first; the reason comes after.",
            next = function(state)
              if state.audience >= 80 then return "end-press" end
              return "end-escalated"
            end,
          },
          choice {
            text = "Owen, I'm so sorry, that's on me. I've double-checked this time, and tomorrow's 07:42 will definitely run. You have my word 🙏",
            empathy = 3, policy = 0,
            tags = { "no-lies", "apologise-sincerely", "own-it" },
            breaks = { 2 },
            effects = { mood = -10, audience = 15 },
            feedback = "The apology is right; the new promise is the same mistake twice. Tomorrow's roster still isn't confirmed, and a second broken promise would finish the relationship. Apologise, fix today, and promise only the 21:00 message.",
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved",
        text = "Owen's manager accepts the delay letter, and the compensation arrives within the week. A fortnight later, when someone new complains about the 07:42, Owen replies first: 'DM them, they'll actually sort it.'" },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained",
        text = "Owen gets his letter and his compensation, and the thread dies down. The 07:42 is still unreliable until March, and the Ashby line still talks about you as the company you have to chase." },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated",
        text = "Owen's posts become the Ashby commuters' rallying point. A group forms to collect cancellation screenshots, and every service update you post now gets a reply with a photo of the departure board." },
    },
    beat {
      id = "end-press",
      ending = ending { outcome = "crisis",
        text = "The local paper leads with 'Commuter warned at work as Northvale cancels the 07:42 again', quoting your replies and the councillor. The transport committee summons your operations director." },
    },
  },
}
