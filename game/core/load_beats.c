/* load_beats.c — the story part of a scenario: beats with their posts,
   decisions, choices, effects and endings. */
#include "loader.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

static int map_tag(Loader *ld, int idx) {
  const char *id = lua_tostring(ld->L, idx);
  int p = lua_type(ld->L, idx) == LUA_TSTRING ? principle_find(id) : -1;
  if (p < 0) {
    ld_err(ld, "unknown principle tag '%s' (see the principle ids in docs/scenario-format.md)",
           id ? id : ld_type_name(ld, idx));
  }
  return p;
}

static int map_rule(Loader *ld, int idx) {
  int isnum;
  lua_Integer n = lua_tointegerx(ld->L, idx, &isnum);
  if (!isnum || n < 1 || n > ld->s->n_rules) {
    ld_err(ld, "rule %s does not exist (the scenario has %d rules)",
           lua_tostring(ld->L, idx) ? lua_tostring(ld->L, idx) : "?", ld->s->n_rules);
    return -1;
  }
  return (int)n;
}

/* --- scenario parts ---------------------------------------------------- */

static const char *key_name(lua_State *L) {
  return lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
}

/* Effects move numbers by finite steps: NaN or infinity would poison the state. */
static void add_effect(Loader *ld, Choice *c, EffectKind kind, int target, double value) {
  if (!isfinite(value) || fabs(value) > 1e9) {
    ld_err(ld, "an effect of %g is not a sensible number", value);
    return;
  }
  c->effects[c->n_effects++] = (Effect){kind, target, value};
}

/* effects.mood: a number for the main persona, or persona = number. */
static void read_mood_effects(Loader *ld, int t, Choice *c) {
  lua_State *L = ld->L;
  int type = ld_field(ld, t, "mood");
  if (type == LUA_TNUMBER) {
    add_effect(ld, c, FX_MOOD, 0, lua_tonumber(L, -1));
  } else if (type == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      int p = lua_type(L, -2) == LUA_TSTRING ? scn_persona_index(ld->s, lua_tostring(L, -2)) : -1;
      if (p < 0 || lua_type(L, -1) != LUA_TNUMBER) {
        ld_err(ld, "effects.mood must map persona ids to numbers ('%s' is not a persona with a number)", key_name(L));
      } else {
        add_effect(ld, c, FX_MOOD, p, lua_tonumber(L, -1));
      }
      lua_pop(L, 1);
    }
  } else if (type != LUA_TNIL) {
    ld_err(ld, "effects.mood must be a number or a table of persona = number");
  }
  lua_pop(L, 1);
}

/* effects.set (var = value of its type) or effects.add (number var = delta). */
static void read_var_effects(Loader *ld, int t, Choice *c, EffectKind kind) {
  lua_State *L = ld->L;
  const char *name = kind == FX_SET ? "set" : "add";
  int type = ld_field(ld, t, name);
  if (type == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      int v = lua_type(L, -2) == LUA_TSTRING ? scn_var_index(ld->s, lua_tostring(L, -2)) : -1;
      const VarDef *var = v >= 0 ? &ld->s->vars[v] : NULL;
      int want = var && var->is_bool ? LUA_TBOOLEAN : LUA_TNUMBER;
      if (!var) {
        ld_err(ld, "effects.%s names '%s', which is not declared in state = { ... }", name, key_name(L));
      } else if (kind == FX_ADD && want != LUA_TNUMBER) {
        ld_err(ld, "effects.add.%s: only number variables can be added to", var->name);
      } else if (lua_type(L, -1) != want) {
        ld_err(ld, "effects.%s.%s must be a %s", name, var->name, lua_typename(L, want));
      } else {
        add_effect(ld, c, kind, v, want == LUA_TBOOLEAN ? lua_toboolean(L, -1) : lua_tonumber(L, -1));
      }
      lua_pop(L, 1);
    }
  } else if (type != LUA_TNIL) {
    ld_err(ld, "effects.%s must be a table of variable = value", name);
  }
  lua_pop(L, 1);
}

static void read_effects(Loader *ld, int idx, Choice *c) {
  static const char *const allowed[] = {"mood", "audience", "set", "add", NULL};
  lua_State *L = ld->L;
  int type = ld_field(ld, idx, "effects");
  /* room for every persona, the audience and every variable twice */
  c->effects = type == LUA_TTABLE ? calloc(SCN_MAX_PERSONAS + 1 + 2 * SCN_MAX_VARS, sizeof *c->effects) : NULL;
  if (type != LUA_TNIL && type != LUA_TTABLE) {
    ld_err(ld, "'effects' must be a table, not a %s", ld_type_name(ld, -1));
  }
  if (c->effects) {
    int t = lua_gettop(L);
    ld_check_fields(ld, t, "effects", allowed);
    read_mood_effects(ld, t, c);
    if (ld_field(ld, t, "audience") == LUA_TNUMBER) {
      add_effect(ld, c, FX_AUDIENCE, 0, lua_tonumber(L, -1));
    } else if (!lua_isnil(L, -1)) {
      ld_err(ld, "effects.audience must be a number");
    }
    lua_pop(L, 1);
    read_var_effects(ld, t, c, FX_SET);
    read_var_effects(ld, t, c, FX_ADD);
  }
  lua_pop(L, 1);
}

static void read_choice(Loader *ld, int idx, Choice *c, int silence, const Beat *b) {
  static const char *const allowed[] = {"text",     "empathy", "policy", "cost", "tags", "follows", "breaks",
                                        "feedback", "effects", "effect", "when", "next", NULL};
  static const char *const case_allowed[] = {"text",     "empathy", "policy", "cost", "tags", "follows", "breaks",
                                             "feedback", "effects", "effect", "when", "next", "real",    NULL};
  int saved = ld_enter(ld, idx, "choice");
  c->line = ld->line;
  ld_check_fields(ld, idx, silence ? "silence" : "choice", ld->s->case_info ? case_allowed : allowed);
  if (silence) {
    if (ld_field(ld, idx, "text") != LUA_TNIL) {
      ld_err(ld, "silence has no 'text': it is what happens when nobody answers");
    }
    lua_pop(ld->L, 1);
  } else {
    ld_text(ld, idx, "text", &c->text, 1);
  }
  c->empathy = ld_number(ld, idx, "empathy", 0, 10, 1, 0);
  c->policy = ld_number(ld, idx, "policy", 0, 10, 1, 0);
  c->cost_ms = ld_duration(ld, idx, "cost", 0);
  ld_list(ld, idx, "tags", &c->tags, &c->n_tags, map_tag);
  ld_list(ld, idx, "follows", &c->follows, &c->n_follows, map_rule);
  ld_list(ld, idx, "breaks", &c->breaks, &c->n_breaks, map_rule);
  ld_text(ld, idx, "feedback", &c->feedback, 1);
  read_effects(ld, idx, c);
  c->effect_fn = ld_function(ld, idx, "effect");
  c->when_fn = ld_function(ld, idx, "when");
  if (silence && c->when_fn != SCN_NOREF) {
    ld_err(ld, "silence cannot have 'when': time always runs out");
  }
  c->next_fn = SCN_NOREF;
  c->next = ld_beat_ref(ld, idx, "next", &c->next_fn, 1);
  if (ld->s->case_info) {
    ld_case_choice(ld, idx, c, b);
  }
  ld_leave(ld, saved);
}

static void read_decision(Loader *ld, int idx, Decision *d, const Beat *b) {
  static const char *const allowed[] = {"prompt", "target", "timeout", "silence", "choices", "weight", "at", NULL};
  static const char *const case_allowed[] = {"prompt", "target", "timeout", "silence",   "choices", "weight",
                                             "at",     "stamp",  "reveal",  "uncertain", NULL};
  lua_State *L = ld->L;
  int saved = ld_enter(ld, idx, "decision");
  d->line = ld->line;
  d->stamp_ms = -1;
  ld_check_fields(ld, idx, "decision", ld->s->case_info ? case_allowed : allowed);
  ld_text(ld, idx, "prompt", &d->prompt, 0);
  d->target_s = ld_number(ld, idx, "target", 1, 3600, 0, 60);
  d->timeout_ms = ld_duration(ld, idx, "timeout", 0);
  d->at_ms = ld_duration(ld, idx, "at", -1);
  d->weight = ld_number(ld, idx, "weight", 0.01, 100, 0, 1);
  if (ld_field(ld, idx, "choices") != LUA_TTABLE) {
    ld_err(ld, "a decision needs 'choices = { choice{...}, ... }' with 2 to 5 choices");
  } else {
    int n = (int)lua_rawlen(L, -1);
    if (n < 2 || n > SCN_MAX_CHOICES) {
      ld_err(ld, "a decision needs 2 to 5 choices, this one has %d", n);
    }
    for (int i = 1; i <= n && i <= SCN_MAX_CHOICES; i++) {
      if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
        read_choice(ld, -1, &d->choices[d->n_choices++], 0, b);
      } else {
        ld_err(ld, "choice %d must be a choice{ ... }, not a %s", i, ld_type_name(ld, -1));
      }
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  int st = ld_field(ld, idx, "silence");
  if (st == LUA_TTABLE) {
    read_choice(ld, -1, &d->silence, 1, b);
    if (d->timeout_ms <= 0) {
      ld_err(ld, "'silence' needs a 'timeout': when does time run out?");
    }
  } else if (st != LUA_TNIL) {
    ld_err(ld, "'silence' must be a choice{ ... } without text");
  } else if (d->timeout_ms > 0) {
    ld_err(ld, "a decision with a 'timeout' needs 'silence = choice{ ... }': what happens if nobody answers?");
  }
  lua_pop(L, 1);
  if (ld->s->case_info) {
    ld_case_decision(ld, idx, d, b);
  }
  ld_leave(ld, saved);
}

static void read_post(Loader *ld, int idx, Post *p, const Beat *b) {
  static const char *const allowed[] = {"from", "text", "at", "likes", "shares", "replies", "when", NULL};
  static const char *const case_allowed[] = {"from",  "text",   "at",      "likes",    "shares",    "replies", "when",
                                             "stamp", "source", "sources", "original", "uncertain", NULL};
  int saved = ld_enter(ld, idx, "post");
  p->line = ld->line;
  p->stamp_ms = -1;
  ld_check_fields(ld, idx, "post", ld->s->case_info ? case_allowed : allowed);
  char *from = ld_string(ld, idx, "from", 1);
  p->persona = SCN_BRAND;
  if (from && strcmp(from, "brand") != 0) {
    p->persona = scn_persona_index(ld->s, from);
    if (p->persona < 0) {
      ld_err(ld, "post from '%s', who is not among the personas (or \"brand\")", from);
      p->persona = SCN_BRAND;
    }
  }
  free(from);
  ld_text(ld, idx, "text", &p->text, 1);
  p->at_ms = ld_duration(ld, idx, "at", 0);
  p->likes = ld_int(ld, idx, "likes", 0, 1000000000, 0, 0);
  p->shares = ld_int(ld, idx, "shares", 0, 1000000000, 0, 0);
  p->replies = ld_int(ld, idx, "replies", 0, 1000000000, 0, 0);
  p->when_fn = ld_function(ld, idx, "when");
  if (ld->s->case_info) {
    ld_case_post(ld, idx, p, b);
  }
  ld_leave(ld, saved);
}

/* Posts arrive in time order whatever order they are listed in; a stable
   insertion sort keeps the listed order among posts due together. */
static void sort_posts(Beat *b) {
  for (int i = 1; i < b->n_posts; i++) {
    Post p = b->posts[i];
    int j = i;
    for (; j > 0 && b->posts[j - 1].at_ms > p.at_ms; j--) {
      b->posts[j] = b->posts[j - 1];
    }
    b->posts[j] = p;
  }
}

static void read_beat(Loader *ld, int idx, Beat *b) {
  static const char *const allowed[] = {"id", "posts", "on_enter", "decision", "ending", "next", "after", NULL};
  static const char *const case_allowed[] = {"id",   "posts", "on_enter",    "decision", "ending",
                                             "next", "after", "alternative", NULL};
  lua_State *L = ld->L;
  int saved = ld_enter(ld, idx, "beat");
  b->first_stamp_ms = b->last_stamp_ms = b->first_timed_ms = b->last_timed_ms = b->first_day = b->last_day = -1;
  ld_check_fields(ld, idx, "beat", ld->s->case_info ? case_allowed : allowed);
  if (ld->s->case_info) {
    ld_case_beat(ld, idx, b);
  }
  if (ld_field(ld, idx, "posts") == LUA_TTABLE) {
    int n = (int)lua_rawlen(L, -1);
    b->posts = calloc((size_t)(n ? n : 1), sizeof *b->posts);
    for (int i = 1; b->posts && i <= n; i++) {
      if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
        read_post(ld, -1, &b->posts[b->n_posts++], b);
      } else {
        ld_err(ld, "post %d of beat '%s' must be a post{ ... }", i, b->id);
      }
      lua_pop(L, 1);
    }
  } else if (!lua_isnil(L, -1)) {
    ld_err(ld, "'posts' must be a list of post{ ... }");
  }
  lua_pop(L, 1);
  b->on_enter = ld_function(ld, idx, "on_enter");
  int ways = 0;
  if (ld_field(ld, idx, "decision") == LUA_TTABLE) {
    b->decision = calloc(1, sizeof *b->decision);
    if (b->decision) {
      read_decision(ld, -1, b->decision, b);
    }
    ways++;
  } else if (!lua_isnil(L, -1)) {
    ld_err(ld, "'decision' must be a decision{ ... }");
  }
  lua_pop(L, 1);
  if (ld_field(ld, idx, "ending") == LUA_TTABLE) {
    b->ending = calloc(1, sizeof *b->ending);
    static const char *const ending_fields[] = {"outcome", "text", NULL};
    int inner = ld_enter(ld, -1, "ending");
    if (b->ending) {
      b->ending->line = ld->line;
      ld_check_fields(ld, -1, "ending", ending_fields);
      b->ending->outcome = (Outcome)ld_enum(ld, -1, "outcome", outcome_names, -1);
      ld_text(ld, -1, "text", &b->ending->text, 1);
    }
    ld_leave(ld, inner);
    ways++;
  } else if (!lua_isnil(L, -1)) {
    ld_err(ld, "'ending' must be an ending{ ... }");
  }
  lua_pop(L, 1);
  b->next_fn = SCN_NOREF;
  b->next = ld_beat_ref(ld, idx, "next", &b->next_fn, 0);
  if (b->next >= 0 || b->next_fn != SCN_NOREF) {
    ways++;
  }
  b->after_ms = ld_duration(ld, idx, "after", -1);
  if (ld->s->case_info) {
    ld_case_beat_done(ld, b); /* before sorting: stamps must be listed in order */
  }
  sort_posts(b);
  if (ways == 0) {
    ld_err(ld, "beat '%s' has no way out: give it a decision, an ending or a next", b->id);
  } else if (ways > 1) {
    ld_err(ld, "beat '%s' has more than one of decision, ending and next", b->id);
  }
  ld_leave(ld, saved);
}

/* First pass: beat ids, so that 'next' can name a beat defined later. */
static void read_beat_ids(Loader *ld, int idx) {
  lua_State *L = ld->L;
  int n = (int)lua_rawlen(L, idx);
  if (n == 0 || n > SCN_MAX_BEATS) {
    ld_err(ld, "'beats' must list 1 to %d beat{ ... }", SCN_MAX_BEATS);
    return;
  }
  ld->s->beats = calloc((size_t)n, sizeof *ld->s->beats);
  if (!ld->s->beats) {
    return;
  }
  for (int i = 1; i <= n; i++) {
    Beat *b = &ld->s->beats[ld->s->n_beats];
    if (lua_rawgeti(L, idx, i) != LUA_TTABLE) {
      ld_err(ld, "beat %d must be a beat{ ... }, not a %s", i, ld_type_name(ld, -1));
      lua_pop(L, 1);
      continue;
    }
    int saved = ld_enter(ld, -1, "beat");
    b->line = ld->line;
    b->id = ld_string(ld, -1, "id", 1);
    if (b->id && !ld_is_identifier(b->id)) {
      ld_err(ld, "beat id '%s' must be a name made of letters, digits, '_' and '-'", b->id);
    } else if (b->id && scn_beat_index(ld->s, b->id) >= 0) {
      ld_err(ld, "two beats are called '%s'", b->id);
    }
    if (!b->id) {
      b->id = ld_dup("?");
    }
    b->next = -1;
    ld->s->n_beats++;
    ld_leave(ld, saved);
    lua_pop(L, 1);
  }
}

void ld_beats(Loader *ld, int idx) {
  lua_State *L = ld->L;
  if (ld_field(ld, idx, "beats") != LUA_TTABLE) {
    ld_err(ld, "missing 'beats = { beat{...}, ... }'");
    lua_pop(L, 1);
    return;
  }
  int t = lua_gettop(L);
  read_beat_ids(ld, t);
  int k = 0;
  for (int i = 1; i <= (int)lua_rawlen(L, t) && k < ld->s->n_beats; i++) {
    if (lua_rawgeti(L, t, i) == LUA_TTABLE) {
      read_beat(ld, -1, &ld->s->beats[k++]);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}
