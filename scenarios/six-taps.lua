-- six-taps.lua — insulting "advice": a paying user's feedback on a budgeting
-- app's redesign is mostly insult, with one precise, valid point buried in it.
-- Hard level, forum.
--
-- Teaches: find the point and answer that, not the tone; don't make listening
-- conditional on politeness; moderate only what breaks a rule, and the same for
-- the critic and the fan; removing a line that crosses the line is right, and
-- removing one that doesn't is censorship; never disown your colleagues to
-- win a critic over; no feature dates the product team hasn't published.

-- Each apology counts for less than the one before.
local function apologise(state, points)
  state.apologies = state.apologies + 1
  state.mood.sam = state.mood.sam + points // state.apologies
end

local function closing(state)
  if state.mood.sam >= 0 then return "end-resolved" end
  return "end-contained"
end

return scenario {
  id = "six-taps",
  lang = "en",
  title = "Six taps",
  summary = "A four-year subscriber tears into your budgeting app's redesign: insults, sarcasm, and one precise complaint that happens to be right. Find the point, protect the people, and don't promise what product hasn't.",
  archetype = "insulting-advice",
  channel = "forum",
  difficulty = "hard",
  minutes = 10,
  brand = { name = "Ledgerly", handle = "@ledgerly" },

  rules = {
    "Criticise the product, not people: insults aimed at members or named staff are removed.",
    "Every piece of feedback is passed to the product team, and its thread is marked Logged.",
    "Don't announce features or dates that the product team hasn't published.",
    "Moderation is explained to the member by private message, with the rule it broke.",
  },

  personas = {
    persona { id = "sam", name = "spreadsheet_sam", handle = "@spreadsheet_sam",
              role = "subscriber for four years", mood = -50 },
    persona { id = "quinn", name = "Quinn", handle = "@quinn_tracks",
              role = "member", mood = -10 },
    persona { id = "bea", name = "Bea Lindqvist", handle = "@budget_bea",
              role = "forum regular", mood = 20 },
    persona { id = "joel", name = "Joel Park", handle = "@joel_ledgerly",
              role = "product manager (colleague)" },
  },

  state = {
    apologies = 0,     -- how many times we have said sorry to Sam
    disowned = false,  -- we told the forum the team doesn't like its own redesign
    archived = false,  -- his thread was archived for its tone
    promised = false,  -- we announced a fix with a date nobody published
  },
  audience = 15,
  clock = { rate = 120 },  -- forums move slowly: one real second is two simulated minutes
  pass = 75,  -- hard: a run that ends in a broken promise or a purge should not pass

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "rant",
      posts = {
        post { from = "sam", likes = 41, replies = 12,
               text = "3.0 is garbage. Whoever signed off this dashboard should be fired, and whoever designed it should go back to birthday cards. Did a toddler test it? Logging an expense used to take TWO taps. Now it's SIX: open, dismiss the 'insights' card, scroll, tap +, find a category in a wall of pastel icons, confirm. I log ten things a day. You've turned the one budgeting app that respected my time into a slot machine. Pathetic." },
        post { from = "quinn", at = "30m", likes = 25,
               text = "Rude, but the six taps thing is real. I've stopped logging coffees because of it." },
        post { from = "bea", at = "45m", likes = 9,
               text = "If you hate it that much, there's a cancel button. Some of us like the new look." },
      },
      decision = decision {
        prompt = "Sam has paid for Ledgerly Plus for four years. His post is rude, but it doesn't name anyone. Joel, the product manager who announced 3.0, is reading the forum. How do you respond?",
        target = 75,
        timeout = "12h",
        weight = 2,
        silence = choice {
          empathy = 2, policy = 3,
          tags = { "listen", "reply-fast" },
          breaks = { 2 },
          effects = { mood = -15, audience = 10 },
          feedback = "Ignoring the tone is right; ignoring the post isn't. A precise, valid complaint with two agreeing members sat unanswered, and the thread filled the silence by itself. Answer the point, early.",
          next = "crossfire",
        },
        choices = {
          choice {
            text = "Sam, the six taps are a real step backwards, and thanks for counting them so precisely: that's exactly what the product team needs. I've logged it with your steps and marked this thread Logged. One question for the report: do you mostly log from the home screen or the widget?",
            empathy = 9, policy = 9,
            tags = { "listen", "not-personal" },
            follows = { 2 },
            effects = { mood = { sam = 30, quinn = 15 } },
            feedback = "You answer the useful ten percent and let the insulting ninety go by. It isn't personal, and nobody was named, so there's nothing to moderate. Asking a specific question shows you read it, and turns a rant into a bug report.",
            next = "crossfire",
          },
          choice {
            text = "Hi Sam. We welcome all feedback, but please keep it respectful: our designers are people too, and 'toddler' and 'birthday cards' aren't OK here. If you can rephrase this constructively, we'll gladly pass it on.",
            empathy = 3, policy = 4,
            tags = { "listen", "not-personal", "rules-consistently" },
            breaks = { 2 },
            effects = { mood = -25, audience = 10 },
            feedback = "Tempting, because the tone really is bad. But you've made listening conditional on politeness, and the only concrete thing in your reply is a telling-off. His insults name nobody, so no rule is broken. Take the point first; if the tone gets worse, the rules are there.",
            next = "over-the-line",
          },
          choice {
            text = "Ha, fair! Honestly, quite a few of us on the inside aren't fans of the new dashboard either 😅 I'll pass it on.",
            empathy = 6, policy = 2,
            tags = { "listen", "not-personal", "no-lies" },
            effects = { mood = { sam = 15 }, audience = 20, set = { disowned = true } },
            feedback = "It feels like empathy, and it wins a smile. But you've publicly disowned your colleagues (with Joel reading), confirmed 'even they know it's bad', and promised nothing concrete. You can agree with the point without taking sides against the team.",
            next = "screenshot",
          },
          choice {
            text = "(Archive the thread for breaking rule 1, and send Sam a private message asking him to repost his feedback politely.)",
            empathy = 2, policy = 1,
            tags = { "dont-delete-criticism", "rules-consistently" },
            effects = { mood = -40, audience = 25, set = { archived = true } },
            feedback = "Rule 1 covers insults aimed at people; his are aimed at the product and at nobody by name. Archiving a paying customer's valid complaint for its tone reads as censorship, and he'll repost it somewhere louder.",
            next = "censored",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2a
    beat {
      id = "crossfire",
      posts = {
        post { from = "sam", at = "1h", likes = 12,
          when = function(state) return sim.chosen("rant") == 1 end,
          text = "Widget, mostly. Two taps: open widget, type amount, done. And tell Joel to actually use his own app before he writes another blog post about 'delight'." },
        post { from = "sam", at = "1h", likes = 30, replies = 6,
          when = function(state) return sim.chosen("rant") == 0 end,
          text = "Twelve hours and not a word from staff. Says it all. For the record, I log from the widget, which used to be two taps. And tell Joel to actually use his own app before he writes another blog post about 'delight'." },
        post { from = "bea", at = "1h20m", likes = 14, replies = 3,
               text = "@spreadsheet_sam Nobody cares about your ten coffees a day. Take your tantrum somewhere else." },
      },
      decision = decision {
        prompt = "Sam has answered, with a jab at Joel by name. Bea, a regular, has gone after Sam. What do you do?",
        target = 75,
        timeout = "6h",
        silence = choice {
          empathy = 2, policy = 2,
          tags = { "moderate-abuse", "listen" },
          effects = { mood = -15, audience = 15 },
          feedback = "Members sniping at each other in a thread you're supposed to be running is a small fire you let grow. One calm line to both, back to the product, would have done.",
          next = "product",
        },
        choices = {
          choice {
            text = "Thanks Sam, widget logging is now in the report. @budget_bea, good to hear some people like the new look, that's useful feedback too, but let's keep it about the app, not each other (rule 1). Everyone: the six-tap issue is with the product team; I'll post here when I hear back.",
            empathy = 8, policy = 9,
            tags = { "listen", "rules-consistently", "moderate-abuse", "not-personal" },
            follows = { 1, 2 },
            effects = { mood = { sam = 15, bea = -5 }, audience = -5 },
            feedback = "You take the detail, and you cool the fan down with the same rule you'd use on the critic, without removing anything. The jab at Joel is sarcasm about his work, not an insult to him, so you leave it: he's a grown-up with a product to fix.",
            next = "product",
          },
          choice {
            text = "(Edit Sam's post to remove the line about Joel, and reply:) Sam, please keep staff names out of this: personal comments about colleagues break rule 1.",
            empathy = 3, policy = 4,
            tags = { "rules-consistently", "moderate-abuse", "dont-delete-criticism" },
            breaks = { 4 },
            effects = { mood = -30, audience = 15 },
            feedback = "It looks like enforcing the rules, but 'use your own app' is criticism of Joel's work, not an insult, and Bea's 'tantrum' stays up untouched. Moderating the critic harder than the fan is the opposite of consistent, and a public telling-off isn't how rule 4 says it's done.",
            next = "product",
          },
          choice {
            text = "😄 @budget_bea. Sam, glad we could get your feedback logged.",
            empathy = 2, policy = 2,
            tags = { "moderate-abuse", "not-personal", "engage-fans" },
            effects = { mood = { sam = -30, bea = 10 }, audience = 15 },
            feedback = "A staff account laughing along with a member's put-down takes sides in a personal spat. Fans are worth keeping, but not by letting them bully the critics. Keep both on the product.",
            next = "product",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2b
    beat {
      id = "over-the-line",
      posts = {
        post { from = "sam", at = "40m", likes = 20, replies = 9,
               text = "'Respectful'? Fine. Mei Tanaka, whose name is on the 3.0 design blog post, has clearly never had to budget in her life. Respectful enough for you?" },
        post { from = "quinn", at = "1h", likes = 18,
               text = "OK, that's too far, Sam. But the six taps point still stands, and nobody from Ledgerly has answered it." },
      },
      decision = decision {
        prompt = "Sam has now insulted a named colleague, Mei, in public. Quinn points out that his actual complaint is still unanswered. What do you do?",
        target = 75,
        timeout = "4h",
        weight = 2,
        silence = choice {
          empathy = 1, policy = 1,
          tags = { "moderate-abuse", "listen" },
          breaks = { 1 },
          effects = { mood = -10, audience = 20 },
          feedback = "Now a rule really is broken: a colleague is insulted by name and the post stays up for anyone to find, Mei included. Protect her by removing that line, and answer the point Quinn is right about.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "(Hide the line about Mei, tell Sam why by PM, then reply:) Sam, I've removed the line about a colleague; the reason is in your PMs. The rest stays: your six-tap point is good, and I was wrong to ask you to rephrase it first. It's logged. Home screen or widget: where do you log?",
            empathy = 8, policy = 10,
            tags = { "moderate-abuse", "rules-consistently", "listen", "own-it", "dont-delete-criticism" },
            follows = { 1, 2, 4 },
            effects = { audience = -5 },
            effect = function(state) apologise(state, 25) end,
            feedback = "Now the rule is broken, so you act, but only on the line that broke it, and you explain it privately. Keeping his valid complaint up, owning your earlier mistake and asking a real question is what stops him from being a martyr.",
            next = "product",
          },
          choice {
            text = "(Delete the whole thread: it has turned into a personal attack on staff.)",
            empathy = 2, policy = 3,
            tags = { "dont-delete-criticism", "moderate-abuse" },
            breaks = { 4 },
            effects = { mood = -30, audience = 30 },
            feedback = "The attack on Mei has to go, but the thread also holds a valid complaint that other members agree with. Deleting all of it makes the insult look like an excuse to bury the criticism. Remove the line, keep the feedback.",
            next = "end-escalated",
          },
          choice {
            text = "Sam, that's completely unacceptable. You're suspended for a week.",
            empathy = 3, policy = 4,
            tags = { "moderate-abuse", "not-personal", "rules-consistently" },
            follows = { 1 },
            breaks = { 4 },
            effects = { mood = -30, audience = 20 },
            feedback = "Sanctioning a personal attack is right, but announcing it in the thread, angrily, turns it into a public duel, and his six-tap complaint dies with him. Hide the line, explain by private message, and answer the point.",
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2c
    beat {
      id = "screenshot",
      posts = {
        post { from = "joel", at = "30m",
               text = "(internal chat) Did you just tell the forum that we don't like our own product? Mei's team spent eight months on 3.0." },
        post { from = "sam", at = "1h", likes = 60, shares = 20,
               text = "Even Ledgerly's own staff hate 3.0 😂 Screenshotted for posterity." },
        post { from = "quinn", at = "1h30m", likes = 22,
               text = "So is anything actually going to change, or do you just agree with us and move on?" },
      },
      decision = decision {
        prompt = "Your reply is being screenshotted, Joel is unhappy, and Quinn wants to know if anything will actually change. What do you post?",
        target = 75,
        timeout = "6h",
        weight = 2,
        silence = choice {
          empathy = 2, policy = 2,
          tags = { "own-it", "listen" },
          effects = { audience = 15 },
          feedback = "Your careless line is now the most quoted thing in the thread, and Quinn's fair question goes unanswered. Correct it yourself, in the thread, before the screenshot becomes the story.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "Fair challenge, Quinn. My 'not fans either' was careless: the team built 3.0 for good reasons, and I shouldn't have spoken for them. What changes is up to the product team, not me, but the six-tap problem is logged with Sam's steps, and I'll post here when they've looked at it.",
            empathy = 8, policy = 9,
            tags = { "own-it", "no-lies", "listen" },
            follows = { 2, 3 },
            effects = { mood = { sam = 5, quinn = 15 }, audience = -10 },
            feedback = "You correct your own words in public without grovelling or backtracking on the valid point, and you answer Quinn honestly: logged, not promised. That's the line between agreeing with feedback and disowning your team.",
            next = "product",
          },
          choice {
            text = "(Quietly edit your earlier reply to remove the line about the team.)",
            empathy = 3, policy = 2,
            tags = { "no-lies", "dont-delete-criticism" },
            effects = { audience = 15 },
            feedback = "The screenshot already exists, so a silent edit just adds 'and then they tried to hide it'. If you said something careless, correct it openly.",
            next = "end-escalated",
          },
          choice {
            text = "The team is on it: a fix for the six taps is coming in the next update! 🚀",
            empathy = 6, policy = 1,
            tags = { "no-lies", "listen" },
            breaks = { 3 },
            effects = { mood = { sam = 15, quinn = 10 }, set = { promised = true } },
            feedback = "It answers Quinn with exactly what he wants to hear, and nobody has told you it's true. Now you've spoken for the team twice in one thread. Say it's logged, and that you'll report back.",
            next = "product",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2d
    beat {
      id = "censored",
      posts = {
        post { from = "sam", at = "20m", likes = 90, shares = 25, replies = 30,
               text = "My feedback thread got archived. Apparently Ledgerly only wants five-star reviews. Reposting, politely: LOGGING AN EXPENSE NOW TAKES SIX TAPS INSTEAD OF TWO." },
        post { from = "quinn", at = "40m", likes = 45,
               text = "Archiving a thread about tap counts? That's a strange hill to die on, Ledgerly." },
      },
      decision = decision {
        prompt = "Sam has reposted in General, and the forum is siding with him. What do you do?",
        target = 60,
        timeout = "4h",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "dont-delete-criticism", "recover-fast" },
          effects = { mood = -15, audience = 20 },
          feedback = "Every hour the archived thread stays archived, 'Ledgerly censors criticism' gets truer. Undo it quickly and say so.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "(Restore the original thread, then reply in both:) Sam, I archived your thread and I shouldn't have: rude or not, it was fair feedback and named nobody. I'm sorry. It's back, it's logged for the product team with your step-by-step, and I'll post there when they've looked at it.",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "dont-delete-criticism", "apologise-sincerely", "own-it", "listen" },
            follows = { 2 },
            effects = { audience = -15, set = { archived = false } },
            effect = function(state) apologise(state, 30) end,
            feedback = "You undo your own mistake where everyone saw it, explain why it was a mistake, and get back to the point. Fast, plain recoveries like this are how a moderation slip stays small.",
            next = "product",
          },
          choice {
            text = "(Archive the repost too: reposting archived content breaks the forum's rules.)",
            empathy = 1, policy = 3,
            tags = { "dont-delete-criticism", "rules-consistently" },
            effects = { mood = -30, audience = 30 },
            feedback = "Enforcing a bad decision consistently doesn't make it a good one. Now two threads are gone, and the story is no longer about taps.",
            next = "end-escalated",
          },
          choice {
            text = "Sam, your thread was archived because of its tone, not its content. Your feedback has been passed on.",
            empathy = 4, policy = 4,
            tags = { "dont-delete-criticism", "listen" },
            effects = { mood = -10, audience = 10 },
            feedback = "It defends the archiving instead of fixing it, and 'has been passed on' sounds like a form letter. Restore the thread, say sorry, and show that the point was taken.",
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3
    beat {
      id = "product",
      posts = {
        post { from = "joel", at = "1d",
               text = "(internal chat) Read the thread. Fair point, honestly. We're testing a 'quick add' button on the home screen in the 3.1 beta: two taps again. No release date yet, and it may change. Public beta sign-ups open next week." },
        post { from = "sam", at = "1d2h", likes = 8,
          when = function(state) return not state.promised end,
          text = "So? Anything, or was 'logged' just a polite way of saying 'ignored'?" },
        post { from = "sam", at = "1d2h", likes = 8,
          when = function(state) return state.promised end,
          text = "So when's this 'next update' with the fix, then?" },
      },
      decision = decision {
        prompt = "Joel has told you where things stand (internal chat). Sam is asking in the thread. What do you post?",
        target = 75,
        timeout = "1d",
        weight = 2,
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "listen", "reply-fast" },
          breaks = { 2 },
          feedback = "You said you'd report back, and then didn't, with a real answer in your hands. 'Logged' only means something if people see what happened next.",
          next = "end-contained",
        },
        choices = {
          choice {
            when = function(state) return not state.promised end,
            text = "An update: the product team has read this thread and is testing a 'quick add' button on the home screen that brings logging back to two taps. It isn't final and there's no date, but a public beta opens next week, and Sam, I'd like you in it: you know this flow better than most.",
            empathy = 9, policy = 9,
            tags = { "listen", "no-lies", "engage-fans" },
            follows = { 2, 3 },
            effects = { mood = { sam = 25, quinn = 15 } },
            feedback = "You close the loop with exactly what's true: tested, not final, no date. Inviting the harshest critic into the beta turns his precision into an asset, and shows everyone that blunt feedback gets heard.",
            next = closing,
          },
          -- After "a fix is coming in the next update", the truth includes a correction.
          choice {
            when = function(state) return state.promised end,
            text = "Sam, a correction: I said a fix was coming in the next update; nobody had told me that, and I'm sorry. The team is testing a 'quick add' button on the home screen, back to two taps. It isn't final and there's no date, but a public beta opens next week. I'd like you in it.",
            empathy = 9, policy = 9,
            tags = { "listen", "no-lies", "own-it", "apologise-sincerely" },
            follows = { 2, 3 },
            effects = { mood = { sam = 10, quinn = 15 }, set = { promised = false } },
            effect = function(state) apologise(state, 10) end,
            feedback = "Correcting your own promise before it breaks costs a little face now and saves a lot later. Then you give exactly what's true, and invite him in. That's how you earn back the trust the careless line spent.",
            next = closing,
          },
          choice {
            text = "Good news: quick add is coming in 3.1 next month, two taps again! 🎉",
            empathy = 7, policy = 1,
            tags = { "no-lies", "listen" },
            breaks = { 3 },
            effects = { mood = { sam = 20 } },
            feedback = "It's the answer everyone wants, and Joel said there's no date and it may change. If 3.1 ships without it, this post is what people quote. Share what's true: tested, not final, beta next week.",
            next = "slipped",
          },
          choice {
            text = "Thanks again for the feedback, everyone. We're always listening and working to improve Ledgerly. (Lock the thread: the discussion has run its course.)",
            empathy = 3, policy = 3,
            tags = { "listen", "dont-delete-criticism" },
            effects = { mood = { sam = -20 }, audience = 10 },
            feedback = "A press-release line followed by a lock tells Sam that 'logged' did mean 'ignored', just as he suspected, while you're sitting on a real answer. Tell them what the team is testing.",
            next = "end-contained",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4
    beat {
      id = "slipped",
      posts = {
        post { from = "joel", at = "27d",
               text = "(internal chat) Heads up: quick add didn't make 3.1. Beta testers found it logs to the wrong account for people with shared budgets. Aiming for 3.2, no date." },
        post { from = "sam", at = "30d", likes = 75, shares = 18, replies = 20,
               text = "3.1 is out. No quick add. 'Coming in 3.1 next month, two taps again! 🎉' Ledgerly, a month ago. Still six taps." },
      },
      decision = decision {
        prompt = "A month later, 3.1 has shipped without quick add, and Sam is quoting your post. What do you reply?",
        target = 75,
        timeout = "12h",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "own-it" },
          effects = { audience = 20 },
          feedback = "Your own words are being quoted back at you, and silence lets them stand as a broken promise. Own the date you gave, within hours.",
          next = "end-slipped",
        },
        choices = {
          choice {
            text = "Sam, you're right to quote me. I announced a date the product team never gave, and I'm sorry. Quick add was held back because in testing it logged expenses to the wrong account on shared budgets. It's now aimed at 3.2, with no date; I'll post here when there is one, not before.",
            empathy = 9, policy = 9,
            tags = { "own-it", "apologise-sincerely", "no-lies", "recover-fast" },
            follows = { 3 },
            effect = function(state) apologise(state, 20) end,
            feedback = "You own your own mistake instead of the team's, give the real reason (a good one: nobody wants expenses in the wrong account), and promise only what you can keep. It won't undo the disappointment, but it stops it becoming distrust.",
            next = "end-contained",
          },
          choice {
            text = "Sorry Sam, the product team changed their plans at the last minute. Quick add is now coming in 3.2!",
            empathy = 3, policy = 1,
            tags = { "own-it", "no-lies" },
            breaks = { 3 },
            effects = { mood = -20, audience = 20 },
            feedback = "The team never gave you that date, so blaming them isn't true, and 'coming in 3.2' is the same promise again. Own the date you invented, give the real reason, and stop predicting releases.",
            next = "end-slipped",
          },
          choice {
            text = "(Edit the old post to say 'coming soon' instead of '3.1 next month'.)",
            empathy = 2, policy = 1,
            tags = { "no-lies", "dont-delete-criticism", "recover-fast" },
            effects = { mood = -20, audience = 25 },
            feedback = "He has already quoted the original, so a quiet edit only proves him right and adds 'and then they rewrote it'. Leave your words as they were and correct them in a new reply.",
            next = "end-slipped",
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved",
        text = "Sam joins the beta and files three precise bug reports in its first week. He renames his thread '3.0 logging is slow: fixed in beta, thanks'. Quinn starts logging coffees again." },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained",
        text = "The thread goes quiet. Sam keeps his subscription for now, but he's lukewarm at best, and the next member with a complaint reads his thread and wonders whether it's worth writing one." },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated",
        text = "Screenshots of the thread reach a personal-finance forum under 'Ledgerly doesn't want your feedback'. Within a week, two hundred one-star reviews mention 'six taps'." },
    },
    beat {
      id = "end-slipped",
      ending = ending { outcome = "escalated",
        text = "The thread fills with 'you said next month'. Sam cancels his subscription with a link to your post, and every later announcement on the forum gets the same reply: 'Sure. When?'" },
    },
  },
}
