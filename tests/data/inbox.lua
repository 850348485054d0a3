-- Two conversations at once: the one left waiting times out by itself.
-- Used by tests/test_run.c.
return scenario {
  id = "inbox",
  title = "Inbox",
  summary = "Two threads.",
  archetype = "not-my-job",
  channel = "chat",
  difficulty = "hard",
  minutes = 4,
  brand = { name = "Brand", handle = "@brand" },
  personas = {
    persona { id = "ana", name = "Ana", handle = "@ana", role = "customer", mood = -30 },
    persona { id = "ben", name = "Ben", handle = "@ben", role = "customer", mood = -10 },
  },
  threads = {
    thread { id = "a", title = "Ana", start = "a1" },
    thread { id = "b", title = "Ben", start = "b1", at = "1m" },
  },
  beats = {
    beat { id = "a1",
      posts = { post { from = "ana", text = "Billing is wrong." } },
      decision = decision { prompt = "Ana", target = 30, timeout = "1h",
        choices = {
          choice { text = "I'll fix it now.", empathy = 9, policy = 8, feedback = "Good.", next = "a_end" },
          choice { text = "Let me ask billing on Monday.", empathy = 5, policy = 8, cost = "30m", feedback = "Slow.", next = "a_end" },
        },
        silence = choice { empathy = 0, policy = 4, feedback = "Ana waited.", next = "a_end" },
      },
    },
    beat { id = "b1",
      posts = { post { from = "ben", text = "Hello? Anyone?" } },
      decision = decision { prompt = "Ben", target = 30, timeout = "10m",
        choices = {
          choice { text = "Hi Ben, here now.", empathy = 8, policy = 8, feedback = "Good.", next = "b_ok" },
          choice { text = "Not my department.", empathy = 1, policy = 4, feedback = "Own it.", next = "b_ok" },
        },
        silence = choice { empathy = 0, policy = 4, feedback = "Ben gave up.", next = "b_late" },
      },
    },
    beat { id = "a_end", ending = ending { outcome = "resolved", text = "Ana is sorted." } },
    beat { id = "b_ok", ending = ending { outcome = "resolved", text = "Ben is sorted." } },
    beat { id = "b_late", ending = ending { outcome = "escalated", text = "Ben went public." } },
  },
}
