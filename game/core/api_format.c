/* api_format.c — Lua bindings for the scenario constructors. They only
   stamp tables; validation happens in scenario_load.c, in C. */
#include "api_format.h"

#include <lauxlib.h>

static const char LINES_KEY[] = "thickskin.lines";
static const char KINDS_KEY[] = "thickskin.kinds";

/* A registry table with weak keys, so stamps die with their tables. */
static void push_weak_table(lua_State *L, const char *key) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, key) == LUA_TTABLE) {
    return;
  }
  lua_pop(L, 1);
  lua_newtable(L);
  lua_newtable(L);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, key);
}

static int f_construct(lua_State *L) {
  const char *kind = lua_tostring(L, lua_upvalueindex(1));
  if (!lua_istable(L, 1)) {
    return luaL_error(L, "%s expects a table: write %s { ... }", kind, kind);
  }
  lua_settop(L, 1);
  lua_Debug ar;
  int line = 0;
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) {
    line = ar.currentline;
  }
  push_weak_table(L, LINES_KEY);
  lua_pushvalue(L, 1);
  lua_pushinteger(L, line);
  lua_rawset(L, -3);
  push_weak_table(L, KINDS_KEY);
  lua_pushvalue(L, 1);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_rawset(L, -3);
  lua_settop(L, 1);
  return 1;
}

void fmt_open(lua_State *L) {
  static const char *const kinds[] = {"scenario", "persona", "thread", "beat",  "post",   "decision", "choice",
                                      "ending",   "case",    "source", "point", "lesson", "reveal",   NULL};
  for (int i = 0; kinds[i]; i++) {
    lua_pushstring(L, kinds[i]);
    lua_pushcclosure(L, f_construct, 1);
    lua_setglobal(L, kinds[i]);
  }
}

int fmt_line(lua_State *L, int idx, const char **kind) {
  idx = lua_absindex(L, idx);
  int line = 0;
  *kind = NULL;
  if (lua_getfield(L, LUA_REGISTRYINDEX, LINES_KEY) == LUA_TTABLE) {
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);
    line = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (lua_getfield(L, LUA_REGISTRYINDEX, KINDS_KEY) == LUA_TTABLE) {
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);
    *kind = lua_tostring(L, -1); /* interned: the constant kind names stay alive in the closures */
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return line;
}
