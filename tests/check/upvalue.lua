-- Check: a hook that counts in a captured local, not in state, so a second
-- play of the same path goes differently.
local entered = 0
return scenario {
  id = "upvalue", title = "Upvalue", summary = "Remembers outside state.",
  archetype = "troll", channel = "forum", difficulty = "intro", minutes = 1,
  brand = { name = "Brand", handle = "@brand" },
  personas = { persona { id = "tim", name = "Tim", handle = "@tim", role = "member" } },
  beats = {
    beat { id = "start",
      posts = { post { from = "tim", text = "Hi" } },
      on_enter = function(state) entered = entered + 1 end,
      decision = decision { prompt = "Tim",
        choices = {
          choice { text = "Hello", empathy = 8, policy = 5, feedback = "f",
                   next = function(state) if entered > 1 then return "b" end return "a" end },
          choice { text = "...", empathy = 2, policy = 5, feedback = "f", next = "a" },
        },
      },
    },
    beat { id = "a", ending = ending { outcome = "resolved", text = "A" } },
    beat { id = "b", ending = ending { outcome = "escalated", text = "B" } },
  },
}
