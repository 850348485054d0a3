-- case-mynypd.lua: the New York City Police Department's #myNYPD campaign,
-- 22–23 April 2014. An open invitation to share photos with officers was
-- taken over within hours by images of police violence. A case study: the
-- real timeline, four turning points, and what might have happened.
--
-- Facts, quotes and times come from the fact sheet (case 5) and its sources
-- NY1–NY12. Private people appear by role only, with invented handles.
-- Quotes (`original`) only where the fact sheet marks the wording as quoted.

-- The flood of images that came in after 4 p.m. is reported without minutes.
local AFTERNOON = "The sources say these images came in during the afternoon."

return scenario {
  id = "case-mynypd",
  title = "#myNYPD: a photo campaign that was taken over",
  summary = "The NYPD invites the public to share photos with its officers under a new hashtag. Within hours the hashtag fills with images of police violence. You run the department's account.",
  archetype = { "crisis", "not-my-fault" },
  channel = "feed",
  difficulty = "hard",
  minutes = 10,
  brand = { name = "NYPD", handle = "@NYPDnews" },

  personas = {
    persona { id = "ows", name = "Occupy Wall Street NYC", handle = "@OccupyWallStNYC",
              role = "protest movement's account", mood = -60 },
    persona { id = "user1", name = "Twitter user", handle = "@fulton_st_walker",
              role = "member of the public", mood = -40 },
    persona { id = "user2", name = "Twitter user", handle = "@boroughs_watch",
              role = "member of the public", mood = -40 },
    persona { id = "user3", name = "Twitter user", handle = "@late_shift_bx",
              role = "member of the public", mood = -30 },
    persona { id = "cbs", name = "CBS New York", handle = "@CBSNewYork", role = "local broadcaster" },
    persona { id = "observer", name = "Observer", handle = "@observer", role = "newspaper" },
    persona { id = "nydn", name = "New York Daily News", handle = "@NYDailyNews", role = "newspaper" },
    persona { id = "dnainfo", name = "DNAinfo", handle = "@DNAinfo", role = "local news site" },
    persona { id = "latimes", name = "Los Angeles Times", handle = "@latimes", role = "newspaper" },
    persona { id = "trends", name = "Twitter trends", handle = "#trending", role = "the platform's trend list" },
  },

  audience = 10,
  clock = { rate = 60 },

  case = case {
    organisation = "New York City Police Department",
    country = "US",
    start = "2014-04-22 12:00",
    timezone = "EDT",
    period = "22–23 April 2014",
    lesson = "An open hashtag from an institution with critics invited a flood of complaints; the answer was to welcome the attention.",
    sources = {
      source { id = "NY1", publication = "New York Daily News", date = "2014-04-23",
               title = "Commissioner Bill Bratton on #myNYPD disaster: 'I kind of welcome the attention'",
               url = "https://www.nydailynews.com/new-york/nyc-crime/no-blamed-mynypd-debacle-sources-article-1.1766121" },
      source { id = "NY2", publication = "The Verge", date = "2014-04-23",
               title = "NYPD commissioner responds to Twitter hashtag disaster: 'I welcome the attention'",
               url = "http://www.theverge.com/2014/4/23/5644498/nypd-commissioner-responds-to-twitter-disaster-i-welcome-attention" },
      source { id = "NY3", publication = "RT", date = "2014-04-22",
               title = "[NYPD hashtag story, embedding the original tweet]",
               url = "https://rt.com/usa/154120-nypd-hashtag-twitter-police/amp" },
      source { id = "NY4", publication = "CBS New York / WCBS 880", date = "2014-04-22",
               title = "#MyNYPD Twitter Hashtag Backfires, Gets Flooded With Images Of Police Brutality",
               url = "http://newyork.cbslocal.com/2014/04/22/mynypd-twitter-hashtag-backfires-gets-flooded-with-images-of-police-brutality/" },
      source { id = "NY5", publication = "DNAinfo", date = "2014-04-23",
               title = "Police Commissioner Bratton Brushes Off NYPD Twitter Backlash",
               url = "http://www.dnainfo.com/new-york/20140423/civic-center/police-commissioner-bratton-brushes-off-nypd-twitter-backlash" },
      source { id = "NY6", publication = "Fusion", date = "April 2014",
               title = "#MyNYPD police brutality backlash expands to LA, Chicago, Oakland",
               url = "http://fusion.net/story/5390/mynypd-police-brutality-backlash-expands-to-la-chicago-oakland/" },
      source { id = "NY7", publication = "Los Angeles Times", date = "2014-04-23",
               title = "#myNYPD Twitter campaign boomerangs across the nation",
               url = "https://www.latimes.com/nation/nationnow/la-na-nn-nypd-twitter-20140423-dto-story.html" },
      source { id = "NY8", publication = "amNY", date = "2014-04-23",
               title = "Bratton shrugs off NYPD Twitter campaign that backfired",
               url = "https://amny.com/news/bratton-shrugs-off-nypd-twitter-campaign-that-backfired-1-7804468" },
      source { id = "NY9", publication = "BK Reader", date = "2014-04-24",
               title = "NYPD says no one will be punished for Tuesday Twitter fail",
               url = "https://bkreader.com/2014/04/24/nypd-says-no-one-will-be-punished-for-tuesday-twitter-fail/" },
      source { id = "NY10", publication = "Actipedia", date = "undated",
               title = "NYPD Twitter Outreach Backfires",
               url = "https://actipedia.org/project/nypd-twitter-outreach-backfires" },
      source { id = "NY12", publication = "Observer", date = "2014-04-22",
               title = "#myNYPD Backfires As Twitter Users Share Photos of Police Brutality",
               url = "http://observer.com/2014/04/mynypd-backfires-as-twitter-users-share-photos-of-police-brutality/" },
    },
    reach = {
      point { at = "2014-04-22 13:55", value = 0, source = "NY3",
              label = "people who had tweeted with #myNYPD (launch)" },
      point { at = "2014-04-23 11:30", value = 100000, source = "NY9",
              label = "people who had tweeted with #myNYPD (just over 100,000; counts differ by source)" },
    },
    lessons = {
      lesson { principle = "plan-campaigns",
               text = "Before an open hashtag goes out, ask who has a grievance and what the worst photo someone could post would be. An institution with a history of complaints can ask for nominations privately instead." },
      lesson { principle = "listen",
               text = "When a hashtag turns into a channel for complaints, acknowledge what people are saying and tell them where a complaint goes. Retweeting only the friendly photos reads as cherry-picking." },
      lesson { principle = "apologise-sincerely",
               text = "Calling the images old news, or welcoming the attention, sounds like minimising. Recognise the pain behind the images before you defend anything." },
      lesson { principle = "dont-delete-criticism",
               text = "The NYPD did not delete the tweet or try to close the hashtag, and that part was right: removing it would only have added a second story." },
      lesson { principle = "own-it",
               text = "After a campaign fails, fix the approval process rather than hand the public a culprit from the social media team." },
    },
    outcome = "The NYPD kept the hashtag open, retweeted friendly photos, issued a short statement about open dialogue, and the Commissioner said he welcomed the attention; no one was disciplined. The hashtag became a textbook case of a campaign turned against its sponsor: copies aimed at police in Los Angeles, Chicago, Albuquerque and Oakland followed, and the story made the front page in New York. No measured data on public trust were found.",
  },

  beats = {
    ---------------------------------------------------------------- 1: design
    beat {
      id = "design",
      decision = decision {
        stamp = "2014-04-22",
        prompt = "Tuesday. The department wants to show friendlier moments between officers and the public. The draft tweet for @NYPDnews (about 100,000 followers) reads: 'Do you have a photo w/ a member of the NYPD? Tweet us & tag it #myNYPD. It may be featured on our Facebook.' The city has lived through years of argument over stop-and-frisk and the policing of the Occupy protests. What do you do with the draft before it goes out this afternoon?",
        target = 60,
        weight = 2,
        reveal = reveal {
          stamp = "2014-04-22 13:55",
          sources = { "NY1", "NY2", "NY3", "NY5", "NY10" },
          text = "The NYPD sent the tweet as drafted at 1:55 p.m., with an example photo of two officers and a smiling man. According to the Commissioner, the idea came after a photo of a transit officer helping a blind woman had drawn about half a million clicks in three hours. No risk review of the hashtag is reported.",
        },
        choices = {
          choice {
            real = true,
            text = "(Send the tweet as drafted, with a friendly example photo.)",
            empathy = 3, policy = 1,
            tags = { "plan-campaigns" },
            effects = { audience = 20 },
            feedback = "An open hashtag hands the message to anyone who wants it. For an institution many people have complaints about, that is an invitation to post those complaints under your name. Ask who has a grievance before you launch.",
            next = "launch",
          },
          choice {
            text = "(Hold the tweet for a short risk review: what is the worst photo someone could post under this tag? Then ask for nominations of officers through a form, and share the best stories yourselves.)",
            empathy = 8, policy = 10,
            tags = { "plan-campaigns", "listen" },
            feedback = "A pre-mortem takes half an hour and would have shown the risk at once. A curated format keeps the friendly stories without giving critics a ready-made banner.",
            next = "alt-curated",
          },
          choice {
            text = "(Send it as drafted, but have the team watch the hashtag for the first hours, brief the press office, and prepare a line in case it goes wrong.)",
            empathy = 5, policy = 5,
            tags = { "plan-campaigns", "reply-fast" },
            effects = { audience = 15 },
            feedback = "Being ready helps you answer faster, but it does not change the risk: the open hashtag still goes out. Preparing for the worst should lead you to change the format, not just watch it happen.",
            next = "launch",
          },
        },
      },
    },

    beat {
      id = "alt-curated",
      alternative = true,
      posts = {
        post { from = "brand", at = "5m",
               text = "Has an NYPD officer made a difference in your neighbourhood? Tell us the story through the form on our website. We'll share some of them on Facebook." },
        post { from = "user3", at = "15m", text = "@NYPDnews Fine, and where's the form for the other kind of story?" },
        post { from = "user1", at = "20m", text = "@late_shift_bx the complaint line exists, just not in this tweet." },
      },
      next = "launch",
    },

    ---------------------------------------------------------------- 2: the takeover
    beat {
      id = "launch",
      posts = {
        post { from = "brand", stamp = "2014-04-22 13:55", sources = { "NY1", "NY2", "NY3" },
               original = "Do you have a photo w/ a member of the NYPD? Tweet us & tag it #myNYPD. It may be featured on our Facebook.",
               text = "Do you have a photo w/ a member of the NYPD? Tweet us & tag it #myNYPD. It may be featured on our Facebook." },
        post { from = "ows", stamp = "2014-04-22 ~16:00", source = "NY6",
               uncertain = "About two hours after the launch tweet.",
               original = "changing hearts and minds one baton at a time",
               text = "(A photo of officers struggling with protesters, posted to the hashtag) changing hearts and minds one baton at a time" },
        post { from = "user1", stamp = "2014-04-22 ~16:10", source = "NY4", uncertain = AFTERNOON,
               text = "(A photo of an officer pulling a woman by the hair at a protest.) #myNYPD" },
        post { from = "user2", stamp = "2014-04-22 ~16:15", source = "NY4", uncertain = AFTERNOON,
               text = "(A photo of an officer with his knee on the neck of a shirtless man during an arrest.) #myNYPD" },
      },
      decision = decision {
        stamp = "2014-04-22 ~16:15",
        prompt = "In history the open hashtag went out at 1:55 p.m. Two hours later Occupy Wall Street's New York account (about 169,000 followers) has answered with a protest photo, and others are following with images of officers using force. Some people are still posting friendly photos. What does @NYPDnews do in this first hour?",
        target = 45,
        timeout = "2h",
        reveal = reveal {
          stamp = "2014-04-22",
          sources = { "NY4", "NY12" },
          text = "During the afternoon the NYPD retweeted a few of the friendly photos and said nothing about the others; it did not delete the tweet or try to close the hashtag. The Observer remarked that whoever ran the account had a nasty surprise waiting.",
        },
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "reply-fast", "listen" },
          effects = { audience = 25 },
          feedback = "Two hours of silence while your own hashtag fills with complaints looks like not caring or not noticing. Even a short acknowledgement, and a pointer to where complaints go, would show someone is listening.",
          next = "afternoon",
        },
        choices = {
          choice {
            real = true,
            text = "(Retweet a few of the friendly photos and say nothing about the rest.)",
            empathy = 2, policy = 4,
            tags = { "listen", "dont-delete-criticism" },
            effects = { audience = 25 },
            feedback = "Not deleting anything was right. But amplifying only the flattering photos while thousands post complaints reads as cherry-picking, and it tells critics you are not listening.",
            next = "retweets",
          },
          choice {
            text = "We asked for your photos and many of you have shared painful ones. We see them. If you want to report an officer's conduct, here is how to file a complaint: [link]. We're listening.",
            empathy = 9, policy = 9,
            tags = { "listen", "own-it", "dont-delete-criticism", "reply-fast" },
            effects = { audience = 5 },
            feedback = "You don't argue and you don't delete: you say what is happening, take the complaints seriously and give them somewhere to go. Brief leadership at the same time, because this is not a decision for the social media team alone.",
            next = "alt-acknowledge",
          },
          choice {
            text = "#myNYPD is for positive moments with our officers. Many of these photos are years old and show lawful arrests. Please keep it respectful.",
            empathy = 1, policy = 2,
            tags = { "not-personal", "dont-feed-trolls", "listen" },
            effects = { audience = 35 },
            feedback = "Telling people their photos don't count and asking them to be respectful picks a public argument you cannot win, and gives the story a new quote. Acknowledge, don't lecture.",
            next = "alt-argue",
          },
          choice {
            text = "(Delete the launch tweet quietly and stop posting for the day.)",
            empathy = 2, policy = 1,
            tags = { "dont-delete-criticism", "listen" },
            effects = { audience = 30 },
            feedback = "The hashtag does not belong to you any more and deleting the tweet cannot close it. Screenshots of the launch are already everywhere, and a vanished tweet becomes a second story: the police hiding from criticism.",
            next = "alt-delete",
          },
        },
      },
    },

    beat {
      id = "retweets",
      posts = {
        post { from = "brand", stamp = "2014-04-22", source = "NY4",
               uncertain = "The NYPD retweeted friendly photos during the afternoon; which ones, and when, is not reported.",
               text = "(Retweets one of the friendly photos posted with #myNYPD.)" },
      },
      next = "afternoon",
    },

    beat {
      id = "alt-acknowledge",
      alternative = true,
      posts = {
        post { from = "user2", at = "10m",
               text = "@NYPDnews Didn't expect an answer. Doesn't fix anything, but noted." },
        post { from = "user3", at = "25m",
               text = "They actually posted the complaint link under their own hashtag. Huh. #myNYPD" },
        post { from = "ows", at = "40m",
               text = "Acknowledging isn't accountability. Keep the photos coming. #myNYPD" },
      },
      next = "afternoon",
    },

    beat {
      id = "alt-argue",
      alternative = true,
      posts = {
        post { from = "user2", at = "5m",
               text = "'Please keep it respectful.' Screenshot taken. #myNYPD" },
        post { from = "user3", at = "20m",
               text = "The police account is now arguing with people about which photos count. #myNYPD" },
      },
      next = "afternoon",
    },

    beat {
      id = "alt-delete",
      alternative = true,
      posts = {
        post { from = "user1", at = "15m",
               text = "The #myNYPD tweet is gone. The hashtag isn't. Here's the screenshot." },
        post { from = "user3", at = "40m",
               text = "Deleted the tweet instead of answering. Says it all. #myNYPD" },
      },
      next = "afternoon",
    },

    ---------------------------------------------------------------- 3: the evening statement
    beat {
      id = "afternoon",
      posts = {
        post { from = "user3", stamp = "2014-04-22 ~17:00", source = "NY1", uncertain = AFTERNOON,
               text = "(A photo of an elderly man, injured after being stopped for jaywalking.) #myNYPD" },
        post { from = "user1", stamp = "2014-04-22 ~17:20", source = "NY4", uncertain = AFTERNOON,
               text = "(Photos of arrests during the Occupy protests.) #myNYPD" },
        post { from = "user2", stamp = "2014-04-22 ~17:40", source = "NY3", uncertain = AFTERNOON,
               text = "(A story of being stopped and frisked on the way home.) #myNYPD" },
        post { from = "cbs", stamp = "2014-04-22", source = "NY4",
               text = "(Report) The #myNYPD hashtag has backfired: it is flooded with images of police brutality." },
      },
      decision = decision {
        stamp = "2014-04-22 ~19:00",
        prompt = "Tuesday evening. Reporters are asking the department for a statement about the hashtag. What does the NYPD say?",
        target = 60,
        timeout = "3h",
        reveal = reveal {
          stamp = "2014-04-22",
          sources = { "NY4", "NY7" },
          text = "In the evening (the hour is not reported) Deputy Chief Kim Y. Royster emailed a short statement: 'The NYPD is creating new ways to communicate effectively with the community. Twitter provides an open forum for an uncensored exchange and this is an open dialogue good for our city.' It said nothing about what the images showed.",
        },
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "listen", "reply-fast" },
          effects = { audience = 15 },
          feedback = "With reporters asking and the hashtag climbing, no statement leaves others to say what the department thinks. A few honest sentences tonight are better than a perfect statement tomorrow.",
          next = "trending",
        },
        choices = {
          choice {
            real = true,
            text = "(A short emailed statement: the department is finding new ways to talk with the community; Twitter is an open, uncensored forum, and this open dialogue is good for the city.)",
            empathy = 3, policy = 5,
            tags = { "listen", "apologise-sincerely" },
            effects = { audience = 10 },
            feedback = "It doesn't argue, which is good, but it turns a flood of complaints into a point about communication and never mentions what the pictures show. People who posted painful images hear a department talking about itself.",
            next = "statement",
          },
          choice {
            text = "Many people have used #myNYPD to share painful experiences with our officers. We take them seriously. We're listening, we're reviewing what was posted, and anyone who wants to file a complaint can do so here: [link].",
            empathy = 9, policy = 9,
            tags = { "listen", "apologise-sincerely", "own-it", "no-lies" },
            effects = { audience = -5 },
            feedback = "It recognises what people are saying, promises only what the department can do, and points to a real route for complaints. No minimising, no blaming anyone else.",
            next = "alt-statement",
          },
          choice {
            text = "We're sorry if anyone was offended by our campaign. #myNYPD was meant to celebrate the bond between officers and the people they serve.",
            empathy = 3, policy = 4,
            tags = { "apologise-sincerely" },
            effects = { audience = 10 },
            feedback = "'Sorry if anyone was offended' apologises for people's feelings, not for anything the department did, and then restates the campaign. It starts a new fight instead of ending one.",
            next = "trending",
          },
          choice {
            text = "Most of these images are old, and many show officers acting lawfully in difficult situations. We stand by our officers and by this campaign.",
            empathy = 1, policy = 3,
            tags = { "apologise-sincerely", "not-personal", "listen" },
            effects = { audience = 20 },
            feedback = "Defending the officers before acknowledging anyone's experience tells the public its complaints don't count. It is also the line the story will quote tomorrow.",
            next = "trending",
          },
        },
      },
    },

    beat {
      id = "statement",
      posts = {
        post { from = "cbs", stamp = "2014-04-22 ~19:30", sources = { "NY4", "NY7" },
               uncertain = "The statement came in the evening.",
               original = "The NYPD is creating new ways to communicate effectively with the community. Twitter provides an open forum for an uncensored exchange and this is an open dialogue good for our city.",
               text = "(Report) Deputy Chief Kim Y. Royster, in an emailed statement: 'The NYPD is creating new ways to communicate effectively with the community. Twitter provides an open forum for an uncensored exchange and this is an open dialogue good for our city.'" },
      },
      next = "trending",
    },

    beat {
      id = "alt-statement",
      alternative = true,
      posts = {
        post { from = "user1", at = "30m",
               text = "First time I've seen them admit the photos exist. We'll see about the rest. #myNYPD" },
        post { from = "user2", at = "1h",
               text = "Statement is fine. Now show us what happens to the complaints. #myNYPD" },
      },
      next = "trending",
    },

    ---------------------------------------------------------------- 4: the day after
    beat {
      id = "trending",
      posts = {
        post { from = "trends", stamp = "2014-04-22 ~22:00", sources = { "NY1", "NY9" },
               uncertain = "The sources say late Tuesday.",
               text = "(Top trend on Twitter: #myNYPD, replacing #HappyEarthDay. At its height about 10,000 people an hour are posting with it.)" },
        post { from = "trends", stamp = "2014-04-23 11:30", source = "NY9",
               text = "(Wednesday, 11:30 a.m.: #myNYPD is still the sixth trend in New York. Just over 100,000 people have tweeted with it.)" },
      },
      decision = decision {
        stamp = "2014-04-23 11:30",
        prompt = "Wednesday. The Commissioner will be asked about the hashtag today, and inside the department people want to know who approved the campaign. What line does the department take, in public and inside?",
        target = 60,
        reveal = reveal {
          stamp = "2014-04-23",
          sources = { "NY1", "NY2", "NY5", "NY8", "NY9" },
          text = "On Wednesday (the hour is not reported) Commissioner Bill Bratton told reporters he 'kind of' welcomed the attention and that the department had 'really broke the numbers yesterday'. He said most of the pictures were 'old news', that police actions are often 'lawful, but they look awful', admitted the reaction had not been anticipated, and said the campaign had not stopped. Police sources said no one would be disciplined.",
        },
        choices = {
          choice {
            real = true,
            text = "(The Commissioner says he welcomes the attention, most of the photos are old news, and the campaign continues. No one is disciplined.)",
            empathy = 2, policy = 5,
            tags = { "apologise-sincerely", "listen", "own-it" },
            effects = { audience = 15 },
            feedback = "Not blaming the social media team was right. But welcoming the attention and calling the photos old news sounds like the complaints were a traffic win, and it kept the story going for another day.",
            next = "bratton",
          },
          choice {
            text = "(In public: the department heard the complaints, takes them seriously and explains how to file one; no one on the team is blamed. Inside: a review of how campaigns and hashtags are approved.)",
            empathy = 9, policy = 10,
            tags = { "own-it", "listen", "plan-campaigns", "recover-fast" },
            effects = { audience = -10 },
            feedback = "You fix the process instead of punishing a person, and in public you take the complaints seriously without minimising them. That is how a failed campaign stops being the story.",
            next = "alt-review",
          },
          choice {
            text = "(Announce that the officer who launched the hashtag has been disciplined and that every tweet will now need the Commissioner's sign-off.)",
            empathy = 2, policy = 2,
            tags = { "own-it", "not-personal" },
            effects = { audience = 20 },
            feedback = "Offering a culprit from the social media team looks decisive, but the campaign was approved above them, and scapegoating tells the public the problem was a tweet, not what the photos show.",
            next = "alt-scapegoat",
          },
          choice {
            text = "(Delete the launch tweet and the retweets, and keep the account quiet until the hashtag dies down.)",
            empathy = 1, policy = 1,
            tags = { "dont-delete-criticism", "listen" },
            effects = { audience = 25 },
            feedback = "Everyone has screenshots. Deleting a day later, in the middle of the coverage, only adds 'the NYPD deleted its tweet' to the story, and the hashtag keeps running without you.",
            next = "alt-deleted",
          },
        },
      },
    },

    beat {
      id = "bratton",
      posts = {
        post { from = "nydn", stamp = "2014-04-23", sources = { "NY1", "NY2" },
               original = "I kind of welcome the attention… We really broke the numbers yesterday.",
               text = "(Report) Commissioner Bill Bratton on #myNYPD: 'I kind of welcome the attention… We really broke the numbers yesterday.'" },
        post { from = "dnainfo", stamp = "2014-04-23", source = "NY5",
               original = "…often times, our activities are lawful, but they look awful.",
               text = "(Report) Bratton brushes off the backlash: '…often times, our activities are lawful, but they look awful.' He says the campaign hasn't stopped." },
        post { from = "nydn", stamp = "2014-04-23", source = "NY1",
               text = "(Report) Police sources say no one will be disciplined over the campaign." },
        post { from = "latimes", stamp = "2014-04-23", sources = { "NY6", "NY7", "NY8" },
               uncertain = "The copies spread between 23 and 27 April.",
               text = "(Report) The #myNYPD campaign boomerangs across the nation: copies aimed at police in Los Angeles, Chicago, Albuquerque and Oakland appear." },
      },
      next = "end-history",
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-history",
      ending = ending { outcome = "crisis",
        text = "#myNYPD became a textbook case of a hashtag turned against its sponsor, with copies in other cities and front-page coverage in New York. The campaign officially went on; no one was disciplined." },
    },

    beat {
      id = "alt-review",
      alternative = true,
      posts = {
        post { from = "user2", at = "2h",
               text = "Credit where due: they said they heard us and linked the complaint process. Watching what comes next. #myNYPD" },
      },
      ending = ending { outcome = "contained",
        text = "The hashtag still carries the complaints for a while, but the department's answer is not itself a headline, and the next campaign goes through a review first." },
    },

    beat {
      id = "alt-scapegoat",
      alternative = true,
      posts = {
        post { from = "user3", at = "1h",
               text = "So the lesson the NYPD learned is: punish whoever ran the account. Not what the photos show. #myNYPD" },
      },
      ending = ending { outcome = "crisis",
        text = "The discipline becomes a second news cycle, and the complaints under the hashtag stay unanswered." },
    },

    beat {
      id = "alt-deleted",
      alternative = true,
      posts = {
        post { from = "user1", at = "30m",
               text = "The NYPD deleted the #myNYPD tweet. The screenshots are still here, and so are we." },
      },
      ending = ending { outcome = "crisis",
        text = "The deletion is covered as the department hiding from criticism, and the hashtag keeps running for days without the NYPD in it." },
    },
  },
}
