/* sandbox.c — the scenario Lua state: allow-list, budget hook, memory cap.
   Built by construction (only what scenarios need is opened) rather than by
   deleting from a full state, in the manner of linit.c and Redis scripting. */
#define _POSIX_C_SOURCE 200809L
#include "sandbox.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "sandbox_pairs.h"

#define HOOK_STEP 1000 /* instructions between budget checks */
#define HOOK_MASK (LUA_MASKCOUNT | LUA_MASKCALL)

struct Sandbox {
  lua_State *L;
  char *name;
  SandboxLimits lim;
  size_t used;      /* bytes the state holds now */
  int mem_refused;  /* the allocator said no since the last call began */
  int armed;        /* inside sb_call / sb_run_chunk */
  long ticks;       /* instructions counted in this call */
  int64_t deadline; /* monotonic ms */
  int last_line;    /* last line seen by the hook, for memory errors */
  void *ctx;
  SandboxPrint print;
  void *print_ud;
  int globals_locked;
};

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The allocator refuses to grow past the cap; Lua then collects garbage,
   retries, and finally raises an ordinary memory error the state survives. */
static void *budget_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Sandbox *sb = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    sb->used -= old;
    return NULL;
  }
  if (nsize > old && sb->used - old + nsize > sb->lim.mem_bytes) {
    sb->mem_refused = 1;
    return NULL;
  }
  void *p = realloc(ptr, nsize);
  if (p) {
    sb->used = sb->used - old + nsize;
  }
  return p;
}

Sandbox *sb_from_lua(lua_State *L) {
  return *(Sandbox **)lua_getextraspace(L);
}

/* Innermost Lua frame's line, for errors that carry no position. */
static int current_line(lua_State *L) {
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
      return ar.currentline;
    }
  }
  return 0;
}

static int msghandler(lua_State *L);

static int is_msghandler_call(lua_State *L, lua_Debug *ar) {
  if (!lua_getinfo(L, "f", ar)) {
    return 0;
  }
  int yes = lua_tocfunction(L, -1) == msghandler;
  lua_pop(L, 1);
  return yes;
}

/* Installed once and never removed (scripts have no debug library). Outside
   a budgeted call no scenario code may run at all, which also stops a
   finalizer that loops during garbage collection. Once the budget is spent
   it raises on every instruction (not every HOOK_STEP: a loop around a
   pcall would then always be stopped inside the pcall and never outside
   it), so a pcall that catches it only delays the end by one instruction.
   It also runs before every function call, so that a library function that
   works long in C (table.insert into a huge table, say) called in a loop is
   stopped at the deadline rather than HOOK_STEP calls later. */
static void budget_hook(lua_State *L, lua_Debug *ar) {
  Sandbox *sb = sb_from_lua(L);
  int line;
  if (ar->event == LUA_HOOKCOUNT) {
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0) {
      sb->last_line = ar->currentline;
    }
    sb->ticks += lua_gethookcount(L);
    line = ar->currentline;
  } else {
    line = -1;
  }
  if (sb->armed && sb->ticks <= sb->lim.instructions && now_ms() <= sb->deadline) {
    return;
  }
  if (ar->event == LUA_HOOKCALL && is_msghandler_call(L, ar)) {
    return; /* let the stop message itself be formatted */
  }
  lua_sethook(L, budget_hook, HOOK_MASK, 1);
  if (L != sb->L) { /* in a coroutine: the thread that resumed it too */
    lua_sethook(sb->L, budget_hook, HOOK_MASK, 1);
  }
  if (line <= 0) {
    line = current_line(L);
  }
  lua_pushfstring(L, "%s:%d: scenario code ran too long and was stopped (endless loop?)", sb->name, line);
  lua_error(L);
}

static void arm(Sandbox *sb) {
  sb->armed = 1;
  sb->ticks = 0;
  sb->mem_refused = 0;
  sb->last_line = 0;
  sb->deadline = now_ms() + sb->lim.millis;
  lua_sethook(sb->L, budget_hook, HOOK_MASK, HOOK_STEP);
}

/* Length of the file name that starts 'msg': the full path, or the
   "...tail" Lua writes for a path longer than LUA_IDSIZE; 0 if neither. */
static size_t name_prefix(const Sandbox *sb, const char *msg) {
  size_t len = strlen(sb->name);
  if (strncmp(msg, sb->name, len) == 0) {
    return len;
  }
  if (strncmp(msg, "...", 3) == 0) {
    for (size_t k = 1; k < len; k++) {
      size_t tail = len - k;
      if (strncmp(msg + 3, sb->name + k, tail) == 0 && msg[3 + tail] == ':') {
        return 3 + tail;
      }
    }
  }
  return 0;
}

/* Lua shortens chunk names to LUA_IDSIZE; messages use the full path. */
static void copy_message(const Sandbox *sb, const char *msg, char *err, size_t errlen) {
  size_t k = name_prefix(sb, msg);
  if (k > 0) {
    snprintf(err, errlen, "%s%s", sb->name, msg + k);
  } else {
    snprintf(err, errlen, "%s", msg);
  }
}

/* Message handler: turns any error value into "file:line: message". */
static int msghandler(lua_State *L) {
  Sandbox *sb = sb_from_lua(L);
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    msg = lua_pushfstring(L, "error() was called with a %s value instead of a message", luaL_typename(L, 1));
  }
  if (name_prefix(sb, msg) == 0) {
    int line = current_line(L);
    if (line > 0) {
      msg = lua_pushfstring(L, "%s:%d: %s", sb->name, line, msg);
    } else {
      msg = lua_pushfstring(L, "%s: %s", sb->name, msg);
    }
  }
  return 1;
}

static void copy_error(Sandbox *sb, int status, char *err, size_t errlen) {
  if (status == LUA_ERRMEM) {
    unsigned mb = (unsigned)(sb->lim.mem_bytes >> 20);
    if (sb->last_line > 0) {
      snprintf(err, errlen, "%s:%d: out of memory (the scenario memory cap is %u MB)", sb->name, sb->last_line, mb);
    } else {
      snprintf(err, errlen, "%s: out of memory (the scenario memory cap is %u MB)", sb->name, mb);
    }
    return;
  }
  const char *msg = lua_tostring(sb->L, -1);
  copy_message(sb, msg ? msg : "unknown error", err, errlen);
}

int sb_call(Sandbox *sb, int nargs, int nresults, char *err, size_t errlen) {
  lua_State *L = sb->L;
  int base = lua_gettop(L) - nargs;
  if (!lua_checkstack(L, 4)) {
    lua_pop(L, nargs + 1);
    snprintf(err, errlen, "%s: Lua stack exhausted", sb->name);
    return -1;
  }
  lua_pushcfunction(L, msghandler);
  lua_insert(L, base);
  arm(sb);
  int status = lua_pcall(L, nargs, nresults, base);
  sb->armed = 0;
  if (status != LUA_OK) {
    copy_error(sb, status, err, errlen);
    lua_pop(L, 1);
  }
  lua_remove(L, base);
  return status == LUA_OK ? 0 : -1;
}

int sb_run_chunk(Sandbox *sb, const char *buf, size_t len, char *err, size_t errlen) {
  char chunkname[1024];
  snprintf(chunkname, sizeof chunkname, "@%s", sb->name);
  int status = luaL_loadbufferx(sb->L, buf, len, chunkname, "t");
  if (status != LUA_OK) {
    const char *msg = lua_tostring(sb->L, -1);
    if (status == LUA_ERRMEM) {
      snprintf(err, errlen, "%s: out of memory while compiling", sb->name);
    } else if (msg && strstr(msg, "binary chunk")) {
      snprintf(err, errlen, "%s: is a compiled (binary) Lua chunk; scenarios must be Lua source text", sb->name);
    } else {
      copy_message(sb, msg ? msg : "cannot compile", err, errlen);
    }
    lua_pop(sb->L, 1);
    return -1;
  }
  return sb_call(sb, 0, 1, err, errlen);
}

/* --- the reduced base library ------------------------------------------ */

/* load(chunk [, name [, mode [, env]]]): strings only, always text mode. */
static int f_load(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  const char *name = luaL_optstring(L, 2, "=(load)");
  int has_env = !lua_isnone(L, 4);
  if (luaL_loadbufferx(L, s, len, name, "t") != LUA_OK) {
    luaL_pushfail(L);
    lua_insert(L, -2);
    return 2;
  }
  if (has_env) {
    lua_pushvalue(L, 4);
    if (!lua_setupvalue(L, -2, 1)) {
      lua_pop(L, 1);
    }
  }
  return 1;
}

/* xpcall(f, handler, ...): the handler runs once the stack has unwound, not
   at the error. Lua calls a message handler with hooks off when the error
   was raised by a hook, so a handler that loops after a stop could never be
   stopped. Scenarios have no debug library to see the difference. */
static int f_xpcall(lua_State *L) {
  int n = lua_gettop(L);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  luaL_checkstack(L, n + 2, "too many arguments");
  lua_pushvalue(L, 1);
  for (int i = 3; i <= n; i++) {
    lua_pushvalue(L, i);
  }
  int status = lua_pcall(L, n - 2, LUA_MULTRET, 0);
  if (status == LUA_OK) {
    lua_pushboolean(L, 1);
    lua_insert(L, n + 1);
    return lua_gettop(L) - n;
  }
  if (status != LUA_ERRMEM) {
    lua_pushvalue(L, 2);
    lua_insert(L, -2);
    lua_pcall(L, 1, 1, 0);
  }
  lua_pushboolean(L, 0);
  lua_insert(L, -2);
  return 2;
}

static int f_collectgarbage(lua_State *L) {
  static const char *const opts[] = {"count", NULL};
  luaL_checkoption(L, 1, "count", opts);
  lua_pushnumber(L, (lua_Number)lua_gc(L, LUA_GCCOUNT, 0) + (lua_Number)lua_gc(L, LUA_GCCOUNTB, 0) / 1024);
  return 1;
}

static int f_print(lua_State *L) {
  Sandbox *sb = sb_from_lua(L);
  luaL_Buffer b;
  int n = lua_gettop(L);
  luaL_buffinit(L, &b);
  for (int i = 1; i <= n; i++) {
    luaL_tolstring(L, i, NULL);
    luaL_addvalue(&b);
    if (i < n) {
      luaL_addchar(&b, '\t');
    }
  }
  luaL_pushresult(&b);
  if (sb->print) {
    sb->print(sb->print_ud, sb->name, lua_tostring(L, -1));
  }
  return 0;
}

/* setmetatable without __gc: finalizers would run outside any budget. */
static int f_setmetatable(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (lua_istable(L, 2)) {
    if (lua_getfield(L, 2, "__gc") != LUA_TNIL) {
      return luaL_error(L, "__gc metamethods are not allowed in scenarios");
    }
    lua_pop(L, 1);
  } else {
    luaL_argexpected(L, lua_isnil(L, 2), 2, "nil or table");
  }
  if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) {
    return luaL_error(L, "cannot change a protected metatable");
  }
  lua_settop(L, 2);
  lua_setmetatable(L, 1);
  return 1;
}

/* string.rep checked against the memory left, so a bomb fails at its line. */
static int f_rep(lua_State *L) {
  Sandbox *sb = sb_from_lua(L);
  size_t l, lsep;
  luaL_checklstring(L, 1, &l);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  if (n > 0) {
    double need = ((double)l + (double)lsep) * (double)n;
    double left = (double)sb->lim.mem_bytes - (double)sb->used;
    if (need > left) {
      char mb[64];
      snprintf(mb, sizeof mb, "%.0f", floor(need / 1048576.0));
      return luaL_error(L, "string.rep would need %s MB, over the scenario memory cap of %d MB", mb,
                        (int)(sb->lim.mem_bytes >> 20));
    }
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* table.move loops in C, where the budget hook never runs, so a huge range
   would never be stopped: it may move no more elements than the budget has
   instructions. */
static int f_move(lua_State *L) {
  Sandbox *sb = sb_from_lua(L);
  lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
  if (e >= f && (lua_Unsigned)e - (lua_Unsigned)f >= (lua_Unsigned)sb->lim.instructions) {
    return luaL_error(L, "table.move of more than %I elements (a scenario never needs that many)",
                      (lua_Integer)sb->lim.instructions);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* Lua patterns match in C, where no budget can stop them, and a few
   repetitions ("a*a*a*b") take minutes. Scenarios get plain search only. */
#define FIND_MAX_SUBJECT (256 * 1024)
#define FIND_MAX_TEXT 1024

static int f_find(lua_State *L) {
  size_t ls, lp;
  luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  lua_Integer init = luaL_optinteger(L, 3, 1);
  if (!lua_toboolean(L, 4) && strpbrk(p, "^$*+?.([%-") != NULL) {
    return luaL_error(L, "string patterns are not available in scenarios; for plain text write "
                         "string.find(s, text, 1, true)");
  }
  if (ls > FIND_MAX_SUBJECT || lp > FIND_MAX_TEXT) {
    return luaL_error(L, "string.find works on texts up to %d KB, looking for up to %d characters",
                      FIND_MAX_SUBJECT / 1024, FIND_MAX_TEXT);
  }
  int base = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_pushinteger(L, init);
  lua_pushboolean(L, 1);
  lua_call(L, 4, LUA_MULTRET);
  return lua_gettop(L) - base;
}

static int f_unavailable(lua_State *L) {
  return luaL_error(L, "%s is not available in scenarios%s", lua_tostring(L, lua_upvalueindex(1)),
                    lua_tostring(L, lua_upvalueindex(2)));
}

/* rawset(_G, …) would get around the lock on globals. */
static int f_rawset(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checkany(L, 2);
  luaL_checkany(L, 3);
  lua_pushglobaltable(L);
  if (sb_from_lua(L)->globals_locked && lua_rawequal(L, 1, -1)) {
    return luaL_error(L, "cannot set globals once the scenario is loaded; keep values in 'state'");
  }
  lua_settop(L, 3);
  lua_rawset(L, 1);
  return 1;
}

static int f_global_index(lua_State *L) {
  return luaL_error(L, "unknown name '%s' (not a variable, function or library scenarios can use)", lua_tostring(L, 2));
}

static int f_global_newindex(lua_State *L) {
  return luaL_error(L, "cannot set global '%s' once the scenario is loaded; keep values in 'state'",
                    lua_tostring(L, 2));
}

/* Replaces lib[name] by fn, with the original function as upvalue 1. */
static void wrap(lua_State *L, const char *lib, const char *name, lua_CFunction fn) {
  lua_getglobal(L, lib);
  lua_getfield(L, -1, name);
  lua_pushcclosure(L, fn, 1);
  lua_setfield(L, -2, name);
  lua_pop(L, 1);
}

/* Replaces lib[name] by a function that says why it is not available. */
static void refuse(lua_State *L, const char *lib, const char *name, const char *why) {
  lua_getglobal(L, lib);
  lua_pushfstring(L, "%s.%s", lib, name);
  lua_pushstring(L, why);
  lua_pushcclosure(L, f_unavailable, 2);
  lua_setfield(L, -2, name);
  lua_pop(L, 1);
}

static void open_allowed_libs(lua_State *L) {
  static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string},
                                  {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
                                  {LUA_UTF8LIBNAME, luaopen_utf8}, {NULL, NULL}};
  for (const luaL_Reg *lib = libs; lib->func; lib++) {
    luaL_requiref(L, lib->name, lib->func, 1);
    lua_pop(L, 1);
  }
}

static void reduce_base(lua_State *L) {
  static const char *const removed[] = {"dofile", "loadfile", "require", NULL};
  static const luaL_Reg base[] = {{"load", f_load},     {"collectgarbage", f_collectgarbage},
                                  {"print", f_print},   {"setmetatable", f_setmetatable},
                                  {"xpcall", f_xpcall}, {"rawset", f_rawset},
                                  {NULL, NULL}};
  for (int i = 0; removed[i]; i++) {
    lua_pushnil(L);
    lua_setglobal(L, removed[i]);
  }
  lua_pushglobaltable(L);
  luaL_setfuncs(L, base, 0);
  lua_pop(L, 1);
  sb_open_sorted_pairs(L);
}

static void reduce_libraries(lua_State *L) {
  static const char *const pattern_fns[] = {"match", "gmatch", "gsub", NULL};
  wrap(L, LUA_STRLIBNAME, "rep", f_rep);
  wrap(L, LUA_STRLIBNAME, "find", f_find);
  wrap(L, LUA_TABLIBNAME, "move", f_move);
  refuse(L, LUA_STRLIBNAME, "dump", ": compiled chunks cannot be loaded here");
  for (int i = 0; pattern_fns[i]; i++) {
    refuse(L, LUA_STRLIBNAME, pattern_fns[i], ": Lua patterns can run for minutes, beyond the time budget");
  }
  lua_getglobal(L, LUA_MATHLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "randomseed");
  lua_pushnil(L);
  lua_setfield(L, -2, "random"); /* the simulator provides a seeded one */
  lua_pop(L, 1);
}

/* The string metatable is shared by all strings: hide it. Reading an
   unknown global is an error from the start (it is usually a typo). */
static void guard_metatables(lua_State *L) {
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1)) {
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  lua_pushglobaltable(L);
  lua_newtable(L);
  lua_pushcfunction(L, f_global_index);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_pop(L, 1);
}

static int open_protected(lua_State *L) {
  open_allowed_libs(L);
  reduce_base(L);
  reduce_libraries(L);
  guard_metatables(L);
  return 0;
}

Sandbox *sb_new(const char *name, const SandboxLimits *lim) {
  Sandbox *sb = calloc(1, sizeof *sb);
  if (!sb) {
    return NULL;
  }
  sb->name = malloc(strlen(name) + 1);
  if (!sb->name) {
    goto fail;
  }
  strcpy(sb->name, name);
  sb->lim.mem_bytes = lim && lim->mem_bytes ? lim->mem_bytes : SANDBOX_MEM_DEFAULT;
  sb->lim.instructions = lim && lim->instructions ? lim->instructions : SANDBOX_INSTR_DEFAULT;
  sb->lim.millis = lim && lim->millis ? lim->millis : SANDBOX_MS_DEFAULT;
  sb->L = lua_newstate(budget_alloc, sb);
  if (!sb->L) {
    goto fail;
  }
  *(Sandbox **)lua_getextraspace(sb->L) = sb;
  lua_sethook(sb->L, budget_hook, HOOK_MASK, HOOK_STEP);
  sb->armed = 1; /* opening the libraries runs no scenario code */
  sb->deadline = INT64_MAX;
  lua_pushcfunction(sb->L, open_protected);
  int status = lua_pcall(sb->L, 0, 0, 0);
  sb->armed = 0;
  if (status != LUA_OK) {
    goto fail;
  }
  return sb;
fail:
  sb_free(sb);
  return NULL;
}

void sb_free(Sandbox *sb) {
  if (!sb) {
    return;
  }
  if (sb->L) {
    lua_close(sb->L);
  }
  free(sb->name);
  free(sb);
}

lua_State *sb_lua(Sandbox *sb) {
  return sb->L;
}

const char *sb_name(const Sandbox *sb) {
  return sb->name;
}

size_t sb_mem_used(const Sandbox *sb) {
  return sb->used;
}

void sb_set_print(Sandbox *sb, SandboxPrint fn, void *ud) {
  sb->print = fn;
  sb->print_ud = ud;
}

void sb_set_context(Sandbox *sb, void *ctx) {
  sb->ctx = ctx;
}

void *sb_context(lua_State *L) {
  return sb_from_lua(L)->ctx;
}

int sb_protected(Sandbox *sb, lua_CFunction fn, void *ud, char *err, size_t errlen) {
  lua_pushcfunction(sb->L, fn);
  lua_pushlightuserdata(sb->L, ud);
  return sb_call(sb, 1, 0, err, errlen);
}

static int lock_globals(lua_State *L) {
  sb_from_lua(L)->globals_locked = 1;
  lua_pushglobaltable(L);
  if (lua_getmetatable(L, -1)) {
    lua_pushcfunction(L, f_global_newindex);
    lua_setfield(L, -2, "__newindex");
  }
  return 0;
}

int sb_lock_globals(Sandbox *sb, char *err, size_t errlen) {
  return sb_protected(sb, lock_globals, NULL, err, errlen);
}
