/* run_hooks.c — the run's side of the Lua boundary: scenario hooks receive
   the state as a fresh table and hand it back checked, and random draws
   replay for a seed (or are forced, when check explores every outcome). */
#include "run_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

/* --- randomness --------------------------------------------------------- */

uint64_t run_api_next_random(Run *r) { /* splitmix64 */
  uint64_t z = (r->rng += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* A draw: the natural value in play, a forced one while exploring. */
int run_api_draw(Run *r, int lo, int hi, int natural) {
  int v = natural;
  if (r->n_forced >= 0) { /* exploring: draws beyond the forced ones take 'lo' */
    v = r->i_forced < r->n_forced ? r->forced[r->i_forced] : lo;
    if (v < lo || v > hi) {
      v = lo;
    }
    r->i_forced++;
  }
  if (r->n_rlog < RUN_MAX_RANDOM) {
    r->rlog[r->n_rlog++] = (RandomCall){v, lo, hi};
  }
  return v;
}

void run_force_random(Run *r, const int *values, int n) {
  r->n_forced = n < RUN_MAX_RANDOM ? n : RUN_MAX_RANDOM;
  memcpy(r->forced, values, sizeof(int) * (size_t)r->n_forced);
  r->i_forced = 0;
  r->n_rlog = 0;
}

const RandomCall *run_random_log(const Run *r, int *n) {
  *n = r->n_rlog;
  return r->rlog;
}

/* --- hooks: state goes to Lua as a fresh table and comes back checked --- */

static void push_state(lua_State *L, const Run *r) {
  const Scenario *s = r->s;
  lua_createtable(L, 0, s->n_vars + 2);
  for (int i = 0; i < s->n_vars; i++) {
    if (s->vars[i].is_bool) {
      lua_pushboolean(L, r->vars[i] != 0);
    } else {
      lua_pushnumber(L, r->vars[i]);
    }
    lua_setfield(L, -2, s->vars[i].name);
  }
  lua_pushnumber(L, r->audience);
  lua_setfield(L, -2, "audience");
  lua_createtable(L, 0, s->n_personas);
  for (int i = 0; i < s->n_personas; i++) {
    lua_pushnumber(L, r->moods[i]);
    lua_setfield(L, -2, s->personas[i].id);
  }
  lua_setfield(L, -2, "mood");
}

double run_clamp(double v, double lo, double hi) {
  return v < lo ? lo : v > hi ? hi : v;
}

static void pull_moods(lua_State *L, Run *r, int line) {
  const Scenario *s = r->s;
  if (!lua_istable(L, -1)) {
    luaL_error(L, "%s:%d: state.mood must stay a table of persona = mood", s->path, line);
  }
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    int p = lua_type(L, -2) == LUA_TSTRING ? scn_persona_index(s, lua_tostring(L, -2)) : -1;
    if (p < 0 || lua_type(L, -1) != LUA_TNUMBER) {
      luaL_error(L, "%s:%d: state.mood.%s must be the number of a persona", s->path, line,
                 lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
    }
    if (!isfinite(lua_tonumber(L, -1))) {
      luaL_error(L, "%s:%d: state.mood.%s must stay a finite number", s->path, line, lua_tostring(L, -2));
    }
    r->moods[p] = run_clamp(lua_tonumber(L, -1), -100, 100);
    lua_pop(L, 1);
  }
}

/* Reads the state table at the top back into the run. */
static void pull_state(lua_State *L, Run *r, int line) {
  const Scenario *s = r->s;
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
    int v = scn_var_index(s, key);
    if (strcmp(key, "mood") == 0) {
      pull_moods(L, r, line);
    } else if (strcmp(key, "audience") == 0) {
      if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1))) {
        luaL_error(L, "%s:%d: state.audience must stay a finite number", s->path, line);
      }
      r->audience = run_clamp(lua_tonumber(L, -1), 0, 100);
    } else if (v < 0) {
      luaL_error(L, "%s:%d: state.%s is not declared; add it to state = { ... }", s->path, line, key);
    } else if (s->vars[v].is_bool ? !lua_isboolean(L, -1)
                                  : lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1))) {
      luaL_error(L, "%s:%d: state.%s must stay a %s", s->path, line, key,
                 s->vars[v].is_bool ? "boolean" : "finite number");
    } else {
      r->vars[v] = s->vars[v].is_bool ? lua_toboolean(L, -1) : lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
  }
}

static int hook_protected(lua_State *L) {
  HookCall *hc = lua_touserdata(L, 1);
  const Scenario *s = hc->r->s;
  lua_rawgeti(L, LUA_REGISTRYINDEX, hc->fn);
  lua_Debug ar;
  lua_pushvalue(L, -1);
  lua_getinfo(L, ">S", &ar);
  int line = ar.linedefined;
  push_state(L, hc->r);
  int state = lua_gettop(L);
  lua_pushvalue(L, state);
  lua_rotate(L, state - 1, 1); /* function, state copy on top; state kept below */
  lua_call(L, 1, 1);
  if (hc->want == LUA_TBOOLEAN) {
    hc->result_bool = lua_toboolean(L, -1);
  } else if (hc->want == LUA_TSTRING) {
    if (lua_type(L, -1) != LUA_TSTRING) {
      luaL_error(L, "%s:%d: this function must return a beat id, it returned a %s", s->path, line,
                 luaL_typename(L, -1));
    }
    hc->result_beat = scn_beat_index(s, lua_tostring(L, -1));
    if (hc->result_beat < 0) {
      luaL_error(L, "%s:%d: returned \"%s\", which is not a beat", s->path, line, lua_tostring(L, -1));
    }
  }
  lua_pop(L, 1);
  pull_state(L, hc->r, line);
  return 0;
}

int run_call_hook(Run *r, LuaRef fn, HookCall *hc, int want) {
  hc->r = r;
  hc->fn = fn;
  hc->want = want;
  hc->result_bool = 0;
  hc->result_beat = -1;
  char msg[512];
  sb_set_context(r->s->sb, r);
  int rc = sb_protected(r->s->sb, hook_protected, hc, msg, sizeof msg);
  sb_set_context(r->s->sb, NULL);
  return rc == 0 ? RUN_OK : run_fail(r, "%s", msg);
}
