-- scenario-template.lua — a starting point for a new scenario. It passes
-- `thickskin check` as it is: copy it to scenarios/<your-id>.lua, change the
-- id to match the file name, then replace every text, one decision at a
-- time, running check after each change. docs/writing-scenarios.md walks
-- through the whole process.
--
-- The shape: three decisions, two endings that go well and one that
-- escalates, one state flag that changes what happens later, one reply that
-- only appears in some situations, and a timeout where silence is a move.

-- Helpers at the top may read and change `state`, but must not remember
-- anything of their own: only `state` is replayed.
local function closing(state)
  if state.mood.customer >= 0 and not state.promised then
    return "end-resolved"
  end
  return "end-contained"
end

return scenario {
  id = "scenario-template",        -- equal to the file name, a-z 0-9 and -
  title = "Title on the card",
  summary = "One or two sentences for the card: the situation, and what the trainee has to do.",
  archetype = "angry-customer",    -- or a list: { "angry-customer", "troll" }
  channel = "feed",                -- feed, page, forum, chat or email
  difficulty = "standard",         -- intro, standard or hard
  minutes = 6,
  brand = { name = "Example Brand", handle = "@examplebrand" },

  -- House rules, numbered by position. Choices say which they follow or break.
  rules = {
    "Personal details go by direct message, never in public.",
    "Never promise what nobody has confirmed.",
  },

  -- The first persona is the main one: `effects = { mood = N }` moves theirs.
  personas = {
    persona { id = "customer", name = "Alex Example", handle = "@alex_example", role = "customer", mood = -40 },
    persona { id = "bystander", name = "Sam Example", handle = "@sam_example", role = "bystander" },
  },

  state = {
    promised = false,  -- a promise nobody confirmed; it comes back later
  },
  audience = 15,

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "opening",
      posts = {
        post { from = "customer", likes = 10, shares = 2,
               text = "The customer's first post: what went wrong, in their own voice." },
        post { from = "bystander", at = "3m", likes = 4,
               text = "Someone else joins in, and the audience grows." },
      },
      decision = decision {
        prompt = "What the trainee must decide, with every fact they need to decide it.",
        target = 45,       -- real seconds for full speed marks
        timeout = "2h",    -- simulated time before silence becomes the answer
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "reply-fast" },
          effects = { mood = -20, audience = 15 },
          feedback = "What silence costs here, and what a short first reply would have done.",
          next = "follow-up",
        },
        choices = {
          choice {
            text = "The best reply: specific, sincere, with a next step the trainee controls.",
            empathy = 9, policy = 9,
            tags = { "apologise-sincerely", "reply-fast", "go-private" },
            follows = { 1 },
            effects = { mood = 30 },
            feedback = "Why this works, in one to three sentences, written to the trainee.",
            next = "follow-up",
          },
          choice {
            text = "A tempting wrong reply: kind, fast, and it promises what nobody confirmed.",
            empathy = 7, policy = 2,
            tags = { "no-lies" },
            breaks = { 2 },
            effects = { mood = 20, set = { promised = true } },
            feedback = "Why it is tempting, why it fails, and what a better reply would say.",
            next = "follow-up",
          },
          choice {
            text = "A cold but correct reply: policy intact, the person forgotten.",
            empathy = 3, policy = 7,
            tags = { "listen" },
            effects = { mood = -10 },
            feedback = "What it gets right, and what it leaves out.",
            next = "follow-up",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2
    beat {
      id = "follow-up",
      posts = {
        post { from = "customer", at = "10m", when = function(state) return state.mood.customer >= 0 end,
               text = "A reply from a customer who feels heard." },
        post { from = "customer", at = "10m", when = function(state) return state.mood.customer < 0 end,
               text = "A reply from a customer who is still angry." },
      },
      decision = decision {
        prompt = "The second decision: new facts, and what the trainee does with them.",
        target = 60,
        weight = 2,        -- the decision this scenario is really about
        choices = {
          choice {
            text = "The honest answer, even when it is not what they hoped to hear.",
            empathy = 8, policy = 10,
            tags = { "bad-news-early", "no-lies" },
            follows = { 2 },
            effects = { mood = 10 },
            feedback = "Why honest news told early beats a hopeful guess.",
            next = "public-close",
          },
          choice {
            -- offered only in some situations: here, after the promise
            when = function(state) return state.promised end,
            text = "Covering for the earlier promise instead of owning it.",
            empathy = 3, policy = 1,
            tags = { "own-it", "no-lies" },
            effects = { mood = -30 },
            feedback = "How a broken promise comes back, and how to own it.",
            next = "end-escalated",
          },
          choice {
            text = "A vague answer that hides the one thing they need to know.",
            empathy = 4, policy = 5,
            tags = { "bad-news-early" },
            effects = { mood = -10 },
            feedback = "What the vague answer hides, and the plain sentence that would replace it.",
            next = "public-close",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3
    beat {
      id = "public-close",
      decision = decision {
        prompt = "The case is settled in private. What do you post in the public thread?",
        target = 45,
        timeout = "3h",
        silence = choice {
          empathy = 2, policy = 3,
          tags = { "listen" },
          feedback = "Why the public thread needs closing, even when the fix happened in private.",
          next = "end-contained",
        },
        choices = {
          choice {
            text = "Closing the loop in public, without a single private detail.",
            empathy = 9, policy = 9,
            tags = { "listen", "go-private" },
            follows = { 1 },
            effects = { mood = 10, audience = -10 },
            feedback = "What closing the loop shows to everyone who reads the thread later.",
            next = closing,
          },
          choice {
            text = "Closing the loop, but with the customer's details in public.",
            empathy = 6, policy = 2,
            tags = { "go-private" },
            breaks = { 1 },
            feedback = "The right instinct, and the one detail that should have stayed private.",
            next = "end-contained",
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat { id = "end-resolved", ending = ending { outcome = "resolved",
           text = "What happens when it goes well, in one to three sentences." } },
    beat { id = "end-contained", ending = ending { outcome = "contained",
           text = "It stopped growing, with some damage: say what was lost." } },
    beat { id = "end-escalated", ending = ending { outcome = "escalated",
           text = "It spread: say how, and who noticed." } },
  },
}
