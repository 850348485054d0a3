-- meetup-cancelled.lua — the fans' annual weekend has lost its venue three
-- weeks before the date, and you have to tell a community server of people
-- who have already booked trains. Standard level, chat channel.
--
-- Teaches: bad news early and plainly, with what people can do about it;
-- only confirmed facts, no comforting promises; rumours answered with facts,
-- not deleted; a second "sorry" is worth less than a concrete update.

-- Every "sorry" to Hugo is worth less than the one before: the first counts
-- in full, the second half, the third a third.
local function apologise(state, points)
  state.apologies = state.apologies + 1
  state.mood.hugo = state.mood.hugo + points // state.apologies
end

-- The full announcement, wherever it is finally made. Hugo's reaction later
-- depends on whether he heard it before or after booking his train.
local function announce(state)
  state.announced = true
end

-- A light joke lands with someone who is disappointed; with someone who is
-- furious it reads as mockery, and others pile in.
local function joke(state)
  if state.mood.hugo > -50 then
    state.mood.hugo = state.mood.hugo - 5
  else
    state.mood.hugo = state.mood.hugo - 30
    state.audience = state.audience + 20
  end
end

-- A lie or a deletion always comes back; otherwise the ending follows how
-- Hugo feels and how big the audience has grown.
local function closing(state)
  if state.lied or state.deleted or state.audience >= 70 then return "end-escalated" end
  if state.mood.hugo >= -10 and not state.late then return "end-resolved" end
  return "end-contained"
end

return scenario {
  id = "meetup-cancelled",
  lang = "en",
  title = "The weekend that isn't",
  summary = "Your fans' annual meetup has lost its venue three weeks out. Tell a community server full of people with train tickets, plainly and in time, then stay for the reactions.",
  archetype = "bad-news",
  channel = "chat",
  difficulty = "standard",
  minutes = 10,
  brand = { name = "Tessera Games", handle = "@tesseragames" },

  rules = {
    "Announcements go in #announcements first; the community never hears news from somewhere else before it hears it from us.",
    "Say only what is confirmed. If something isn't decided yet, say so, and say when you will know.",
    "No compensation beyond what management has approved.",
    "Criticism of the company stays up. Only abuse and personal attacks are removed.",
    "Don't discuss the company's finances in the community; point to official statements.",
  },

  personas = {
    persona { id = "hugo", name = "Hugo Brandt", handle = "@hugo_meeples", role = "ticket holder", mood = -10 },
    persona { id = "ines", name = "Ines Caro", handle = "@ines_rolls", role = "ticket holder", mood = 10 },
    persona { id = "dmitri", name = "Dmitri Vos", handle = "@dvos_plays", role = "member", mood = -20 },
    persona { id = "wren", name = "Wren Okafor", handle = "@wren_paints", role = "volunteer organiser", mood = 20 },
    persona { id = "priya", name = "Priya Shah", handle = "@priya_tessera", role = "events lead (colleague)" },
  },

  state = {
    announced = false,  -- the full facts are out in #announcements
    late = false,       -- the community heard before we told them, or we held it back
    emailed = false,    -- only ticket holders were told, by email
    lied = false,       -- someone was told the weekend was still on
    promised = false,   -- Hugo was promised a travel refund nobody approved
    deleted = false,    -- a critical post was deleted
    apologies = 0,      -- how many times Hugo has been told sorry
  },
  audience = 30,
  -- The mistakes this scenario trains are lies, promises nobody approved and
  -- deleted criticism: policy counts double. Delay shows up in speed.
  weights = { empathy = 1, speed = 1, policy = 2 },
  pass = 65,
  clock = { rate = 30 },  -- a busy server: one real second is thirty simulated seconds

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "announce",
      posts = {
        post { from = "priya", text = "(private message) Confirmed, I'm afraid: Old Mill Hall lost its events licence after Monday's safety inspection and there's nothing else free in Brightmoor that weekend. Tessera Weekend is off. Management signed off last night: full ticket refunds (automatic, 5 working days), free cancellation at Hotel Lumen for rooms booked through our link, €30 store credit per ticket. Travel isn't covered." },
        post { from = "priya", at = "1m", text = "(private message) Can we hold it until Friday's stream? I want to announce it together with the online event, so it doesn't land flat. I can't confirm the online date before Friday." },
        post { from = "ines", at = "3m", likes = 6, text = "Three weeks to Tessera Weekend!! Who's doing the Saturday night tournament? 🎲" },
      },
      decision = decision {
        prompt = "It's Tuesday, 10:00. Four hundred people hold tickets for a weekend that won't happen, and some are booking travel right now. What do you do?",
        target = 60,
        timeout = "4h",
        weight = 2,
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "bad-news-early", "reply-fast" },
          breaks = { 1 },
          effects = { set = { late = true } },
          feedback = "Every hour you wait, someone books a train for a weekend you know is cancelled. Bad news doesn't improve with age; it only finds its own way out, usually in the worst words.",
          next = "leak",
        },
        choices = {
          choice {
            text = "📣 Tessera Weekend 2026 is cancelled. On Monday, Old Mill Hall lost its events licence after a safety inspection, and there's no other venue in Brightmoor that weekend. We're really sorry; we know many of you have planned around it. What happens now: • every ticket is refunded in full, automatically, within 5 working days • rooms at Hotel Lumen booked through our link can be cancelled free • every ticket holder gets €30 store credit • we're planning an online event and will confirm the date on Friday. Travel costs aren't covered, and I'd rather say that plainly now. Questions here: we're around all day.",
            empathy = 9, policy = 10,
            tags = { "bad-news-early", "apologise-sincerely", "no-lies", "listen" },
            follows = { 1, 2, 3 },
            effects = { audience = 10 },
            effect = announce,
            feedback = "First line: what happened. Then why, an apology, what people can do, and what isn't decided yet, with a date. Even the bit nobody wants to hear (travel) is said plainly. It will still hurt, but nobody can say you hid it.",
            next = "reactions",
          },
          choice {
            text = "(Agree with Priya: wait for Friday's stream and announce it together with the online event, so the news comes with something to look forward to.)",
            empathy = 5, policy = 4,
            tags = { "bad-news-early", "listen" },
            cost = "20h",  -- the news sits in a drawer while people book
            effects = { set = { late = true } },
            feedback = "Wrapping bad news in good news is tempting, and Priya means well, but three days is three days of people booking trains for a cancelled weekend. Announce what you know now and say the online date comes on Friday.",
            next = "leak",
          },
          choice {
            text = "📣 Heads-up: there are some changes coming to Tessera Weekend this year. Full details on Friday's stream, stay tuned! 👀",
            empathy = 3, policy = 3,
            tags = { "bad-news-early", "no-lies" },
            breaks = { 2 },
            cost = "20h",
            effects = { audience = 15, set = { late = true } },
            feedback = "A teaser for bad news is the worst of both worlds: everyone now knows something is wrong, nobody knows what, and the guessing starts. If you know it's cancelled, say 'cancelled'.",
            next = "leak",
          },
          choice {
            text = "(Email the full details to the 400 ticket holders today, and leave the server alone until Friday.)",
            empathy = 6, policy = 5,
            tags = { "bad-news-early", "listen" },
            breaks = { 1 },
            effect = function(state)
              announce(state)
              state.emailed = true
            end,
            feedback = "Telling the ticket holders today is right, but the server will see a screenshot of your email within the hour, without you there to answer. Post in #announcements at the same time, and stay for the questions.",
            next = "reactions",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2 (late)
    beat {
      id = "leak",
      posts = {
        post { from = "dmitri", likes = 31, replies = 12, text = "Old Mill Hall just posted 'closed for all events until further notice'. Is Tessera Weekend happening or not?? Why is nobody from @tesseragames saying anything?" },
        post { from = "dmitri", at = "2m", likes = 18,
          when = function(state) return sim.chosen("announce") == 3 end,
          text = "So THIS is the 'changes' you teased? 🙃" },
        post { from = "hugo", at = "10m", likes = 9, text = "I was about to book my train tonight. Should I, or not? A yes or no would do." },
      },
      decision = decision {
        prompt = "The venue has told the world before you did, and people are asking you directly. Priya still hopes to hold it until Friday. What do you post?",
        target = 45,
        timeout = "1h",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "bad-news-early", "reply-fast" },
          breaks = { 1 },
          effects = { mood = -20, audience = 20 },
          feedback = "A direct question with a yes-or-no answer, and you let it hang. Hugo books his train tonight and will remember who knew. Once it has leaked, the only thing left to control is how fast you confirm it.",
          next = "friday",
        },
        choices = {
          choice {
            text = "Hugo, don't book. I'm sorry you had to find out this way: Tessera Weekend is cancelled. The venue lost its licence on Monday, and we should have told you straight away instead of waiting for a tidier announcement. Full details are in #announcements now: refunds, the hotel, store credit, and an online event we'll date on Friday.",
            empathy = 8, policy = 9,
            tags = { "bad-news-early", "recover-fast", "apologise-sincerely", "no-lies" },
            follows = { 2, 3 },
            effect = function(state)
              announce(state)
              apologise(state, 20)
            end,
            feedback = "You answered the question he asked, in the first two words, and owned the delay instead of blaming the venue or Priya. Late, but honest and complete: the best way back from a leak.",
            next = "reactions",
          },
          choice {
            text = "We can't comment on venue matters just yet, but all will be revealed on Friday's stream! Thanks for your patience 💙",
            empathy = 2, policy = 3,
            tags = { "bad-news-early", "no-lies", "listen" },
            effects = { mood = -15, audience = 15 },
            feedback = "Not a lie, but it dodges a yes-or-no question from someone about to spend money, and everyone can read between the lines. Confirm the news now: 'don't book, it's cancelled, details in #announcements'.",
            next = "friday",
          },
          choice {
            text = "Nothing is cancelled, don't worry! We're sorting out the details and will share everything on Friday.",
            empathy = 4, policy = 0,
            tags = { "no-lies", "bad-news-early" },
            breaks = { 2 },
            effects = { mood = 10, set = { lied = true } },
            feedback = "It calms the room for a couple of days and it is false: the weekend was cancelled on Monday. When the truth comes out on Friday, this message will be the screenshot everyone shares. Never lie to buy time.",
            next = "friday",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3
    beat {
      id = "friday",
      -- Nobody said it in time: the community hears it on Friday's stream.
      -- A beat of its own, so Hugo's reaction waits for the stream only here.
      posts = {
        post { from = "brand", at = "2d8h",
          text = "📣 (Friday's stream) Tessera Weekend 2026 is cancelled: the venue lost its licence. Tickets will be refunded in full; details in #announcements." },
      },
      next = "reactions",
    },

    beat {
      id = "reactions",
      on_enter = function(state)
        -- the news itself: worse for someone who booked after you knew
        if state.late then
          state.mood.hugo = state.mood.hugo - 65
        else
          state.mood.hugo = state.mood.hugo - 30
        end
      end,
      posts = {
        post { from = "dmitri", at = "20m",
          when = function(state) return state.emailed end,
          likes = 25, text = "Just got this by email (screenshot). Nice of you to tell us here too, @tesseragames. Some of us bought at the door last year and aren't on your list." },
        post { from = "hugo", at = "30m", likes = 22, replies = 5,
          when = function(state) return state.announced and not state.late end,
          text = "Great. Non-refundable train and a hotel in Brightmoor, €340. What about that?" },
        post { from = "hugo", at = "30m", likes = 47, replies = 14,
          when = function(state) return state.announced and state.late end,
          text = "You knew on MONDAY. Half of us had booked travel by the time the venue let it slip. My train and hotel: €340. Who pays for that?" },
        post { from = "hugo", at = "30m", likes = 88, replies = 30,
          when = function(state) return not state.announced and not state.lied end,
          text = "You knew on MONDAY. I asked you a yes-or-no question, didn't get a yes or a no, and booked my train. €340. Who pays for that?" },
        post { from = "hugo", at = "30m", likes = 120, replies = 41,
          when = function(state) return not state.announced and state.lied end,
          text = "You told me NOTHING was cancelled, so I booked my train and hotel. €340. Screenshot attached. Who pays for that?" },
      },
      decision = decision {
        prompt = "Hugo wants to know who pays for his train and hotel. Management has approved refunds, the Hotel Lumen cancellations and €30 credit, nothing for travel. What do you answer?",
        target = 60,
        timeout = "1h",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "listen", "reply-fast" },
          effects = { mood = -15, audience = 15 },
          feedback = "He has lost money because of your company, and asked you a straight question in front of everyone. Silence makes it look as if the answer is too bad to say. Say what you can do, and what you can't.",
          next = "rumour",
        },
        choices = {
          choice {
            text = "Hugo, I'm sorry. That's a lot of money to lose over something you had no part in. Your ticket comes back in full automatically, plus the €30 credit. If your hotel is Hotel Lumen through our link, cancelling is free; if not, DM me the booking and I'll write to them with you. I can't promise anything on the train, and I'd rather tell you that straight than let you hope.",
            empathy = 9, policy = 10,
            tags = { "apologise-sincerely", "no-lies", "own-it", "go-private" },
            follows = { 2, 3 },
            effect = function(state) apologise(state, 30) end,
            feedback = "You gave him everything that is true: what is covered, what you will do yourself, and the part that is a no, said plainly. The booking goes to DMs. People can accept a no; they don't forgive a maybe that turns into a no.",
            next = "rumour",
          },
          choice {
            text = "Hugo, don't worry: send us your receipts and we'll make sure you're not out of pocket 💛",
            empathy = 7, policy = 0,
            tags = { "no-lies", "apologise-sincerely" },
            breaks = { 3 },
            effects = { mood = 40, set = { promised = true } },
            feedback = "Kind, and it ends the argument for today, but nobody approved travel refunds. When finance says no, you'll have broken a promise in public, with everyone else asking for the same. Say what is covered, and offer only what you control.",
            next = "rumour",
          },
          choice {
            text = "As stated in the ticket terms, travel and accommodation costs are not covered. Your ticket will be refunded within 5 working days.",
            empathy = 2, policy = 6,
            tags = { "no-lies", "listen", "apologise-sincerely" },
            follows = { 2, 3 },
            effects = { mood = -20, audience = 10 },
            feedback = "Accurate, and it reads like a letter from a lawyer. No sorry, no mention of the hotel deal that might save him half of it, no offer to help. The same facts with an apology and the hotel option would have done far better.",
            next = "rumour",
          },
          choice {
            text = "Oof, sorry Hugo 😅 Silver lining: a free weekend to finally paint those minis? Refunds are on their way!",
            empathy = 4, policy = 3,
            tags = { "not-personal", "apologise-sincerely", "listen" },
            effect = joke,
            feedback = "A light touch can help someone who is disappointed; with someone who has just lost €340, a joke sounds like you don't take it seriously, and the angrier he is, the worse it lands. Keep the humour for the ones who joke first.",
            next = "rumour",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4
    beat {
      id = "rumour",
      posts = {
        post { from = "dmitri", at = "40m", likes = 36, replies = 9, text = "Let's be honest: a venue 'losing its licence' is the excuse. Tickets didn't sell and Tessera is running out of money. Second crowdfunding delay this year, remember?" },
        post { from = "ines", at = "45m", likes = 4, text = "Is that true? I was going to back the next one." },
      },
      decision = decision {
        prompt = "Dmitri's theory is getting likes. The event was nearly sold out (the ticket page said so for weeks). You know nothing about the company's finances beyond the official statements. What do you do?",
        target = 60,
        timeout = "2h",
        silence = choice {
          empathy = 3, policy = 4,
          tags = { "listen", "no-lies" },
          effects = { audience = 15, mood = { ines = -10 } },
          feedback = "Not feeding a rumour is sometimes right, but this one is about why the event was cancelled, which you know, and Ines is asking. A short factual answer with the venue notice ends it; silence lets it become the official version.",
          next = "followup",
        },
        choices = {
          choice {
            text = "Dmitri, I get why it looks that way after this year. The reason really is the venue: here's the council's notice on Old Mill Hall. Sales weren't the issue; as the ticket page showed, we were nearly sold out. I can't talk about the company's finances here, but the official updates are on our site, and I'll point you to anything new.",
            empathy = 8, policy = 10,
            tags = { "no-lies", "not-personal", "dont-delete-criticism", "listen" },
            follows = { 4, 5 },
            effects = { audience = -10, mood = { dmitri = 15, ines = 10 } },
            feedback = "You took the suspicion seriously, answered with something anyone can check, and were clear about what you can't discuss instead of pretending to know. Facts end rumours; deletions and denials feed them.",
            next = "followup",
          },
          choice {
            text = "(Delete Dmitri's post: it's spreading false information about the company.)",
            empathy = 2, policy = 1,
            tags = { "dont-delete-criticism", "moderate-abuse" },
            breaks = { 4 },
            effects = { mood = { dmitri = -40 }, audience = 20, set = { deleted = true } },
            feedback = "It is wrong, but it is criticism, not abuse, and thirty-six people have already seen it. Deleting it turns 'Tessera is hiding something' from a theory into proof. Leave it up and answer it with the venue notice.",
            next = "followup",
          },
          choice {
            text = "Tessera Games is in great shape, and next year's Weekend is already guaranteed! Don't believe everything you read 😉",
            empathy = 5, policy = 0,
            tags = { "no-lies", "not-personal" },
            breaks = { 2, 5 },
            effects = { mood = { ines = 10 }, set = { lied = true } },
            feedback = "Reassuring, and you have no idea if it is true: you've made a claim about the finances and a promise about next year that nobody gave you. Answer what you know (the venue), and say plainly what you can't speak for.",
            next = "followup",
          },
        },
      },
    },

    ---------------------------------------------------------------- 5
    beat {
      id = "followup",
      posts = {
        post { from = "priya", at = "2d", text = "(private message) Online event confirmed: Tessera at Home, Saturday 14 November, with the designers' Q&A. Wren has offered the volunteers for the online tables, which is lovely. And finance says a firm no on travel refunds, sorry." },
        post { from = "hugo", at = "2d15m", likes = 20,
          when = function(state) return state.promised end,
          text = "Sent my receipts straight away. Now support tells me travel 'isn't covered'. So which is it? You PROMISED." },
        post { from = "hugo", at = "2d15m", likes = 12,
          when = function(state) return not state.promised and state.mood.hugo < -20 end,
          text = "Still out €340. Just saying." },
        post { from = "wren", at = "1d22h", likes = 26, text = "For what it's worth, the volunteer team is gutted too. But if there's an online version, we'll run tables. Just tell us when." },
        post { from = "ines", at = "2d20m", likes = 8, text = "Any news on the online thing? 🙏" },
      },
      decision = decision {
        prompt = "A couple of days later. You have the online event's date, and finance has said no to travel. What do you post?",
        target = 60,
        timeout = "3h",
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "listen", "bad-news-early" },
          breaks = { 2 },
          effects = { mood = -10, audience = 10 },
          feedback = "You promised the community a date for the online event, and now you have it. Keeping the small promises is what makes people believe the big announcements.",
          next = closing,
        },
        choices = {
          choice {
            when = function(state) return not state.promised end,
            text = "📣 Update, as promised: Tessera at Home is on Saturday 14 November, with the designers' Q&A. Refunds have all gone out (check your bank by Wednesday), and Hotel Lumen has cancelled 112 rooms free of charge. Huge thanks to Wren and the volunteers, who'll host the online tables. We've also asked again about travel, and the answer is still no; I'm sorry.",
            empathy = 9, policy = 10,
            tags = { "listen", "bad-news-early", "no-lies" },
            follows = { 1, 2 },
            effects = { mood = { hugo = 10, ines = 20, wren = 20 }, audience = -10 },
            feedback = "A date, proof that what you promised has happened, credit to the volunteers, and the remaining no said once more, plainly. After bad news, concrete progress does more than any further apology.",
            next = closing,
          },
          choice {
            when = function(state) return state.promised end,
            text = "Hugo, I promised you something I had no authority to promise, and I'm sorry: travel won't be refunded. That's on me, not on you for believing me. What I can do today is your ticket refund, the €30 credit, and a letter from us for your hotel asking for a goodwill cancellation. 📣 And for everyone: Tessera at Home is on 14 November, with the designers' Q&A.",
            empathy = 8, policy = 8,
            tags = { "own-it", "apologise-sincerely", "no-lies", "recover-fast" },
            follows = { 2, 3 },
            effect = function(state)
              apologise(state, 30)
              state.promised = false
            end,
            feedback = "The only way back from a broken promise: name it as yours, say the real answer, and offer what you actually can. It won't make him happy, but it stops the story being 'they lied'.",
            next = closing,
          },
          choice {
            text = "We're so sorry again for all the disappointment this week, everyone. We really do hear you 💙",
            empathy = 4, policy = 5,
            tags = { "apologise-sincerely", "listen" },
            effect = function(state) apologise(state, 20) end,
            feedback = "A third sorry with nothing in it is worth very little; people want to know what happens now. You had a date, a refund update and the volunteers to thank: lead with those.",
            next = closing,
          },
          choice {
            text = "(Turn on slow mode in #general for the weekend and pin a FAQ, so the same questions stop piling up.)",
            empathy = 3, policy = 5,
            tags = { "listen", "moderate-abuse" },
            effects = { mood = { hugo = -10, ines = -5 }, audience = 5 },
            feedback = "A FAQ is useful, but slowing down the channel on the day people expect news feels like being told to be quiet. Post the update first; the FAQ can sit under it.",
            next = closing,
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved", text = "Tessera at Home fills every online table, and the designers' Q&A runs an hour over. Hugo gets half his hotel back and shows up on the stream. The pinned message in #general is Wren's: 'Same time next year, new venue.'" },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained", text = "The storm passes and most people take their refunds and stay, but the server is cooler than it was. Hugo leaves, and 'they knew on Monday' comes up every time the next Weekend is mentioned." },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated", text = "A thread on the biggest board-game forum, 'Tessera's cancelled weekend: what they told us vs what was true', collects screenshots from your server. The next crowdfunding campaign opens with a wall of comments about it." },
    },
  },
}
