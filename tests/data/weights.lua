-- A decision that counts double and one that opens before the last post.
-- Used by tests/test_run.c.
return scenario {
  id = "weights",
  title = "Weights",
  summary = "Decision weight and opening time.",
  archetype = "bad-news",
  channel = "page",
  difficulty = "intro",
  minutes = 2,
  brand = { name = "Brand", handle = "@brand" },
  rules = { "Tell the truth." },
  personas = { persona { id = "kim", name = "Kim", handle = "@kim", role = "member" } },
  beats = {
    beat { id = "one",
      posts = { post { from = "kim", text = "Is the price going up?" },
                post { from = "kim", text = "Hello?", at = "20m" } },
      decision = decision { prompt = "Kim asks", at = "1m", weight = 2,
        choices = {
          choice { text = "Yes, from May; here is why.", empathy = 8, policy = 10, follows = { 1 }, feedback = "Plain.", next = "two" },
          choice { text = "No plans.", empathy = 5, policy = 0, breaks = { 1 }, feedback = "A lie.", next = "two" },
        },
      },
    },
    beat { id = "two",
      decision = decision { prompt = "Kim again",
        choices = {
          choice { text = "Thanks for asking.", empathy = 9, policy = 5, feedback = "Warm.", next = "done" },
          choice { text = "Read the post.", empathy = 1, policy = 5, feedback = "Curt.", next = "done" },
        },
      },
    },
    beat { id = "done", ending = ending { outcome = "resolved", text = "Done." } },
  },
}
