/* sandbox_pairs.c — Lua orders hash keys by a seed it picks afresh in every
   process, so 'pairs' over { ana = 1, ben = 2 } may visit ana first today
   and ben first tomorrow, and a scenario would play differently from one run
   of the program to the next. Here both 'pairs' and 'next' visit numbers in
   ascending order, then strings in byte order, then false and true; other
   keys (tables, functions) come last, in an order fixed only for a process. */
#include "sandbox_pairs.h"

#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

static int key_rank(lua_State *L, int i) {
  switch (lua_type(L, i)) {
  case LUA_TNUMBER: return 0;
  case LUA_TSTRING: return 1;
  case LUA_TBOOLEAN: return 2;
  default: return 3;
  }
}

/* A total order on keys; never calls a metamethod. */
static int key_less(lua_State *L, int a, int b) {
  int ra = key_rank(L, a), rb = key_rank(L, b);
  if (ra != rb) {
    return ra < rb;
  }
  switch (ra) {
  case 0: return lua_compare(L, a, b, LUA_OPLT);
  case 1: {
    size_t la, lb;
    const char *sa = lua_tolstring(L, a, &la), *sb = lua_tolstring(L, b, &lb);
    int c = memcmp(sa, sb, la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb);
  }
  case 2: return !lua_toboolean(L, a) && lua_toboolean(L, b);
  default: return (const char *)lua_topointer(L, a) < (const char *)lua_topointer(L, b);
  }
}

static int f_key_less(lua_State *L) {
  lua_pushboolean(L, key_less(L, 1, 2));
  return 1;
}

/* next(t [, k]): the smallest key after k. One pass over the table per call,
   so each call is bounded and a loop of calls stays under the budget. */
static int f_next(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 2);
  int found = 0;
  lua_pushnil(L); /* 3: the best key so far */
  lua_pushnil(L); /* 4: lua_next's cursor */
  while (lua_next(L, 1)) {
    lua_pop(L, 1);
    if ((lua_isnil(L, 2) || key_less(L, 2, 4)) && (!found || key_less(L, 4, 3))) {
      lua_copy(L, 4, 3);
      found = 1;
    }
  }
  if (!found) {
    lua_pushnil(L);
    return 1;
  }
  lua_pushvalue(L, 3);
  lua_pushvalue(L, 3);
  lua_rawget(L, 1);
  return 2;
}

/* The iterator pairs returns: upvalues are the table, its sorted keys and
   the position reached. Keys removed during the loop are skipped. */
static int f_sorted_step(lua_State *L) {
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(3));
  for (;;) {
    if (lua_rawgeti(L, lua_upvalueindex(2), ++i) == LUA_TNIL) {
      return 1;
    }
    lua_pushvalue(L, -1);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) {
      lua_pushinteger(L, i);
      lua_replace(L, lua_upvalueindex(3));
      return 2;
    }
    lua_pop(L, 2);
  }
}

/* pairs(t): __pairs if the table has one, else its keys sorted (with the
   original table.sort, upvalue 1, which the budget hook watches). */
static int f_pairs(lua_State *L) {
  if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
    lua_pushvalue(L, 1);
    lua_call(L, 1, 3);
    return 3;
  }
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_newtable(L); /* 2: the keys */
  lua_Integer n = 0;
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_rawseti(L, 2, ++n);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushvalue(L, 2);
  lua_pushcfunction(L, f_key_less);
  lua_call(L, 2, 0);
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, f_sorted_step, 3);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

void sb_open_sorted_pairs(lua_State *L) {
  lua_getglobal(L, LUA_TABLIBNAME);
  lua_getfield(L, -1, "sort");
  lua_pushcclosure(L, f_pairs, 1);
  lua_setglobal(L, "pairs");
  lua_pop(L, 1);
  lua_pushcfunction(L, f_next);
  lua_setglobal(L, "next");
}
