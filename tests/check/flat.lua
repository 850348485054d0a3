-- Check: every reply at beat 'd1' (decision on line 15) scores the same.
return scenario {
  id = "flat",
  title = "Flat",
  summary = "A scenario for the check tests.",
  archetype = "angry-customer",
  channel = "feed",
  difficulty = "intro",
  minutes = 2,
  brand = { name = "Brand", handle = "@brand" },
  personas = { persona { id = "ana", name = "Ana", handle = "@ana", role = "customer" } },
  beats = {
    beat { id = "d1",
      posts = { post { from = "ana", text = "Where is my order?" } },
      decision = decision { prompt = "Answer Ana",
        choices = {
          choice { text = "Sorry", empathy = 5, policy = 5, feedback = "Fine.", next = "calm" },
          choice { text = "Wait", empathy = 5, policy = 5, feedback = "Also fine.", next = "angry" },
          choice { text = "Hm", empathy = 5, policy = 5, feedback = "Same again.", next = "angry" },
        },
      },
    },
    beat { id = "calm", ending = ending { outcome = "resolved", text = "Ana is happy." } },
    beat { id = "angry", ending = ending { outcome = "escalated", text = "Ana is not happy." } },
  },
}
