-- loyal-defender.lua — mixed archetypes in one thread: a long-time fan
-- defends the brand against a fair critic, and goes too far. Standard level,
-- page.
--
-- Teaches: answer the critic on substance; thank a fan's loyalty without
-- endorsing the attack; the rules are the same for the people you love most;
-- explain moderation in private; close the loop on the criticism itself.

-- Whether the fan comes back after being moderated depends on how he feels
-- once you have talked to him; whether the critic stays depends on her mood.
local function closing(state)
  if state.mood.hannah >= 0 and state.mood.leo >= 0 and not state.perked then
    return "end-resolved"
  end
  return "end-contained"
end

-- After the fan is dealt with, the critic only comes back to her point if
-- she still thinks anyone is listening.
local function after_leo(state)
  if state.mood.hannah >= -30 then
    return "hannah-close"
  end
  return "end-contained"
end

return scenario {
  id = "loyal-defender",
  title = "The loyal defender",
  summary = "A subscriber posts a fair, sharp review on your page. Your most loyal fan rushes to defend you, and then digs into her life. Keep the critic, keep the fan, and keep the rules the same for both.",
  archetype = { "happy-fan", "public-complaint" },
  channel = "page",
  difficulty = "standard",
  minutes = 9,
  brand = { name = "Tostino Coffee Roasters", handle = "@tostinocoffee" },

  rules = {
    "Criticism of Tostino and our coffee is welcome here, and stays up.",
    "No personal attacks, and no digging into anyone's life or activity outside this page.",
    "The rules are the same for everyone: newcomers, regulars, fans and staff.",
    "We explain moderation to the person concerned by private message, not in the comments.",
  },

  personas = {
    persona { id = "hannah", name = "Hannah Brooks", handle = "@hannah_b_reads", role = "subscriber for two years", mood = -25 },
    persona { id = "leo", name = "Leo Marchetti", handle = "@leo_brews", role = "superfan, hosts the Sunday brew thread", mood = 60 },
    persona { id = "marta", name = "Marta Kerr", handle = "@marta_k", role = "subscriber", mood = -10 },
    persona { id = "kat", name = "Kat Ode", handle = "@kat_pourover", role = "regular" },
  },

  state = {
    endorsed = false,     -- we sided with the fan's put-down
    removed_jab = false,  -- we deleted the fan's first, rule-abiding reply
    hidden = false,       -- the fan's personal attack is hidden
    scolded = false,      -- we told the fan off in public
    perked = false,       -- we gave the fan a present to smooth things over
  },
  audience = 12,

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "review",
      posts = {
        post { from = "hannah", likes = 27, replies = 3,
               text = "Two years on the Tostino subscription and I'm thinking of cancelling. The new Harvest blend tastes burnt to me, and the price went up 20% without a single email. I only noticed on my bank statement. Disappointed." },
        post { from = "leo", at = "8m", likes = 19,
               text = "Harvest is a DARK roast, Hannah, that's the whole point 🙄 If you want something mild, the supermarket pods are that way." },
        post { from = "marta", at = "15m", likes = 22,
               text = "The price thing is true though. I didn't get an email either." },
      },
      decision = decision {
        prompt = "A subscriber's critical review is on your page, and your best-known fan has already answered her. What do you post?",
        target = 60,
        timeout = "3h",
        silence = choice {
          empathy = 1, policy = 4,
          tags = { "listen", "engage-fans" },
          effects = { mood = -20 },
          feedback = "Three hours of silence leaves your fan as the brand's only voice in the thread, and his voice just rolled its eyes at a paying customer. A fair review needs an answer from you.",
          next = "pile",
        },
        choices = {
          choice {
            text = "Thanks, Hannah. You're right about the price: it rose in March and we should have emailed every subscriber. I'm sorry. If Harvest tastes burnt to you, your next bag can be the lighter Autumn. Leo, thanks for jumping in: Harvest has fans and critics, and both are welcome here.",
            empathy = 9, policy = 9,
            tags = { "listen", "apologise-sincerely", "engage-fans" },
            follows = { 1 },
            effects = { mood = 25, audience = -2 },
            feedback = "You answer both of Hannah's points on substance, own the one you got wrong, and offer something concrete. Leo gets his thank-you, and a gentle signal that critics are welcome, without being told off in front of everyone.",
            next = "pile",
          },
          choice {
            text = "(Like Leo's reply, then post:) Ha, Leo knows his roasts! 😄 Hannah, Harvest is meant to be dark. Maybe give our Autumn blend a try?",
            empathy = 4, policy = 3,
            tags = { "engage-fans", "listen" },
            effects = { mood = { hannah = -15, leo = 10 }, audience = 5, set = { endorsed = true } },
            feedback = "It's friendly to your fan and even suggests a fix, which is why it's tempting. But the like and the laugh endorse his put-down, and the price complaint, the one she's right about, goes unanswered. Thank the fan without joining in, and answer the critic.",
            next = "pile",
          },
          choice {
            text = "Hi Hannah, thank you for your feedback. Our prices are reviewed regularly to reflect the rising cost of green coffee. We have passed your comments on to our roasting team.",
            empathy = 3, policy = 6,
            tags = { "listen", "own-it" },
            effects = { mood = -10 },
            feedback = "Polite and safe, and it answers nothing: she said the rise came with no email, and that's the part you could own. Press-release language in a comment thread tells people nobody is really listening.",
            next = "pile",
          },
          choice {
            text = "(Delete Leo's reply, to protect Hannah.)",
            empathy = 5, policy = 3,
            tags = { "rules-consistently", "moderate-abuse", "engage-fans" },
            breaks = { 3 },
            effects = { mood = { leo = -40 }, set = { removed_jab = true } },
            feedback = "A protective instinct, but his reply was rude, not against the rules. Deleting a loyal member's opinion because it's unkind to a critic is moderating by taste. Answer it instead; moderate when a rule is broken.",
            next = "pile",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2
    beat {
      id = "pile",
      posts = {
        post { from = "leo", at = "20m", likes = 15, replies = 4,
          when = function(state) return state.removed_jab end,
          text = "Wow, my comment got deleted? Two years defending this place and that's what I get. Fine. @hannah_b_reads, I had a look at your profile: one-star reviews for three other cafés this month, and you work at that chain place on Market Street. Serial complainer. Maybe the problem isn't the coffee." },
        post { from = "leo", at = "20m", likes = 34, replies = 6,
          when = function(state) return not state.removed_jab and state.endorsed end,
          text = "See, even Tostino agrees 😎 And @hannah_b_reads, I had a look at your profile: one-star reviews for three other cafés this month, and you work at that chain place on Market Street. Serial complainer. Maybe the problem isn't the coffee." },
        post { from = "leo", at = "20m", likes = 12, replies = 5,
          when = function(state) return not state.removed_jab and not state.endorsed end,
          text = "@hannah_b_reads I had a look at your profile: one-star reviews for three other cafés this month, and you work at that chain place on Market Street, don't you? Serial complainer. Maybe the problem isn't the coffee." },
        post { from = "kat", at = "23m", likes = 9,
          when = function(state) return state.endorsed end,
          text = "😂 Leo came with receipts" },
        post { from = "hannah", at = "26m", likes = 40, shares = 3,
               text = "Wow. So this is how Tostino's community treats customers who complain. He's posting where I WORK?" },
      },
      decision = decision {
        prompt = "Leo has gone through Hannah's profile and posted where she works. What do you do?",
        target = 60,
        timeout = "2h",
        weight = 2,
        silence = choice {
          empathy = 1, policy = 1,
          tags = { "moderate-abuse", "rules-consistently" },
          breaks = { 2, 3 },
          effects = { mood = -25, audience = 15 },
          feedback = "Leaving a post that names a critic's workplace under your own page says the rules don't apply to fans. This is the moment rule 2 was written for.",
          next = "screenshot",
        },
        choices = {
          choice {
            text = "(Hide Leo's reply under rule 2 and message him privately. Then post:) I've hidden a reply that broke rule 2: no personal attacks and no digging into people's lives, whoever writes them. Hannah, I'm sorry that happened here. Your review is welcome, and it stays.",
            empathy = 8, policy = 10,
            tags = { "moderate-abuse", "rules-consistently", "apologise-sincerely" },
            follows = { 1, 2, 3, 4 },
            effects = { mood = { hannah = 20, leo = -30 }, set = { hidden = true } },
            feedback = "The rule is enforced at once and the same way it would be for a stranger; the public note names the rule, not the fan; the details go to him privately. And the critic hears, in public, that she's welcome.",
            next = "leo-reacts",
          },
          choice {
            text = "(Leave the reply up and message Leo:) Hey Leo, love the passion, but maybe tone it down a little? 😉",
            empathy = 5, policy = 2,
            tags = { "rules-consistently", "moderate-abuse", "engage-fans" },
            breaks = { 2, 3 },
            effects = { mood = { hannah = -20, leo = 5 }, audience = 10 },
            feedback = "Keeping your best fan happy is tempting, and the private word is the right channel. But her workplace is still on your page; a stranger posting that would be hidden in a minute. Same rule for everyone: hide it, then talk to him.",
            next = "screenshot",
          },
          choice {
            text = "(Hide Leo's reply, then post:) @leo_brews That's completely unacceptable. Digging through a customer's profile is creepy. One more like that and you're banned.",
            empathy = 3, policy = 4,
            tags = { "not-personal", "moderate-abuse", "rules-consistently" },
            follows = { 2, 3 },
            breaks = { 4 },
            effects = { mood = { hannah = 10, leo = -50 }, audience = 10, set = { hidden = true, scolded = true } },
            feedback = "Hiding it was right. Calling a member 'creepy' in front of everyone turns a moderation into a public fight with your most loyal fan. Say what rule was broken, without his name, and tell him the rest privately.",
            next = "leo-reacts",
          },
          choice {
            text = "Let's all take a breath, folks! We love all our customers here, whatever their taste in coffee ❤️",
            empathy = 4, policy = 2,
            tags = { "moderate-abuse", "rules-consistently" },
            breaks = { 2 },
            effects = { mood = -15, audience = 5 },
            feedback = "Even-handed in tone, but it treats a critic and a man posting her workplace as two sides of a squabble, and the post stays up. Act on the rule first; kind words come after.",
            next = "screenshot",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3a
    beat {
      id = "screenshot",
      on_enter = function(state)
        state.audience = state.audience + 15
      end,
      posts = {
        post { from = "hannah", at = "40m", likes = 150, shares = 61, replies = 22,
               text = "For my followers: a Tostino superfan posted where I work because I didn't like a coffee, and @tostinocoffee left it up. Subscription cancelled." },
        post { from = "marta", at = "50m", likes = 48,
               text = "Same here. If that's what happens to criticism on this page, count me out too." },
      },
      decision = decision {
        prompt = "Hannah has shared a screenshot with her own followers, and Marta is cancelling too. What do you do?",
        target = 60,
        timeout = "2h",
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "recover-fast", "moderate-abuse" },
          breaks = { 2 },
          effects = { mood = -15, audience = 15 },
          feedback = "The screenshot is doing the talking now. Hiding the reply and owning the delay, even late, would have given people something else to share.",
          next = "end-escalated",
        },
        choices = {
          choice {
            text = "(Hide Leo's reply under rule 2 and message him privately. Then post:) Hannah, you're right, and I'm sorry: that reply broke our rules and I should have hidden it straight away. It's gone now, and your review stays.",
            empathy = 8, policy = 9,
            tags = { "recover-fast", "moderate-abuse", "apologise-sincerely", "rules-consistently" },
            follows = { 1, 2, 3, 4 },
            effects = { mood = { hannah = 25, leo = -30 }, set = { hidden = true } },
            feedback = "Late, but complete: the rule enforced, the delay owned, the critic told she's welcome. Fast recovery after a slip beats a perfect excuse.",
            next = "leo-reacts",
          },
          choice {
            text = "Hannah, we're sorry you feel that way. Members' comments are their own views and not Tostino's.",
            empathy = 2, policy = 2,
            tags = { "own-it", "apologise-sincerely", "moderate-abuse" },
            breaks = { 2 },
            effects = { mood = -15, audience = 10 },
            feedback = "True, and beside the point: it's your page and your rules, and the post is still up. 'Sorry you feel that way' apologises for her feelings, not for what happened.",
            next = "end-escalated",
          },
          choice {
            text = "(Delete the whole thread, Hannah's review included, to stop it spreading.)",
            empathy = 1, policy = 0,
            tags = { "dont-delete-criticism", "moderate-abuse" },
            breaks = { 1 },
            effects = { mood = -30, audience = 20 },
            feedback = "Deleting the review along with the attack turns 'a fan went too far' into 'the brand silences critics', with a screenshot to prove it. Remove what breaks a rule, keep the criticism.",
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3b
    beat {
      id = "leo-reacts",
      posts = {
        post { from = "leo", at = "15m",
          when = function(state) return not state.scolded end,
          text = "(private message) Seriously? I've sent you dozens of customers, I run the Sunday brew thread for free, and you hide MY comment to protect some random complainer? Maybe I'll move the brew thread to my own blog." },
        post { from = "leo", at = "10m", likes = 44, replies = 12,
          when = function(state) return state.scolded end,
          text = "Called 'creepy' in public by the brand I've defended for two years. Lovely. Maybe I'll move the Sunday brew thread to my own blog, then." },
      },
      decision = decision {
        prompt = "Leo is hurt and threatening to take his brew thread elsewhere. How do you answer him?",
        target = 60,
        timeout = "4h",
        weight = 2,        -- keeping the fan without bending the rule is half the lesson
        silence = choice {
          empathy = 1, policy = 5,
          tags = { "engage-fans", "listen" },
          effects = { mood = { leo = -20 } },
          feedback = "The rule was enforced, so saying nothing isn't wrong on policy, but you let your most loyal member walk away without a word. He deserved thanks and an explanation.",
          next = after_leo,
        },
        choices = {
          choice {
            when = function(state) return not state.scolded end,
            text = "Leo, you're one of the best things about this page: the brew thread is yours, and people come for it. The rule is the same for everyone, even the people we love most: argue about the coffee, never the person. Your comment is hidden, your account isn't. Please stay.",
            empathy = 9, policy = 10,
            tags = { "engage-fans", "rules-consistently", "not-personal" },
            follows = { 3, 4 },
            effects = { mood = { leo = 35 } },
            feedback = "Real thanks for real loyalty, the rule explained without apologising for it, and a clear line between his comment and him. Fans who are told why usually stay.",
            next = after_leo,
          },
          choice {
            when = function(state) return state.scolded end,
            text = "(by private message) Leo, I'm sorry I called you out in public, and 'creepy' was uncalled for. The rule stands for everyone, fans included: argue about the coffee, never the person. But you're one of the best things about this page. Please keep the brew thread here.",
            empathy = 9, policy = 10,
            tags = { "engage-fans", "rules-consistently", "not-personal", "apologise-sincerely" },
            follows = { 3, 4 },
            effects = { mood = { leo = 45 }, audience = -5 },
            feedback = "You apologise for your own mistake, the public scolding, without backing down on his. Owning your part makes it much easier for him to accept the rule.",
            next = after_leo,
          },
          choice {
            text = "You're right, Leo, I overreacted. I've restored your comment.",
            empathy = 3, policy = 1,
            tags = { "rules-consistently", "moderate-abuse" },
            breaks = { 2, 3 },
            effects = { mood = { leo = 40, hannah = -40 }, audience = 10 },
            feedback = "It keeps the fan, and puts a critic's workplace back on your page. Everyone watching learns that the rules bend for the people the brand likes.",
            next = "end-escalated",
          },
          choice {
            text = "Sorry, Leo! A free bag of Harvest is on its way, no hard feelings 😊",
            empathy = 6, policy = 3,
            tags = { "engage-fans", "rules-consistently" },
            effects = { mood = { leo = 30 }, set = { perked = true } },
            feedback = "Kind, and he'll probably stay. But a present the day he went after a customer rewards exactly that, and 'sorry' suggests the rule was the mistake. Thank him for his loyalty and explain the rule; gifts can wait for a better day.",
            next = after_leo,
          },
          choice {
            text = "Rule 2 applies to everyone. Further breaches will lead to a suspension.",
            empathy = 2, policy = 7,
            tags = { "rules-consistently", "engage-fans", "not-personal" },
            follows = { 3 },
            effects = { mood = { leo = -20 } },
            feedback = "Correct and cold. The rule is right; the tone treats a two-year fan like a stranger who spammed you. Thank him for what he gives the page, then explain the line.",
            next = after_leo,
          },
        },
      },
    },

    ---------------------------------------------------------------- 4
    beat {
      id = "hannah-close",
      posts = {
        post { from = "hannah", at = "30m", likes = 18,
               when = function(state) return sim.chosen("review") ~= 1 end,
               text = "Thanks for dealing with that. My point about the price still stands, though." },
        -- she already had an apology for the missing email: now she wants a remedy
        post { from = "hannah", at = "30m", likes = 18,
               when = function(state) return sim.chosen("review") == 1 end,
               text = "Thanks for dealing with that. And for owning the price rise, but I'm still paying 20% more than I signed up for. What happens now?" },
      },
      decision = decision {
        prompt = "Hannah is back, and she wants an answer about the price rise. How do you reply?",
        target = 60,
        timeout = "3h",
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "listen", "own-it" },
          effects = { mood = -15 },
          feedback = "You protected her from the attack and then went quiet on her actual complaint. Close the loop on what she came to say.",
          next = "end-contained",
        },
        choices = {
          choice {
            text = "You're right, and you deserve a real answer. The rise came in March and we only changed the website; we should have emailed every subscriber first. I'm sorry. You keep the old price until your renewal, and if you'd rather cancel, it's one click. Thank you for telling us.",
            empathy = 9, policy = 9,
            tags = { "own-it", "apologise-sincerely", "listen", "no-lies" },
            follows = { 1 },
            effects = { mood = { hannah = 25, marta = 20 } },
            feedback = "You own the real failure, the missing email, fix it for her, and make leaving easy, which is what makes people stay. Everyone reading sees criticism taken seriously.",
            next = closing,
          },
          choice {
            text = "Prices have gone up everywhere this year, Hannah: green coffee costs 40% more than it did in 2024.",
            empathy = 4, policy = 6,
            tags = { "listen", "own-it" },
            effects = { mood = -10 },
            feedback = "True, and it answers a complaint she didn't make. She didn't object to the rise itself, but to finding it on her bank statement. Own that part.",
            next = "end-contained",
          },
          choice {
            text = "(Send her a 50% discount code by private message and leave the public question unanswered.)",
            empathy = 5, policy = 4,
            tags = { "go-private", "listen" },
            effects = { mood = 5 },
            feedback = "Generous, but nothing private was asked, and Marta and others want the same answer. Answer the price question in public; use DMs only for what's personal.",
            next = "end-contained",
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved",
        text = "Hannah stays on at the old price and switches to Autumn. Leo hosts his Sunday brew thread as usual and keeps his arguments to grind sizes. A newcomer writes: 'Nice that criticism doesn't get you eaten alive here.'" },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained",
        text = "The thread calms down, but something is lost: a critic who quietly cancels, or a fan who quietly stops posting, and the regulars noticed how it was handled." },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated",
        text = "Hannah's screenshot travels far beyond coffee circles as 'the roaster whose fans go after critics'. Cancellations follow, and the brew thread turns into an argument about Leo." },
    },
  },
}
