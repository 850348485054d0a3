-- outage-pileon.lua — mixed archetypes in one thread: a customer offline for
-- three days complains under the brand's own post, and a troll piles onto
-- him. Hard level, feed.
--
-- Teaches: the customer first, the troll never; hide what breaks a rule and
-- say nothing to the person who wants a reaction; the same rule for the
-- customer who snaps back; bad news told plainly with what helps meanwhile.

-- Each apology to Marcus is worth less than the one before.
local function apologise(state, points)
  state.apologies = state.apologies + 1
  state.mood.marcus = state.mood.marcus + points // state.apologies
end

-- A man who has been ignored, or who watched the brand spar with a troll
-- instead of helping him, answers the troll himself. Decided by the first
-- reply, so the next beat's posts and choices see the same state.
local function provoked(state)
  state.snapped = state.mood.marcus < -40
end

-- Once the fault is explained, the ending depends on how Marcus feels and on
-- whether the rules were applied to everyone alike.
local function closing(state)
  if state.mood.marcus >= 0 and not state.biased then
    return "end-resolved"
  end
  return "end-contained"
end

return scenario {
  id = "outage-pileon",
  title = "Pile-on",
  summary = "A customer has been offline for three days and says so under your fibre announcement. Then a troll starts mocking him. Help the customer, starve the troll, and moderate fairly when tempers go.",
  archetype = { "angry-customer", "troll" },
  channel = "feed",
  difficulty = "hard",
  minutes = 10,
  brand = { name = "Nimbo Broadband", handle = "@NimboNet" },

  rules = {
    "Account numbers, addresses and phone numbers go by direct message, never in replies.",
    "We hide replies that insult or attack a person, whoever writes them. Criticism of Nimbo stays up.",
    "At most one calm line to someone who is provoking; no debates with accounts that want a reaction.",
    "Never promise a repair time the network team has not confirmed.",
  },

  personas = {
    persona { id = "marcus", name = "Marcus Webb", handle = "@marcuswebb_design", role = "customer, freelance designer", mood = -55 },
    persona { id = "gary", name = "GigabitGary", handle = "@gigabit_gary", role = "troll", mood = 20 },
    persona { id = "tessa", name = "Tessa Mills", handle = "@tessa_eastbridge", role = "customer on the same street", mood = -30 },
  },

  state = {
    apologies = 0,
    fed = 0,               -- replies the brand aimed at the troll
    snapped = false,       -- Marcus insulted the troll back
    hidden_gary = false,   -- the troll's attack on Marcus is hidden
    biased = false,        -- only the troll's insult was hidden, not Marcus's
    promised = false,      -- a repair time nobody confirmed
  },
  audience = 20,
  weights = { empathy = 1, speed = 1, policy = 2 },  -- moderating fairly is what this scenario is about
  pass = 65,

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "outage",
      posts = {
        post { from = "brand", likes = 31, shares = 4,
               text = "Good news, Eastbridge: full-fibre speeds of up to 1 Gbps reach your street this spring! 🚀" },
        post { from = "marcus", at = "2m", likes = 48, shares = 6, replies = 2,
               text = "Full fibre in spring? My Nimbo line in Eastbridge has been dead since Monday. Three days, four calls, and every time 'an engineer will contact you'. Nobody has. I work from home. Every day offline costs me money." },
        post { from = "gary", at = "6m", likes = 12, replies = 1,
               text = "lol imagine paying Nimbo in 2026 😂 Three days is nothing mate, they're just warming up. Nimbo = Nimbus of lies." },
      },
      decision = decision {
        prompt = "Marcus is complaining under your announcement, and GigabitGary has joined in. Who do you answer, and how?",
        target = 45,
        timeout = "1h",
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "reply-fast", "listen" },
          effects = { mood = -25, audience = 20 },
          effect = provoked,
          feedback = "An hour without a word under your own post tells Marcus nobody is reading, and leaves the only reply to him the troll's. A fast, specific acknowledgement would have kept this between you and him.",
          next = "pile-on",
        },
        choices = {
          choice {
            text = "Marcus, three days without a line when you work from home is serious, and four calls with no engineer is on us. I'm sorry. I'm checking the Eastbridge fault myself now. Please DM me your account number and I'll be back here within the hour with a real answer.",
            empathy = 9, policy = 9,
            tags = { "apologise-sincerely", "reply-fast", "go-private", "dont-feed-trolls" },
            follows = { 1, 3 },
            effect = function(state) apologise(state, 30); provoked(state) end,
            feedback = "You answer the person with the real problem, specifically and fast, move his account details to DMs and promise only what you control: an answer within the hour. The troll gets nothing, which is exactly what he should get.",
            next = "pile-on",
          },
          choice {
            text = "@gigabit_gary Please keep it constructive. Marcus, sorry about this! Could you DM us your account number?",
            empathy = 6, policy = 6,
            tags = { "dont-feed-trolls", "go-private" },
            follows = { 1 },
            effects = { audience = 5, add = { fed = 1 } },
            effect = function(state) apologise(state, 10); provoked(state) end,
            feedback = "Gary hadn't broken a rule yet, and naming him first gives him the attention he came for and Marcus second place. Spend the whole reply on Marcus; a troll who breaks a rule gets moderated, not addressed.",
            next = "pile-on",
          },
          choice {
            text = "@gigabit_gary Our network is up 99.8% of the time across the country, and Eastbridge gets full fibre this spring. Facts matter.",
            empathy = 2, policy = 3,
            tags = { "dont-feed-trolls", "listen" },
            breaks = { 3 },
            effects = { mood = -15, audience = 10, add = { fed = 1 } },
            effect = provoked,
            feedback = "Defending the brand feels like the job, but a statistic aimed at a troll starts a debate he wants, and Marcus, offline for three days, watches you argue about uptime instead of fixing his. Answer the customer.",
            next = "pile-on",
          },
          choice {
            text = "Hi Marcus, sorry to hear you're having trouble! Our support team is available 24/7 on 0800 123 456 and will be happy to help.",
            empathy = 3, policy = 5,
            tags = { "own-it", "listen" },
            effects = { mood = -20, add = { apologies = 1 } },
            effect = provoked,
            feedback = "He has called four times; sending him back to the phone line says you didn't read his post. Take the case yourself, with a time you will come back by.",
            next = "pile-on",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2
    beat {
      id = "pile-on",
      posts = {
        post { from = "gary", at = "10m", likes = 19, replies = 4,
          when = function(state) return state.fed > 0 end,
          text = "Ooh, the Nimbo bot replied to ME 😂 Meanwhile @marcuswebb_design, if your 'business' can't survive three days offline, it isn't much of a business. Get a real job." },
        post { from = "gary", at = "10m", likes = 14, replies = 3,
          when = function(state) return state.fed == 0 end,
          text = "@marcuswebb_design 'works from home' lol. If your little business can't survive three days offline it isn't a business. Get a real job, crybaby." },
        post { from = "tessa", at = "14m", likes = 33, shares = 2,
               text = "Same street, same outage, same 'an engineer will call'. @NimboNet is it the whole of Eastbridge?" },
        post { from = "marcus", at = "16m", likes = 21,
          when = function(state) return state.snapped end,
          text = "@gigabit_gary crawl back under your rock, you sad little man." },
      },
      decision = decision {
        prompt = "GigabitGary has turned on Marcus in your thread. What do you do?",
        target = 45,
        timeout = "1h30m",
        weight = 2,
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "moderate-abuse", "dont-feed-trolls" },
          breaks = { 2 },
          effects = { mood = -15, audience = 15 },
          feedback = "Not answering the troll was right; leaving his insult to a customer standing under your own post was not. Rule 2 exists for this: hide it, quietly, and turn back to Marcus.",
          next = "troll-feast",
        },
        choices = {
          choice {
            when = function(state) return not state.snapped end,
            text = "(Hide Gary's reply under rule 2 and report it; nothing to him in public.) Marcus, sorry you had to read that here. Your case is with me now: I'll post an update on the Eastbridge fault in this thread by 11:00.",
            empathy = 9, policy = 10,
            tags = { "moderate-abuse", "dont-feed-trolls", "own-it" },
            follows = { 2, 3 },
            effects = { mood = 15, set = { hidden_gary = true } },
            feedback = "The insult disappears without a word to the person who wrote it, and the customer gets a named next step with a time. Moderation and help in one move, and no stage for the troll.",
            next = function(state)
              if state.fed > 0 or sim.chance(0.5) then
                return "censor-cry"
              end
              return "engineer"
            end,
          },
          choice {
            when = function(state) return state.snapped end,
            text = "(Hide both Gary's reply and Marcus's under rule 2, and DM Marcus:) I've had to hide your reply too, same rule for everyone, and honestly I understand why you wrote it. Your case is with me now; update in the thread by 11:00.",
            empathy = 8, policy = 10,
            tags = { "rules-consistently", "moderate-abuse", "dont-feed-trolls", "go-private" },
            follows = { 2, 3 },
            effects = { mood = 5, set = { hidden_gary = true } },
            feedback = "Hard to do to an upset customer, and right: the rule protects people, whoever insults them. Telling Marcus privately, with understanding and a next step, keeps him on side; doing it for both takes away the troll's only fair complaint.",
            next = "censor-cry",
          },
          choice {
            when = function(state) return state.snapped end,
            text = "(Hide Gary's reply only. Marcus was provoked, and he's the customer.)",
            empathy = 7, policy = 3,
            tags = { "rules-consistently", "moderate-abuse" },
            breaks = { 2 },
            effects = { mood = 10, set = { hidden_gary = true, biased = true } },
            feedback = "It feels fair to spare the one who was provoked, and he is the customer. But rule 2 says 'whoever writes them', and the troll will notice within minutes. Apply it to both, and explain it to Marcus privately.",
            next = "bias-cry",
          },
          choice {
            text = "@gigabit_gary That's out of line. Marcus is a customer with a real problem. If you've nothing useful to add, please leave the thread.",
            empathy = 6, policy = 4,
            tags = { "dont-feed-trolls", "moderate-abuse" },
            breaks = { 3 },
            effects = { mood = 5, audience = 10, add = { fed = 1 } },
            feedback = "Standing up for the customer is a decent instinct, and the wording is calm. But a public telling-off is a reply, and replies are what he's after; the insult is still up. Hide it under rule 2 and say nothing to him.",
            next = "troll-feast",
          },
          choice {
            text = "(Block Gary and delete every reply under our post except Marcus's, so the thread is clean.)",
            empathy = 3, policy = 1,
            tags = { "dont-delete-criticism", "moderate-abuse" },
            breaks = { 2 },
            effects = { mood = { tessa = -40 }, audience = 20 },
            feedback = "A clean thread is tempting, but Tessa's reply was a legitimate complaint about the same outage, and rule 2 keeps criticism of Nimbo up. Remove only what breaks a rule.",
            next = "purged",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3a
    beat {
      id = "censor-cry",
      posts = {
        post { from = "gary", at = "12m", likes = 9, replies = 2,
               text = "LOL my reply got hidden. Censorship much, @NimboNet? Can't handle the truth?" },
      },
      decision = decision {
        prompt = "GigabitGary is complaining that his reply was hidden. Do you answer him?",
        target = 45,
        timeout = "1h30m",
        silence = choice {
          empathy = 6, policy = 8,
          tags = { "dont-feed-trolls" },
          feedback = "Saying nothing is defensible: the hidden reply speaks for itself. One line pointing at rule 2 is a little better, because the people reading along learn where the line is.",
          next = "engineer",
        },
        choices = {
          choice {
            text = "Replies that insult people are hidden here, whoever writes them: that's rule 2 on our profile. Criticism of Nimbo stays up, yours included.",
            empathy = 7, policy = 10,
            tags = { "rules-consistently", "dont-feed-trolls" },
            follows = { 2, 3 },
            feedback = "One calm line, addressed to the rule rather than to him, and then nothing more. Bystanders see a fair rule fairly applied, and he has nothing left to argue with.",
            next = "engineer",
          },
          choice {
            text = "@gigabit_gary It's not censorship, it's our page and our policy. If you don't like it, you're free to go elsewhere.",
            empathy = 3, policy = 5,
            tags = { "not-personal", "dont-feed-trolls" },
            breaks = { 3 },
            effects = { audience = 10, add = { fed = 1 } },
            feedback = "Technically right and a little smug, which gives him a new line to quote. Point to the rule once, without the 'go elsewhere', and stop.",
            next = "engineer",
          },
          choice {
            text = "(Unhide Gary's reply, so nobody can call it censorship.)",
            empathy = 3, policy = 2,
            tags = { "rules-consistently", "moderate-abuse" },
            breaks = { 2 },
            effects = { mood = -20, audience = 5 },
            feedback = "Backing down puts the insult back in front of Marcus and teaches everyone that complaining loudly undoes moderation. A correct decision stands; explain it once.",
            next = "engineer",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3b
    beat {
      id = "bias-cry",
      posts = {
        post { from = "gary", at = "12m", likes = 34, replies = 8,
               text = "So I get hidden, but @marcuswebb_design calls me a 'sad little man' and that stays up? Rules for thee, not for me, @NimboNet." },
      },
      decision = decision {
        prompt = "GigabitGary has spotted that only his reply was hidden, and a few people are agreeing with him. What do you do?",
        target = 45,
        timeout = "1h30m",
        silence = choice {
          empathy = 4, policy = 3,
          tags = { "rules-consistently", "dont-feed-trolls" },
          breaks = { 2 },
          feedback = "His one fair point stays unanswered and Marcus's insult stays up. Apply the rule to both and say so in one line.",
          next = "engineer",
        },
        choices = {
          choice {
            text = "(Hide Marcus's reply too and DM him why. Then post:) Fair point: both replies broke rule 2, and both are now hidden. Same rule for everyone.",
            empathy = 7, policy = 9,
            tags = { "rules-consistently", "moderate-abuse", "go-private" },
            follows = { 2 },
            effects = { mood = -5, set = { biased = false } },
            feedback = "Admitting the troll was right about one thing costs you nothing and takes away his only argument. Marcus hears about it from you, privately, with the reason.",
            next = "engineer",
          },
          choice {
            text = "@gigabit_gary You started it. Marcus was defending himself.",
            empathy = 4, policy = 2,
            tags = { "rules-consistently", "dont-feed-trolls" },
            breaks = { 2, 3 },
            effects = { audience = 15, add = { fed = 1 } },
            feedback = "Taking sides in a playground argument is exactly the reaction he was fishing for, and it confirms that your rules depend on who you like. Apply the rule to both and stop talking to him.",
            next = "engineer",
          },
          choice {
            text = "(Unhide Gary's reply, so that both stay up and it's fair.)",
            empathy = 3, policy = 2,
            tags = { "rules-consistently", "moderate-abuse" },
            breaks = { 2 },
            effects = { mood = -20, set = { biased = false } },
            feedback = "Consistent, but in the wrong direction: now two insults stand under your post, one aimed at your customer. Fairness means both hidden, not both up.",
            next = "engineer",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3c
    beat {
      id = "troll-feast",
      on_enter = function(state)
        state.audience = state.audience + 10
      end,
      posts = {
        post { from = "gary", at = "8m", likes = 40, shares = 9, replies = 12,
          when = function(state) return state.fed > 0 end,
          text = "The Nimbo account would rather argue with me than fix Marcus's internet 😂 Screenshot this, Eastbridge." },
        post { from = "gary", at = "8m", likes = 22, shares = 3, replies = 5,
          when = function(state) return state.fed == 0 end,
          text = "See? Nimbo doesn't care. Their own customer gets called a crybaby under their own post and they say nothing. #NimbusOfLies" },
        post { from = "marcus", at = "12m", likes = 37,
               text = "I don't care about him. I care that I've been offline for three days and still nobody has told me WHY." },
      },
      decision = decision {
        prompt = "The thread has become a sideshow, and Marcus is still waiting. What do you do?",
        target = 45,
        timeout = "1h30m",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "listen", "moderate-abuse" },
          effects = { mood = -15, audience = 15 },
          feedback = "Marcus has told you plainly what he needs. Another silent hour makes the troll's 'they don't care' look true.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "(Hide Gary's attack on Marcus under rule 2.) Marcus, you're right, and I'm sorry this thread turned into a sideshow. Back to what matters: DM me your account number and I'll post an update on the Eastbridge fault here by 11:00.",
            empathy = 8, policy = 9,
            tags = { "moderate-abuse", "dont-feed-trolls", "apologise-sincerely", "own-it" },
            follows = { 1, 2, 3 },
            effects = { set = { hidden_gary = true } },
            effect = function(state) apologise(state, 20) end,
            feedback = "A good recovery: the rule-breaking reply goes, the troll gets no further word, and Marcus gets an apology and a time. It would have worked better an hour ago, but it still works.",
            next = "engineer",
          },
          choice {
            text = "@gigabit_gary Final warning: keep it civil or you'll be blocked.",
            empathy = 3, policy = 3,
            tags = { "dont-feed-trolls", "moderate-abuse" },
            breaks = { 3 },
            effects = { audience = 15, add = { fed = 1 } },
            feedback = "A threat in public is one more round of the game he's winning, and Marcus's question is still unanswered. Act (hide, report) without announcing it, and answer the customer.",
            next = "end-escalated",
          },
          choice {
            text = "(Turn off replies on the announcement.)",
            empathy = 3, policy = 4,
            tags = { "listen", "dont-delete-criticism" },
            effects = { mood = -10, audience = 5 },
            feedback = "It stops the troll and every customer with him: Marcus and Tessa can no longer ask you anything where others can see. Moderate the rule-breaker, not the conversation.",
            next = "end-contained",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3d
    beat {
      id = "purged",
      posts = {
        post { from = "tessa", at = "20m", likes = 120, shares = 45, replies = 18,
               text = "@NimboNet just deleted my reply about the outage. I'm a customer on the same street and I was polite. Screenshot below. So that's how you handle complaints?" },
      },
      after = "1h",
      next = "end-escalated",
    },

    ---------------------------------------------------------------- 4
    beat {
      id = "engineer",
      posts = {
        post { from = "tessa", at = "30m", likes = 12,
               text = "Any news for the rest of us, @NimboNet?" },
        post { from = "marcus", at = "40m",
          when = function(state) return state.mood.marcus < -20 end,
          text = "Well? It's nearly 11." },
      },
      decision = decision {
        prompt = "The network team has answered: a digger cut the fibre at the Eastbridge cabinet on Monday, and the repair crew is booked for Friday morning, two days away; nothing sooner is confirmed. You can send a free 4G router by same-day courier and credit the days offline. What do you post?",
        target = 60,
        timeout = "2h",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "bad-news-early", "listen" },
          effects = { mood = -25, audience = 15 },
          feedback = "You promised an update by 11:00 and the network team gave you one. Sitting on bad news doesn't make it better; it adds a broken promise to it.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "Eastbridge update: a digger cut the fibre at the street cabinet on Monday; the repair crew is booked for Friday morning. I'm sorry it's that long. Marcus, a free 4G router reaches you by courier today, and the days offline come off your bill. Neighbours: DM me for the same.",
            empathy = 9, policy = 10,
            tags = { "bad-news-early", "own-it", "no-lies", "go-private" },
            follows = { 1, 4 },
            effects = { mood = { marcus = 30, tessa = 30 }, audience = -10 },
            feedback = "The bad news, plainly, with the cause, the confirmed date and what helps until then, for everyone affected and not only the loudest. Details still go by DM.",
            next = closing,
          },
          choice {
            text = "Good news, Marcus: an engineer will be with you first thing tomorrow! 🎉",
            empathy = 7, policy = 1,
            tags = { "no-lies", "bad-news-early" },
            breaks = { 4 },
            effects = { mood = 20, set = { promised = true } },
            feedback = "It buys one calm evening and costs you tomorrow: nobody confirmed that date. Tell him Friday, and give him the router to get through it.",
            next = "broken-promise",
          },
          choice {
            text = "Our engineers are working hard to restore service in Eastbridge as soon as possible. Thank you for your patience.",
            empathy = 3, policy = 5,
            tags = { "bad-news-early", "listen" },
            effects = { mood = -10 },
            feedback = "You know the cause and the date, and you're keeping both back. Vague updates read as hiding something. Say what happened, when it will be fixed and what you can do meanwhile.",
            next = "end-contained",
          },
          choice {
            text = "(Send Marcus the full details and the router by DM, and leave the thread as it is.)",
            empathy = 6, policy = 6,
            tags = { "go-private", "listen" },
            effects = { mood = 15 },
            feedback = "Marcus is looked after, but you promised the update in the thread, and Tessa and every other neighbour are still waiting there. Post the general news in public; send the personal part by DM.",
            next = "end-contained",
          },
        },
      },
    },

    ---------------------------------------------------------------- 5
    beat {
      id = "broken-promise",
      posts = {
        post { from = "marcus", at = "20h", likes = 95, shares = 30, replies = 14,
               text = "It's 2pm. No engineer. Yesterday @NimboNet PROMISED first thing this morning. Screenshot below. I'm done." },
      },
      after = "21h",
      next = "end-escalated",
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved",
        text = "Marcus is working on the 4G router by the afternoon. On Friday he posts: 'Fibre's back. Nimbo kept me in the loop the whole way, credit where due.' GigabitGary has moved on to another thread." },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained",
        text = "The line is fixed on Friday and the thread goes quiet, but Marcus tells his clients he's looking for another provider, and the sideshow is still there for anyone who scrolls." },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated",
        text = "The thread becomes a screenshot: a customer offline for days, and a brand account busy with a troll. Eastbridge's local groups share it all week." },
    },
  },
}
