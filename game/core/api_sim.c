/* api_sim.c — Lua bindings for the simulator: random numbers that replay
   for a seed, visit counts, past choices and the simulated clock. The run a
   hook belongs to is the sandbox context, set only while the hook runs. */
#include "api_sim.h"

#include <lauxlib.h>

#include "run.h"
#include "sandbox.h"

static Run *current_run(lua_State *L, const char *fn) {
  Run *r = sb_context(L);
  if (!r) {
    luaL_error(L, "sim.%s can only be used inside a hook function, while the scenario plays", fn);
  }
  return r;
}

static int beat_arg(lua_State *L, Run *r) {
  const char *id = luaL_checkstring(L, 1);
  int beat = scn_beat_index(run_scenario(r), id);
  if (beat < 0) {
    return luaL_error(L, "no beat is called '%s'", id);
  }
  return beat;
}

/* sim.random(n) or sim.random(m, n): an integer, m <= x <= n */
static int f_random(lua_State *L) {
  Run *r = current_run(L, "random");
  lua_Integer lo = 1, hi;
  if (lua_gettop(L) >= 2) {
    lo = luaL_checkinteger(L, 1);
    hi = luaL_checkinteger(L, 2);
  } else {
    hi = luaL_checkinteger(L, 1);
  }
  int arg = lua_gettop(L) >= 2 ? 2 : 1;
  luaL_argcheck(L, lo >= -1000000000 && hi <= 1000000000, arg, "bounds must be within a billion of zero");
  luaL_argcheck(L, lo <= hi, arg, "interval is empty");
  luaL_argcheck(L, hi - lo < 1000, arg, "at most 1000 outcomes (check explores each one)");
  int span = (int)(hi - lo) + 1;
  int natural = (int)lo + (int)(run_api_next_random(r) % (uint64_t)span);
  lua_pushinteger(L, run_api_draw(r, (int)lo, (int)hi, natural));
  return 1;
}

/* sim.chance(p): true with probability p */
static int f_chance(lua_State *L) {
  Run *r = current_run(L, "chance");
  double p = luaL_checknumber(L, 1);
  luaL_argcheck(L, p >= 0 && p <= 1, 1, "probability must be between 0 and 1");
  if (p <= 0 || p >= 1) {
    lua_pushboolean(L, p >= 1);
    return 1;
  }
  double u = (double)(run_api_next_random(r) >> 11) * 0x1.0p-53;
  lua_pushboolean(L, run_api_draw(r, 0, 1, u < p));
  return 1;
}

static int f_visits(lua_State *L) {
  Run *r = current_run(L, "visits");
  lua_pushinteger(L, run_visits(r, beat_arg(L, r)));
  return 1;
}

/* sim.chosen(beat): 1-based choice last taken there, 0 for silence, nil if none */
static int f_chosen(lua_State *L) {
  Run *r = current_run(L, "chosen");
  int c = run_api_chosen(r, beat_arg(L, r));
  if (c == -2) {
    lua_pushnil(L);
  } else {
    lua_pushinteger(L, c + 1);
  }
  return 1;
}

static int f_time(lua_State *L) {
  Run *r = current_run(L, "time");
  lua_pushnumber(L, (lua_Number)run_sim_ms(r) / 1000.0);
  return 1;
}

static const luaL_Reg simlib[] = {{"random", f_random}, {"chance", f_chance}, {"visits", f_visits},
                                  {"chosen", f_chosen}, {"time", f_time},     {NULL, NULL}};

void api_sim_open(lua_State *L) {
  luaL_newlib(L, simlib);
  lua_setglobal(L, "sim");
  lua_getglobal(L, "math");
  lua_pushcfunction(L, f_random);
  lua_setfield(L, -2, "random");
  lua_pop(L, 1);
}
