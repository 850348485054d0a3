-- Exercises the logic features of the format: hooks, conditions, computed
-- next beats, visits, past choices, state effects, conditional posts,
-- deterministic randomness and translations. Used by tests/test_run.c.
return scenario {
  id = "features",
  lang = "en",
  title = { en = "Features", it = "Funzionalità" },
  summary = { en = "Every logic feature once.", it = "Ogni funzionalità una volta." },
  archetype = { "troll", "angry-customer" },
  channel = "forum",
  difficulty = "standard",
  minutes = 3,
  brand = { name = "Brand", handle = "@brand" },
  rules = { "Be civil.", { en = "No insults.", it = "Niente insulti." } },
  personas = {
    persona { id = "max", name = "Max", handle = "@max", role = "member", mood = -20 },
    persona { id = "eve", name = "Eve", handle = "@eve", role = { en = "journalist", it = "giornalista" }, mood = 10 },
  },
  state = { apologies = 0, warned = false, roll = 0 },
  audience = 20,
  beats = {
    beat { id = "open",
      on_enter = function(s) s.roll = sim.random(1, 3) end,
      posts = {
        post { from = "max", text = { en = "You are all clueless.", it = "Non capite niente." }, likes = 2 },
      },
      decision = decision { prompt = { en = "Max is rude.", it = "Max è scortese." }, target = 20,
        choices = {
          choice { text = { en = "Sorry you feel that way.", it = "Ci dispiace." }, empathy = 7, policy = 6,
                   feedback = { en = "Calm.", it = "Calmo." }, effects = { mood = 10, add = { apologies = 1 } }, next = "again" },
          choice { text = { en = "Please keep it civil (rule 1).", it = "Restiamo civili (regola 1)." }, empathy = 4, policy = 9,
                   follows = { 1 }, feedback = { en = "Firm.", it = "Fermo." },
                   effects = { set = { warned = true }, mood = { max = -10, eve = 5 }, audience = 40 }, next = "again" },
          choice { text = { en = "Banned.", it = "Bannato." }, empathy = 1, policy = 5, when = function(s) return s.warned end,
                   feedback = { en = "Too soon.", it = "Troppo presto." }, next = "banned" },
        },
      },
    },
    beat { id = "again",
      posts = {
        post { from = "max", text = { en = "Whatever.", it = "Come vi pare." } },
        post { from = "eve", at = "2m", text = { en = "Is this how you treat members?", it = "Trattate così i soci?" },
               when = function(s) return s.audience > 50 end },
      },
      decision = decision { prompt = { en = "Max again.", it = "Ancora Max." },
        choices = {
          choice { text = { en = "Sorry again.", it = "Scusa ancora." }, empathy = 6, policy = 6,
                   feedback = { en = "A second apology means less.", it = "La seconda scusa vale meno." },
                   effect = function(s)
                     s.apologies = s.apologies + 1
                     s.mood.max = s.mood.max + (s.apologies > 1 and 2 or 10)
                   end,
                   next = function(s) if sim.visits("again") >= 2 then return "calm" end return "again" end },
          choice { text = { en = "Removed under rule 2.", it = "Rimosso per la regola 2." }, empathy = 2, policy = 8,
                   when = function(s) return s.warned end, breaks = { 1 },
                   feedback = { en = "Consistent.", it = "Coerente." }, next = "banned" },
          choice { text = { en = "(ignore)", it = "(ignora)" }, empathy = 3, policy = 5,
                   feedback = { en = "Silence can work.", it = "Il silenzio può funzionare." },
                   next = function(s) if sim.chosen("open") == 2 then return "banned" end return "calm" end },
        },
      },
    },
    beat { id = "calm", next = "end_ok", after = "1h" },
    beat { id = "banned", ending = ending { outcome = "contained", text = { en = "Max is gone.", it = "Max se n'è andato." } } },
    beat { id = "end_ok",
      posts = { post { from = "max", text = { en = "Fine.", it = "Va bene." }, at = "5m" } },
      ending = ending { outcome = "resolved", text = { en = "Calm again.", it = "Di nuovo calma." } } },
  },
}
