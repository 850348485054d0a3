-- case-red-cross.lua: the American Red Cross and the #gettngslizzerd tweet,
-- 15–16 February 2011. A staffer's personal tweet about beer went out from
-- the organisation's account late at night; the Red Cross deleted it, said so
-- with a joke, and ended up with donations. A good recovery, for contrast:
-- here the real choices are the good ones.
--
-- Facts, quotes and times come from the fact sheet (case 15) and its sources
-- RC1–RC6. The staffer, and the friend named in the tweet, appear by role
-- only; the name in the quoted tweet is removed.

-- The fact sheet places the tweet "at night" and the deletion about an hour
-- later, without clock times: those stamps are approximate ("~23:00"), and
-- the events of the next day that the sources date only by the day give the
-- date alone.
local NIGHT = "The sources say late at night."

return scenario {
  id = "case-red-cross",
  title = "#gettngslizzerd: a rogue tweet handled well",
  summary = "Late at night a staffer's personal tweet about a beer night goes out from the American Red Cross account. You run the account. A good recovery from history, for contrast.",
  archetype = { "crisis" },
  channel = "feed",
  difficulty = "standard",
  minutes = 7,
  brand = { name = "American Red Cross", handle = "@RedCross" },

  personas = {
    persona { id = "dogfish", name = "Dogfish Head Craft Brewery", handle = "@dogfishbeer",
              role = "brewery", mood = 20 },
    persona { id = "fan", name = "Beer fan", handle = "@hoppy_saturdays", role = "beer fan", mood = 20 },
    persona { id = "follower", name = "Twitter user", handle = "@quiet_lurker_dc",
              role = "follower of the Red Cross account" },
    persona { id = "reporter", name = "Twitter user", handle = "@deadline_desk", role = "reporter" },
    persona { id = "twfail", name = "twitter-fail.com", handle = "(blog)", role = "blog about Twitter mistakes" },
  },

  audience = 15,
  clock = { rate = 60 },

  case = case {
    organisation = "American Red Cross",
    country = "US",
    start = "2011-02-15 22:30",
    timezone = "EST (assumed)",
    period = "15–16 February 2011",
    lesson = "A rogue tweet deleted within the hour, admitted with a joke and no scapegoat, turned into donations.",
    sources = {
      source { id = "RC1", publication = "Beer Universe", date = "2011-02-18",
               title = "[article on Dogfish Head and the Red Cross mis-tweet]",
               url = "http://www.beer-universe.com/beer-education-article/2011-02-18/Dogfish-Head-Trades-Beer-for-Blood-after-Mis-Tweet/" },
      source { id = "RC2", publication = "sharemarketing (blog)", date = "2011-02-16",
               title = "[blog post on the Red Cross tweet and the beer donations]",
               url = "https://sharemarketing.wordpress.com/2011/02/16/an-oops-for-the-red-cross-turns-into-an-opportunity-for-a-beer/" },
      source { id = "RC3", publication = "Village Voice", date = "undated",
               title = "[article on the Red Cross's accidental tweet]",
               url = "https://www.villagevoice.com/the-red-crosss-accidental-drunk-tweet-is-adorable/" },
      source { id = "RC4", publication = "UW Oshkosh journalism blog", date = "2011-03-17",
               title = "[post citing Mashable on the Red Cross tweet]",
               url = "https://uwoshjournalism.wordpress.com/2011/03/17/st-patricks-day/" },
      source { id = "RC5", publication = "stupidwhiteboyblabble (blog)", date = "2011-02-16",
               title = "[blog post on how the Red Cross handled the tweet]",
               url = "https://stupidwhiteboyblabble.wordpress.com/2011/02/16/red-cross-does-it-right/" },
      source { id = "RC6", publication = "twitter-fail.com", date = "2011-02-16",
               title = "[post on the Red Cross tweet]",
               url = "http://www.twitter-fail.com/2011/02/16/a-class-act/" },
    },
    lessons = {
      lesson { principle = "recover-fast",
               text = "The tweet was gone and explained within about an hour, in the middle of the night. A small mistake fixed fast stays small." },
      lesson { principle = "no-lies",
               text = "The Red Cross said it had deleted the tweet instead of pretending it never existed, or blaming a hacker. Deleting your own mistake is fine when you say you did it." },
      lesson { principle = "own-it",
               text = "No public scapegoat: the Red Cross explained the slip lightly instead of presenting a culprit, and the story stayed about a mistake that was fixed, not about a sacking." },
      lesson { principle = "engage-fans",
               text = "When a brewery and its fans turned the joke into a call for donations, the Red Cross joined in and gave them somewhere to give." },
    },
    outcome = "The tweet was deleted and admitted within about an hour, with a joke that matched the low stakes; the next morning the Red Cross explained on its blog in the same light tone. Dogfish Head and beer fans used the hashtag to call for donations, and the Red Cross set up a donation page. The episode is widely cited as a model recovery.",
  },

  beats = {
    ---------------------------------------------------------------- 1: the tweet
    beat {
      id = "rogue",
      posts = {
        post { from = "brand", stamp = "2011-02-15 ~23:00", sources = { "RC1", "RC2", "RC3" },
               uncertain = NIGHT,
               original = "[name removed] found two more 4 bottle packs of Dogfish Head's Midas Touch beer…. when we drink we do it right #gettngslizzerd",
               text = "[name removed] found two more 4 bottle packs of Dogfish Head's Midas Touch beer…. when we drink we do it right #gettngslizzerd" },
      },
      decision = decision {
        stamp = "2011-02-15 ~23:20",
        prompt = "Late on a Tuesday night, a colleague calls: a tweet about a beer night has just gone out from @RedCross (about 270,000 followers). A staffer meant to post it from a personal account through the same dashboard. What do you do?",
        target = 45,
        timeout = "2h",
        weight = 2,
        reveal = reveal {
          stamp = "2011-02-16 ~00:00",
          sources = { "RC2", "RC4" },
          text = "About an hour after the tweet, the Red Cross deleted it and said so: 'We've deleted the rogue tweet but rest assured the Red Cross is sober and we've confiscated the keys.' The social media director was reportedly woken in the middle of the night to deal with it.",
        },
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "recover-fast", "reply-fast" },
          feedback = "A night's silence leaves the tweet up for every early riser to screenshot and share. A small mistake is easiest to fix in the first hour.",
          next = "alt-overnight",
        },
        choices = {
          choice {
            real = true,
            text = "(Delete it, then say so in one light line: the tweet was a mistake and is gone, nobody here is drunk, and someone has taken the account's keys away.)",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "no-lies", "not-personal" },
            feedback = "Fast, honest and in proportion: you admit the tweet existed, you remove it, and the joke matches the stakes. Nobody is hurt by a beer tweet, so a solemn statement would have been a bigger story than the mistake.",
            next = "deleted",
          },
          choice {
            text = "(Delete the tweet quietly and post nothing: with luck, few people saw it at this hour.)",
            empathy = 4, policy = 3,
            tags = { "no-lies", "dont-delete-criticism", "recover-fast" },
            effects = { audience = 10 },
            feedback = "Quick, but silent. Many of your 270,000 followers may have seen it, screenshots exist, and a tweet that vanishes without a word looks like a cover-up. Delete it and say that you did.",
            next = "alt-quiet",
          },
          choice {
            text = "Our account was accessed without authorisation tonight. The message about alcohol did not come from the American Red Cross.",
            empathy = 2, policy = 0,
            tags = { "no-lies" },
            effects = { audience = 25 },
            feedback = "That is a lie, and an easy one to expose: the staffer, the dashboard and the friends in the tweet all know better. 'We were hacked' turns a harmless slip into a question about honesty.",
            next = "alt-hacked",
          },
          choice {
            text = "(Leave it up for now and draft a formal apology for the communications director to approve in the morning.)",
            empathy = 4, policy = 5,
            cost = "8h",
            tags = { "recover-fast", "reply-fast" },
            effects = { audience = 15 },
            feedback = "Checking with the director is reasonable, but not at the price of eight hours with the tweet still up. Remove it now, say so, and wake the director if you must, as the Red Cross reportedly did.",
            next = "alt-overnight",
          },
        },
      },
    },

    beat {
      id = "deleted",
      posts = {
        post { from = "brand", stamp = "2011-02-16 ~00:00", sources = { "RC2", "RC4" },
               uncertain = "About an hour after the first tweet.",
               original = "We've deleted the rogue tweet but rest assured the Red Cross is sober and we've confiscated the keys.",
               text = "We've deleted the rogue tweet but rest assured the Red Cross is sober and we've confiscated the keys." },
      },
      next = "morning",
    },

    beat {
      id = "alt-quiet",
      alternative = true,
      posts = {
        post { from = "follower", at = "30m",
               text = "Did @RedCross just tweet about a beer night and then delete it? I have the screenshot." },
        post { from = "reporter", at = "7h",
               text = "@RedCross Can you comment on the deleted tweet from last night?" },
      },
      next = "morning",
    },

    beat {
      id = "alt-hacked",
      alternative = true,
      posts = {
        post { from = "follower", at = "20m",
               text = "A hacker who knows a brewery's seasonal beer and spells like someone three beers in? Sure." },
        post { from = "reporter", at = "6h",
               text = "@RedCross Who accessed the account? Has it been reported? Was the tweet sent from one of your staff's devices?" },
      },
      next = "morning",
    },

    beat {
      id = "alt-overnight",
      alternative = true,
      posts = {
        post { from = "follower", at = "1h",
               text = "Is the @RedCross account drunk? Screenshotting before it disappears. #gettngslizzerd" },
        post { from = "reporter", at = "7h",
               text = "The Red Cross tweet about beer is still up this morning. Anyone at @RedCross want to comment?" },
      },
      next = "morning",
    },

    ---------------------------------------------------------------- 2: the morning after
    beat {
      id = "morning",
      decision = decision {
        stamp = "2011-02-16 ~08:00",
        prompt = "Wednesday morning. In history the tweet was deleted and admitted within about an hour, with a joke. Now people are talking about it, and your managers ask two things: what happens to the staffer, and do you explain any further?",
        target = 60,
        reveal = reveal {
          stamp = "2011-02-16",
          sources = { "RC5" },
          text = "In the morning the Red Cross explained the mix-up on its blog, in the same light tone. One blog at the time praised it for not firing the staffer; the other sources used here do not say what happened to the staffer.",
        },
        choices = {
          choice {
            real = true,
            text = "(A short, light-hearted blog post: a staffer sent a personal tweet from the wrong account, it has been removed, and nobody is being hung out to dry.)",
            empathy = 9, policy = 9,
            tags = { "own-it", "not-personal", "no-lies" },
            feedback = "You explain once, in the tone the moment deserves, and you take the mistake as the organisation's. No scapegoat means the story stays about a slip that was fixed.",
            next = "blog",
          },
          choice {
            text = "(Announce that the employee responsible has been let go, to show that the Red Cross takes its reputation seriously.)",
            empathy = 1, policy = 3,
            tags = { "own-it", "not-personal" },
            effects = { audience = 20 },
            feedback = "A sacking over a beer tweet is out of all proportion, and it makes a harmless slip into a story about how the organisation treats its people. Fix the process (separate personal and work accounts), not the person.",
            next = "alt-fired",
          },
          choice {
            text = "(A formal statement: the American Red Cross regrets an inappropriate message posted in error and has reviewed its social media procedures.)",
            empathy = 4, policy = 6,
            tags = { "apologise-sincerely", "listen" },
            effects = { audience = 5 },
            feedback = "Correct, but heavier than the mistake: a solemn statement about a beer tweet invites people to ask what else went wrong. The joke last night already set the right tone; keep it.",
            next = "goodwill",
          },
          choice {
            text = "(Say nothing more: the tweet is gone, and any explanation keeps it alive.)",
            empathy = 3, policy = 5,
            tags = { "listen", "engage-fans" },
            feedback = "Not unreasonable, but people are already talking about it, and a short friendly explanation lets you shape how the story ends. Silence leaves that to others.",
            next = "goodwill",
          },
        },
      },
    },

    beat {
      id = "blog",
      posts = {
        post { from = "brand", stamp = "2011-02-16 ~09:00", source = "RC5",
               uncertain = "The blog post came on Wednesday morning.",
               text = "(Blog post) The Red Cross explains, with a light touch, how a staffer's personal tweet went out from the organisation's account, and that it has been removed." },
      },
      next = "goodwill",
    },

    beat {
      id = "alt-fired",
      alternative = true,
      posts = {
        post { from = "follower", at = "1h",
               text = "They fired someone over a typo'd tweet about beer? Harsh, @RedCross." },
      },
      next = "goodwill",
    },

    ---------------------------------------------------------------- 3: the goodwill
    beat {
      id = "goodwill",
      posts = {
        post { from = "dogfish", stamp = "2011-02-16", sources = { "RC1", "RC2", "RC3", "RC5" },
               text = "(Dogfish Head encourages its fans to give to the Red Cross, tagging #gettngslizzerd.)" },
        post { from = "fan", stamp = "2011-02-16", sources = { "RC1", "RC2", "RC3", "RC5" },
               text = "(A beer fan calls on others to donate to the Red Cross, with #gettngslizzerd.)" },
      },
      decision = decision {
        stamp = "2011-02-16",
        prompt = "The brewery named in the tweet, and beer fans with it, are using #gettngslizzerd to ask people to give to the Red Cross. How do you respond?",
        target = 45,
        timeout = "6h",
        reveal = reveal {
          stamp = "2011-02-16",
          sources = { "RC1", "RC2", "RC3", "RC5", "RC6" },
          text = "The Red Cross went along with it and set up a donation page (when exactly is not reported) for the people giving under the hashtag. Commentators called the handling a class act, and it is still cited as a model recovery. The sources used here give no figures for the donations.",
        },
        silence = choice {
          empathy = 3, policy = 5,
          tags = { "engage-fans", "listen" },
          feedback = "Keeping your head down is understandable after a slip, but here people want to help you. Thank them and give them an easy way to give.",
          next = "alt-quiet-end",
        },
        choices = {
          choice {
            real = true,
            text = "(Join in: thank Dogfish Head and the fans, and put up a donation page for everyone who wants to turn the hashtag into a gift.)",
            empathy = 10, policy = 9,
            tags = { "engage-fans", "listen" },
            effects = { audience = 10 },
            feedback = "You accept the goodwill gracefully and turn it into something useful for your mission, without making the beer the point.",
            next = "donations",
          },
          choice {
            text = "(Ask people politely to stop using the hashtag: a humanitarian organisation should not be linked with alcohol.)",
            empathy = 2, policy = 4,
            tags = { "engage-fans", "listen" },
            effects = { audience = 10 },
            feedback = "It sounds prudent, but it scolds the very people offering to help and revives the story in a sourer tone. Thank them and point them to a way to give.",
            next = "alt-stop",
          },
          choice {
            text = "(Go all in: a 'drink for the Red Cross' weekend with the brewery, with a donation for every beer bought.)",
            empathy = 5, policy = 2,
            tags = { "plan-campaigns", "engage-fans" },
            effects = { audience = 20 },
            feedback = "Welcoming the goodwill is right, but a promotion that ties donations to drinking, set up in an afternoon, is a campaign nobody has risk-checked. Accept the gifts; don't sell the beer.",
            next = "alt-promo",
          },
        },
      },
    },

    beat {
      id = "donations",
      posts = {
        post { from = "brand", stamp = "2011-02-16", sources = { "RC1", "RC2", "RC3", "RC5" },
               text = "(The Red Cross puts up a donation page for everyone giving under #gettngslizzerd.)" },
        post { from = "twfail", stamp = "2011-02-16", source = "RC6",
               text = "(Blog post) Calls the way the Red Cross handled its rogue tweet a class act." },
      },
      next = "end-history",
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-history",
      ending = ending { outcome = "resolved",
        text = "A late-night slip became a story about a brewery, its fans and donations, and it is still used as an example of how to recover from a rogue tweet." },
    },

    beat {
      id = "alt-quiet-end",
      alternative = true,
      posts = {
        post { from = "fan", at = "3h", text = "Donated anyway. Would've been nice to hear from @RedCross though. #gettngslizzerd" },
      },
      ending = ending { outcome = "contained",
        text = "Some donations come in without you, and the story fades, but the chance to thank a friendly crowd in public has passed." },
    },

    beat {
      id = "alt-stop",
      alternative = true,
      posts = {
        post { from = "fan", at = "1h", text = "Tried to help, got told off. OK then, @RedCross." },
      },
      ending = ending { outcome = "contained",
        text = "The hashtag dies down, and with it the goodwill; the story now ends on a sour note." },
    },

    beat {
      id = "alt-promo",
      alternative = true,
      posts = {
        post { from = "reporter", at = "2h",
               text = "Red Cross now urging people to drink for charity? Asking @RedCross how that fits with its safety messages." },
      },
      ending = ending { outcome = "escalated",
        text = "The promotion draws criticism from people who see a relief organisation encouraging drinking, and a slip that was over becomes a debate." },
    },
  },
}
