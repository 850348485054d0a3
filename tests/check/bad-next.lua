-- Check: a next function returns a beat that does not exist (line 19).
return scenario {
  id = "bad-next",
  title = "Bad next",
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
          choice { text = "Wait", empathy = 2, policy = 3, feedback = "Cold.",
                   next = function(state) return "nowhere" end },
        },
      },
    },
    beat { id = "calm", ending = ending { outcome = "resolved", text = "Ana is happy." } },
    beat { id = "angry", ending = ending { outcome = "escalated", text = "Ana is not happy." } },
  },
}
