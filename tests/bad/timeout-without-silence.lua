-- Defect: a timeout but no silence (line 18).
return scenario {
  id = "worked-example",
  title = "Worked example",
  summary = "Two decisions with known scores.",
  archetype = "angry-customer",
  channel = "feed",
  difficulty = "intro",
  minutes = 2,
  brand = { name = "Brand", handle = "@brand" },
  rules = { "Be civil.", "No personal data in public." },
  personas = {
    persona { id = "ana", name = "Ana", handle = "@ana", role = "customer", mood = -40 },
  },
  beats = {
    beat { id = "d1",
      posts = { post { from = "ana", text = "Where is my order?", likes = 3 } },
      decision = decision { prompt = "Answer Ana", target = 30, timeout = "2h",
        choices = {
          choice { text = "A", empathy = 9, policy = 8, feedback = "fa", tags = { "reply-fast" }, follows = { 1 }, next = "d2" },
          choice { text = "B", empathy = 2, policy = 3, feedback = "fb", breaks = { 2 }, next = "d2" },
          choice { text = "C", empathy = 5, policy = 8, cost = "48h", feedback = "fc", next = "d2" },
        },
      },
    },
    beat { id = "d2",
      posts = { post { from = "ana", text = "And?", at = "5m" } },
      decision = decision { prompt = "Answer again",
        choices = {
          choice { text = "X", empathy = 8, policy = 2, feedback = "fx", next = "calm" },
          choice { text = "Y", empathy = 4, policy = 9, feedback = "fy", next = "angry" },
          choice { text = "Z", empathy = 4, policy = 9, feedback = "fz", next = "angry" },
        },
      },
    },
    beat { id = "calm", ending = ending { outcome = "resolved", text = "Ana is happy." } },
    beat { id = "angry", ending = ending { outcome = "escalated", text = "Ana is not happy." } },
  },
}
