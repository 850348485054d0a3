-- broken-blender.lua — an angry customer on the brand's own page: her blender
-- burnt out after seven weeks, the service centre called it misuse and refused
-- a refund, and she says so under the launch post of the very same model.
-- Standard level.
--
-- Teaches: acknowledge before you explain policy; never hide a fair complaint;
-- ask for a review instead of promising its outcome, and walk a promise back
-- as soon as you know it was wrong; a friendly tone that suits a calm customer
-- grates on a furious one; close the loop in public without her private data.

-- Each apology counts for less than the one before: the first earns the full
-- points, the second half, the third a third.
local function apologise(state, points)
  state.apologies = state.apologies + 1
  state.mood.marisol = state.mood.marisol + points // state.apologies
end

-- Customer Care's re-test decides whether the motor was faulty. Called by the
-- choice that leads to the verdict, so the verdict's posts can rely on it.
local function retest(state)
  state.fault = sim.chance(0.7)
end

local function calm(state)
  return state.mood.marisol >= -30
end

local function furious(state)
  return state.mood.marisol < -30
end

-- How it ends once the case is settled: her mood, and whether her original
-- comment is still hidden.
local function closing(state)
  if state.mood.marisol >= 0 and not state.hidden then
    return "end-resolved"
  end
  return "end-contained"
end

return scenario {
  id = "broken-blender",
  lang = "en",
  title = "The blender that couldn't take ice",
  summary = "A customer's new blender burnt out after seven weeks and the service centre refused her a refund. Now she's saying so under your launch post for the same model.",
  archetype = "angry-customer",
  channel = "page",
  difficulty = "standard",
  minutes = 8,
  brand = { name = "Vortexa Home", handle = "@VortexaHome" },

  rules = {
    "Order numbers, addresses, receipts and service reports go to private messages, never the comments.",
    "Only Customer Care can approve a refund or an exception. You can ask for a review; you cannot promise its outcome.",
    "Hide a comment only for abuse, spam or someone's personal data, never because it is critical.",
    "When a complaint is settled in private, come back to the public thread and say so.",
  },

  personas = {
    persona { id = "marisol", name = "Marisol Vance", handle = "@marisolvance",
              role = "customer", mood = -45 },
    persona { id = "ayesha", name = "Ayesha Karim", handle = "@ayesha.k",
              role = "another owner", mood = -20 },
    persona { id = "theo", name = "Theo Brandt", handle = "@theobrandt",
              role = "would-be buyer" },
    persona { id = "ines", name = "Ines Kahl", handle = "@ines_customercare",
              role = "Customer Care lead (colleague)", mood = 10 },
  },

  state = {
    apologies = 0,    -- how many times we have said sorry to Marisol
    promised = false, -- she has been promised a refund nobody approved
    hidden = false,   -- her original comment is hidden from the page
    fault = true,     -- the re-test found a real fault (drawn by retest)
  },
  audience = 25,  -- a launch post: plenty of people are reading the comments
  pass = 70,      -- an escalated thread should not pass on speed alone

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "comment",
      posts = {
        post { from = "brand", likes = 310, shares = 42, replies = 58,
               text = "Meet the Pro 900: 1,200 watts that crush ice in seconds. Smoothie season starts now 🍓" },
        post { from = "marisol", at = "1m", likes = 48, replies = 6,
               text = "'Crushes ice in seconds.' Mine crushed ice for seven weeks, then the motor burnt out mid-smoothie (photo attached, you can smell it from here). Your service centre says 'improper use: ice' and won't refund me. Improper use of the exact thing you advertise it for?" },
        post { from = "theo", at = "9m", likes = 12,
               text = "I was about to order one for my mum's birthday. Is this normal, @VortexaHome?" },
        post { from = "ayesha", at = "15m", likes = 20,
               text = "Mine smells of burning every time I do crushed ice. Following this." },
      },
      decision = decision {
        prompt = "Marisol's complaint sits under your launch post, and people are reading it. The service centre refused her a refund seven weeks after purchase. Refunds are normally within 30 days, but Customer Care can review a service decision. How do you answer?",
        target = 60,
        timeout = "2h",
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "reply-fast", "listen" },
          effects = { mood = -20, audience = 25 },
          feedback = "A complaint under your own launch post, with a would-be buyer asking if it's normal, is the worst place to go quiet: everyone reads the silence as a yes. Acknowledge her within minutes, even before you have the answer.",
          next = "second-post",
        },
        choices = {
          choice {
            text = "Marisol, I'm sorry. A blender sold for crushing ice shouldn't be turned down for crushing ice, and that decision doesn't look right to me. I'm asking Customer Care to review it today. Could you send me your order number and the service report by private message?",
            empathy = 9, policy = 9,
            tags = { "apologise-sincerely", "own-it", "go-private", "reply-fast" },
            follows = { 1, 2 },
            effect = function(state) apologise(state, 30) end,
            feedback = "You name her problem in her own terms, say what you will do (a review, which you can deliver) and take the paperwork to private messages. Theo and Ayesha see a brand that listens, and nothing is promised that isn't yours to give.",
            next = "pm",
          },
          choice {
            text = "Hi Marisol. Refunds are available within 30 days of purchase. After that, the Pro 900 is covered by our 2-year warranty: repair or replacement through an authorised service centre. Full details at vortexa.example/warranty.",
            empathy = 3, policy = 6,
            tags = { "listen", "own-it" },
            effects = { mood = -20, audience = 15 },
            feedback = "Every word is accurate and none of it helps: the service centre is the one that refused her warranty, so you've pointed her back at the door she was turned away from. Explain the policy after you've acknowledged the problem, not instead of it.",
            next = "second-post",
          },
          choice {
            text = "(Hide the comment: it's dragging down the launch post. Send Marisol a private message offering to help.)",
            empathy = 4, policy = 1,
            tags = { "dont-delete-criticism", "go-private" },
            breaks = { 3 },
            effects = { mood = -30, audience = 25, set = { hidden = true } },
            feedback = "The private message is a good instinct, but hiding a fair complaint is the fastest way to make it bigger: she will notice within minutes, and screenshots exist. Leave it up, answer it in public, then go private for the details.",
            next = "hidden",
          },
          choice {
            text = "Marisol, that's not OK and you'll get your money back: full refund, no arguments. Message us your order number and we'll sort it today! 💛",
            empathy = 7, policy = 1,
            tags = { "no-lies", "go-private" },
            follows = { 1 },
            breaks = { 2 },
            effects = { mood = 30, set = { promised = true } },
            feedback = "Warm, quick, and exactly what she wants to hear, which is why it's tempting. But only Customer Care can approve a refund, and you haven't asked them. Promise what you control: a review today, and that you'll stay on it.",
            next = "pm-promised",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2a
    beat {
      id = "hidden",
      posts = {
        post { from = "marisol", at = "20m", likes = 220, shares = 75, replies = 40,
               text = "My comment about a burnt-out blender has been HIDDEN from @VortexaHome's launch post. Before and after screenshots below. So this is how they handle complaints." },
        post { from = "theo", at = "26m", likes = 35,
               text = "Well, that settles the birthday present. Not buying." },
      },
      decision = decision {
        prompt = "Marisol noticed straight away and has reposted on her own profile, with screenshots, tagging your page. What do you do?",
        target = 45,
        timeout = "1h",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "dont-delete-criticism" },
          effects = { mood = -15, audience = 20 },
          feedback = "Saying nothing while the screenshots travel leaves the hidden comment as your only statement. A mistake like this has to be undone, in public, within the hour.",
          next = function(state)
            if state.audience >= 70 then return "end-crisis" end
            return "end-escalated"
          end,
        },
        choices = {
          choice {
            text = "(Unhide her comment and reply under it:) Marisol, I hid your comment and I shouldn't have: it's a fair complaint and it belongs here. I'm sorry, for that and for the blender. I've asked Customer Care to review the service decision and sent you a private message for the details.",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "dont-delete-criticism", "apologise-sincerely", "own-it" },
            follows = { 1, 3 },
            effects = { audience = -10, set = { hidden = false } },
            effect = function(state) apologise(state, 30) end,
            feedback = "You undo the mistake where it happened, say plainly that it was yours, and get back to her actual problem. Owning a bad call this fast is what stops 'they censor complaints' from becoming the story.",
            next = "pm",
          },
          choice {
            text = "Marisol, comments on launch posts are moderated automatically, so yours may have been caught by our filter. It's been restored now. Please message us and we'll look into it.",
            empathy = 4, policy = 0,
            tags = { "no-lies", "own-it" },
            effects = { mood = -20, audience = 15, set = { hidden = false } },
            feedback = "It's a face-saving story, and it is false: someone on the team hid it. The truth tends to come out (a colleague, a moderation log, a former employee), and then the lie is the headline. Own it: 'I hid it, I shouldn't have.'",
            next = "end-escalated",
          },
          choice {
            text = "(Leave the comment hidden, and reply under her repost:) We're sorry you feel that way, Marisol. We've sent you a private message so we can resolve this.",
            empathy = 3, policy = 3,
            tags = { "apologise-sincerely", "dont-delete-criticism", "go-private" },
            follows = { 1 },
            breaks = { 3 },
            effects = { mood = -5 },
            effect = function(state) state.apologies = state.apologies + 1 end,
            feedback = "'Sorry you feel that way' apologises for her feelings, not for what you did, and the comment stays hidden, so the screenshots stay true. It also uses up an apology: the next one will count for less.",
            next = "pm",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2b
    beat {
      id = "second-post",
      posts = {
        post { from = "marisol", at = "5m", likes = 130, shares = 30, replies = 22,
          when = function(state) return sim.chosen("comment") == 2 end,
          text = "'Refunds within 30 days.' Thanks, I can read. Your service centre is the one refusing the warranty. Anyone thinking of buying the Pro 900: don't." },
        post { from = "marisol", at = "5m", likes = 150, shares = 40, replies = 25,
          when = function(state) return sim.chosen("comment") == 0 end,
          text = "Two hours on your own launch post and not a word. @VortexaHome, is anyone reading these?" },
        post { from = "ayesha", at = "12m", likes = 60, replies = 8,
               text = "Same model, same burning smell. Starting to think it isn't us." },
      },
      decision = decision {
        prompt = "Marisol is angrier now, and another owner has joined in. How do you recover?",
        target = 45,
        timeout = "1h",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "reply-fast" },
          effects = { mood = -15, audience = 20 },
          feedback = "Two unanswered rounds turn one complaint into a pattern: owners start comparing notes and buyers leave. At this point you needed a specific apology and a concrete step, in public.",
          next = function(state)
            if state.audience >= 70 then return "end-crisis" end
            return "end-escalated"
          end,
        },
        choices = {
          choice {
            text = "Marisol, you deserved better than that, and I'm sorry. A blender sold for crushing ice shouldn't be refused for crushing ice. I've asked Customer Care to review it today, and I've messaged you for the report. @ayesha.k, a burning smell isn't normal: please message us too.",
            empathy = 9, policy = 9,
            tags = { "recover-fast", "apologise-sincerely", "own-it", "go-private" },
            follows = { 1, 2 },
            effects = { audience = -5, mood = { ayesha = 20 } },
            effect = function(state) apologise(state, 30) end,
            feedback = "You admit the first response fell short, apologise for something specific, and commit to a step you can actually deliver. Bringing Ayesha in shows you've read the thread, not just the loudest comment.",
            next = "pm",
          },
          choice {
            text = "Oof, that's one sad-looking blender 😬 Let's get this fixed! Pop us a message with your order number and we'll take it from there 🙌",
            empathy = 3, policy = 6,
            tags = { "apologise-sincerely", "listen", "go-private" },
            follows = { 1 },
            effects = { mood = -20, audience = 10 },
            feedback = "A light touch can work with someone mildly annoyed. With someone who has been brushed off twice in public, emojis read as not taking her seriously, and there's still no apology. Match the tone to her mood: plain, specific, sorry.",
            next = "end-escalated",
          },
          choice {
            text = "Marisol, we understand your frustration. Our service centres are independent experts, and their assessment was that the motor was overloaded. If you disagree, you can request a second opinion through our website.",
            empathy = 3, policy = 5,
            tags = { "own-it", "listen" },
            effects = { mood = -20, audience = 15 },
            feedback = "It sounds reasonable and process-minded, but it defends the decision you were asked to question and sends her to another form. Customer Care can review it: offer that yourself, and stay with her while it happens.",
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3
    beat {
      id = "pm",
      posts = {
        post { from = "marisol", at = "3m",
          when = calm,
          text = "(private message) Order VH-20931, bought 12 March. Service report attached: 'motor overload due to improper use (ice)'. The box has a picture of ice cubes on it." },
        post { from = "marisol", at = "3m",
          when = furious,
          text = "(private message) Here. Order VH-20931, and the report. I've already lost two weeks to this, so forgive me if I'm not holding my breath." },
      },
      decision = decision {
        prompt = "You called Ines Kahl, who leads Customer Care. She has reopened the case: a technician re-tests the motor and she decides by tomorrow noon. If it's a fault, Marisol chooses between a full refund and a new unit. Ines can't promise the result before the test. What do you tell Marisol?",
        target = 60,
        weight = 2,
        choices = {
          choice {
            text = "Thanks, Marisol. That report doesn't square with our own box, and I've told Ines Kahl, head of Customer Care. She's reopened your case: a technician re-tests the motor; she decides by tomorrow noon. If it's a fault, you pick a refund or a new unit. I'll message you when I hear.",
            empathy = 9, policy = 10,
            tags = { "own-it", "no-lies" },
            follows = { 1, 2 },
            effects = { mood = 20 },
            effect = retest,
            feedback = "A name, a process, a time, and what each result would mean for her, with no promise of the result itself. And you stay on the case: she hears the verdict from you, not from a form letter.",
            next = "verdict",
          },
          choice {
            text = "Thanks, Marisol. The technicians concluded it was improper use, so I'm afraid I can't overrule them. If you disagree, you can appeal through the form on our website.",
            empathy = 3, policy = 5,
            tags = { "own-it", "listen" },
            effects = { mood = -25, audience = 15 },
            feedback = "You had a review in hand and handed her a form instead: 'not my job', politely worded. She came to you because the usual channel failed her. Tell her what Ines is doing, and when.",
            next = "end-escalated",
          },
          -- The same breezy reply, rated by how she feels when it arrives.
          choice {
            when = calm,
            text = "Got it, thanks Marisol! Leave it with me 🙌 I'm on to Customer Care right now and you'll hear from me by tomorrow noon at the latest.",
            empathy = 7, policy = 8,
            tags = { "own-it", "no-lies" },
            follows = { 2 },
            effects = { mood = 10 },
            effect = retest,
            feedback = "She's calmer now, so a friendly tone lands, and you promise a time rather than a result. It would be stronger still with the specifics: who is reviewing it, what the test is, and what each outcome means for her.",
            next = "verdict",
          },
          choice {
            when = furious,
            text = "Got it, thanks Marisol! Leave it with me 🙌 I'm on to Customer Care right now and you'll hear from me by tomorrow noon at the latest.",
            empathy = 3, policy = 7,
            tags = { "own-it", "listen" },
            follows = { 2 },
            effects = { mood = -10 },
            effect = retest,
            feedback = "The content is fine, but she's still furious, and 'leave it with me 🙌' sounds like every brush-off she's had, in a cheerier font. When someone is this angry, be plain and specific: who is reviewing it, what happens, and by when.",
            next = "verdict",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3b
    -- The same private conversation, after a refund was promised in public.
    beat {
      id = "pm-promised",
      posts = {
        post { from = "marisol", at = "3m",
          text = "(private message) Thank you! Order VH-20931, bought 12 March. Service report attached: 'motor overload due to improper use (ice)'. The box has a picture of ice cubes on it." },
        post { from = "ines", at = "8m",
          text = "(internal chat) Hi, I've seen the thread. Did you tell her she'd get a full refund? I can't approve that before the motor has been re-tested. You'll need to walk it back." },
      },
      decision = decision {
        prompt = "You called Ines Kahl, who leads Customer Care. She has reopened the case: a technician re-tests the motor and she decides by tomorrow noon. If it's a fault, Marisol chooses between a full refund and a new unit. Ines can't promise the result before the test, and she has just read your public reply. What do you tell Marisol?",
        target = 60,
        weight = 2,
        choices = {
          choice {
            text = "Marisol, a correction: the refund wasn't mine to promise, and I'm sorry. Ines Kahl, head of Customer Care, has reopened your case: a technician re-tests the motor and she decides by tomorrow noon. If it's a fault, you pick a refund or a new unit. I'll message you when I hear.",
            empathy = 9, policy = 10,
            tags = { "no-lies", "own-it", "apologise-sincerely" },
            follows = { 1, 2 },
            effects = { set = { promised = false } },
            effect = function(state)
              state.mood.marisol = state.mood.marisol - 20  -- the walk-back stings
              apologise(state, 20)
              retest(state)
            end,
            feedback = "Walking a promise back hurts, and it hurts far less today than tomorrow noon with a screenshot. You own the mistake, apologise once, and replace the promise with the true process and a time.",
            next = "verdict",
          },
          choice {
            text = "Got it, thanks! Your refund is being processed, I'll confirm as soon as it's through 😊",
            empathy = 6, policy = 1,
            tags = { "no-lies", "own-it" },
            breaks = { 2 },
            effects = { mood = 10 },
            effect = retest,
            feedback = "Ines has just told you the refund isn't approved. Staying quiet keeps tonight pleasant and bets everything on a test you don't control. Correct the promise now, while it's still cheap.",
            next = "verdict",
          },
          choice {
            text = "Got it, thanks Marisol! Leave it with me 🙌 I'm on to Customer Care right now and you'll hear from me by tomorrow noon at the latest.",
            empathy = 6, policy = 4,
            tags = { "no-lies", "own-it" },
            effects = { mood = 10 },
            effect = retest,
            feedback = "Friendly, and a time instead of a result is the right habit. But it says nothing about the refund you promised in public, so she'll read 'leave it with me' as 'refund coming'. The promise is still standing; correct it today.",
            next = "verdict",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4
    beat {
      id = "verdict",
      posts = {
        -- the next day, a little before noon
        post { from = "ines", at = "20h",
          when = function(state) return state.fault end,
          text = "(internal chat) Re-test done: the thermal cut-out on her motor was faulty. Refund approved, or a new unit if she prefers. Quality thinks it may be a whole production batch, but they haven't confirmed which serials, so please don't say anything about batches in public yet." },
        post { from = "ines", at = "20h",
          when = function(state) return not state.fault end,
          text = "(internal chat) Re-test done: the blade assembly was fitted the wrong way round, which overloads the motor. To be fair, our diagram makes that easy to do. It's not a fault, so no refund, but I've approved a new unit as goodwill, with a clearer guide." },
        post { from = "ayesha", at = "20h10m", likes = 14,
               text = "Any news for @marisolvance? Mine still smells of burning." },
        post { from = "theo", at = "20h15m", likes = 9,
               text = "Same question. Still deciding about that birthday present." },
      },
      next = function(state)
        if state.promised and not state.fault then return "broken-promise" end
        return "close-loop"
      end,
    },

    beat {
      id = "close-loop",
      decision = decision {
        prompt = "You've given Marisol Ines's answer by private message, and she's accepted it. Under the launch post, Ayesha and Theo are still waiting. What do you post there?",
        target = 60,
        timeout = "3h",
        silence = choice {
          empathy = 3, policy = 2,
          tags = { "listen", "go-private" },
          breaks = { 4 },
          feedback = "The case was settled, but only in private. Under your launch post, the last word is still a burnt-out motor and two unanswered questions. Come back and close the loop, without her details.",
          next = "end-contained",
        },
        choices = {
          choice {
            text = "An update for everyone following: Marisol's case has been reviewed and settled with her. Thank you for your patience, Marisol. @ayesha.k, a burning smell isn't normal: please stop using it and message us your serial number today, and Customer Care will look at yours too.",
            empathy = 9, policy = 10,
            tags = { "listen", "own-it", "go-private" },
            follows = { 1, 4 },
            effects = { mood = { marisol = 20, ayesha = 20 }, audience = -10 },
            feedback = "Everyone reading sees the complaint was handled, without a single private detail, and the next owner with the same problem gets a clear way in. Theo's question is answered by what you did, not by a sales pitch.",
            next = closing,
          },
          choice {
            when = function(state) return state.fault end,
            text = "Update: we've found a faulty batch of Pro 900 motors, and everyone affected will get a full refund. Message us your serial number!",
            empathy = 7, policy = 1,
            tags = { "no-lies", "bad-news-early" },
            breaks = { 2 },
            effects = { audience = 30 },
            feedback = "Being open about a fault is the right instinct, but Quality hasn't confirmed a batch and nobody has approved refunds for everyone. Announce what is confirmed (her case, and a way in for others), and let the batch news come when it's true.",
            next = "end-overpromise",
          },
          choice {
            when = function(state) return not state.fault end,
            text = "Update: the re-test showed Marisol's blade assembly had been fitted the wrong way round, which overloads the motor. Everyone, please check our assembly guide! She's getting a new unit as a goodwill gesture.",
            empathy = 3, policy = 2,
            tags = { "go-private", "not-personal" },
            breaks = { 1 },
            effects = { mood = { marisol = -40 }, audience = 15 },
            feedback = "The result of her service report is her business, not the page's, and publishing it reads as 'it was her fault' after all. If the diagram really is confusing, fix the diagram; in public, just say the case is settled.",
            next = "end-escalated",
          },
          choice {
            text = "Update: Marisol, your case VH-20931 is settled and your new unit or refund is on its way! Thanks for your patience 😊",
            empathy = 7, policy = 3,
            tags = { "go-private", "listen" },
            follows = { 4 },
            breaks = { 1 },
            feedback = "Closing the loop is right, but her order number is private, and Ayesha, still waiting with a smoking blender, gets nothing. Say the case is settled and give the next owner a way in.",
            next = "end-contained",
          },
        },
      },
    },

    beat {
      id = "broken-promise",
      posts = {
        post { from = "marisol", at = "30m", likes = 180, shares = 60, replies = 35,
               text = "Yesterday on this page: 'full refund, no arguments'. Today in my inbox: 'no refund, a replacement as goodwill'. Screenshots of both. Make it make sense, @VortexaHome." },
      },
      decision = decision {
        prompt = "Marisol has been offered a new unit, not the refund you promised her in public. How do you answer her post?",
        target = 45,
        timeout = "1h",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "own-it" },
          effects = { mood = -15, audience = 20 },
          feedback = "The screenshots speak for themselves, and silence confirms them. A broken promise needs a public apology from whoever made it, fast.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "Marisol, you're right. I promised a refund that wasn't mine to promise, and I'm sorry. That's on me, not on you. I've asked Customer Care to honour it, and Ines Kahl has agreed: your refund is on its way, and I've sent you the details privately.",
            empathy = 9, policy = 8,
            tags = { "own-it", "apologise-sincerely", "recover-fast", "no-lies" },
            follows = { 1, 2 },
            cost = "30m",
            effect = function(state) apologise(state, 30) end,
            feedback = "You take the blame where it belongs, and you go through Customer Care rather than around it to make the promise good. It costs the company a refund; that was the price of the promise, and paying it quickly is cheaper than the thread.",
            next = "end-contained",
          },
          choice {
            text = "Marisol, the technical review found that the blade had been fitted incorrectly, so a refund doesn't apply. A replacement unit is a generous goodwill gesture in this situation.",
            empathy = 2, policy = 3,
            tags = { "own-it", "go-private", "not-personal" },
            breaks = { 1 },
            effects = { mood = -30, audience = 20 },
            feedback = "Technically accurate and completely beside the point: nobody reading cares about the blade, they see a brand going back on its word and blaming the customer in public. Own the promise first.",
            next = function(state)
              if state.audience >= 60 then return "end-crisis" end
              return "end-escalated"
            end,
          },
          choice {
            text = "Hi Marisol, we're looking into this. Please check your private messages.",
            empathy = 4, policy = 5,
            tags = { "go-private", "own-it" },
            effects = { mood = -10, audience = 10 },
            feedback = "The promise was public, so the apology has to be public too; a 'check your DMs' under her screenshots looks like hiding. Say sorry where everyone can see it, then sort the details privately.",
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved",
        text = "Marisol edits her comment: 'Update: Vortexa reviewed it and sorted it properly.' Ayesha's blender goes in for a check, and Theo orders one for his mum." },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained",
        text = "Marisol's case is settled and the thread goes quiet, but she leaves her comment as it was. Under the launch post, the first thing buyers read is still a burnt-out motor." },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated",
        text = "Marisol writes up her experience on two review sites and a consumer forum, with screenshots of the page. Other Pro 900 owners add their stories, and the launch post's comments become the place to complain." },
    },
    beat {
      id = "end-overpromise",
      ending = ending { outcome = "escalated",
        text = "By the evening four hundred owners have written in for their 'batch refund'. Quality confirms only two hundred serials, and the page has to post a correction that angers everyone else." },
    },
    beat {
      id = "end-crisis",
      ending = ending { outcome = "crisis",
        text = "A consumer-rights site runs 'Vortexa hides complaints about its own blender', built on Marisol's screenshots. The launch of the Pro 900 is now remembered for the wrong reasons." },
    },
  },
}
