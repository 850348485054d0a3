-- flood-promo.lua — a crisis of the brand's own making: a cheerful "let it
-- pour" sale, scheduled days earlier, goes out on the morning the river has
-- flooded the brand's home town. Hard level, feed.
--
-- Teaches: take your own post down at once and say so; a sincere, specific
-- apology within minutes; never tie a sale or a donation to a disaster;
-- help quietly instead of turning help into marketing; an honest statement
-- to the press that blames neither a tool nor a colleague.

-- Each apology is worth less than the one before, and an apology that comes
-- late (after a quiet deletion, after hours of silence) starts lower still.
local function apologise(state, points)
  state.apologies = state.apologies + 1
  state.mood.irene = state.mood.irene + points // state.apologies
end

-- The shared recovery: the post is down, the queue is paused, we said so.
local function own_up(state, points)
  apologise(state, points)
  state.removed = true
  state.announced = true
  state.paused = true
end

return scenario {
  id = "flood-promo",
  title = "Let it pour",
  summary = "Your scheduled rain-gear sale went out on the morning the river flooded your home town. The screenshots are already travelling. Stop the damage, apologise like you mean it, and resist turning the flood into a campaign.",
  archetype = "crisis",
  channel = "feed",
  difficulty = "hard",
  minutes = 10,
  brand = { name = "Marea Outdoor", handle = "@MareaOutdoor" },

  rules = {
    "A post of ours that hurts people comes down at once, and we say in public that we took it down and why.",
    "When something serious happens where our customers live, every scheduled post is paused until a person has checked it against the news.",
    "No promotion, discount or donation is ever tied to a disaster or a tragedy.",
    "Statements to the press say what happened, that we are sorry and what we changed. They never blame a colleague or a tool.",
  },

  personas = {
    persona { id = "irene", name = "Irene Fabbri", handle = "@irene_fabbri", role = "Valbruna resident", mood = -60 },
    persona { id = "dario", name = "Dario Neri", handle = "@dario_brandwatch", role = "marketing commentator", mood = -20 },
    persona { id = "sara", name = "Sara Colombo", handle = "@sara_valbrunaoggi", role = "local journalist" },
    persona { id = "bea", name = "Bea Ferri", handle = "@bea_marea", role = "head of marketing (colleague)", mood = 10 },
    persona { id = "giorgio", name = "Giorgio Sala", handle = "@giorgiosala62", role = "customer" },
  },

  state = {
    apologies = 0,      -- how many times we have said sorry in public
    removed = false,    -- the promotion is no longer on our feed
    announced = false,  -- we said in public that we took it down, and why
    quiet = false,      -- we deleted it without a word
    post_up = false,    -- we answered under the post but left it running
    late = false,       -- hours went by before we did anything
    silenced = false,   -- we hid replies and blocked people over the screenshot
    paused = false,     -- every scheduled post is on hold
  },
  audience = 40,
  clock = { rate = 30 },  -- a crisis moves fast: one real second is thirty simulated seconds

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "promo",
      posts = {
        post { from = "brand", likes = 6, shares = 1,
               text = "Let it pour! ☔ 30% off every rain jacket, boot and umbrella this weekend only. Make a splash in Valbruna! #MareaWeekend" },
        post { from = "irene", at = "6m", likes = 214, shares = 83, replies = 41,
               text = "My kids and I slept in the sports hall last night because the Lenta came in through our front door. Half of Valbruna is under water and @MareaOutdoor wants us to 'make a splash'. Unbelievable." },
        post { from = "dario", at = "9m", likes = 96, shares = 38, replies = 12,
               text = "Good morning, marketing people. This is why a scheduled post needs a human to read the news first. Screenshot saved for Monday's newsletter 📸" },
      },
      decision = decision {
        prompt = "It's 07:52 on Saturday. Overnight the river Lenta flooded Valbruna, where your flagship shop is, and hundreds of people were evacuated. The sale post was scheduled on Tuesday. You're the only one on shift. What do you do first?",
        target = 45,
        timeout = "30m",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "recover-fast", "reply-fast" },
          breaks = { 1 },
          effects = { mood = -20, audience = 30, set = { late = true, post_up = true } },
          feedback = "Every minute the post stays up, it keeps selling rain boots to a flooded town and collects another quote-post. Rule 1 lets you take it down without asking anyone: do that first, then say so in one honest paragraph.",
          next = "pressure",
        },
        choices = {
          choice {
            text = "(Take the post down, pause the queue, then post:) We've taken down this morning's post. It was scheduled days ago and should never have gone out while Valbruna is under water. We're sorry, Irene, and sorry to everyone in town. All our posts are paused while we check them.",
            empathy = 9, policy = 10,
            tags = { "recover-fast", "apologise-sincerely", "plan-campaigns", "no-lies" },
            follows = { 1, 2 },
            effects = { audience = -5 },
            effect = function(state) own_up(state, 40) end,
            feedback = "Down within minutes, with a plain account of what went wrong and a specific apology, and the rest of the queue stopped before it can do it again. Nobody can screenshot a cover-up, because there isn't one.",
            next = "after-apology",
          },
          choice {
            text = "(Delete the post quietly. It's early on a Saturday; the fewer people who see it, the better.)",
            empathy = 2, policy = 2,
            tags = { "recover-fast", "apologise-sincerely" },
            breaks = { 1 },
            effects = { set = { removed = true, quiet = true } },
            feedback = "Taking it down fast is right, and that is what makes this tempting. But the screenshot already exists, and a post that vanishes without a word reads as hiding. Take it down and say so, with an apology, in the same minute.",
            next = "screenshot",
          },
          choice {
            text = "Irene, we're so sorry to hear about your home. This post was scheduled before the flood and no offence was intended. Stay safe, Valbruna 💙",
            empathy = 5, policy = 3,
            tags = { "apologise-sincerely", "recover-fast" },
            breaks = { 1 },
            effects = { mood = -5, audience = 15, set = { post_up = true } },
            feedback = "Warm words, but 'no offence was intended' defends the post, and the post is still up above your reply, still selling. Remove it first; then apologise for the post itself, not for how people took it.",
            next = "pressure",
          },
          choice {
            text = "(Message Bea, the head of marketing, and wait for her and legal to approve a statement before touching anything.)",
            empathy = 3, policy = 4,
            cost = "2h",
            tags = { "recover-fast", "own-it" },
            breaks = { 1 },
            effects = { mood = -15, audience = 25, set = { late = true, post_up = true } },
            feedback = "Checking with your manager feels responsible, but rule 1 already says what to do, and two hours is an eternity in a crisis. Take the post down and post a short apology now; the fuller statement can follow.",
            next = "pressure",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2a
    beat {
      id = "screenshot",
      posts = {
        post { from = "dario", at = "10m", likes = 163, shares = 71, replies = 22,
               text = "Aaand it's gone. No apology, no explanation, just deleted. Lucky that screenshots exist, @MareaOutdoor 📸" },
        post { from = "irene", at = "14m", likes = 88, shares = 9,
               text = "Deleting it won't dry my kitchen. A 'sorry' would have cost you nothing." },
      },
      decision = decision {
        prompt = "Your quiet deletion has been noticed, and the screenshot is travelling faster than the post did. What now?",
        target = 45,
        timeout = "30m",
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "recover-fast", "apologise-sincerely" },
          breaks = { 1 },
          effects = { mood = -15, audience = 20, set = { late = true } },
          feedback = "Saying nothing after being caught deleting confirms the worst reading: that you hoped nobody would notice. Own the deletion in public now, while it still counts as quick.",
          next = "pressure",
        },
        choices = {
          choice {
            text = "You're right, Dario and Irene. We took it down and should have said so straight away. The post was scheduled days ago and it was wrong to let it run this morning. We're sorry. Every scheduled post is now paused while we check them.",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "apologise-sincerely", "no-lies", "plan-campaigns" },
            follows = { 1, 2 },
            effect = function(state) own_up(state, 25) end,
            feedback = "Admitting the quiet deletion as well as the post takes the sting out of the screenshot: there's nothing left to expose. It's a late first apology, so it earns less than it would have at 07:52, but it's the way back.",
            next = "after-apology",
          },
          choice {
            text = "The post was removed because it was scheduled in error. We apologise for any offence caused.",
            empathy = 3, policy = 4,
            tags = { "apologise-sincerely", "own-it" },
            effects = { mood = -10, audience = 15, add = { apologies = 1 } },
            feedback = "'Any offence caused' apologises for people's feelings, not for what you did, and 'in error' tells them nothing. Name the post, say why it was wrong today, say sorry, and say what you've changed.",
            next = "pressure",
          },
          choice {
            text = "(Hide the replies that show the screenshot, and block the account that posted it first.)",
            empathy = 1, policy = 0,
            tags = { "dont-delete-criticism", "recover-fast" },
            breaks = { 1 },
            effects = { mood = -20, audience = 30, set = { silenced = true } },
            feedback = "Hiding criticism of your own mistake turns one story into two, and the second is worse: now you are censoring people. Leave their replies up and answer them.",
            next = "pressure",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2b
    beat {
      id = "pressure",
      on_enter = function(state)
        state.audience = state.audience + 15
      end,
      posts = {
        post { from = "irene", at = "3m", likes = 301, shares = 120,
          when = function(state) return state.post_up end,
          text = "And the post is STILL up. Still selling rain boots to people who are bailing out their living rooms. @MareaOutdoor" },
        post { from = "dario", at = "5m", likes = 240, shares = 95,
          when = function(state) return state.silenced end,
          text = "Update: @MareaOutdoor is now hiding replies and blocking people who shared the screenshot. The apology would have been cheaper." },
        post { from = "sara", at = "8m", likes = 40, shares = 12,
          when = function(state) return state.late end,
          text = "@MareaOutdoor Sara Colombo, Valbruna Oggi. Will you comment on your 'make a splash' post? We publish at noon." },
        post { from = "giorgio", at = "10m", likes = 57, shares = 3,
               text = "Fifteen years buying my hiking boots from Marea. Card cut up this morning." },
      },
      decision = decision {
        prompt = "The story is growing, and people are asking where you are. What do you post?",
        target = 45,
        timeout = "30m",
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "recover-fast", "listen" },
          breaks = { 1 },
          effects = { mood = -15, audience = 20 },
          feedback = "By now silence is the story. However late it is, a plain apology in the thread beats another half hour of nothing.",
          next = "press",
        },
        choices = {
          choice {
            when = function(state) return not state.silenced end,
            text = "(Take the post down if needed, pause the queue, then post:) This morning we published a promotion about rain while Valbruna was flooding. It was scheduled days ago, nobody checked it against the news, and that's our failure. We're sorry. The post is down; all posts are paused.",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "apologise-sincerely", "no-lies", "plan-campaigns" },
            follows = { 1, 2 },
            effect = function(state) own_up(state, 20) end,
            feedback = "Late, but complete: what happened, why it was wrong, whose failure it was, and what has already changed. That is the apology to write at any hour; the earlier it comes, the more it earns.",
            next = "after-apology",
          },
          choice {
            when = function(state) return state.silenced end,
            text = "(Unhide every reply, unblock everyone, pause the queue, then post:) We got this morning badly wrong, twice. First a rain promotion during the flood, then hiding the replies that pointed it out. We're sorry for both. Every reply is back, and all our posts are paused.",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "apologise-sincerely", "dont-delete-criticism", "no-lies" },
            follows = { 1, 2 },
            effect = function(state) own_up(state, 15) end,
            feedback = "Undoing the censorship and naming it in the apology is the only way to stop the second story. Anything less and every new reply asks about the blocked accounts.",
            next = "after-apology",
          },
          choice {
            text = "Valbruna, our thoughts are with everyone affected by the flood 💙 Please stay safe and follow the civil protection's advice.",
            empathy = 3, policy = 3,
            tags = { "apologise-sincerely", "listen", "recover-fast" },
            effects = { mood = -10, audience = 10 },
            feedback = "Kind in itself, but from you, this morning, it reads as changing the subject: it never mentions the post people are angry about. Thoughts come after the apology, not instead of it.",
            next = "press",
          },
          choice {
            text = "We apologise. This morning's post was published automatically by our scheduling tool and does not reflect our values.",
            empathy = 3, policy = 2,
            tags = { "own-it", "apologise-sincerely", "plan-campaigns" },
            breaks = { 4 },
            effects = { mood = -10, audience = 10, add = { apologies = 1 } },
            feedback = "Blaming the tool is tempting because it's technically true, but people hear 'not our fault'. A tool posts what people schedule. Own the missing check, and say you've added it.",
            next = "press",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3a
    beat {
      id = "press",
      posts = {
        post { from = "sara", at = "10m", likes = 22,
               text = "(direct message) Hi, Sara from Valbruna Oggi again. We're running the story at noon, with or without your comment. Anything you'd like to say?" },
      },
      decision = decision {
        prompt = "The local paper will publish in an hour. What do you send Sara?",
        target = 60,
        timeout = "1h",
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "recover-fast", "no-lies" },
          breaks = { 4 },
          feedback = "'Marea did not respond' is the worst line a story can carry: it leaves the reader to imagine the rest. A three-sentence statement would have given you a voice in it.",
          next = "end-crisis",
        },
        choices = {
          choice {
            text = "This morning a promotion we'd scheduled days earlier went out while Valbruna was flooding. Nobody checked it against the news; that's our failure and we're sorry. The post is down, our posts are paused, and from now on a person checks every scheduled post against the day's news.",
            empathy = 8, policy = 10,
            tags = { "no-lies", "apologise-sincerely", "own-it", "plan-campaigns" },
            follows = { 4 },
            effect = function(state) state.removed = true; state.paused = true end,
            feedback = "Short, true and complete: what happened, the apology, the change. Journalists quote what you give them, so give them the sentence you'd want printed.",
            next = "end-contained",
          },
          choice {
            text = "The post went out through an automated tool set up by a junior colleague, who has been spoken to. It does not reflect Marea's values.",
            empathy = 1, policy = 1,
            tags = { "own-it", "no-lies", "not-personal" },
            breaks = { 4 },
            effects = { audience = 15 },
            feedback = "Pinning it on a junior colleague makes the brand look worse, not better, and it throws a team-mate to the press. The failure was a missing check; the company owns it.",
            next = "end-crisis",
          },
          choice {
            text = "We'll issue a full statement on Monday, once it has been reviewed by our legal team.",
            empathy = 2, policy = 4,
            cost = "48h",
            tags = { "recover-fast", "listen" },
            feedback = "A statement that arrives after the story has run is no statement at all. A short, honest comment needs no lawyer: it admits a mistake, not a liability.",
            next = "end-crisis",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3b
    beat {
      id = "after-apology",
      posts = {
        post { from = "irene", at = "6m", likes = 45,
          when = function(state) return state.mood.irene >= -30 end,
          text = "OK. Thank you for saying it plainly. Now maybe do something useful for this town?" },
        post { from = "irene", at = "6m", likes = 61,
          when = function(state) return state.mood.irene < -30 end,
          text = "So now you're sorry. Fine. It doesn't change much for us down here." },
        post { from = "dario", at = "9m", likes = 130, shares = 30,
          when = function(state) return not state.quiet and not state.late and not state.post_up end,
          text = "Credit where it's due: down within minutes and a real apology, no 'any offence caused'. That's how you do it, @MareaOutdoor." },
        post { from = "bea", at = "20m",
               text = "(direct message) Saw it, awful timing. Thing is, the sale stock is already in the shops. Could we repost the offer on Monday with a different picture? Or tie it to the flood: 10% of the weekend's sales to the relief fund?" },
      },
      decision = decision {
        prompt = "Your head of marketing wants to save the sale. What do you tell Bea?",
        target = 60,
        timeout = "1h",
        silence = choice {
          empathy = 2, policy = 4,
          tags = { "own-it", "plan-campaigns" },
          feedback = "Leaving Bea without an answer leaves the decision to whoever is under the most pressure to sell. You're the one who has read the replies this morning; tell her what they mean.",
          next = "bea-decides",
        },
        choices = {
          choice {
            text = "(to Bea) Let's not sell anything to Valbruna this week. I'd move the sale by two weeks and keep the shop open today for what people actually need: boots and gloves for the clean-up, a dry place to charge a phone. If we give money, we give it quietly, with no link to any sale.",
            empathy = 9, policy = 10,
            tags = { "plan-campaigns", "listen", "own-it" },
            follows = { 2, 3 },
            effects = { mood = { bea = -5 } },
            feedback = "You protect the business by not spending its last bit of goodwill on a sale. Help that is practical and unadvertised is the only kind that doesn't look like marketing this week.",
            next = "shop-question",
          },
          choice {
            text = "(to Bea) Good idea! 'Every jacket helps Valbruna: 10% of this weekend's sales go to the flood appeal.' I'll draft it now.",
            empathy = 4, policy = 1,
            tags = { "plan-campaigns", "listen" },
            breaks = { 3 },
            effects = { audience = 20 },
            feedback = "It sounds generous, and that's the trap: it still asks flooded people to shop so that you can give. Donations tied to sales during a disaster read as profiting from it. Give, if you give, without a sales link and without a hashtag.",
            next = "charity-backlash",
          },
          choice {
            text = "(to Bea) Fine, repost it on Monday, but with a neutral picture and no rain jokes this time.",
            empathy = 4, policy = 3,
            tags = { "plan-campaigns" },
            breaks = { 2 },
            effects = { audience = 10 },
            feedback = "A new picture doesn't change what the post does: it sells rain gear to a town that is still shovelling mud. Nothing should go out until a person has checked it against this week's news.",
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3c
    beat {
      id = "bea-decides",
      posts = {
        post { from = "bea", at = "30m",
               text = "(direct message) No answer, so I've made the call. Let's see how Monday goes." },
      },
      after = "40m",
      -- whether Bea reposts the sale is out of your hands now
      next = function(state)
        if sim.chance(0.5) then
          return "end-escalated"
        end
        return "end-contained"
      end,
    },

    ---------------------------------------------------------------- 3d
    beat {
      id = "charity-backlash",
      posts = {
        post { from = "dario", at = "2h", likes = 410, shares = 190,
               text = "This afternoon @MareaOutdoor posted: 'Every jacket helps Valbruna, 10% of sales to the flood appeal.' So the plan is still to sell rain gear to a flooded town, now with a halo. They learned nothing." },
        post { from = "irene", at = "2h10m", likes = 260, shares = 70,
               text = "Keep your 10%. Just stop using us to sell jackets." },
      },
      after = "3h",
      next = "end-crisis",
    },

    ---------------------------------------------------------------- 4
    beat {
      id = "shop-question",
      posts = {
        post { from = "irene", at = "25m", likes = 38, replies = 6,
               text = "@MareaOutdoor Serious question: is your shop on Via Roma open? We need boots and gloves for the clean-up and everything in town is shut." },
      },
      decision = decision {
        prompt = "Irene asks in public whether your shop is open. What do you reply?",
        target = 45,
        timeout = "1h",
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "listen", "reply-fast" },
          feedback = "A practical question from the person you just apologised to, in public, left unanswered: it undoes the apology. Answer it plainly.",
          next = "end-contained",
        },
        choices = {
          choice {
            text = "Yes, Irene. The Via Roma shop is open from 9 today. Boots, gloves and torches are free for anyone clearing out a flooded home, no questions asked. Ask for Luca.",
            empathy = 10, policy = 9,
            tags = { "listen", "own-it", "plan-campaigns" },
            follows = { 3 },
            effects = { mood = 30, audience = -10 },
            feedback = "A straight answer to a practical question, help that costs people nothing, and not a single word of marketing. This is the reply people will share, and you didn't ask them to.",
            next = function(state)
              if state.mood.irene >= 0 then
                return "end-resolved"
              end
              return "end-contained"
            end,
          },
          choice {
            text = "Yes! Show this post in store for 30% off all boots and gloves 💪 We're with you, Valbruna! #MareaCares",
            empathy = 5, policy = 2,
            tags = { "plan-campaigns", "listen" },
            breaks = { 3 },
            effects = { mood = -20, audience = 20 },
            feedback = "It feels generous, but a discount is still a sale, and a hashtag turns her clean-up into your campaign. Make it free and quiet, or leave it at 'we're open'.",
            next = "end-escalated",
          },
          choice {
            text = "Hi Irene, please send us a DM and we'll see what we can do for you.",
            empathy = 4, policy = 5,
            tags = { "go-private", "listen" },
            effects = { mood = -5 },
            feedback = "There's nothing private in 'is the shop open?', and many people in the thread need the same answer. Private messages are for personal data, not for facts the whole town needs.",
            next = "end-contained",
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved",
        text = "By Sunday, photos of volunteers in Marea boots are going round Valbruna. Irene writes: 'They got it badly wrong, then they got it right.' Dario's newsletter uses you as the example of how to recover." },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained",
        text = "The post is gone and the story stops growing by the evening, but it has been told. Some people in Valbruna will remember the sale longer than the apology." },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated",
        text = "Marea is back to selling to Valbruna before the mud is dry. The replies fill with the morning's screenshot, and national accounts pick up the thread." },
    },
    beat {
      id = "end-crisis",
      ending = ending { outcome = "crisis",
        text = "Valbruna Oggi runs 'Outdoor chain jokes about the flood, then hides', quoting your own words. Regional TV asks for an interview, and a boycott page reaches three thousand members." },
    },
  },
}
