/* scenario_load.c — runs a scenario file in its sandbox and turns the table
   it returns into a Scenario, reporting every schema problem with its line.
   All table access is raw, inside one protected call: a scenario's
   metatables never run here and no Lua error can escape. */
#include "scenario.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "api_format.h"
#include "api_sim.h"
#include "duration.h"

typedef struct Loader {
  lua_State *L;
  Scenario *s;
  Diag *diag;
  int line;         /* line of the innermost constructor being read */
  unsigned langs;   /* languages present in every text read so far */
} Loader;

static void err(Loader *ld, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void err(Loader *ld, const char *fmt, ...) {
  char msg[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_add(ld->diag, DIAG_ERROR, ld->s->path, ld->line, "%s", msg);
}

static char *dup(const char *s) {
  char *d = malloc(strlen(s) + 1);
  if (d) {
    strcpy(d, s);
  }
  return d;
}

/* Enters the table at 'idx': checks its kind and moves the line there.
   Returns the previous line, to restore with leave(). */
static int enter(Loader *ld, int idx, const char *kind) {
  int saved = ld->line;
  const char *got;
  int line = fmt_line(ld->L, idx, &got);
  if (line > 0) {
    ld->line = line;
  }
  if (got && strcmp(got, kind) != 0) {
    err(ld, "expected %s{ } here, found %s{ }", kind, got);
  }
  return saved;
}

static void leave(Loader *ld, int saved) {
  ld->line = saved;
}

/* Reports every key of the table at 'idx' that is not in 'allowed'. */
static void check_fields(Loader *ld, int idx, const char *what, const char *const *allowed) {
  lua_State *L = ld->L;
  idx = lua_absindex(L, idx);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      err(ld, "%s has a value without a field name (did you forget 'name = '?)", what);
      continue;
    }
    const char *key = lua_tostring(L, -1);
    if (name_index(allowed, key) < 0) {
      char list[512] = "";
      for (int i = 0; allowed[i]; i++) {
        strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
        strncat(list, allowed[i], sizeof list - strlen(list) - 1);
      }
      err(ld, "unknown field '%s' in %s (expected one of: %s)", key, what, list);
    }
  }
}

/* Pushes t[name] (raw) and returns its type. */
static int field(Loader *ld, int idx, const char *name) {
  idx = lua_absindex(ld->L, idx);
  lua_pushstring(ld->L, name);
  return lua_rawget(ld->L, idx);
}

static const char *type_name(Loader *ld, int idx) {
  return lua_typename(ld->L, lua_type(ld->L, idx));
}

static int is_identifier(const char *s) {
  if (!*s || !(isalpha((unsigned char)*s) || *s == '_')) {
    return 0;
  }
  for (; *s; s++) {
    if (!(isalnum((unsigned char)*s) || *s == '_' || *s == '-')) {
      return 0;
    }
  }
  return 1;
}

/* --- typed field readers: each pops what it pushes --------------------- */

static void read_text_value(Loader *ld, int idx, const char *name, Text *out) {
  lua_State *L = ld->L;
  unsigned mask = 0;
  if (lua_type(L, idx) == LUA_TSTRING) {
    out->s[ld->s->lang] = dup(lua_tostring(L, idx));
    mask = 1u << ld->s->lang;
  } else if (lua_istable(L, idx)) {
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
      int lang = lua_type(L, -2) == LUA_TSTRING ? lang_from_code(lua_tostring(L, -2)) : -1;
      if (lang < 0) {
        err(ld, "'%s' has a translation in an unknown language '%s' (use en, it, es, fr, de or pt)", name,
            lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
      } else if (lua_type(L, -1) != LUA_TSTRING) {
        err(ld, "'%s'.%s must be a string, not a %s", name, lang_code(lang), type_name(ld, -1));
      } else if (!out->s[lang]) {
        out->s[lang] = dup(lua_tostring(L, -1));
        mask |= 1u << lang;
      }
      lua_pop(L, 1);
    }
    if (!(mask & (1u << ld->s->lang))) {
      err(ld, "'%s' has no text in the scenario's language '%s'", name, lang_code(ld->s->lang));
    }
  } else {
    err(ld, "'%s' must be a string or a table of translations, not a %s", name, type_name(ld, idx));
  }
  ld->langs &= mask;
}

static void read_text(Loader *ld, int idx, const char *name, Text *out, int required) {
  if (field(ld, idx, name) == LUA_TNIL) {
    if (required) {
      err(ld, "missing '%s'", name);
    }
  } else {
    read_text_value(ld, -1, name, out);
  }
  lua_pop(ld->L, 1);
}

static char *read_string(Loader *ld, int idx, const char *name, int required) {
  char *out = NULL;
  int t = field(ld, idx, name);
  if (t == LUA_TSTRING) {
    out = dup(lua_tostring(ld->L, -1));
  } else if (t != LUA_TNIL) {
    err(ld, "'%s' must be a string, not a %s", name, type_name(ld, -1));
  } else if (required) {
    err(ld, "missing '%s'", name);
  }
  lua_pop(ld->L, 1);
  return out;
}

static double read_number(Loader *ld, int idx, const char *name, double lo, double hi, int required,
                          double def) {
  double out = def;
  int t = field(ld, idx, name);
  if (t == LUA_TNUMBER) {
    out = lua_tonumber(ld->L, -1);
    if (!(out >= lo && out <= hi)) {
      err(ld, "'%s' is %g, outside %g..%g", name, out, lo, hi);
      out = def;
    }
  } else if (t != LUA_TNIL) {
    err(ld, "'%s' must be a number, not a %s", name, type_name(ld, -1));
  } else if (required) {
    err(ld, "missing '%s'", name);
  }
  lua_pop(ld->L, 1);
  return out;
}

/* A whole number in lo..hi (counts, minutes, the clock rate). */
static int read_int(Loader *ld, int idx, const char *name, int lo, int hi, int required, int def) {
  double out = read_number(ld, idx, name, lo, hi, required, def);
  if (out != floor(out)) {
    err(ld, "'%s' is %g, it must be a whole number", name, out);
    return def;
  }
  return (int)out;
}

static int64_t read_duration(Loader *ld, int idx, const char *name, int64_t def) {
  int64_t out = def;
  int t = field(ld, idx, name);
  if (t == LUA_TNUMBER) {
    double sec = lua_tonumber(ld->L, -1);
    if (!(sec >= 0 && sec * 1000 <= (double)DURATION_MAX_MS)) {
      err(ld, "'%s' is %g seconds, outside 0 to a year", name, sec);
    } else {
      out = (int64_t)(sec * 1000 + 0.5);
    }
  } else if (t == LUA_TSTRING) {
    if (duration_parse(lua_tostring(ld->L, -1), &out) != 0) {
      err(ld, "'%s' = \"%s\" is not a duration (write \"45s\", \"10m\", \"2h\", \"2d\" or \"1h30m\")", name,
          lua_tostring(ld->L, -1));
      out = def;
    }
  } else if (t != LUA_TNIL) {
    err(ld, "'%s' must be a duration such as \"10m\", not a %s", name, type_name(ld, -1));
  }
  lua_pop(ld->L, 1);
  return out;
}

static LuaRef read_function(Loader *ld, int idx, const char *name) {
  int t = field(ld, idx, name);
  if (t == LUA_TFUNCTION) {
    return luaL_ref(ld->L, LUA_REGISTRYINDEX);
  }
  if (t != LUA_TNIL) {
    err(ld, "'%s' must be a function, not a %s", name, type_name(ld, -1));
  }
  lua_pop(ld->L, 1);
  return SCN_NOREF;
}

static int read_enum(Loader *ld, int idx, const char *name, const char *const *names, int def) {
  char *v = read_string(ld, idx, name, def < 0);
  if (!v) {
    return def < 0 ? 0 : def;
  }
  int i = name_index(names, v);
  if (i < 0) {
    char list[256] = "";
    for (int k = 0; names[k]; k++) {
      strncat(list, k ? ", " : "", sizeof list - strlen(list) - 1);
      strncat(list, names[k], sizeof list - strlen(list) - 1);
    }
    err(ld, "'%s' = \"%s\" is not one of: %s", name, v, list);
    i = 0;
  }
  free(v);
  return i;
}

/* A beat reference: a beat id string, or a function when 'fn' is given. */
static int read_beat_ref(Loader *ld, int idx, const char *name, LuaRef *fn, int required) {
  int t = field(ld, idx, name);
  int beat = -1;
  if (t == LUA_TSTRING) {
    beat = scn_beat_index(ld->s, lua_tostring(ld->L, -1));
    if (beat < 0) {
      err(ld, "'%s' names a beat \"%s\" that does not exist", name, lua_tostring(ld->L, -1));
    }
  } else if (t == LUA_TFUNCTION && fn) {
    *fn = luaL_ref(ld->L, LUA_REGISTRYINDEX);
    return -1;
  } else if (t != LUA_TNIL) {
    err(ld, "'%s' must be a beat id%s, not a %s", name, fn ? " or a function" : "", type_name(ld, -1));
  } else if (required) {
    err(ld, "missing '%s'", name);
  }
  lua_pop(ld->L, 1);
  return beat;
}

/* Reads a list of integers or strings into a malloc'd int array via 'map'.
   The array is stored in *out before it is filled, so its owner frees it
   whatever happens. */
static void read_list(Loader *ld, int idx, const char *name, int **out, int *count, int (*map)(Loader *, int)) {
  *count = 0;
  int t = field(ld, idx, name);
  if (t == LUA_TTABLE) {
    int n = (int)lua_rawlen(ld->L, -1);
    *out = calloc((size_t)(n ? n : 1), sizeof **out);
    for (int i = 1; *out && i <= n; i++) {
      lua_rawgeti(ld->L, -1, i);
      int v = map(ld, -1);
      if (v >= 0) {
        (*out)[(*count)++] = v;
      }
      lua_pop(ld->L, 1);
    }
  } else if (t != LUA_TNIL) {
    err(ld, "'%s' must be a list { ... }, not a %s", name, type_name(ld, -1));
  }
  lua_pop(ld->L, 1);
}

static int map_tag(Loader *ld, int idx) {
  const char *id = lua_tostring(ld->L, idx);
  int p = lua_type(ld->L, idx) == LUA_TSTRING ? principle_find(id) : -1;
  if (p < 0) {
    err(ld, "unknown principle tag '%s' (see the principle ids in docs/scenario-format.md)",
        id ? id : type_name(ld, idx));
  }
  return p;
}

static int map_rule(Loader *ld, int idx) {
  int isnum;
  lua_Integer n = lua_tointegerx(ld->L, idx, &isnum);
  if (!isnum || n < 1 || n > ld->s->n_rules) {
    err(ld, "rule %s does not exist (the scenario has %d rules)", lua_tostring(ld->L, idx) ? lua_tostring(ld->L, idx) : "?",
        ld->s->n_rules);
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
    err(ld, "an effect of %g is not a sensible number", value);
    return;
  }
  c->effects[c->n_effects++] = (Effect){kind, target, value};
}

/* effects.mood: a number for the main persona, or persona = number. */
static void read_mood_effects(Loader *ld, int t, Choice *c) {
  lua_State *L = ld->L;
  int type = field(ld, t, "mood");
  if (type == LUA_TNUMBER) {
    add_effect(ld, c, FX_MOOD, 0, lua_tonumber(L, -1));
  } else if (type == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      int p = lua_type(L, -2) == LUA_TSTRING ? scn_persona_index(ld->s, lua_tostring(L, -2)) : -1;
      if (p < 0 || lua_type(L, -1) != LUA_TNUMBER) {
        err(ld, "effects.mood must map persona ids to numbers ('%s' is not a persona with a number)", key_name(L));
      } else {
        add_effect(ld, c, FX_MOOD, p, lua_tonumber(L, -1));
      }
      lua_pop(L, 1);
    }
  } else if (type != LUA_TNIL) {
    err(ld, "effects.mood must be a number or a table of persona = number");
  }
  lua_pop(L, 1);
}

/* effects.set (var = value of its type) or effects.add (number var = delta). */
static void read_var_effects(Loader *ld, int t, Choice *c, EffectKind kind) {
  lua_State *L = ld->L;
  const char *name = kind == FX_SET ? "set" : "add";
  int type = field(ld, t, name);
  if (type == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      int v = lua_type(L, -2) == LUA_TSTRING ? scn_var_index(ld->s, lua_tostring(L, -2)) : -1;
      const VarDef *var = v >= 0 ? &ld->s->vars[v] : NULL;
      int want = var && var->is_bool ? LUA_TBOOLEAN : LUA_TNUMBER;
      if (!var) {
        err(ld, "effects.%s names '%s', which is not declared in state = { ... }", name, key_name(L));
      } else if (kind == FX_ADD && want != LUA_TNUMBER) {
        err(ld, "effects.add.%s: only number variables can be added to", var->name);
      } else if (lua_type(L, -1) != want) {
        err(ld, "effects.%s.%s must be a %s", name, var->name, lua_typename(L, want));
      } else {
        add_effect(ld, c, kind, v, want == LUA_TBOOLEAN ? lua_toboolean(L, -1) : lua_tonumber(L, -1));
      }
      lua_pop(L, 1);
    }
  } else if (type != LUA_TNIL) {
    err(ld, "effects.%s must be a table of variable = value", name);
  }
  lua_pop(L, 1);
}

static void read_effects(Loader *ld, int idx, Choice *c) {
  static const char *const allowed[] = {"mood", "audience", "set", "add", NULL};
  lua_State *L = ld->L;
  int type = field(ld, idx, "effects");
  /* room for every persona, the audience and every variable twice */
  c->effects = type == LUA_TTABLE ? calloc(SCN_MAX_PERSONAS + 1 + 2 * SCN_MAX_VARS, sizeof *c->effects) : NULL;
  if (type != LUA_TNIL && type != LUA_TTABLE) {
    err(ld, "'effects' must be a table, not a %s", type_name(ld, -1));
  }
  if (c->effects) {
    int t = lua_gettop(L);
    check_fields(ld, t, "effects", allowed);
    read_mood_effects(ld, t, c);
    if (field(ld, t, "audience") == LUA_TNUMBER) {
      add_effect(ld, c, FX_AUDIENCE, 0, lua_tonumber(L, -1));
    } else if (!lua_isnil(L, -1)) {
      err(ld, "effects.audience must be a number");
    }
    lua_pop(L, 1);
    read_var_effects(ld, t, c, FX_SET);
    read_var_effects(ld, t, c, FX_ADD);
  }
  lua_pop(L, 1);
}

static void read_choice(Loader *ld, int idx, Choice *c, int silence) {
  static const char *const allowed[] = {"text",    "empathy", "policy", "cost",   "tags", "follows", "breaks",
                                        "feedback", "effects", "effect", "when",   "next", NULL};
  int saved = enter(ld, idx, "choice");
  c->line = ld->line;
  check_fields(ld, idx, silence ? "silence" : "choice", allowed);
  if (silence) {
    if (field(ld, idx, "text") != LUA_TNIL) {
      err(ld, "silence has no 'text': it is what happens when nobody answers");
    }
    lua_pop(ld->L, 1);
  } else {
    read_text(ld, idx, "text", &c->text, 1);
  }
  c->empathy = read_number(ld, idx, "empathy", 0, 10, 1, 0);
  c->policy = read_number(ld, idx, "policy", 0, 10, 1, 0);
  c->cost_ms = read_duration(ld, idx, "cost", 0);
  read_list(ld, idx, "tags", &c->tags, &c->n_tags, map_tag);
  read_list(ld, idx, "follows", &c->follows, &c->n_follows, map_rule);
  read_list(ld, idx, "breaks", &c->breaks, &c->n_breaks, map_rule);
  read_text(ld, idx, "feedback", &c->feedback, 1);
  read_effects(ld, idx, c);
  c->effect_fn = read_function(ld, idx, "effect");
  c->when_fn = read_function(ld, idx, "when");
  if (silence && c->when_fn != SCN_NOREF) {
    err(ld, "silence cannot have 'when': time always runs out");
  }
  c->next_fn = SCN_NOREF;
  c->next = read_beat_ref(ld, idx, "next", &c->next_fn, 1);
  leave(ld, saved);
}

static void read_decision(Loader *ld, int idx, Decision *d) {
  static const char *const allowed[] = {"prompt", "target", "timeout", "silence", "choices", "weight", "at", NULL};
  lua_State *L = ld->L;
  int saved = enter(ld, idx, "decision");
  d->line = ld->line;
  check_fields(ld, idx, "decision", allowed);
  read_text(ld, idx, "prompt", &d->prompt, 0);
  d->target_s = read_number(ld, idx, "target", 1, 3600, 0, 60);
  d->timeout_ms = read_duration(ld, idx, "timeout", 0);
  d->at_ms = read_duration(ld, idx, "at", -1);
  d->weight = read_number(ld, idx, "weight", 0.01, 100, 0, 1);
  if (field(ld, idx, "choices") != LUA_TTABLE) {
    err(ld, "a decision needs 'choices = { choice{...}, ... }' with 2 to 5 choices");
  } else {
    int n = (int)lua_rawlen(L, -1);
    if (n < 2 || n > SCN_MAX_CHOICES) {
      err(ld, "a decision needs 2 to 5 choices, this one has %d", n);
    }
    for (int i = 1; i <= n && i <= SCN_MAX_CHOICES; i++) {
      if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
        read_choice(ld, -1, &d->choices[d->n_choices++], 0);
      } else {
        err(ld, "choice %d must be a choice{ ... }, not a %s", i, type_name(ld, -1));
      }
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  int st = field(ld, idx, "silence");
  if (st == LUA_TTABLE) {
    read_choice(ld, -1, &d->silence, 1);
    if (d->timeout_ms <= 0) {
      err(ld, "'silence' needs a 'timeout': when does time run out?");
    }
  } else if (st != LUA_TNIL) {
    err(ld, "'silence' must be a choice{ ... } without text");
  } else if (d->timeout_ms > 0) {
    err(ld, "a decision with a 'timeout' needs 'silence = choice{ ... }': what happens if nobody answers?");
  }
  lua_pop(L, 1);
  leave(ld, saved);
}

static void read_post(Loader *ld, int idx, Post *p) {
  static const char *const allowed[] = {"from", "text", "at", "likes", "shares", "replies", "when", NULL};
  int saved = enter(ld, idx, "post");
  p->line = ld->line;
  check_fields(ld, idx, "post", allowed);
  char *from = read_string(ld, idx, "from", 1);
  p->persona = SCN_BRAND;
  if (from && strcmp(from, "brand") != 0) {
    p->persona = scn_persona_index(ld->s, from);
    if (p->persona < 0) {
      err(ld, "post from '%s', who is not among the personas (or \"brand\")", from);
      p->persona = SCN_BRAND;
    }
  }
  free(from);
  read_text(ld, idx, "text", &p->text, 1);
  p->at_ms = read_duration(ld, idx, "at", 0);
  p->likes = read_int(ld, idx, "likes", 0, 1000000000, 0, 0);
  p->shares = read_int(ld, idx, "shares", 0, 1000000000, 0, 0);
  p->replies = read_int(ld, idx, "replies", 0, 1000000000, 0, 0);
  p->when_fn = read_function(ld, idx, "when");
  leave(ld, saved);
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
  lua_State *L = ld->L;
  int saved = enter(ld, idx, "beat");
  check_fields(ld, idx, "beat", allowed);
  if (field(ld, idx, "posts") == LUA_TTABLE) {
    int n = (int)lua_rawlen(L, -1);
    b->posts = calloc((size_t)(n ? n : 1), sizeof *b->posts);
    for (int i = 1; b->posts && i <= n; i++) {
      if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
        read_post(ld, -1, &b->posts[b->n_posts++]);
      } else {
        err(ld, "post %d of beat '%s' must be a post{ ... }", i, b->id);
      }
      lua_pop(L, 1);
    }
  } else if (!lua_isnil(L, -1)) {
    err(ld, "'posts' must be a list of post{ ... }");
  }
  lua_pop(L, 1);
  sort_posts(b);
  b->on_enter = read_function(ld, idx, "on_enter");
  int ways = 0;
  if (field(ld, idx, "decision") == LUA_TTABLE) {
    b->decision = calloc(1, sizeof *b->decision);
    if (b->decision) {
      read_decision(ld, -1, b->decision);
    }
    ways++;
  } else if (!lua_isnil(L, -1)) {
    err(ld, "'decision' must be a decision{ ... }");
  }
  lua_pop(L, 1);
  if (field(ld, idx, "ending") == LUA_TTABLE) {
    b->ending = calloc(1, sizeof *b->ending);
    static const char *const ending_fields[] = {"outcome", "text", NULL};
    int inner = enter(ld, -1, "ending");
    if (b->ending) {
      b->ending->line = ld->line;
      check_fields(ld, -1, "ending", ending_fields);
      b->ending->outcome = (Outcome)read_enum(ld, -1, "outcome", outcome_names, -1);
      read_text(ld, -1, "text", &b->ending->text, 1);
    }
    leave(ld, inner);
    ways++;
  } else if (!lua_isnil(L, -1)) {
    err(ld, "'ending' must be an ending{ ... }");
  }
  lua_pop(L, 1);
  b->next_fn = SCN_NOREF;
  b->next = read_beat_ref(ld, idx, "next", &b->next_fn, 0);
  if (b->next >= 0 || b->next_fn != SCN_NOREF) {
    ways++;
  }
  b->after_ms = read_duration(ld, idx, "after", -1);
  if (ways == 0) {
    err(ld, "beat '%s' has no way out: give it a decision, an ending or a next", b->id);
  } else if (ways > 1) {
    err(ld, "beat '%s' has more than one of decision, ending and next", b->id);
  }
  leave(ld, saved);
}

/* First pass: beat ids, so that 'next' can name a beat defined later. */
static void read_beat_ids(Loader *ld, int idx) {
  lua_State *L = ld->L;
  int n = (int)lua_rawlen(L, idx);
  if (n == 0 || n > SCN_MAX_BEATS) {
    err(ld, "'beats' must list 1 to %d beat{ ... }", SCN_MAX_BEATS);
    return;
  }
  ld->s->beats = calloc((size_t)n, sizeof *ld->s->beats);
  if (!ld->s->beats) {
    return;
  }
  for (int i = 1; i <= n; i++) {
    Beat *b = &ld->s->beats[ld->s->n_beats];
    if (lua_rawgeti(L, idx, i) != LUA_TTABLE) {
      err(ld, "beat %d must be a beat{ ... }, not a %s", i, type_name(ld, -1));
      lua_pop(L, 1);
      continue;
    }
    int saved = enter(ld, -1, "beat");
    b->line = ld->line;
    b->id = read_string(ld, -1, "id", 1);
    if (b->id && !is_identifier(b->id)) {
      err(ld, "beat id '%s' must be a name made of letters, digits, '_' and '-'", b->id);
    } else if (b->id && scn_beat_index(ld->s, b->id) >= 0) {
      err(ld, "two beats are called '%s'", b->id);
    }
    if (!b->id) {
      b->id = dup("?");
    }
    b->next = -1;
    ld->s->n_beats++;
    leave(ld, saved);
    lua_pop(L, 1);
  }
}

static void read_beats(Loader *ld, int idx) {
  lua_State *L = ld->L;
  if (field(ld, idx, "beats") != LUA_TTABLE) {
    err(ld, "missing 'beats = { beat{...}, ... }'");
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

static void read_personas(Loader *ld, int idx) {
  static const char *const allowed[] = {"id", "name", "handle", "role", "mood", NULL};
  lua_State *L = ld->L;
  Scenario *s = ld->s;
  if (field(ld, idx, "personas") != LUA_TTABLE || lua_rawlen(L, -1) == 0) {
    err(ld, "missing 'personas = { persona{...}, ... }' (at least one)");
    lua_pop(L, 1);
    return;
  }
  int n = (int)lua_rawlen(L, -1);
  if (n > SCN_MAX_PERSONAS) {
    err(ld, "at most %d personas", SCN_MAX_PERSONAS);
    n = SCN_MAX_PERSONAS;
  }
  s->personas = calloc((size_t)n, sizeof *s->personas);
  for (int i = 1; s->personas && i <= n; i++) {
    if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
      err(ld, "persona %d must be a persona{ ... }", i);
      lua_pop(L, 1);
      continue;
    }
    int saved = enter(ld, -1, "persona");
    Persona *p = &s->personas[s->n_personas];
    check_fields(ld, -1, "persona", allowed);
    p->id = read_string(ld, -1, "id", 1);
    if (p->id && (!is_identifier(p->id) || strcmp(p->id, "brand") == 0)) {
      err(ld, "persona id '%s' must be a name other than \"brand\"", p->id);
    } else if (p->id && scn_persona_index(s, p->id) >= 0) {
      err(ld, "two personas are called '%s'", p->id);
    }
    p->name = read_string(ld, -1, "name", 1);
    p->handle = read_string(ld, -1, "handle", 1);
    read_text(ld, -1, "role", &p->role, 1);
    p->mood = read_number(ld, -1, "mood", -100, 100, 0, 0);
    if (!p->id) {
      p->id = dup("?");
    }
    s->n_personas++;
    leave(ld, saved);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

static void read_state(Loader *ld, int idx) {
  lua_State *L = ld->L;
  Scenario *s = ld->s;
  int t = field(ld, idx, "state");
  if (t == LUA_TTABLE) {
    s->vars = calloc(SCN_MAX_VARS, sizeof *s->vars);
    lua_pushnil(L);
    while (s->vars && lua_next(L, -2)) {
      const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
      if (!name || !is_identifier(name) || strchr(name, '-') || strcmp(name, "mood") == 0 ||
          strcmp(name, "audience") == 0) {
        err(ld, "state variable '%s' needs a Lua name other than mood and audience (built in)", name ? name : "?");
      } else if (s->n_vars == SCN_MAX_VARS) {
        err(ld, "at most %d state variables", SCN_MAX_VARS);
      } else if (!lua_isboolean(L, -1) && lua_type(L, -1) != LUA_TNUMBER) {
        err(ld, "state.%s must start as a number or a boolean, not a %s", name, type_name(ld, -1));
      } else {
        VarDef *v = &s->vars[s->n_vars++];
        v->name = dup(name);
        v->is_bool = lua_isboolean(L, -1);
        v->initial = v->is_bool ? lua_toboolean(L, -1) : lua_tonumber(L, -1);
        if (!isfinite(v->initial) || fabs(v->initial) > 1e9) {
          err(ld, "state.%s starts at %g, which is not a sensible number", name, v->initial);
        }
      }
      lua_pop(L, 1);
    }
  } else if (t != LUA_TNIL) {
    err(ld, "'state' must be a table of name = initial value");
  }
  lua_pop(L, 1);
}

static void read_rules(Loader *ld, int idx) {
  lua_State *L = ld->L;
  int t = field(ld, idx, "rules");
  if (t == LUA_TTABLE) {
    int n = (int)lua_rawlen(L, -1);
    ld->s->rules = calloc((size_t)(n ? n : 1), sizeof *ld->s->rules);
    for (int i = 1; ld->s->rules && i <= n; i++) {
      char name[32];
      snprintf(name, sizeof name, "rule %d", i);
      lua_rawgeti(L, -1, i);
      read_text_value(ld, -1, name, &ld->s->rules[ld->s->n_rules++]);
      lua_pop(L, 1);
    }
  } else if (t != LUA_TNIL) {
    err(ld, "'rules' must be a list of texts");
  }
  lua_pop(L, 1);
}

static int thread_index(const Scenario *s, const char *id, int count) {
  for (int i = 0; i < count; i++) {
    if (s->threads[i].id && strcmp(s->threads[i].id, id) == 0) {
      return i;
    }
  }
  return -1;
}

static void read_threads(Loader *ld, int idx) {
  static const char *const allowed[] = {"id", "title", "start", "at", NULL};
  lua_State *L = ld->L;
  Scenario *s = ld->s;
  int t = field(ld, idx, "threads");
  if (t == LUA_TNIL) {
    lua_pop(L, 1);
    s->threads = calloc(1, sizeof *s->threads);
    if (!s->threads) {
      return;
    }
    s->threads[0].id = dup("main");
    s->threads[0].start = s->n_beats > 0 ? 0 : -1;
    s->threads[0].line = ld->line;
    int start = read_beat_ref(ld, idx, "start", NULL, 0);
    if (start >= 0) {
      s->threads[0].start = start;
    }
    s->n_threads = 1;
    return;
  }
  if (t != LUA_TTABLE || lua_rawlen(L, -1) == 0 || lua_rawlen(L, -1) > SCN_MAX_THREADS) {
    err(ld, "'threads' must list 1 to %d thread{ ... }", SCN_MAX_THREADS);
    lua_pop(L, 1);
    return;
  }
  if (field(ld, idx, "start") != LUA_TNIL) {
    err(ld, "with 'threads', each thread names its own start beat; remove the scenario's 'start'");
  }
  lua_pop(L, 1);
  int n = (int)lua_rawlen(L, -1);
  s->threads = calloc((size_t)n, sizeof *s->threads);
  for (int i = 1; s->threads && i <= n; i++) {
    if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
      err(ld, "thread %d must be a thread{ ... }", i);
      lua_pop(L, 1);
      continue;
    }
    int saved = enter(ld, -1, "thread");
    Thread *th = &s->threads[s->n_threads++];
    th->line = ld->line;
    check_fields(ld, -1, "thread", allowed);
    th->id = read_string(ld, -1, "id", 1);
    if (th->id && (!is_identifier(th->id) || thread_index(s, th->id, s->n_threads - 1) >= 0)) {
      err(ld, "thread id '%s' must be a name made of letters, digits, '_' and '-', used once", th->id);
    }
    if (!th->id) {
      th->id = dup("?");
    }
    read_text(ld, -1, "title", &th->title, 1);
    th->start = read_beat_ref(ld, -1, "start", NULL, 1);
    th->at_ms = read_duration(ld, -1, "at", 0);
    leave(ld, saved);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

static void read_meta(Loader *ld, int idx) {
  lua_State *L = ld->L;
  Scenario *s = ld->s;
  s->id = read_string(ld, idx, "id", 1);
  if (s->id) {
    for (const char *c = s->id; *c; c++) {
      if (!(islower((unsigned char)*c) || isdigit((unsigned char)*c) || *c == '-')) {
        err(ld, "scenario id '%s' may only use a-z, 0-9 and '-'", s->id);
        break;
      }
    }
  }
  read_text(ld, idx, "title", &s->title, 1);
  read_text(ld, idx, "summary", &s->summary, 1);
  int at = field(ld, idx, "archetype");
  if (at == LUA_TSTRING || at == LUA_TTABLE) {
    int n = at == LUA_TSTRING ? 1 : (int)lua_rawlen(L, -1);
    for (int i = 1; i <= n; i++) {
      if (at == LUA_TTABLE) {
        lua_rawgeti(L, -1, i);
      } else {
        lua_pushvalue(L, -1);
      }
      int a = name_index(archetype_names, lua_tostring(L, -1));
      if (a < 0) {
        err(ld, "unknown archetype '%s'", lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
      } else {
        s->archetypes |= 1u << a;
      }
      lua_pop(L, 1);
    }
  } else {
    err(ld, "missing 'archetype' (for example \"angry-customer\", or a list for a mix)");
  }
  lua_pop(L, 1);
  s->channel = (Channel)read_enum(ld, idx, "channel", channel_names, -1);
  s->difficulty = (Difficulty)read_enum(ld, idx, "difficulty", difficulty_names, -1);
  s->minutes = read_int(ld, idx, "minutes", 1, 120, 1, 5);
  if (field(ld, idx, "brand") == LUA_TTABLE) {
    static const char *const allowed[] = {"name", "handle", NULL};
    check_fields(ld, -1, "brand", allowed);
    s->brand_name = read_string(ld, -1, "name", 1);
    s->brand_handle = read_string(ld, -1, "handle", 1);
  } else {
    err(ld, "missing 'brand = { name = \"...\", handle = \"@...\" }'");
  }
  lua_pop(L, 1);
  s->audience = read_number(ld, idx, "audience", 0, 100, 0, 10);
  s->pass_mark = read_number(ld, idx, "pass", 0, 100, 0, 60);
  s->rate = 60;
  if (field(ld, idx, "clock") == LUA_TTABLE) {
    static const char *const allowed[] = {"rate", NULL};
    check_fields(ld, -1, "clock", allowed);
    s->rate = read_int(ld, -1, "rate", 1, 86400, 0, 60);
  } else if (!lua_isnil(L, -1)) {
    err(ld, "'clock' must be a table such as { rate = 60 }");
  }
  lua_pop(L, 1);
  for (int a = 0; a < AXIS_COUNT; a++) {
    s->weights[a] = 1;
  }
  if (field(ld, idx, "weights") == LUA_TTABLE) {
    static const char *const allowed[] = {"empathy", "speed", "policy", NULL};
    check_fields(ld, -1, "weights", allowed);
    for (int a = 0; a < AXIS_COUNT; a++) {
      s->weights[a] = read_number(ld, -1, axis_name((Axis)a), 0, 100, 0, 1);
    }
    if (s->weights[0] + s->weights[1] + s->weights[2] <= 0) {
      err(ld, "at least one weight must be above 0");
    }
  } else if (!lua_isnil(L, -1)) {
    err(ld, "'weights' must be a table { empathy = 1, speed = 1, policy = 1 }");
  }
  lua_pop(L, 1);
}

static int load_protected(lua_State *L) {
  static const char *const allowed[] = {"id",       "lang",     "title",   "summary", "archetype", "channel",
                                        "difficulty", "minutes", "brand",   "rules",   "personas",  "state",
                                        "audience", "clock",    "weights", "pass",    "start",     "threads",
                                        "beats",    NULL};
  Loader *ld = lua_touserdata(L, 2);
  if (!lua_istable(L, 1)) {
    err(ld, "the file must end with 'return scenario { ... }' (it returned a %s)", type_name(ld, 1));
    return 0;
  }
  int t = 1;
  enter(ld, t, "scenario");
  check_fields(ld, t, "scenario", allowed);
  char *lang = read_string(ld, t, "lang", 0);
  ld->s->lang = LANG_EN;
  if (lang && lang_from_code(lang) < 0) {
    err(ld, "'lang' = \"%s\" is not a supported language (en, it, es, fr, de, pt)", lang);
  } else if (lang) {
    ld->s->lang = lang_from_code(lang);
  }
  free(lang);
  read_meta(ld, t);
  read_rules(ld, t);
  read_personas(ld, t);
  read_state(ld, t);
  read_beats(ld, t);
  read_threads(ld, t);
  return 0;
}

static int open_api(lua_State *L) {
  api_sim_open(L);
  fmt_open(L);
  return 0;
}

static uint64_t fnv1a(const char *buf, size_t len) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) {
    h = (h ^ (unsigned char)buf[i]) * 1099511628211ull;
  }
  return h;
}

static void print_to_stderr(void *ud, const char *file, const char *msg) {
  (void)ud;
  fprintf(stderr, "%s: print: %s\n", file, msg);
}

Scenario *scn_load_buffer(const char *path, const char *buf, size_t len, const SandboxLimits *lim, Diag *diag) {
  char msg[1024];
  int errors_before = diag->errors;
  Scenario *s = calloc(1, sizeof *s);
  if (!s || !(s->path = dup(path)) || !(s->sb = sb_new(path, lim))) {
    diag_add(diag, DIAG_ERROR, path, 0, "out of memory");
    goto fail;
  }
  s->hash = fnv1a(buf, len);
  sb_set_print(s->sb, print_to_stderr, NULL);
  lua_State *L = sb_lua(s->sb);
  if (sb_protected(s->sb, open_api, NULL, msg, sizeof msg) != 0) {
    diag_add_raw(diag, DIAG_ERROR, msg);
    goto fail;
  }
  if (sb_run_chunk(s->sb, buf, len, msg, sizeof msg) != 0) {
    diag_add_raw(diag, DIAG_ERROR, msg);
    goto fail;
  }
  Loader ld = {L, s, diag, 1, ~0u};
  lua_pushcfunction(L, load_protected); /* load_protected(result, &ld) */
  lua_insert(L, -2);
  lua_pushlightuserdata(L, &ld);
  if (sb_call(s->sb, 2, 0, msg, sizeof msg) != 0) {
    diag_add_raw(diag, DIAG_ERROR, msg);
  }
  s->complete_langs = ld.langs & ((1u << LANG_COUNT) - 1);
  if (diag->errors > errors_before || sb_lock_globals(s->sb, msg, sizeof msg) != 0) {
    goto fail;
  }
  return s;
fail:
  scn_free(s);
  return NULL;
}

Scenario *scn_load_file(const char *path, const SandboxLimits *lim, Diag *diag) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot open the file");
    return NULL;
  }
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  while (buf) {
    len += fread(buf + len, 1, cap - len, f);
    if (len < cap || cap >= ((size_t)4 << 20)) {
      break;
    }
    char *bigger = realloc(buf, cap * 2);
    if (!bigger) {
      free(buf);
      buf = NULL;
      break;
    }
    buf = bigger;
    cap *= 2;
  }
  int read_error = ferror(f);
  fclose(f);
  Scenario *s = NULL;
  if (!buf) {
    diag_add(diag, DIAG_ERROR, path, 0, "out of memory reading the file");
  } else if (read_error) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot read the file");
  } else if (len == cap) {
    diag_add(diag, DIAG_ERROR, path, 0, "the file is over 4 MB; a scenario is a short Lua text");
  } else {
    s = scn_load_buffer(path, buf, len, lim, diag);
  }
  free(buf);
  return s;
}
