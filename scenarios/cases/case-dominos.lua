-- case-dominos.lua: Domino's Pizza and the employee prank video, 13–15 April
-- 2009. Two employees of a franchised store posted videos of one of them
-- contaminating food. Domino's first kept a low profile; about two days later
-- its US president apologised on YouTube. A case study: the real timeline,
-- three turning points, and what might have happened.
--
-- Facts, quotes and figures come from the fact sheet (case 7) and its
-- sources DO1–DO11. The two employees appear by role only; company officers
-- and publications by name. The food tampering is described plainly,
-- without detail.

-- Most events are reported by day, not by hour: their stamps give the date
-- only ("2009-04-14"), or an approximate time ("2009-04-15 ~20:00").

-- The run reaches the early-response ending only if the trainee answered
-- publicly on the Tuesday instead of laying low.
local function after_apology(state)
  if state.answered_tuesday then return "alt-end-early" end
  return "end-history"
end

return scenario {
  id = "case-dominos",
  title = "Domino's: the prank video and two days of silence",
  summary = "Two employees of a franchised Domino's store post videos of food being contaminated. The views climb into the hundreds of thousands while the company keeps its head down. You handle Domino's communications.",
  archetype = { "crisis", "not-my-fault" },
  channel = "feed",
  difficulty = "hard",
  minutes = 8,
  brand = { name = "Domino's Pizza", handle = "dominos.com" },

  personas = {
    persona { id = "employee", name = "Store employee", handle = "@conover_late_shift",
              role = "employee at a franchised store", mood = 0 },
    persona { id = "youtube", name = "YouTube", handle = "youtube.com", role = "video platform" },
    persona { id = "press", name = "Press coverage", handle = "(news reports)",
              role = "news reports, as cited" },
    persona { id = "viewer", name = "YouTube viewer", handle = "@slice_of_life_09",
              role = "member of the public", mood = -40 },
    persona { id = "blogger", name = "Blogger", handle = "@consumer_notes_blog",
              role = "consumer blogger", mood = -20 },
  },

  state = { answered_tuesday = false },
  audience = 10,
  clock = { rate = 120 },

  case = case {
    organisation = "Domino's Pizza",
    country = "US",
    start = "2009-04-13 08:00",
    timezone = "EDT",
    period = "13–15 April 2009",
    lesson = "Laying low while a video climbed to a million views let others tell the story; the apology came on YouTube, two days later.",
    sources = {
      source { id = "DO1", publication = "HuffPost", date = "undated",
               title = "Domino's Disgusting YouTube Video: Patrick Doyle, President, Apologizes",
               url = "https://www.huffpost.com/entry/dominos-disgusting-youtub_n_187650" },
      source { id = "DO2", publication = "Nation's Restaurant News", date = "undated",
               title = "Domino's apologizes for workers' YouTube stunt",
               url = "http://nrn.com/corporate/dominos-apologizes-workers-youtube-stunt" },
      source { id = "DO3", publication = "CNET", date = "undated",
               title = "Domino's apologizes for booger-sandwich video",
               url = "https://www.cnet.com/news/dominos-apologizes-for-booger-sandwich-video/" },
      source { id = "DO4", publication = "MediaPost", date = "2009-04-15",
               title = "YouTube Stunt Hurts Domino's Pizza Ratings",
               url = "http://www.mediapost.com/publications/article/104189/youtube-stunt-hurts-dominos-pizza-ratings.html" },
      source { id = "DO5", publication = "Scribd (case-study deck)", date = "undated",
               title = "Domino's Special Delivery",
               url = "https://www.scribd.com/presentation/93016442/Dominos-Special-Delivery-A" },
      source { id = "DO6", publication = "Pizaazz (summarising The New York Times)", date = "2009-04-30",
               title = "[summary of The New York Times account]",
               url = "http://www.pizaazz.com/2009/04/30/the-domino-effect/" },
      source { id = "DO7", publication = "Drew Kerr Press (reprinting The New York Times and Ad Age)", date = "April 2009",
               title = "[BrandIndex consumer-perception data, with New York Times and Ad Age reprints]",
               url = "http://www.drewkerrpress.com/2009/04/brandindexs-consumer-perception-data-on.html" },
      source { id = "DO8", publication = "Pulse2", date = "2009-04-16",
               title = "Domino's Pizza President Patrick Doyle Responds On YouTube",
               url = "http://pulse2.com/news/dominos-pizza-president-patrick-doyle-responds-on-youtube-to-disgusting-video/" },
      source { id = "DO9", publication = "godsofadvertising (blog)", date = "2009-04-22",
               title = "[post on Domino's response, 48 hours later]",
               url = "https://godsofadvertising.wordpress.com/2009/04/22/fighting-scandalous-dominoes-video-with-tame-rebuttal-wise-pointless-or-lame/" },
      source { id = "DO10", publication = "Public Apology Central", date = "undated",
               title = "[transcript of Patrick Doyle's apology]",
               url = "http://publicapologycentral.com/apologia-archive/corporate-2/patrick-doyle-president-dominos-usa/" },
      source { id = "DO11", publication = "Mike Proulx (blog, quoting the Q2 2009 earnings report)", date = "undated",
               title = "[post quoting Domino's Q2 2009 earnings report]",
               url = "https://mikeproulx.typepad.com/harmonicaftershock/brand_democratization/" },
    },
    reach = {
      point { at = "2009-04-14", value = 20000, source = "DO2",
              label = "views of the video, about 20,000 on Tuesday" },
      point { at = "2009-04-15", value = 700000, source = "DO2",
              label = "views of the video, more than 700,000 by Wednesday" },
      point { at = "2009-04-15 ~15:00", value = 1000000, source = "DO6",
              label = "views of the video, more than 1 million by Wednesday afternoon" },
    },
    lessons = {
      lesson { principle = "recover-fast",
               text = "Between Tuesday and Wednesday the views went from about 20,000 to more than 700,000 while Domino's kept a low profile. Silence did not keep the video small; an answer on the first day might have." },
      lesson { principle = "listen",
               text = "Answer where the crisis lives. The video was on YouTube, and that is where Domino's president finally answered it; a statement to the press would not have reached the people watching." },
      lesson { principle = "reply-fast",
               text = "A fast first reply needs a channel to give it on. Domino's opened its Twitter account in the middle of the crisis; own your channels before you need them." },
      lesson { principle = "no-lies",
               text = "In the first hours, say only what you know. Promising that no contaminated food reached a customer before you have checked is a claim that can break." },
      lesson { principle = "apologise-sincerely",
               text = "When the apology came it was specific: the president said sorry, explained what had been done about the store and the employees, and thanked the people who had raised the alarm." },
    },
    outcome = "The two employees were fired and the store was closed and sanitised. Domino's kept a low profile for about two days, during which the video passed a million views and YouGov BrandIndex measured a sharp fall in the brand's perception; on the Wednesday evening its US president apologised on YouTube and the company opened a Twitter account. In its second-quarter results Domino's estimated the incident had cost between 1% and 2% of domestic same-store sales for the quarter.",
  },

  beats = {
    ---------------------------------------------------------------- 1: Monday
    beat {
      id = "video",
      posts = {
        post { from = "employee", stamp = "2009-04-13", sources = { "DO1", "DO2", "DO3", "DO4" },
               uncertain = "The videos went up over the Easter weekend, on Sunday 12 or Monday 13 April (one source says Monday).",
               text = "(Videos posted by two employees of a franchised Domino's store in Conover, North Carolina, showing one of them contaminating sandwiches in the store's kitchen.)" },
      },
      decision = decision {
        stamp = "2009-04-13 16:30",
        prompt = "Monday afternoon, just after Easter. You are alerted to videos from a franchised store in Conover, North Carolina, showing an employee contaminating food; bloggers are passing them around. Most senior managers are still away after the holiday. What do you do tonight?",
        target = 45,
        timeout = "6h",
        reveal = reveal {
          stamp = "2009-04-13 23:00",
          sources = { "DO5", "DO6" },
          text = "According to one case-study account, Domino's vice president of communications, Tim McIntyre, was alerted at 4:30 p.m., with most senior managers away after Easter, and by 11 p.m. the two employees had been identified. Another account, based on The New York Times, says Domino's only found out on Tuesday.",
        },
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "reply-fast", "recover-fast" },
          feedback = "Waiting for the managers to come back gives the video a night to travel with nobody from Domino's in the conversation. Someone must act tonight, even if the big decisions wait.",
          next = "tuesday",
        },
        choices = {
          choice {
            real = true,
            text = "(Work through the evening to find the store and identify the two employees; say nothing in public yet.)",
            empathy = 4, policy = 6,
            tags = { "reply-fast", "own-it" },
            effects = { audience = 10 },
            feedback = "Getting the facts fast is the right first step, and identifying the pair by the same evening was quick work. But the people sharing the video hear nothing from you, and the story starts without your side in it.",
            next = "tuesday",
          },
          choice {
            text = "(Identify the store and the employees, and tonight leave a short note where the video is spreading: Domino's has seen it, is acting on it, and will say more tomorrow.)",
            empathy = 9, policy = 9,
            tags = { "reply-fast", "listen", "own-it" },
            feedback = "Facts first, but not facts only: a few plain lines where people are watching show that someone is in charge, without claiming anything you have not checked.",
            next = "alt-monday-note",
          },
          choice {
            text = "(Post straight away that the video is a stupid prank and that none of this food ever reached a customer.)",
            empathy = 3, policy = 1,
            tags = { "no-lies", "reply-fast" },
            effects = { audience = 15 },
            feedback = "Fast, but you don't know yet whether any of that food went out. If it turns out you were wrong, the reassurance becomes the story. Say what you know and what you are doing to find out.",
            next = "alt-monday-claim",
          },
        },
      },
    },

    beat {
      id = "alt-monday-note",
      alternative = true,
      posts = {
        post { from = "blogger", at = "1h",
               text = "Update: Domino's has already been in touch in the comments. They say they know which store it is and more is coming tomorrow." },
        post { from = "viewer", at = "2h",
               text = "At least they're not pretending it didn't happen." },
      },
      next = "tuesday",
    },

    beat {
      id = "alt-monday-claim",
      alternative = true,
      posts = {
        post { from = "viewer", at = "1h",
               text = "'None of it reached a customer'? How would they know that already?" },
        post { from = "blogger", at = "3h",
               text = "Domino's says no food went out. We've asked how they checked. No answer yet." },
      },
      next = "tuesday",
    },

    ---------------------------------------------------------------- 2: Tuesday
    beat {
      id = "tuesday",
      posts = {
        post { from = "press", stamp = "2009-04-14", sources = { "DO2", "DO6" },
               text = "(Report) Domino's has fired the two employees seen in the videos." },
        post { from = "youtube", stamp = "2009-04-14", source = "DO2",
               text = "(The video has about 20,000 views.)" },
      },
      decision = decision {
        stamp = "2009-04-14",
        prompt = "Tuesday. The two employees have been identified and are now fired. The video is spreading. Domino's has no company Twitter account. Do you answer in public, or keep a low profile so as not to give the video more attention?",
        target = 60,
        weight = 2,
        reveal = reveal {
          sources = { "DO2", "DO4", "DO6" },
          text = "Domino's chose at first to stay low-key, to avoid adding to the publicity; its own response online came only on Wednesday evening. Between Tuesday and Wednesday the views went from about 20,000 to more than 700,000. YouGov BrandIndex measured the brand's buzz score falling from 22.5 on 10 April to 13.6 on Tuesday, and its quality score from 5 to -2.8 between Monday and Tuesday, driven mainly by women.",
        },
        choices = {
          choice {
            real = true,
            text = "(Keep a low profile: the employees are fired, but nothing goes online, so as not to add to the publicity.)",
            empathy = 2, policy = 3,
            cost = "1d",
            tags = { "recover-fast", "listen", "reply-fast" },
            effects = { audience = 35 },
            feedback = "It sounds prudent, but the video spreads without you: the people watching it, the ones deciding whether to order from you tonight, hear nothing from Domino's. A low profile works when a story is small; by then it was not.",
            next = "wednesday",
          },
          choice {
            text = "(Answer today where the video lives: a short statement on YouTube and to the blogs that found it, saying what happened, that the two employees are gone, what is being done about the store, and that a full apology follows. Open a company Twitter account to answer questions.)",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "listen", "reply-fast", "own-it" },
            effects = { audience = 10, set = { answered_tuesday = true } },
            feedback = "You meet the video on its own ground while it is still at tens of thousands of views, say what you have done so far, and set up the channel you will need. The apology can follow, but people already know you care.",
            next = "alt-tuesday-answer",
          },
          choice {
            text = "(Have lawyers write to the blogs and sites sharing the video, demanding they take it down.)",
            empathy = 1, policy = 1,
            tags = { "never-threaten", "dont-delete-criticism" },
            effects = { audience = 40 },
            feedback = "The blogs that shared the video are the people who raised the alarm, not the culprits. A legal letter to them becomes its own story, and the copies stay up anyway.",
            next = "alt-tuesday-lawyers",
          },
        },
      },
    },

    beat {
      id = "alt-tuesday-answer",
      alternative = true,
      posts = {
        post { from = "viewer", at = "2h",
               text = "Domino's actually posted a reply on YouTube. Still gross, but at least they fired them and said what happens next." },
        post { from = "blogger", at = "5h",
               text = "Credit to Domino's for answering on the same platform within a day. Waiting for the full apology." },
      },
      next = "wednesday",
    },

    beat {
      id = "alt-tuesday-lawyers",
      alternative = true,
      posts = {
        post { from = "blogger", at = "3h",
               text = "Domino's lawyers want us to take down the video. We're the ones who told them about it. Post stays up." },
        post { from = "viewer", at = "6h",
               text = "So Domino's is going after the blogs instead of the kitchen. Reposting." },
      },
      next = "wednesday",
    },

    ---------------------------------------------------------------- 3: Wednesday
    beat {
      id = "wednesday",
      posts = {
        post { from = "youtube", stamp = "2009-04-15", source = "DO2",
               text = "(The video has passed 700,000 views.)" },
        post { from = "press", stamp = "2009-04-15", source = "DO4",
               text = "(Report, MediaPost) The YouTube stunt hurts Domino's ratings: its buzz score has fallen from 22.5 to 13.6, and its quality score from 5 to -2.8, mostly among women." },
        post { from = "youtube", stamp = "2009-04-15 ~15:00", sources = { "DO6", "DO7" },
               text = "(The video has passed 1 million views.)" },
      },
      decision = decision {
        stamp = "2009-04-15 ~16:00",
        prompt = "Wednesday afternoon. The video has passed a million views and the brand's ratings have fallen. Domino's will now speak. Who speaks, where, and how?",
        target = 60,
        timeout = "6h",
        reveal = reveal {
          stamp = "2009-04-15 ~20:00",
          sources = { "DO1", "DO6", "DO8", "DO9", "DO10", "DO11" },
          text = "On Wednesday evening, about 48 hours after the video went up, Domino's USA president Patrick Doyle posted a video apology on YouTube: 'We sincerely apologize for this incident… We thank members of the online community who quickly alerted us and allowed us to take immediate action.' He said the store had been closed and sanitised, that felony warrants had been issued, and that hiring practices were being re-examined. The same day Domino's opened a Twitter account. In its second-quarter results the company put the cost at 'a short term hit to sales… between 1% and 2%' of domestic same-store sales for the quarter.",
        },
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "recover-fast", "listen" },
          feedback = "A third day of silence with a million views on the clock is not a low profile any more; it is an absence. The audience has already made up its mind without you.",
          next = "alt-still-quiet",
        },
        choices = {
          choice {
            real = true,
            text = "(The US president records a plain apology for YouTube, the platform where the video lives, saying what has been done; the company opens a Twitter account.)",
            empathy = 8, policy = 9,
            tags = { "apologise-sincerely", "listen", "own-it" },
            effects = { audience = -10 },
            feedback = "The right person, on the right platform, with a specific apology and the steps taken. Its only real flaw is the date: it came about two days after the video went up.",
            next = "apology",
          },
          choice {
            text = "(A written statement from the communications office to the papers and sites that have covered the story.)",
            empathy = 3, policy = 5,
            tags = { "listen", "apologise-sincerely" },
            effects = { audience = 10 },
            feedback = "A press release reaches reporters, not the million people who watched the video. Answer on the platform where the crisis lives, with a face and a voice.",
            next = "alt-press-release",
          },
          choice {
            text = "(Leave it to the owner of the Conover franchise: it was his store and his employees.)",
            empathy = 3, policy = 3,
            tags = { "own-it" },
            effects = { audience = 15 },
            feedback = "Customers don't see a franchise; they see Domino's. Pointing at the franchisee reads as 'not our fault' just when the brand needs to own the problem.",
            next = "alt-franchisee",
          },
        },
      },
    },

    beat {
      id = "apology",
      posts = {
        post { from = "brand", stamp = "2009-04-15 ~20:00", sources = { "DO1", "DO6", "DO8", "DO10" },
               original = "We sincerely apologize for this incident… We thank members of the online community who quickly alerted us and allowed us to take immediate action.",
               text = "(Video, Patrick Doyle, president of Domino's USA) 'We sincerely apologize for this incident… We thank members of the online community who quickly alerted us and allowed us to take immediate action.'" },
        post { from = "brand", stamp = "2009-04-15 ~20:05", source = "DO10",
               text = "(Later in the same video) The store has been closed and sanitised, felony warrants have been issued, and Domino's is re-examining how it hires." },
        post { from = "brand", stamp = "2009-04-15", sources = { "DO6", "DO8", "DO9" },
               text = "(Domino's opens a company Twitter account.)" },
        post { from = "press", stamp = "2009-04-15", sources = { "DO6", "DO7" },
               original = "We got blindsided by two idiots with a video camera and an awful idea.",
               text = "(Report) Domino's spokesman Tim McIntyre: 'We got blindsided by two idiots with a video camera and an awful idea.'" },
        post { from = "youtube", stamp = "2009-04-15 ~23:00", source = "DO2",
               uncertain = "Reported as within hours of posting.",
               text = "(The president's apology video has more than 29,000 views.)" },
      },
      next = after_apology,
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-history",
      ending = ending { outcome = "crisis",
        text = "The apology reached people on the platform where the video lived, but about two days after it went up. Domino's later estimated the incident had cost between 1% and 2% of its domestic same-store sales for the quarter." },
    },

    beat {
      id = "alt-end-early",
      alternative = true,
      ending = ending { outcome = "contained",
        text = "With a reply on Tuesday and the apology on Wednesday, the company is part of the story from the first day. The video still spreads, but the coverage carries Domino's answer alongside it." },
    },

    beat {
      id = "alt-still-quiet",
      alternative = true,
      posts = {
        post { from = "viewer", at = "4h",
               text = "Three days, a million views, and not one word from Domino's. Ordering elsewhere." },
      },
      ending = ending { outcome = "crisis",
        text = "The video defines the brand online for weeks, and any statement that comes now reads as forced." },
    },

    beat {
      id = "alt-press-release",
      alternative = true,
      posts = {
        post { from = "viewer", at = "3h",
               text = "Domino's 'statement' is a paragraph in the paper. The video is still the first thing on YouTube." },
      },
      ending = ending { outcome = "crisis",
        text = "The statement is quoted in the news, but the people who saw the video never see it, and the story stays theirs." },
    },

    beat {
      id = "alt-franchisee",
      alternative = true,
      posts = {
        post { from = "blogger", at = "3h",
               text = "Domino's says it's the franchise owner's problem. It's their name on the box." },
      },
      ending = ending { outcome = "crisis",
        text = "The brand looks as if it is hiding behind a franchisee, and a story about two employees becomes a story about Domino's." },
    },
  },
}
