-- Check: every reply leads back to the same beat, so the play never ends.
-- Only one reply is ever offered: with two on offer, the number of plays would double at each of the 64 decisions.
return scenario {
  id = "cycle",
  title = "Cycle",
  summary = "A scenario for the check tests.",
  archetype = "angry-customer",
  channel = "feed",
  difficulty = "intro",
  minutes = 2,
  brand = { name = "Brand", handle = "@brand" },
  personas = { persona { id = "ana", name = "Ana", handle = "@ana", role = "customer" } },
  beats = {
    beat { id = "loop",
      posts = { post { from = "ana", text = "Again?" } },
      decision = decision { prompt = "Answer Ana",
        choices = {
          choice { text = "Yes", empathy = 8, policy = 8, feedback = "Again.", next = "loop" },
          choice { text = "No", empathy = 1, policy = 1, feedback = "Never offered.", next = "loop",
                   when = function(state) return false end },
        },
      },
    },
    beat { id = "calm", ending = ending { outcome = "resolved", text = "Ana is happy." } },
    beat { id = "angry", ending = ending { outcome = "escalated", text = "Ana is not happy." } },
  },
}
