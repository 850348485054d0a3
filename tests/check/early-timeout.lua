-- Check: the timeout (30m) runs out before the 60 s target at rate 60 (decision on line 15).
return scenario {
  id = "early-timeout",
  title = "Early timeout",
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
      decision = decision { prompt = "Answer Ana", target = 60, timeout = "30m",
        silence = choice { empathy = 0, policy = 4, feedback = "Silent.", next = "angry" },
        choices = {
          choice { text = "Sorry", empathy = 9, policy = 8, feedback = "Good.", next = "calm" },
          choice { text = "Wait", empathy = 2, policy = 3, feedback = "Cold.", next = "angry" },
        },
      },
    },
    beat { id = "calm", ending = ending { outcome = "resolved", text = "Ana is happy." } },
    beat { id = "angry", ending = ending { outcome = "escalated", text = "Ana is not happy." } },
  },
}
