-- Hostile: Tries to get the os library through require.
local os = require("os")
os.execute("touch /tmp/thickskin-hostile-marker")
return scenario {
  id = "hostile-require-os",
  title = "Hostile: require-os",
  summary = "A scenario that attacks the host; it must never load or play.",
  archetype = "troll",
  channel = "feed",
  difficulty = "intro",
  minutes = 1,
  brand = { name = "Brand", handle = "@brand" },
  personas = { persona { id = "eve", name = "Eve", handle = "@eve", role = "troll" } },
  beats = {
    beat { id = "start",
      posts = { post { from = "eve", text = "Hello." } },
      decision = decision { prompt = "Answer Eve",
        choices = {
          choice { text = "Hi", empathy = 8, policy = 8, feedback = "Good.", next = "done" },
          choice { text = "Go away", empathy = 1, policy = 2, feedback = "Rude.", next = "done" },
        },
      },
    },
    beat { id = "done", ending = ending { outcome = "resolved", text = "Eve leaves." } },
  },
}
