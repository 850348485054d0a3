-- bridge-troll.lua — a troll in a game forum sneers at a newcomer's first build,
-- then at the staff. Standard level.
--
-- Teaches: feed the newcomer, not the troll; moderate only what breaks a rule,
-- by the ladder and for everyone; discuss sanctions in private; it's not personal.

-- The troll crosses the line into a personal attack. Whether other members hit
-- back is down to chance (more likely once staff have fed him); `thickskin
-- check` explores every outcome. Called from the choice that provokes it, so
-- the next beat's posts can rely on the result.
local function goes_personal(state)
  state.rule_broken = true
  state.pileon = sim.chance(state.fed > 0 and 0.7 or 0.4)
  if state.pileon then
    state.piled = sim.random(1, 2)
  end
end

return scenario {
  id = "bridge-troll",
  title = "Troll under the bridge",
  summary = "A regular troll targets a newcomer's first build in the Span & Girder forum. Keep the newcomer, starve the troll, and enforce the rules without making yourself the story.",
  archetype = "troll",
  channel = "forum",
  difficulty = "standard",
  minutes = 8,
  brand = { name = "Girderworks", handle = "@girderworks" },

  rules = {
    "Critique the build, not the builder.",
    "No personal attacks on members or staff.",
    "Moderation follows the ladder: a warning, then a 7-day suspension, then a ban.",
    "Moderation decisions are discussed by private message, not in threads.",
  },

  personas = {
    persona { id = "gnasher", name = "GravelGnasher", handle = "@GravelGnasher", role = "long-time member", mood = -20 },
    persona { id = "pia", name = "Pia", handle = "@pixel_pontoon", role = "new member", mood = 20 },
    persona { id = "rosa", name = "Rosa", handle = "@rivet_rosa", role = "regular member" },
    persona { id = "bess", name = "Bess", handle = "@bolt_bess", role = "regular member" },
    persona { id = "omar", name = "Omar", handle = "@mod_omar", role = "fellow moderator", mood = 10 },
    persona { id = "alt", name = "Gr4velGnasher", handle = "@Gr4velGnasher", role = "brand-new account" },
  },

  state = {
    fed = 0,              -- staff replies aimed at the troll
    rule_broken = false,  -- the troll has crossed into a personal attack
    pileon = false,       -- other members are attacking him back
    piled = 0,            -- how many members joined the pile-on
  },
  audience = 8,
  clock = { rate = 120 },  -- forums move slowly: one real second is two simulated minutes
  start = "showcase",

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "showcase",
      posts = {
        post { from = "pia", likes = 18, replies = 2,
               text = "First proper build! A 140 m suspension bridge over the canyon level. Took me about six hours. Any tips before I try the double-deck one?" },
        post { from = "rosa", at = "12m", likes = 5,
               text = "Love the tower spacing! Welcome to the forum 👋" },
        post { from = "gnasher", at = "25m", likes = 3, replies = 1,
               text = "Six hours for that? My cat could do better asleep. Typical Girderworks forum: participation trophies for everyone, because the devs can't even fix their own physics." },
      },
      decision = decision {
        prompt = "GravelGnasher has replied to a newcomer's first build. What do you do?",
        target = 60,
        timeout = "3h",
        silence = choice {
          empathy = 4, policy = 5,
          tags = { "engage-fans", "dont-feed-trolls" },
          effects = { mood = { pia = -20 } },
          feedback = "Not answering the troll was fine, but the newcomer's first post sat for three hours with a sneer as its last reply. Ignoring him doesn't mean ignoring her: welcome her and give the tips she asked for.",
          next = "troll-returns",
        },
        choices = {
          choice {
            text = "Welcome, @pixel_pontoon! Six hours shows: those anchorages are clean. Tip for the double-deck: brace the towers diagonally just above the deck, it spreads the load. Post it when it's done!",
            empathy = 9, policy = 8,
            tags = { "engage-fans", "dont-feed-trolls" },
            effects = { mood = { pia = 25 } },
            feedback = "The newcomer gets a warm welcome and real help; the troll gets nothing to react to. His post wasn't yet clearly over the line, so leaving it alone is a fair call.",
            next = "troll-returns",
          },
          choice {
            text = "A reminder for everyone: rule 1, critique the build, not the builder. @pixel_pontoon, welcome! Diagonal bracing just above the deck will help a lot with the double-deck.",
            empathy = 8, policy = 10,
            tags = { "rules-consistently", "engage-fans", "dont-feed-trolls" },
            follows = { 1 },
            effects = { mood = { pia = 20 } },
            feedback = "Pointing at the rule, addressed to everyone rather than to him, sets the tone without giving the troll a personal reply to chew on, and the newcomer still gets her welcome.",
            next = "troll-returns",
          },
          choice {
            text = "@GravelGnasher The physics engine was rebuilt in 1.4 and our load tests match real steel within 5%. If you think you can do better, post your own bridge.",
            empathy = 3, policy = 4,
            tags = { "dont-feed-trolls" },
            effects = { mood = 10, audience = 5, add = { fed = 1 } },
            effect = goes_personal,
            feedback = "A detailed rebuttal is exactly the reaction a troll is fishing for, and the dare invites a second round. Spend the reply on the newcomer and let the rules deal with him.",
            next = "troll-returns",
          },
          choice {
            text = "Sounds like somebody's bridge collapsed this morning 😂 Don't worry, there's a tutorial for that.",
            empathy = 2, policy = 2,
            tags = { "not-personal", "dont-feed-trolls" },
            effects = { mood = -10, audience = 10, add = { fed = 1 } },
            effect = goes_personal,
            feedback = "The regulars will laugh, but a staff account mocking a member hands him a grievance and sets the tone for the whole thread. Be brief, factual and boring to trolls.",
            next = "troll-returns",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2
    beat {
      id = "troll-returns",
      posts = {
        post { from = "gnasher", at = "20m", likes = 2, replies = 1,
          when = function(state) return not state.rule_broken and sim.chosen("showcase") ~= 0 end,
          text = "Wow, staff cheerleading a beginner build. This is why the leaderboard is full of spaghetti bridges." },
        post { from = "gnasher", at = "20m", likes = 2, replies = 1,
          when = function(state) return not state.rule_broken and sim.chosen("showcase") == 0 end,
          text = "Notice even the staff have nothing to say about it. This is why the leaderboard is full of spaghetti bridges." },
        post { from = "gnasher", at = "20m", likes = 4, replies = 3,
          when = function(state) return state.rule_broken and state.fed > 0 end,
          text = "Oh look, the staff shill has arrived. Do they pay you per excuse? Bet you can't finish the canyon level without the tutorial either." },
        post { from = "gnasher", at = "20m", likes = 4, replies = 3,
          when = function(state) return state.rule_broken and state.fed == 0 end,
          text = "@pixel_pontoon honestly, just delete it, you're embarrassing yourself. And the mods pretend not to see, as usual. Pathetic." },
        post { from = "pia", at = "30m", likes = 3,
          when = function(state) return sim.chosen("showcase") == 0 and sim.visits("troll-returns") == 1 end,
          text = "Guess my bridge really is that bad, then 😕" },
        post { from = "rosa", at = "35m", likes = 22,
          when = function(state) return state.pileon end,
          text = "@GravelGnasher Nobody asked. Crawl back under your bridge." },
        post { from = "bess", at = "40m", likes = 15,
          when = function(state) return state.piled >= 2 end,
          text = "@GravelGnasher Seen your builds. Says a lot that you only ever post in other people's threads." },
      },
      decision = decision {
        prompt = "GravelGnasher is back. What do you do?",
        target = 60,
        weight = 2,
        choices = {
          choice {
            when = function(state) return state.rule_broken end,
            text = "I've hidden a post that broke rule 2 (no personal attacks). @GravelGnasher, this is a first warning, and the details are in your PMs: criticism is welcome here, insults aren't. Everyone else: please report posts like that, don't reply to them.",
            empathy = 7, policy = 10,
            tags = { "moderate-abuse", "rules-consistently", "dont-feed-trolls" },
            follows = { 2, 3, 4 },
            effects = { audience = -5 },
            feedback = "A clear rule was broken, so you act on it: hide the post, apply the first step of the ladder, and keep the details in private. One calm line in public, no debate.",
            next = "appeal-in-thread",
          },
          choice {
            when = function(state) return not state.rule_broken end,
            text = "@pixel_pontoon Your anchorages are better than most first builds I see. Here's the community guide to double-deck bracing. Looking forward to version two!",
            empathy = 8, policy = 8,
            tags = { "engage-fans", "dont-feed-trolls" },
            effects = { mood = { pia = 15, gnasher = -5 } },
            feedback = "He's sulking but hasn't broken a rule, so there's nothing to moderate, and nothing to answer. Keep investing in the member you want to keep.",
            next = "quiet-down",
          },
          choice {
            text = "For the record, I've got 900 hours in this game and three bridges on the showcase page. Maybe check before you sneer at people.",
            empathy = 3, policy = 4,
            tags = { "not-personal", "dont-feed-trolls" },
            effects = { mood = 15, audience = 10, add = { fed = 1 } },
            feedback = "Tempting, and it would feel great to post, but now it's about you, and he has the reaction he wanted. If it stings, step back and let a colleague take it.",
            next = "troll-feast",
          },
          choice {
            when = function(state) return state.rule_broken end,
            text = "@GravelGnasher You're banned. Good riddance, nobody here will miss you.",
            empathy = 2, policy = 2,
            tags = { "rules-consistently", "not-personal", "moderate-abuse" },
            breaks = { 3, 4 },
            effects = { mood = -40, audience = 15 },
            feedback = "He broke a rule, but a first offence gets a warning under the ladder, and a taunt in public turns the sanction into a personal fight. Apply the next step calmly, by PM.",
            next = "ban-fallout",
          },
          choice {
            text = "Locking this thread, it's gone off the rails.",
            empathy = 3, policy = 5,
            tags = { "moderate-abuse", "engage-fans" },
            effects = { mood = { pia = -30 } },
            feedback = "Locking stops the noise but punishes the wrong person: the newcomer's first post is now a locked thread with a troll's sneer on top. Deal with the rule-breaker, not the thread.",
            next = "end-locked",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3a
    beat {
      id = "quiet-down",
      posts = {
        post { from = "pia", at = "40m", likes = 25, replies = 4,
               text = "Thanks everyone! Tried the bracing and the double-deck holds 40 trucks now 🎉" },
      },
      after = "1h",
      -- an ignored troll sometimes has one more go, and this time goes personal
      next = function(state)
        if sim.visits("troll-returns") < 2 and sim.chance(0.5) then
          goes_personal(state)
          return "troll-returns"
        end
        return "end-resolved"
      end,
    },

    ---------------------------------------------------------------- 3b
    beat {
      id = "appeal-in-thread",
      posts = {
        post { from = "gnasher", at = "8m", likes = 6, replies = 4,
               text = "LOL, my post got 'hidden'. Censorship much? Go on, explain in public exactly which rule I broke. I'll wait." },
        post { from = "gnasher", at = "12m", likes = 11, replies = 2,
          when = function(state) return state.pileon end,
          text = "And @rivet_rosa tells me to crawl under a bridge and that's fine? Rules for thee, not for me." },
      },
      decision = decision {
        prompt = "GravelGnasher is contesting the moderation in the thread. How do you answer?",
        target = 60,
        timeout = "3h",
        silence = choice {
          empathy = 4, policy = 6,
          tags = { "dont-feed-trolls" },
          feedback = "Not taking the bait is half right, but rule 4 gives you a ready answer: point him to the PM once. Silence can look as if you have no answer.",
          next = "end-contained",
        },
        choices = {
          choice {
            when = function(state) return state.pileon end,
            text = "He's right about one thing: replies that insult him break rule 2 too. Those are hidden and their authors have had the same warning. @GravelGnasher, the details of yours are in your PMs; happy to talk there.",
            empathy = 6, policy = 10,
            tags = { "rules-consistently", "moderate-abuse", "dont-feed-trolls" },
            follows = { 2, 3, 4 },
            effects = { mood = { gnasher = 10, rosa = -10, bess = -10 } },
            feedback = "Consistency is your best defence: the same rule for the troll and for the regulars who hit back takes away his only fair point. The details still go to PMs.",
            next = "end-resolved",
          },
          choice {
            text = "@GravelGnasher I've sent you a PM with the details. Happy to discuss it there.",
            empathy = 6, policy = 9,
            tags = { "dont-feed-trolls", "rules-consistently" },
            follows = { 4 },
            feedback = "One line, no debate, and the conversation moves where the rules say it belongs. If members broke the rule too, they need the same treatment, or he'll keep pointing at them.",
            next = function(state)
              if state.pileon then return "end-contained" end
              return "end-resolved"
            end,
          },
          choice {
            text = "Since you asked: your last post was a personal attack, which rule 2 forbids. That's a first warning under rule 3. Next time it's a 7-day suspension.",
            empathy = 5, policy = 4,
            tags = { "dont-feed-trolls", "rules-consistently" },
            breaks = { 4 },
            effects = { audience = 10, add = { fed = 1 } },
            feedback = "Every word is correct, and that's the trap: arguing a sanction in the thread gives him the stage he asked for. Say once that the details are in a PM, then stop.",
            next = "end-contained",
          },
          choice {
            text = "Fine, I've restored your post so nobody can call this censorship. Let's all move on.",
            empathy = 4, policy = 2,
            tags = { "rules-consistently", "moderate-abuse" },
            effects = { mood = 20, audience = 10 },
            feedback = "Backing down under pressure tells everyone the rules bend for whoever shouts loudest, and the insult to the newcomer is back on the page. Stand by a correct decision, calmly and in private.",
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3c
    beat {
      id = "troll-feast",
      on_enter = function(state)
        state.audience = state.audience + 15
      end,
      posts = {
        post { from = "gnasher", at = "5m", likes = 14, shares = 6, replies = 9,
               text = "900 hours and still building like that, lol. Screenshotted for the subreddit: 'Girderworks staff melts down at a player'." },
        post { from = "omar", at = "8m",
               text = "(private message) Saw the thread. Want me to take it from here? No shame in it, he's been at this all week." },
      },
      decision = decision {
        prompt = "GravelGnasher is making you the story, and Omar offers to take over. What do you do?",
        target = 45,
        timeout = "2h",
        silence = choice {
          empathy = 3, policy = 4,
          tags = { "not-personal" },
          feedback = "Walking off mid-argument leaves your last reply as the top comment, with nothing to balance it. Accept Omar's offer, or close your part of it in one calm line.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "(to Omar) Yes please, thank you. I got drawn in; it's better if someone fresh handles it by the book.",
            empathy = 8, policy = 9,
            tags = { "not-personal" },
            effects = { mood = { omar = 10 } },
            feedback = "Knowing when to hand over is a skill, not a defeat. A colleague who isn't stung can apply the rules without it looking like revenge.",
            next = "end-contained",
          },
          choice {
            text = "Post whatever you like. Anyone reading can see who's melting down here.",
            empathy = 2, policy = 3,
            tags = { "not-personal", "dont-feed-trolls" },
            effects = { mood = 10, audience = 15, add = { fed = 1 } },
            feedback = "Another round of the argument is the screenshot he is waiting for. When you notice you want the last word, that is the moment to step away.",
            next = "end-escalated",
          },
          choice {
            when = function(state) return state.rule_broken end,
            text = "I've hidden the posts that broke rule 2 and sent a warning by PM. I'm stepping out of this thread now; Omar will handle any follow-up.",
            empathy = 7, policy = 8,
            tags = { "moderate-abuse", "rules-consistently", "not-personal" },
            follows = { 2, 3, 4 },
            feedback = "A good recovery: you get back to the rules and act only on what breaks them. But a sanction from the moderator he was just arguing with can be read as a grudge; handing the whole thing to Omar is cleaner.",
            next = "end-contained",
          },
          choice {
            text = "I've deleted my last comment, it wasn't helpful. Back to bridges, everyone.",
            empathy = 6, policy = 6,
            tags = { "not-personal", "recover-fast" },
            feedback = "Admitting a bad reply is good, but deleting it after it has been screenshotted can look like covering up. Better to leave it and add the calm line, or let Omar take over.",
            -- whether the screenshot catches on is out of your hands
            next = function(state)
              if sim.chance(0.5) then return "end-contained" end
              return "end-escalated"
            end,
          },
        },
      },
    },

    ---------------------------------------------------------------- 3d
    beat {
      id = "ban-fallout",
      posts = {
        post { from = "alt", at = "30m", likes = 19, shares = 11, replies = 7,
               text = "Banned for asking for better physics 🙄 The mod's 'good riddance' is on the subreddit now. Girderworks moderation, everyone." },
        post { from = "rosa", at = "40m", likes = 9, replies = 3,
               text = "Wait, he got banned on the first strike? I got a warning last month for worse. Not defending him, just asking how this works." },
      },
      after = "1h",
      next = "end-escalated",
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved",
        text = "The thread goes back to bridges. Pia posts her double-deck build a week later, and GravelGnasher goes looking for attention somewhere else." },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained",
        text = "The thread calms down, but it took longer than it needed to, and a few regulars are still grumbling about how it was handled." },
    },
    beat {
      id = "end-locked",
      ending = ending { outcome = "contained",
        text = "The noise stops, and so does Pia: her first post is locked under a troll's sneer, and she never posts again." },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated",
        text = "A screenshot of the thread tops the game's subreddit for a day. The comments are about your moderators, not about bridges." },
    },
  },
}
