-- rule-appeal.lua — a respected member contests his mute and escalates to
-- threats, while a colleague needs you urgently in another conversation.
-- Hard level, chat channel, two threads at once.
--
-- Teaches: rules applied the same way for everyone, never threatening back,
-- never lying to end an argument, and not letting one loud case swallow an
-- urgent one (the thread you leave waiting moves on without you).

return scenario {
  id = "rule-appeal",
  lang = "en",
  title = "The appeal",
  summary = "A popular coach muted for a referral link wants to be unmuted today and threatens to sue, while a member's phone number sits in #general. Two conversations, one of you.",
  archetype = "rule-disputer",
  channel = "chat",
  difficulty = "hard",
  minutes = 12,
  brand = { name = "Stridewell", handle = "@stridewell" },

  rules = {
    "No referral, affiliate or coaching-sales links anywhere on the server.",
    "Sanctions follow the ladder: a warning, then a 7-day mute, then a ban. The same for everyone.",
    "Appeals are handled in private, by a moderator who was not involved in the decision.",
    "Never reveal who reported a member, or anyone's personal details.",
  },

  personas = {
    persona { id = "kenji", name = "Kenji Marsh", handle = "@kenji_runs", role = "member and running coach", mood = -60 },
    persona { id = "priya", name = "Priya Nair", handle = "@priya_mod", role = "moderator colleague" },
    persona { id = "noor", name = "Noor Saleh", handle = "@noor_5k", role = "member", mood = -30 },
    persona { id = "marco", name = "Marco Bell", handle = "@marco_miles", role = "member" },
  },

  state = {
    heat = 0,              -- how hard Kenji has been pushed
    threatened = false,    -- Kenji has threatened legal action
    exception = false,     -- his mute was lifted outside the ladder
    lied = false,          -- he was told something untrue
    legal_wait = false,    -- everything was parked until legal replies
    report_done = false,   -- the phone number in #general was dealt with
  },
  audience = 20,
  weights = { empathy = 1, speed = 1, policy = 2 },  -- policy is what this scenario is about
  pass = 65,
  clock = { rate = 20 },  -- a chat moves fast: one real second is twenty simulated seconds

  -- Two conversations open at once. Priya's arrives three minutes in; whichever
  -- one you leave waiting runs on the shared clock and times out by itself.
  threads = {
    thread { id = "appeal", title = "Kenji: mute appeal", start = "appeal-open" },
    thread { id = "report", title = "Priya: urgent", start = "report-open", at = "3m" },
  },

  beats = {
    ---------------------------------------------------------------- appeal
    beat {
      id = "appeal-open",
      posts = {
        -- the automatic notice the server posted when the mute was applied
        post { from = "brand",
               text = "🔇 @kenji_runs has been muted for 7 days (rule 1: referral and sales links). To appeal, message a moderator." },
        post { from = "kenji", at = 45,   -- a plain number is seconds
               text = "Seriously? Muted for 7 days? I've been here three years, I run the Sunday long-run thread, and half the people in here joined because of me. One link and you treat me like a spam bot." },
        post { from = "kenji", at = "1m30s",
               text = "Unmute me today. I mean it." },
      },
      decision = decision {
        prompt = "Kenji is contesting his 7-day mute for posting a link to his paid coaching plans. It's his second breach: he was warned in March. How do you open?",
        target = 60,
        timeout = "90m",
        silence = choice {
          empathy = 0, policy = 4,
          tags = { "reply-fast", "listen" },
          effects = { mood = -20, add = { heat = 2 } },
          feedback = "An hour and a half without a word tells an angry member that nobody will listen, so he'll look for someone who will. Even a short 'I've read this, here's how appeals work' changes the tone.",
          next = "appeal-threat",
        },
        choices = {
          choice {
            text = "Kenji, I hear you: three years and the Sunday thread matter here, so I'll be straight with you. The mute is for rule 1, the second step after the warning in March; the ladder is the same for everyone. You can appeal, and a moderator who wasn't involved will review it.",
            empathy = 8, policy = 10,
            tags = { "rules-consistently", "listen", "no-lies", "not-personal" },
            follows = { 1, 2, 3 },
            effects = { mood = 15 },
            feedback = "You acknowledge what he gives the community, name the rule and the step of the ladder, and show him the way to appeal. Firm on the rule, warm to the person.",
            next = "appeal-threat",
          },
          choice {
            text = "You're right, you've done a lot for this community. I'll lift it now; just don't do it again, OK?",
            empathy = 7, policy = 1,
            tags = { "rules-consistently" },
            breaks = { 2 },
            effects = { mood = 40, audience = 10, set = { exception = true } },
            feedback = "It ends the argument, and it tells everyone who ever served a full mute that the rules bend for popular members. Acknowledge his contribution, but keep the sanction and offer the appeal.",
            next = "exception-fallout",
          },
          choice {
            text = "Rules are rules. The mute stands.",
            empathy = 2, policy = 7,
            tags = { "rules-consistently", "listen" },
            follows = { 2 },
            effects = { mood = -15, add = { heat = 1 } },
            feedback = "Correct on the rule, but it gives him nothing: no reason, no acknowledgement, no way to appeal. A firm decision still needs a human explanation.",
            next = "appeal-threat",
          },
          choice {
            text = "Let me pull up the mod log before I say anything. I'll be back to you in twenty minutes.",
            empathy = 6, policy = 8,
            tags = { "listen", "no-lies", "reply-fast" },
            cost = "20m",
            effects = { mood = -5 },
            feedback = "Checking the facts is sound, but you could have checked while you wrote, and those twenty minutes run for your other conversations too. Acknowledge him now and check in parallel.",
            next = "appeal-threat",
          },
        },
      },
    },

    beat {
      id = "appeal-threat",
      on_enter = function(state)
        state.threatened = true
      end,
      posts = {
        post { from = "kenji", at = "2m",
          when = function(state) return state.heat == 0 end,
          text = "I get that there's a ladder, but this is my income: my clients find me here. A lawyer friend says cutting me off could be actionable. I'd rather not go there, but I will, and my 40k followers will hear about it." },
        post { from = "kenji", at = "2m",
          when = function(state) return state.heat > 0 end,
          text = "Fine. I've talked to a lawyer friend: cutting me off from my clients is interfering with my business. Unmute me by tonight or I take legal action, and this whole chat goes to my 40k followers." },
      },
      decision = decision {
        prompt = "Kenji is threatening legal action and a public callout. What do you do?",
        target = 60,
        timeout = "2h",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "reply-fast", "not-personal" },
          effects = { mood = -20, audience = 15, add = { heat = 1 } },
          feedback = "Ignoring a threat doesn't make it go away; it makes the callout look justified. A calm reply that restates the process takes the air out of it.",
          next = "callout",
        },
        choices = {
          choice {
            text = "I understand this affects your coaching, and you're free to share our chat. The mute is under rule 1 and ends on Friday. Your appeal is with Sam, who wasn't involved; you'll hear within 24 hours. If you take legal steps, our legal team handles that; it won't change your appeal.",
            empathy = 7, policy = 10,
            tags = { "rules-consistently", "never-threaten", "no-lies", "not-personal" },
            follows = { 2, 3 },
            effects = { mood = 10 },
            feedback = "No counter-threat, no panic, no exception: you restate the rule, the end date and a real appeal with a time. Letting him share the chat costs you nothing when everything in it is fair.",
            -- whether he calms down depends on how he has been treated so far
            next = function(state)
              if state.mood.kenji >= -50 then return "appeal-cooldown" end
              return "callout"
            end,
          },
          choice {
            text = "Threatening staff breaks our code of conduct. Keep this up and the mute becomes a permanent ban, and our lawyers will be in touch.",
            empathy = 1, policy = 2,
            tags = { "never-threaten", "not-personal" },
            breaks = { 2 },
            effects = { mood = -30, audience = 20, add = { heat = 2 } },
            feedback = "Meeting a threat with a bigger threat is the screenshot that ends up in his video. Skipping straight to a ban also breaks the ladder you are asking him to respect.",
            next = "callout",
          },
          choice {
            text = "Since you've mentioned legal action, I have to pass this to our legal team. They'll reply on Monday, and I can't discuss it further until then.",
            empathy = 4, policy = 7,
            tags = { "no-lies", "rules-consistently" },
            cost = "48h",
            effects = { set = { legal_wait = true } },
            feedback = "Referring a real legal claim can be right, but the appeal never needed to wait for Monday, and two days of silence give him the whole weekend to tell his story. Keep the appeal moving and let legal handle only the legal part.",
            next = "weekend",
          },
          choice {
            text = "Honestly, the mute was triggered by an automatic filter, not by anyone on the team. Nothing personal!",
            empathy = 6, policy = 0,
            tags = { "no-lies", "not-personal" },
            effects = { mood = 10, set = { lied = true } },
            feedback = "It sounds soothing and it is false: a moderator muted him after a report. Lies in moderation come out, usually by screenshot. Tell him only what is true, and say when you can't say more.",
            next = "lie-found",
          },
          choice {
            text = "OK, OK, let's not make this a legal thing. I'll lift the mute tonight.",
            empathy = 5, policy = 1,
            tags = { "rules-consistently", "never-threaten" },
            breaks = { 2 },
            effects = { mood = 30, set = { exception = true } },
            feedback = "Giving in to a threat teaches the whole server that threats work. The rule and the appeal process exist so you don't have to decide under pressure.",
            next = "exception-fallout",
          },
        },
      },
    },

    beat {
      id = "appeal-cooldown",
      posts = {
        post { from = "kenji", at = "3m",
               text = "Fine. I still think it's unfair, but OK, Sam can look at it. Just tell me one thing: who reported me? It was someone from the Sunday thread, wasn't it?" },
      },
      decision = decision {
        prompt = "Kenji has accepted the appeal process, but wants to know who reported him. How do you answer?",
        target = 45,
        timeout = "1h",
        silence = choice {
          empathy = 2, policy = 6,
          tags = { "listen" },
          feedback = "You didn't reveal anything, which is right, but leaving a direct question unanswered feeds the suspicion. Say plainly that reports are confidential and show him the message that broke the rule.",
          next = "end-appeal-contained",
        },
        choices = {
          choice {
            text = "I can't tell you who reported it. We protect everyone who reports, and we'd do the same for you. What I can show you is the message that broke rule 1: the coaching link in #training on the 12th.",
            empathy = 7, policy = 10,
            tags = { "rules-consistently", "no-lies", "listen" },
            follows = { 4 },
            effects = { mood = 10 },
            feedback = "You refuse what you must refuse, explain why in a way that applies to him too, and offer what you can share. Confidential and honest at the same time.",
            next = "end-appeal-resolved",
          },
          choice {
            text = "Honestly, nobody reported you. A filter picked it up.",
            empathy = 6, policy = 1,
            tags = { "no-lies" },
            effects = { set = { lied = true } },
            feedback = "It protects the reporter, but with a lie, and the mod log says otherwise. 'Reports are confidential' protects them just as well and stays true.",
            next = "lie-found",
          },
          choice {
            text = "Let's just say not everyone in the Sunday thread was happy about the links.",
            empathy = 4, policy = 0,
            tags = { "rules-consistently" },
            breaks = { 4 },
            effects = { mood = -10, add = { heat = 1 } },
            feedback = "A hint is a disclosure: he now knows where to look, and the member who reported him may pay for it. Reports stay confidential, without winks.",
            next = "end-appeal-escalated",
          },
        },
      },
    },

    beat {
      id = "exception-fallout",
      on_enter = function(state)
        state.audience = state.audience + 15
      end,
      posts = {
        post { from = "marco", at = "20m",
               text = "So referral links are fine now? Kenji's back after an hour. I got the full 7 days in May for posting a race discount code." },
        post { from = "priya", at = "25m",
               text = "(to you) Did you unmute Kenji? Marco's asking in #general and I don't know what to tell him." },
      },
      decision = decision {
        prompt = "Members have noticed that Kenji's mute was lifted early. What do you say?",
        target = 60,
        timeout = "1h",
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "rules-consistently", "recover-fast" },
          effects = { mood = { marco = -20, priya = -10 }, audience = 10 },
          feedback = "Silence on a fair question about fairness reads as 'yes, there are two sets of rules'. Own the inconsistency quickly, before the whole server weighs in.",
          next = "end-appeal-escalated",
        },
        choices = {
          choice {
            text = "Marco, you're right: that was inconsistent, and it's on me. Kenji's mute is back on for the remaining days, and I've told him why. Same rules for everyone, moderators included.",
            empathy = 7, policy = 9,
            tags = { "rules-consistently", "own-it", "recover-fast", "no-lies" },
            follows = { 2 },
            effects = { mood = { kenji = -30, marco = 25, priya = 10 } },
            feedback = "Admitting the mistake quickly and restoring the rule is the only way back to consistency. It will cost you with Kenji, and that is the price of the earlier exception.",
            -- a member who already threatened will carry it outside
            next = function(state)
              if state.threatened then return "callout" end
              return "end-appeal-contained"
            end,
          },
          choice {
            text = "Kenji's case was different, and we don't discuss individual moderation decisions in public.",
            empathy = 3, policy = 4,
            tags = { "rules-consistently", "no-lies" },
            effects = { mood = { marco = -20 }, audience = 10 },
            feedback = "Not discussing individual cases is usually right, but here it hides an exception that everyone can see. 'Different' is what every member in Marco's position will hear as 'more popular'.",
            next = "end-appeal-escalated",
          },
          choice {
            text = "Fair point, Marco. I've taken your old sanction off your record too, so it's even.",
            empathy = 5, policy = 2,
            tags = { "rules-consistently" },
            breaks = { 2 },
            effects = { mood = { marco = 10 }, audience = 5 },
            feedback = "Two exceptions don't make a consistent rule; they make a queue of members asking for theirs. Fix the original exception instead.",
            next = "end-appeal-escalated",
          },
        },
      },
    },

    beat {
      id = "lie-found",
      posts = {
        post { from = "kenji", at = "30m",
               text = "Funny. Someone just sent me a screenshot of your mod log: 'muted manually, report #2211'. So you lied to me. Guess what's going in my video." },
      },
      decision = decision {
        prompt = "Kenji has proof that what you told him wasn't true. What now?",
        target = 45,
        timeout = "1h",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "no-lies", "recover-fast" },
          feedback = "Silence after being caught out confirms the lie and leaves him to tell the story. Correct it yourself, now.",
          next = "end-appeal-crisis",
        },
        choices = {
          choice {
            text = "You're right, and I'm sorry: what I told you wasn't true. A moderator muted you after a report, under rule 1. Your appeal still stands and will be reviewed by someone who wasn't involved.",
            empathy = 8, policy = 7,
            tags = { "no-lies", "own-it", "apologise-sincerely", "recover-fast" },
            effects = { mood = 5 },
            feedback = "The only way out of a lie is to correct it plainly and fast. It won't undo the damage, but it stops you having to defend it.",
            next = "callout",
          },
          choice {
            text = "The log is misleading: the system labels filter hits as manual sometimes.",
            empathy = 1, policy = 0,
            tags = { "no-lies" },
            effects = { mood = -20, audience = 20, add = { heat = 2 } },
            feedback = "Doubling down turns one untrue sentence into a cover-up, and he has the screenshot. Correct it and apologise.",
            next = "end-appeal-crisis",
          },
          choice {
            text = "Sharing screenshots of the mod log breaks our rules. Who sent it to you?",
            empathy = 2, policy = 3,
            tags = { "no-lies", "never-threaten" },
            effects = { mood = -25, audience = 15, add = { heat = 2 } },
            feedback = "The leak is a real problem, but for later and for the team. Going after the messenger while ignoring the lie looks like intimidation.",
            next = "end-appeal-crisis",
          },
        },
      },
    },

    beat {
      id = "weekend",
      on_enter = function(state)
        state.audience = state.audience + 25
      end,
      posts = {
        post { from = "kenji",
               text = "48 hours, and all I got was 'legal will reply on Monday'. The whole story is on my channel now. Link in bio." },
      },
      after = "10m",
      next = "callout",
    },

    beat {
      id = "callout",
      on_enter = function(state)
        -- the longer this has been running, the more people have seen it
        state.audience = state.audience + math.min(30, math.floor(sim.time() / 3600) * 5)
      end,
      posts = {
        post { from = "kenji", likes = 230, shares = 64, replies = 41,
          when = function(state) return not state.legal_wait end,
          text = "Posted the whole chat with the @stridewell mods on my channel. Three years of free coaching for this community, and this is how they treat you." },
        post { from = "marco", at = "5m", likes = 40, replies = 25,
               text = "Has everyone seen Kenji's video about the mods? What's the actual story?" },
      },
      decision = decision {
        prompt = "Kenji's callout is circulating and members are asking about it in #general. How do you respond?",
        target = 60,
        timeout = "1h",
        silence = choice {
          empathy = 1, policy = 4,
          tags = { "listen", "rules-consistently" },
          feedback = "Members asking what happened deserve a calm answer about the process, even when you can't discuss the case. Silence leaves his version as the only one.",
          next = function(state)
            if state.audience >= 70 then return "end-appeal-crisis" end
            return "end-appeal-escalated"
          end,
        },
        choices = {
          choice {
            text = "A short note for everyone: sanctions here follow the published ladder, the same for every member. We don't discuss individual cases in public, but anyone can appeal privately, and appeals are reviewed by a moderator who wasn't involved.",
            empathy = 6, policy = 10,
            tags = { "rules-consistently", "dont-delete-criticism", "no-lies" },
            follows = { 2, 3 },
            effects = { audience = -10 },
            feedback = "Factual, calm, about the process rather than the person, and the criticism stays up. It won't win over everyone, but it gives fair-minded members something solid.",
            next = function(state)
              if state.lied or state.audience >= 70 then return "end-appeal-escalated" end
              return "end-appeal-contained"
            end,
          },
          choice {
            text = "I've removed the posts about the video. Please keep #general on topic.",
            empathy = 2, policy = 2,
            tags = { "dont-delete-criticism" },
            effects = { audience = 20 },
            feedback = "Deleting the questions proves his point that the mods silence people. Leave them up and answer them once, about the process.",
            next = "end-appeal-crisis",
          },
          choice {
            text = "Here's the full record, since he's only told half of it: a warning on 3 March for a referral link, then a mute on the 12th for another one, after a member reported it.",
            empathy = 3, policy = 2,
            tags = { "rules-consistently", "not-personal" },
            breaks = { 3, 4 },
            effects = { mood = -20, audience = 10 },
            feedback = "Winning the argument with the full record turns an appeal into a public trial and puts the reporter in the spotlight. Explain the process, not his file.",
            next = "end-appeal-escalated",
          },
        },
      },
    },

    beat {
      id = "end-appeal-resolved",
      ending = ending { outcome = "resolved",
        text = "Sam reviews the appeal and upholds the mute. Kenji grumbles, serves the remaining days and is back running the Sunday thread the week after, without links." },
    },
    beat {
      id = "end-appeal-contained",
      ending = ending { outcome = "contained",
        text = "The mute runs its course. Kenji stays angry and posts the odd jab, but the members who asked got a straight answer, and the story fades within days." },
    },
    beat {
      id = "end-appeal-escalated",
      ending = ending { outcome = "escalated",
        text = "Kenji's video does the rounds, and #general spends a week arguing about whether the rules apply to everyone. Two other muted members file appeals citing his case." },
    },
    beat {
      id = "end-appeal-crisis",
      ending = ending { outcome = "crisis",
        text = "The mod-log screenshot and your replies are all over running social media. Stridewell's head of community has to post a public statement, and several coaches leave the server." },
    },

    ---------------------------------------------------------------- report
    beat {
      id = "report-open",
      posts = {
        post { from = "priya",
               text = "Are you there? trailwolf just posted Noor's phone number in #general, with 'call her if you want a running buddy' 🙄 She turned down his group-run invite yesterday." },
        post { from = "priya", at = "1m",
               text = "It's been up five minutes, and people are replying to it. What do we do?" },
      },
      decision = decision {
        prompt = "A member's phone number is public in #general, and Priya needs an answer. What do you tell her?",
        target = 30,
        timeout = "30m",
        at = "2m",   -- the moment you open Priya's screenshot
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "moderate-abuse", "own-it" },
          effects = { mood = { priya = -20, noor = -30 } },
          feedback = "Personal data in public is the one thing that can't wait. Kenji's appeal would have survived two minutes; a ten-second 'hide it now, warn him, I'll back you' was all Priya needed.",
          next = "report-alone",
        },
        choices = {
          choice {
            text = "Hide it now and warn trailwolf under rule 4, first step of the ladder. I'll check in with Noor by DM. Thanks for flagging it so fast.",
            empathy = 8, policy = 10,
            tags = { "moderate-abuse", "rules-consistently", "own-it", "reply-fast" },
            follows = { 2, 4 },
            effects = { mood = { priya = 20, noor = 20 }, set = { report_done = true } },
            feedback = "Remove first, sanction by the ladder, then look after the person affected: the right order, in one message. Priya gets a decision and backing, not a discussion.",
            next = "report-noor",
          },
          choice {
            text = "Ban him outright. Posting someone's number is doxxing; the ladder doesn't apply to that.",
            empathy = 6, policy = 4,
            tags = { "moderate-abuse", "rules-consistently" },
            breaks = { 2 },
            effects = { mood = { priya = 10, noor = 15 }, set = { report_done = true } },
            feedback = "The instinct is understandable, but the published ladder says a first breach is a warning, for everyone. If doxxing deserves an instant ban, change the rule openly; today, remove the post and warn.",
            next = "report-noor",
          },
          choice {
            text = "Can it wait ten minutes? I'm in the middle of Kenji's appeal.",
            empathy = 3, policy = 3,
            tags = { "own-it", "moderate-abuse" },
            effects = { mood = { priya = -15 } },
            feedback = "The loud case isn't always the urgent one. Every minute that number stays up, more people copy it; a thirty-second decision here costs Kenji nothing.",
            next = "report-alone",
          },
          choice {
            text = "Let's ask Noor first whether she wants it taken down. It's her data.",
            empathy = 6, policy = 3,
            tags = { "listen", "moderate-abuse" },
            cost = "20m",
            effects = { mood = { noor = -10 }, set = { report_done = true } },
            feedback = "Respectful in spirit, but rule 4 already answers the question, and the number stays public while you wait for her. Remove it first, then talk to her.",
            next = "report-noor",
          },
        },
      },
    },

    beat {
      id = "report-noor",
      posts = {
        post { from = "noor", at = "10m",
               text = "Thank you for taking it down. Is he getting banned? I'm scared he'll message me privately now." },
      },
      decision = decision {
        prompt = "Noor wants to know what happens to trailwolf. What do you tell her?",
        target = 45,
        timeout = "30m",
        silence = choice {
          empathy = 1, policy = 4,
          tags = { "listen", "own-it" },
          effects = { mood = { noor = -20 } },
          feedback = "She told you she's scared and got no reply. You can't share his sanction, but you can tell her what to do if he contacts her, and that you'll act.",
          next = "end-report-contained",
        },
        choices = {
          choice {
            text = "I'm sorry this happened, Noor. The post is gone and he has been sanctioned under our rules. I can't share the details, but if he contacts you, forward it to us straight away and we'll act the same day. You can also block him from your profile settings.",
            empathy = 9, policy = 10,
            tags = { "listen", "no-lies", "rules-consistently", "apologise-sincerely" },
            follows = { 4 },
            effects = { mood = { noor = 30 } },
            feedback = "You take her fear seriously, keep the sanction confidential without hiding behind it, and give her two concrete things she can do. That's what makes a member feel protected.",
            next = "end-report-resolved",
          },
          choice {
            when = function(state) return sim.chosen("report-open") ~= 2 end,
            text = "Don't worry, he's gone for good.",
            empathy = 7, policy = 1,
            tags = { "no-lies", "listen" },
            effects = { mood = { noor = 20 } },
            feedback = "It's what she wants to hear and it isn't true: he was warned, not banned. When she sees him posting tomorrow she'll feel lied to. Reassure her with what you can actually do.",
            next = "end-report-contained",
          },
          choice {
            text = "I'm afraid I can't comment on moderation decisions about other members.",
            empathy = 3, policy = 7,
            tags = { "rules-consistently", "listen" },
            follows = { 4 },
            feedback = "Correct on confidentiality, cold on everything else. She asked because she's scared; answer the fear, not just the question.",
            next = "end-report-contained",
          },
        },
      },
    },

    beat {
      id = "report-alone",
      posts = {
        post { from = "priya", at = "5m",
               text = "I've hidden it and warned him myself. It was up long enough for people to screenshot it, and Noor's pretty shaken. Next time I just need a yes or a no." },
      },
      on_enter = function(state)
        state.report_done = true
        state.mood.noor = state.mood.noor - 20
      end,
      after = "10m",
      next = "end-report-late",
    },

    beat {
      id = "end-report-resolved",
      ending = ending { outcome = "resolved",
        text = "Noor's number was public for minutes, not hours. She thanks Priya in #general, and trailwolf doesn't try again." },
    },
    beat {
      id = "end-report-contained",
      ending = ending { outcome = "contained",
        text = "The post is gone, but Noor isn't sure you're on her side. She goes quiet in the server for a few weeks." },
    },
    beat {
      id = "end-report-late",
      ending = ending { outcome = "escalated",
        text = "Noor's number stayed public long enough to be screenshotted. She leaves the server, and Priya starts to wonder whether she can count on you." },
    },
  },
}
