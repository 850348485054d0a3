-- Check: beat 'orphan' (line 24) is never reached.
return scenario {
  id = "unreachable",
  title = "Unreachable",
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
          choice { text = "Sorry", empathy = 9, policy = 8, feedback = "Good.", next = "calm" },
          choice { text = "Wait", empathy = 2, policy = 3, feedback = "Cold.", next = "angry" },
        },
      },
    },
    beat { id = "calm", ending = ending { outcome = "resolved", text = "Ana is happy." } },
    beat { id = "angry", ending = ending { outcome = "escalated", text = "Ana is not happy." } },
    beat { id = "orphan", ending = ending { outcome = "crisis", text = "Nobody gets here." } },
  },
}
