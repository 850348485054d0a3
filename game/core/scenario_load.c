/* scenario_load.c — runs a scenario file in its sandbox and turns the table
   it returns into a Scenario: the metadata, rules, people and state here,
   the beats in load_beats.c. Every schema problem is reported with its line;
   all of it runs inside one protected call, so no Lua error can escape. */
#include "scenario.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "api_format.h"
#include "api_sim.h"
#include "hash.h"
#include "loader.h"

static void read_personas(Loader *ld, int idx) {
  static const char *const allowed[] = {"id", "name", "handle", "role", "mood", NULL};
  lua_State *L = ld->L;
  Scenario *s = ld->s;
  if (ld_field(ld, idx, "personas") != LUA_TTABLE || lua_rawlen(L, -1) == 0) {
    ld_err(ld, "missing 'personas = { persona{...}, ... }' (at least one)");
    lua_pop(L, 1);
    return;
  }
  int n = (int)lua_rawlen(L, -1);
  if (n > SCN_MAX_PERSONAS) {
    ld_err(ld, "at most %d personas", SCN_MAX_PERSONAS);
    n = SCN_MAX_PERSONAS;
  }
  s->personas = calloc((size_t)n, sizeof *s->personas);
  for (int i = 1; s->personas && i <= n; i++) {
    if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
      ld_err(ld, "persona %d must be a persona{ ... }", i);
      lua_pop(L, 1);
      continue;
    }
    int saved = ld_enter(ld, -1, "persona");
    Persona *p = &s->personas[s->n_personas];
    ld_check_fields(ld, -1, "persona", allowed);
    p->id = ld_string(ld, -1, "id", 1);
    if (p->id && (!ld_is_identifier(p->id) || strcmp(p->id, "brand") == 0)) {
      ld_err(ld, "persona id '%s' must be a name other than \"brand\"", p->id);
    } else if (p->id && scn_persona_index(s, p->id) >= 0) {
      ld_err(ld, "two personas are called '%s'", p->id);
    }
    p->name = ld_string(ld, -1, "name", 1);
    p->handle = ld_string(ld, -1, "handle", 1);
    ld_text(ld, -1, "role", &p->role, 1);
    p->mood = ld_number(ld, -1, "mood", -100, 100, 0, 0);
    if (!p->id) {
      p->id = ld_dup("?");
    }
    s->n_personas++;
    ld_leave(ld, saved);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

static void read_state(Loader *ld, int idx) {
  lua_State *L = ld->L;
  Scenario *s = ld->s;
  int t = ld_field(ld, idx, "state");
  if (t == LUA_TTABLE) {
    s->vars = calloc(SCN_MAX_VARS, sizeof *s->vars);
    lua_pushnil(L);
    while (s->vars && lua_next(L, -2)) {
      const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
      if (!name || !ld_is_identifier(name) || strchr(name, '-') || strcmp(name, "mood") == 0 ||
          strcmp(name, "audience") == 0) {
        ld_err(ld, "state variable '%s' needs a Lua name other than mood and audience (built in)", name ? name : "?");
      } else if (s->n_vars == SCN_MAX_VARS) {
        ld_err(ld, "at most %d state variables", SCN_MAX_VARS);
      } else if (!lua_isboolean(L, -1) && lua_type(L, -1) != LUA_TNUMBER) {
        ld_err(ld, "state.%s must start as a number or a boolean, not a %s", name, ld_type_name(ld, -1));
      } else {
        VarDef *v = &s->vars[s->n_vars++];
        v->name = ld_dup(name);
        v->is_bool = lua_isboolean(L, -1);
        v->initial = v->is_bool ? lua_toboolean(L, -1) : lua_tonumber(L, -1);
        if (!isfinite(v->initial) || fabs(v->initial) > 1e9) {
          ld_err(ld, "state.%s starts at %g, which is not a sensible number", name, v->initial);
        }
      }
      lua_pop(L, 1);
    }
  } else if (t != LUA_TNIL) {
    ld_err(ld, "'state' must be a table of name = initial value");
  }
  lua_pop(L, 1);
}

static void read_rules(Loader *ld, int idx) {
  lua_State *L = ld->L;
  int t = ld_field(ld, idx, "rules");
  if (t == LUA_TTABLE) {
    int n = (int)lua_rawlen(L, -1);
    ld->s->rules = calloc((size_t)(n ? n : 1), sizeof *ld->s->rules);
    for (int i = 1; ld->s->rules && i <= n; i++) {
      char name[32];
      snprintf(name, sizeof name, "rule %d", i);
      lua_rawgeti(L, -1, i);
      ld_text_value(ld, -1, name, &ld->s->rules[ld->s->n_rules++]);
      lua_pop(L, 1);
    }
  } else if (t != LUA_TNIL) {
    ld_err(ld, "'rules' must be a list of texts");
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
  int t = ld_field(ld, idx, "threads");
  if (t == LUA_TNIL) {
    lua_pop(L, 1);
    s->threads = calloc(1, sizeof *s->threads);
    if (!s->threads) {
      return;
    }
    s->threads[0].id = ld_dup("main");
    s->threads[0].start = s->n_beats > 0 ? 0 : -1;
    s->threads[0].line = ld->line;
    int start = ld_beat_ref(ld, idx, "start", NULL, 0);
    if (start >= 0) {
      s->threads[0].start = start;
    }
    s->n_threads = 1;
    return;
  }
  if (t != LUA_TTABLE || lua_rawlen(L, -1) == 0 || lua_rawlen(L, -1) > SCN_MAX_THREADS) {
    ld_err(ld, "'threads' must list 1 to %d thread{ ... }", SCN_MAX_THREADS);
    lua_pop(L, 1);
    return;
  }
  if (ld_field(ld, idx, "start") != LUA_TNIL) {
    ld_err(ld, "with 'threads', each thread names its own start beat; remove the scenario's 'start'");
  }
  lua_pop(L, 1);
  int n = (int)lua_rawlen(L, -1);
  s->threads = calloc((size_t)n, sizeof *s->threads);
  for (int i = 1; s->threads && i <= n; i++) {
    if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
      ld_err(ld, "thread %d must be a thread{ ... }", i);
      lua_pop(L, 1);
      continue;
    }
    int saved = ld_enter(ld, -1, "thread");
    Thread *th = &s->threads[s->n_threads++];
    th->line = ld->line;
    ld_check_fields(ld, -1, "thread", allowed);
    th->id = ld_string(ld, -1, "id", 1);
    if (th->id && (!ld_is_identifier(th->id) || thread_index(s, th->id, s->n_threads - 1) >= 0)) {
      ld_err(ld, "thread id '%s' must be a name made of letters, digits, '_' and '-', used once", th->id);
    }
    if (!th->id) {
      th->id = ld_dup("?");
    }
    ld_text(ld, -1, "title", &th->title, 1);
    th->start = ld_beat_ref(ld, -1, "start", NULL, 1);
    th->at_ms = ld_duration(ld, -1, "at", 0);
    ld_leave(ld, saved);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

/* Pushes t[name] when it is a table with only 'allowed' fields and returns
   1; otherwise reports it (when present, or when required) and returns 0
   with nothing pushed. */
static int open_table(Loader *ld, int idx, const char *name, const char *const *allowed, int required,
                      const char *example) {
  int type = ld_field(ld, idx, name);
  if (type == LUA_TTABLE) {
    ld_check_fields(ld, -1, name, allowed);
    return 1;
  }
  if (type != LUA_TNIL) {
    ld_err(ld, "'%s' must be a table such as %s", name, example);
  } else if (required) {
    ld_err(ld, "missing '%s = %s'", name, example);
  }
  lua_pop(ld->L, 1);
  return 0;
}

static void read_id(Loader *ld, int idx) {
  char *id = ld->s->id = ld_string(ld, idx, "id", 1);
  for (const char *c = id; c && *c; c++) {
    if (!(islower((unsigned char)*c) || isdigit((unsigned char)*c) || *c == '-')) {
      ld_err(ld, "scenario id '%s' may only use a-z, 0-9 and '-'", id);
      break;
    }
  }
}

/* One archetype, or a list of them for a scenario that mixes several. */
static void read_archetypes(Loader *ld, int idx) {
  lua_State *L = ld->L;
  int type = ld_field(ld, idx, "archetype");
  if (type != LUA_TSTRING && type != LUA_TTABLE) {
    ld_err(ld, "missing 'archetype' (for example \"angry-customer\", or a list for a mix)");
  }
  int n = type == LUA_TSTRING ? 1 : type == LUA_TTABLE ? (int)lua_rawlen(L, -1) : 0;
  for (int i = 1; i <= n; i++) {
    if (type == LUA_TTABLE) {
      lua_rawgeti(L, -1, i);
    } else {
      lua_pushvalue(L, -1);
    }
    const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    int a = name_index(archetype_names, name);
    if (a < 0) {
      ld_err(ld, "unknown archetype '%s'", name ? name : "?");
    } else {
      ld->s->archetypes |= 1u << a;
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

static void read_settings(Loader *ld, int idx) {
  static const char *const brand_fields[] = {"name", "handle", NULL};
  static const char *const clock_fields[] = {"rate", NULL};
  static const char *const weight_fields[] = {"empathy", "speed", "policy", NULL};
  Scenario *s = ld->s;
  if (open_table(ld, idx, "brand", brand_fields, 1, "{ name = \"...\", handle = \"@...\" }")) {
    s->brand_name = ld_string(ld, -1, "name", 1);
    s->brand_handle = ld_string(ld, -1, "handle", 1);
    lua_pop(ld->L, 1);
  }
  s->rate = 60;
  if (open_table(ld, idx, "clock", clock_fields, 0, "{ rate = 60 }")) {
    s->rate = ld_int(ld, -1, "rate", 1, 86400, 0, 60);
    lua_pop(ld->L, 1);
  }
  for (int a = 0; a < AXIS_COUNT; a++) {
    s->weights[a] = 1;
  }
  if (open_table(ld, idx, "weights", weight_fields, 0, "{ empathy = 1, speed = 1, policy = 1 }")) {
    for (int a = 0; a < AXIS_COUNT; a++) {
      s->weights[a] = ld_number(ld, -1, axis_name((Axis)a), 0, 100, 0, 1);
    }
    if (s->weights[0] + s->weights[1] + s->weights[2] <= 0) {
      ld_err(ld, "at least one weight must be above 0");
    }
    lua_pop(ld->L, 1);
  }
  s->audience = ld_number(ld, idx, "audience", 0, 100, 0, 10);
  s->pass_mark = ld_number(ld, idx, "pass", 0, 100, 0, 60);
}

static void read_meta(Loader *ld, int idx) {
  Scenario *s = ld->s;
  read_id(ld, idx);
  ld_text(ld, idx, "title", &s->title, 1);
  ld_text(ld, idx, "summary", &s->summary, 1);
  read_archetypes(ld, idx);
  s->channel = (Channel)ld_enum(ld, idx, "channel", channel_names, -1);
  s->difficulty = (Difficulty)ld_enum(ld, idx, "difficulty", difficulty_names, -1);
  s->minutes = ld_int(ld, idx, "minutes", 1, 120, 1, 5);
  read_settings(ld, idx);
}

static int load_protected(lua_State *L) {
  static const char *const allowed[] = {"id",      "lang",  "title", "summary",  "archetype", "channel",  "difficulty",
                                        "minutes", "brand", "rules", "personas", "state",     "audience", "clock",
                                        "weights", "pass",  "start", "threads",  "beats",     "case",     NULL};
  Loader *ld = lua_touserdata(L, 2);
  if (!lua_istable(L, 1)) {
    ld_err(ld, "the file must end with 'return scenario { ... }' (it returned a %s)", ld_type_name(ld, 1));
    return 0;
  }
  int t = 1;
  ld_enter(ld, t, "scenario");
  ld_check_fields(ld, t, "scenario", allowed);
  char *lang = ld_string(ld, t, "lang", 0);
  ld->s->lang = LANG_EN;
  if (lang && lang_from_code(lang) < 0) {
    ld_err(ld, "'lang' = \"%s\" is not a supported language (en, it, es, fr, de, pt)", lang);
  } else if (lang) {
    ld->s->lang = lang_from_code(lang);
  }
  free(lang);
  read_meta(ld, t);
  read_rules(ld, t);
  read_personas(ld, t);
  read_state(ld, t);
  ld_case(ld, t);
  ld_beats(ld, t);
  read_threads(ld, t);
  ld_case_finish(ld);
  return 0;
}

static int open_api(lua_State *L) {
  api_sim_open(L);
  fmt_open(L);
  return 0;
}

static void print_to_stderr(void *ud, const char *file, const char *msg) {
  (void)ud;
  fprintf(stderr, "%s: print: %s\n", file, msg);
}

Scenario *scn_load_buffer(const char *path, const char *buf, size_t len, const SandboxLimits *lim, Diag *diag) {
  char msg[1024];
  int errors_before = diag->errors;
  Scenario *s = calloc(1, sizeof *s);
  if (!s || !(s->path = ld_dup(path)) || !(s->sb = sb_new(path, lim))) {
    diag_add(diag, DIAG_ERROR, path, 0, "out of memory");
    goto fail;
  }
  s->hash = hash_bytes(HASH_START, buf, len);
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
