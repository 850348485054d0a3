-- Both replies loop back: a story that can never end, with 2^64 paths.
return scenario {
  id = "cycle-two", title = "Cycle", summary = "Never ends.",
  archetype = "troll", channel = "forum", difficulty = "intro", minutes = 1,
  brand = { name = "Brand", handle = "@brand" },
  personas = { persona { id = "tim", name = "Tim", handle = "@tim", role = "member" } },
  beats = {
    beat { id = "loop",
      posts = { post { from = "tim", text = "Again!" } },
      decision = decision { prompt = "Tim",
        choices = {
          choice { text = "Reply", empathy = 5, policy = 5, feedback = "f", next = "loop" },
          choice { text = "Reply louder", empathy = 2, policy = 5, feedback = "f", next = "loop" },
        },
      },
    },
  },
}
