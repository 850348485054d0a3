-- goodbye-email.lua — marketing sent a "sorry to see you go" email to every
-- active subscriber, and its "come back" button created duplicate
-- subscriptions. You answer the inbox while your own boss asks you to blame
-- the email provider. Hard level, email channel, three threads at once.
--
-- Teaches: you are the face of a mistake you didn't make, so own it anyway;
-- never blame a partner for your own company's error, even when told to;
-- don't hold every reply for a statement while customers panic; offer only
-- approved compensation; keep the customer's case until it is solved.

-- A customer who was told "it was our provider" may find out otherwise.
-- Called from every reply that tells the lie.
local function blame_provider(state)
  state.provider = true
end

-- Each thread ends on how the customer feels and whether a lie or an
-- unapproved gift is still out there.
local function rosa_ending(state)
  if state.provider then return "end-rosa-posted" end
  if state.freebie then return "end-rosa-freebie" end
  if state.mood.rosa >= 0 then return "end-rosa-resolved" end
  return "end-rosa-contained"
end

local function dev_after_first_reply(state)
  if state.gift_promised then return "dev-gift" end
  if state.mood.dev < -30 then return "dev-angry" end
  return "end-dev-resolved"
end

return scenario {
  id = "goodbye-email",
  lang = "en",
  title = "Sorry to see you go (we didn't)",
  summary = "Marketing emailed every subscriber to say their veg box subscription had ended. It hadn't, but the 'come back' button created real duplicates. Answer the customers, and your boss, who wants you to blame the email provider.",
  archetype = "not-my-fault",
  channel = "email",
  difficulty = "hard",
  minutes = 12,
  brand = { name = "Fieldbox", handle = "@fieldbox" },

  rules = {
    "Tell customers the truth about what happened. Never blame a partner or supplier for our own mistake.",
    "In an incident, every customer email gets a reply within two hours; an honest holding reply counts.",
    "Offer only the compensation management has approved.",
    "Billing changes are made by the billing team, but the customer's case stays yours until it is solved: a name, a time, a follow-up.",
    "Write every reply as if the customer will post it, because some will.",
  },

  personas = {
    persona { id = "rosa", name = "Rosa Quintero", handle = "rosa.quintero@mail.example", role = "subscriber for six years", mood = -30 },
    persona { id = "helena", name = "Helena Marsh", handle = "helena.marsh@fieldbox.example", role = "head of marketing (your manager)" },
    persona { id = "dev", name = "Dev Anand", handle = "dev.anand@mail.example", role = "subscriber", mood = -60 },
  },

  state = {
    provider = false,       -- a customer was told the email provider was to blame
    freebie = false,        -- Rosa was given a free box nobody approved
    gift_promised = false,  -- Dev was promised refunds and a free month nobody approved
  },
  audience = 15,
  -- Honesty and approved promises are what this scenario is about, so policy
  -- counts double; a hard scenario asks for more than a bare pass.
  weights = { empathy = 1, speed = 1, policy = 2 },
  pass = 70,
  clock = { rate = 30 },  -- an inbox: one real second is thirty simulated seconds

  -- It's 09:00; the email went out at 07:10. Helena writes forty minutes in,
  -- Dev a little after her, and Rosa answers you later in the morning.
  -- Whatever you leave waiting runs on, and times out by itself.
  threads = {
    thread { id = "rosa", title = "Rosa: 'Did I do something wrong?'", start = "rosa-open" },
    thread { id = "helena", title = "Helena: URGENT", start = "helena-open", at = "40m" },
    thread { id = "dev", title = "Dev: CHARGED TWICE??", start = "dev-open", at = "1h15m" },
  },

  beats = {
    ---------------------------------------------------------------- Rosa
    beat {
      id = "rosa-open",
      posts = {
        post { from = "brand", text = "(the email sent at 07:10 to all 38,000 active subscribers) Subject: We're sorry to see you go 💔 — Your Fieldbox subscription has ended. We'll miss you! Changed your mind? Come back today for 20% off. [COME BACK]" },
        post { from = "rosa", at = 30, text = "Subject: Re: We're sorry to see you go — Six years, every Thursday, and you end it with a broken-heart emoji? Did I do something wrong? If this is about my complaint about the broccoli in March, just say so. Rosa" },
      },
      decision = decision {
        prompt = "What you know: marketing picked the wrong list, and the win-back email meant for 600 people who cancelled last month went to every active subscriber. No subscription was cancelled. Anyone who clicked COME BACK now has a second subscription; billing is cancelling those before Friday's charge run, and anything charged by mistake is refunded automatically within 5 days. How do you answer Rosa?",
        target = 60,
        timeout = "4h",
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "reply-fast", "listen" },
          breaks = { 2 },
          effects = { mood = -20, audience = 10 },
          feedback = "A six-year customer thinks you dropped her, and for four hours nobody said otherwise. One line would have done it: 'That email was our mistake, your subscription is fine, sorry for the fright.'",
          next = "rosa-reply",
        },
        choices = {
          choice {
            text = "Dear Rosa, you did nothing wrong, and your subscription hasn't ended. This morning's email went to every subscriber by mistake: our marketing team picked the wrong list. That's our error, not yours (and nothing to do with the broccoli). I'm sorry it gave you a fright after six years with us. Your box comes on Thursday as usual.",
            empathy = 9, policy = 10,
            tags = { "apologise-sincerely", "own-it", "no-lies", "reply-fast" },
            follows = { 1, 2, 5 },
            effects = { mood = 40 },
            feedback = "You answered her real worry first (did I do something wrong?), then told her plainly what happened and apologised for your company even though you didn't press send. That's what being the face of a mistake means.",
            next = "rosa-reply",
          },
          choice {
            text = "Dear Rosa, our email provider had a technical issue this morning, and some customers received a message in error. Please disregard it: your subscription is active. Kind regards.",
            empathy = 4, policy = 0,
            tags = { "no-lies", "own-it" },
            breaks = { 1, 5 },
            effects = { mood = 10 },
            effect = blame_provider,
            feedback = "It reassures her, and it is untrue: the provider sent exactly what marketing asked it to send. Blaming a partner is the lie that comes out fastest, because the partner will defend itself. Say 'our mistake'; it costs less.",
            next = "rosa-reply",
          },
          choice {
            text = "Thank you for contacting Fieldbox. Please disregard the email sent in error. We apologise for any inconvenience caused.",
            empathy = 2, policy = 6,
            tags = { "apologise-sincerely", "listen" },
            follows = { 2 },
            effects = { mood = -10 },
            feedback = "True and fast, but it could be a reply to anyone about anything. She asked if she had done something wrong; 'any inconvenience' doesn't answer that. Use her name, her question and your company's mistake.",
            next = "rosa-reply",
          },
          choice {
            text = "Rosa, I'm so sorry! Your subscription is absolutely fine, and to make up for the scare I've added a free box to your next delivery 🎁",
            empathy = 8, policy = 2,
            tags = { "apologise-sincerely", "no-lies" },
            breaks = { 3 },
            effects = { mood = 50, set = { freebie = true } },
            feedback = "Warm and generous, but nobody approved free boxes, and 38,000 people got the same email. The moment Rosa tells her neighbour, you have promised something you can't give everyone. Apologise and explain; leave compensation to whoever can approve it.",
            next = "rosa-reply",
          },
        },
      },
    },

    beat {
      id = "rosa-reply",
      posts = {
        post { from = "rosa", at = "2h",
          when = function(state) return not state.provider and not state.freebie and sim.chosen("rosa-open") ~= 0 end,
          text = "Phew! Thank you. Silly question: I clicked the COME BACK button in a panic before I wrote to you. Am I going to be charged twice?" },
        post { from = "rosa", at = "2h",
          when = function(state) return state.provider end,
          text = "Thanks. Odd though: my nephew does email marketing and he says that email came from your own system, not from a provider. Anyway, I clicked the COME BACK button in a panic. Am I going to be charged twice?" },
        post { from = "rosa", at = "2h",
          when = function(state) return state.freebie end,
          text = "Oh, how lovely, thank you! My neighbour got the same email, is she getting a free box too? Also, I clicked the COME BACK button in a panic. Am I going to be charged twice?" },
        post { from = "rosa", at = "2h",
          when = function(state) return sim.chosen("rosa-open") == 0 end,
          text = "Nobody answers, so I asked in the Fieldbox customers' group: apparently everyone got it. Lovely. I also clicked your COME BACK button. Am I going to be charged twice now?" },
      },
      decision = decision {
        prompt = "Rosa clicked COME BACK, so she has a duplicate subscription. Billing will cancel it before Friday's charge run; if a charge slips through, it is refunded automatically within 5 days. What do you tell her?",
        target = 60,
        timeout = "3h",
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "reply-fast", "own-it" },
          breaks = { 2, 4 },
          effects = { mood = -20, audience = 10 },
          feedback = "She asked a simple money question and got nothing back. That is how a confused customer becomes a dispute with her bank. Tell her what happens and when you'll confirm it.",
          next = rosa_ending,
        },
        choices = {
          choice {
            when = function(state) return not state.provider end,
            text = "Not a silly question at all. You won't lose any money: billing is cancelling every duplicate subscription before Friday's charge, and if anything slips through it's refunded automatically within 5 days. I've looked at your account and your duplicate is already flagged. I'll email you this evening once it's gone.",
            empathy = 9, policy = 10,
            tags = { "own-it", "no-lies", "listen" },
            follows = { 1, 4 },
            effects = { mood = 20 },
            feedback = "The truth, including the small chance of a charge and what happens then, plus a check you did yourself and a time you'll come back. Billing does the work; the case stays yours.",
            next = rosa_ending,
          },
          choice {
            when = function(state) return state.provider end,
            text = "Your nephew is right, and I'm sorry: I shouldn't have blamed our provider. The email came from our own marketing team, who picked the wrong list. As for the button: billing is cancelling every duplicate before Friday's charge, and if anything slips through it's refunded automatically within 5 days. Yours is already flagged, and I'll email you this evening once it's gone.",
            empathy = 10, policy = 10,
            tags = { "own-it", "no-lies", "apologise-sincerely", "recover-fast" },
            follows = { 1, 4 },
            effects = { mood = 25, set = { provider = false } },
            feedback = "Caught in a lie, the only good move is the one you made: correct it at once, in writing, without excuses, and then answer her actual question properly. She will remember the correction more than the slip.",
            next = rosa_ending,
          },
          choice {
            text = "No, don't worry, you definitely won't be charged twice! 😊",
            empathy = 6, policy = 3,
            tags = { "no-lies", "listen" },
            effects = { mood = 10 },
            feedback = "Comforting, but 'definitely' is more than billing promised: a charge may still slip through and be refunded later. If it does, she'll remember your 'definitely'. Say what will happen, including the refund if it goes wrong.",
            next = rosa_ending,
          },
          choice {
            text = "For billing questions, please contact our billing team at billing@fieldbox.example, who will be happy to help.",
            empathy = 2, policy = 3,
            tags = { "own-it", "listen" },
            breaks = { 4 },
            effects = { mood = -20 },
            feedback = "You knew the answer and sent her to another queue anyway, on the day the company caused the problem. 'Not my department' is never the answer: give her what you know and chase billing yourself.",
            next = rosa_ending,
          },
        },
      },
    },

    ---------------------------------------------------------------- Helena
    beat {
      id = "helena-open",
      posts = {
        post { from = "helena", text = "Subject: URGENT: replies about this morning's email — Team, please do NOT tell customers this was our mistake. Say our email provider had a technical issue. And hold all replies until the official statement at 14:00; legal wants to see it first. Thanks, H." },
      },
      decision = decision {
        prompt = "Your manager is asking you to blame the email provider and to hold every reply for five hours. Customers are writing now. How do you answer Helena?",
        target = 60,
        timeout = "2h",
        weight = 2,
        silence = choice {
          empathy = 3, policy = 5,
          tags = { "not-personal", "no-lies" },
          feedback = "Quietly ignoring your manager keeps you honest today, but she'll find out from the first customer who quotes you, and you'll have that conversation in the worst mood. Tell her what you will and won't write, and offer a line you can both live with.",
          next = "end-helena-silent",
        },
        choices = {
          choice {
            text = "Helena, I understand legal wants to see it, but I can't tell customers it was the provider: it was our send, and they'd say so within the hour. Could I use this holding line until 14:00? 'That email reached you by mistake. Your subscription is fine, and we're sorry for the worry. Anyone who clicked COME BACK won't pay twice.' People are asking about money, and they need an answer today.",
            empathy = 8, policy = 10,
            tags = { "no-lies", "reply-fast", "not-personal", "own-it" },
            follows = { 1, 2 },
            feedback = "You said no to the lie and no to the silence, and gave your manager something she can say yes to: a short, true holding line. Pushing back with a solution works far better than pushing back with a principle.",
            next = "end-helena-honest",
          },
          choice {
            text = "Understood. I'll use the provider line and hold everything until the 14:00 statement.",
            empathy = 4, policy = 0,
            tags = { "no-lies", "reply-fast" },
            breaks = { 1, 2 },
            cost = "5h",
            feedback = "It's your manager, and agreeing is the easy path, but you've just agreed to lie and to leave panicking customers five hours without an answer. Your inbox doesn't stop while you wait: every thread above moved on without you. Offer her an honest holding line instead.",
            next = "end-helena-provider",
          },
          choice {
            text = "(Forward Helena's email to the CEO with one line: 'Marketing is asking us to lie to customers.')",
            empathy = 2, policy = 5,
            tags = { "not-personal", "no-lies" },
            follows = { 1 },
            feedback = "You're right about the lie, but going over her head before saying a word to her turns a bad call into a feud, on the worst morning of her year. Tell her first, with an alternative; escalate only if she insists.",
            next = "end-helena-overhead",
          },
        },
      },
    },

    ---------------------------------------------------------------- Dev
    beat {
      id = "dev-open",
      posts = {
        post { from = "dev", text = "Subject: CHARGED TWICE?? — I clicked your COME BACK button because you told me my subscription had ended. Now my account shows TWO subscriptions and two pending charges of €34. Fix it TODAY or I'm doing a chargeback and writing about this everywhere." },
      },
      decision = decision {
        prompt = "Dev has a duplicate subscription from the COME BACK button. Billing will cancel it before Friday's charge run; a charge that slips through is refunded automatically within 5 days. Nothing else is approved. How do you answer?",
        target = 60,
        timeout = "3h",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "reply-fast", "own-it" },
          breaks = { 2 },
          effects = { mood = { dev = -20 }, audience = 20 },
          feedback = "He gave you a deadline and a threat, and both were real. Three hours of silence on a money problem makes the chargeback the only thing he can do. Answer within minutes: what happens, when, and who is on it.",
          next = "end-dev-chargeback",
        },
        choices = {
          choice {
            text = "Dev, I'm sorry. That email should never have reached you, and its button created the second subscription: that's on us, not you. Billing is cancelling the duplicate before Friday's charge run, and if the charge goes through anyway it's refunded automatically within 5 days. I'll check this evening that it's gone and email you to confirm. You shouldn't need a chargeback, but if anything goes wrong, reply here and it comes straight to me.",
            empathy = 9, policy = 10,
            tags = { "apologise-sincerely", "own-it", "no-lies", "reply-fast" },
            follows = { 1, 2, 4 },
            effects = { mood = { dev = 50 } },
            feedback = "You took the blame off him, gave him the facts and a time, and made yourself his contact. An angry customer with a concrete plan and a name has no reason to go to his bank.",
            next = dev_after_first_reply,
          },
          choice {
            text = "Dev, so sorry! I've refunded both charges and added a free month to your account 🙏",
            empathy = 7, policy = 1,
            tags = { "no-lies", "apologise-sincerely" },
            breaks = { 3, 4 },
            effects = { mood = { dev = 40 }, set = { gift_promised = true } },
            feedback = "It would end the anger, if it were true. You can't refund anything yourself, and a free month isn't approved. When billing does what billing does, he'll find you promised more. Tell him what will really happen, and stay on it.",
            next = dev_after_first_reply,
          },
          choice {
            text = "Hi Dev, the second subscription was created when you clicked the button in the email. Our billing team will cancel it. Regards.",
            empathy = 2, policy = 5,
            tags = { "own-it", "not-personal", "apologise-sincerely" },
            follows = { 4 },
            effects = { mood = { dev = -20 } },
            feedback = "Technically accurate, and it puts the blame on him for trusting your own email. No sorry, no time, no follow-up. The same facts, with 'that's on us' and a time you'll check, would have calmed him.",
            next = dev_after_first_reply,
          },
          choice {
            text = "I'm sorry for the trouble. Charges are handled by our billing team: please write to billing@fieldbox.example and they'll sort it out.",
            empathy = 3, policy = 3,
            tags = { "own-it", "listen" },
            breaks = { 4 },
            effects = { mood = { dev = -20 } },
            feedback = "Polite, and it sends a customer your company wronged to the back of another queue. Billing does the cancelling, but the case is yours: tell him what happens, and follow it up.",
            next = dev_after_first_reply,
          },
        },
      },
    },

    beat {
      id = "dev-gift",
      posts = {
        post { from = "dev", at = "1h", text = "Billing just emailed: they've cancelled the duplicate, but there's no refund of 'both charges' and no free month. They say nobody approved anything like that. So was your email true or not?" },
      },
      decision = decision {
        prompt = "Billing has contradicted your promise to Dev. What do you write?",
        target = 60,
        timeout = "2h",
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "own-it", "recover-fast" },
          effects = { mood = { dev = -30 }, audience = 20 },
          feedback = "You made the promise, so the silence is yours too. Own it, apologise, and tell him what is true.",
          next = "end-dev-chargeback",
        },
        choices = {
          choice {
            text = "It wasn't, and that's my fault: I promised things I had no authority to give, and I'm sorry. What's true: the duplicate is cancelled, you'll only pay for one box on Friday, and if a second charge slips through it's refunded automatically within 5 days. I'll check on Friday evening and write to you either way.",
            empathy = 9, policy = 9,
            tags = { "own-it", "apologise-sincerely", "no-lies", "recover-fast" },
            follows = { 1, 3, 4 },
            effects = { mood = { dev = 25 } },
            feedback = "No excuses, no blaming billing: you name your own mistake and replace it with the truth and a follow-up. It's embarrassing, and it's the only thing that keeps a broken promise from becoming a public one.",
            next = "end-dev-contained",
          },
          choice {
            text = "Apologies for the confusion: billing should have applied the refund. I'll ask them to look into it.",
            empathy = 3, policy = 1,
            tags = { "own-it", "no-lies" },
            breaks = { 1 },
            effects = { mood = { dev = -20 }, audience = 10 },
            feedback = "Now a colleague takes the blame for your promise, and Dev will get a second 'no' from billing. Own what you said, and tell him what is actually true.",
            next = "end-dev-chargeback",
          },
          choice {
            text = "It's being processed; these things can take a few days. Thanks for your patience!",
            empathy = 3, policy = 0,
            tags = { "no-lies" },
            breaks = { 1, 3 },
            effects = { mood = { dev = -10 }, set = { gift_promised = true } },
            feedback = "It buys a few days and doubles the lie: nothing is being processed. When it never arrives, he'll have two emails to screenshot. Correct the promise now.",
            next = "end-dev-chargeback",
          },
        },
      },
    },

    beat {
      id = "dev-angry",
      posts = {
        post { from = "dev", at = "30m", text = "That's it? OK. Chargeback filed with my bank, and a review is going up tonight: 'Fieldbox tells you you've left, charges you to come back, then shrugs.'" },
      },
      decision = decision {
        prompt = "Dev has filed a chargeback and is writing a review. What do you do?",
        target = 60,
        timeout = "2h",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "listen" },
          effects = { audience = 20 },
          feedback = "Letting him go angry makes the review the last word. One honest reply, owning the first one, could still have changed its tone.",
          next = "end-dev-chargeback",
        },
        choices = {
          choice {
            text = "Dev, you're right to be angry, and my first reply didn't help. It was our email and our button, and I'm sorry. Exactly what happens now: the duplicate is cancelled before Friday's charge, so only one box is billed; if a second charge slips through, it's refunded within 5 days. The chargeback is your call. Either way I'll check your account on Friday evening and write to you.",
            empathy = 9, policy = 10,
            tags = { "recover-fast", "apologise-sincerely", "own-it", "not-personal" },
            follows = { 1, 4 },
            effects = { mood = { dev = 35 } },
            feedback = "You didn't argue with the chargeback or the review: you owned the weak first reply and gave him the facts and a follow-up. Whatever he writes tonight, it will now include that someone answered properly.",
            next = "end-dev-contained",
          },
          choice {
            text = "Please note that filing a chargeback may lead to your account being suspended while the dispute is investigated.",
            empathy = 1, policy = 1,
            tags = { "never-threaten", "not-personal" },
            breaks = { 5 },
            effects = { mood = { dev = -30 }, audience = 25 },
            feedback = "It may even be true, and it reads as a threat to a customer your company wronged. Imagine it quoted in his review, because it will be. A complaint is not an attack: fix the problem, don't warn him off.",
            next = "end-dev-chargeback",
          },
          choice {
            text = "We're sorry to hear you feel that way. The duplicate will be cancelled by our billing team.",
            empathy = 2, policy = 4,
            tags = { "apologise-sincerely", "listen" },
            effects = { mood = { dev = -10 }, audience = 10 },
            feedback = "'Sorry you feel that way' apologises for his feelings, not for your email, and it repeats the answer that made him angry. Own the mistake and say exactly what happens and when.",
            next = "end-dev-chargeback",
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-rosa-resolved",
      ending = ending { outcome = "resolved", text = "That evening Rosa posts in the customers' group: 'Wrote to Fieldbox, a real person answered, said it was their mistake, sorted the button thing too.' Her box arrives on Thursday." },
    },
    beat {
      id = "end-rosa-contained",
      ending = ending { outcome = "contained", text = "Rosa stays, but she tells the customers' group it took a while to get a straight answer, and she's one complaint away from trying somewhere else." },
    },
    beat {
      id = "end-rosa-freebie",
      ending = ending { outcome = "contained", text = "Rosa tells her neighbour about her free box, and by Wednesday forty customers are quoting your email and asking for theirs. Management says no, and each of them hears it from someone else." },
    },
    beat {
      id = "end-rosa-posted",
      ending = ending { outcome = "escalated", text = "Rosa's nephew posts your 'email provider' reply next to the provider's own status page: all systems normal. 'So who sent it, Fieldbox?' is shared all afternoon." },
    },
    beat {
      id = "end-helena-honest",
      ending = ending { outcome = "resolved", text = "Helena takes your holding line to legal, who approve it in twenty minutes. The 14:00 statement opens with 'We made a mistake this morning', and the replies under it are mostly relieved." },
    },
    beat {
      id = "end-helena-silent",
      ending = ending { outcome = "contained", text = "Helena learns from a forwarded customer email that you ignored her. The statement at 14:00 is honest in the end, but you and your manager now have a conversation to get through." },
    },
    beat {
      id = "end-helena-overhead",
      ending = ending { outcome = "contained", text = "The CEO overrules the provider line within the hour. The statement is honest, and Helena doesn't speak to you for a week: you won the point and lost an ally you needed." },
    },
    beat {
      id = "end-helena-provider",
      ending = ending { outcome = "crisis", text = "At 14:00 the statement blames the email provider. By 15:00 the provider has replied in public: their logs show Fieldbox chose the list. Trade press picks it up the next morning: 'Veg box firm blames supplier for its own goodbye email'." },
    },
    beat {
      id = "end-dev-resolved",
      ending = ending { outcome = "resolved", text = "Dev writes back: 'OK. Thanks for actually explaining.' On Friday he's billed for one box, and your follow-up email arrives an hour later. There's no chargeback and no review." },
    },
    beat {
      id = "end-dev-contained",
      ending = ending { outcome = "contained", text = "Dev is still annoyed, but he drops the chargeback. His review goes up with two stars instead of one: 'Their email was a shambles, the person who answered was honest.'" },
    },
    beat {
      id = "end-dev-chargeback",
      ending = ending { outcome = "escalated", text = "Dev's chargeback goes through and his review goes up, quoting your emails. It's the first thing people see when they search 'Fieldbox double charge'." },
    },
  },
}
