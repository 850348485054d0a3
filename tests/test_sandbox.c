/* test_sandbox.c — the scenario Lua state on its own: the allow-list of
   libraries, text-only load, the instruction and time budget (also through
   pcall and coroutines), the memory cap, error messages with file:line, the
   guarded metatables, locked globals and the print sink. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "sandbox.h"
#include "testing.h"

#define NAME "tests/sandbox-case.lua"

static char err[1024];

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Runs 'src' in 'sb'; returns 0 and leaves its result on the stack, or -1
   with the message in err. */
static int run(Sandbox *sb, const char *src) {
  err[0] = '\0';
  return sb_run_chunk(sb, src, strlen(src), err, sizeof err);
}

/* Runs 'src' in a fresh sandbox and expects it to fail; the message is in err. */
static int fails(const char *src) {
  Sandbox *sb = sb_new(NAME, NULL);
  int rc = run(sb, src);
  sb_free(sb);
  return rc != 0;
}

/* Runs 'src' in 'sb' and expects it to fail with a message (left in err)
   that contains 'want'. */
static void expect_error(Sandbox *sb, const char *src, const char *want) {
  EXPECT_INT(run(sb, src), -1);
  EXPECT_CONTAINS(err, want);
}

/* expect_error in a fresh sandbox. */
static void expect_fresh_error(const char *src, const char *want) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_error(sb, src, want);
  sb_free(sb);
}

/* expect_error, also expecting the stop within 3 s; returns the time taken
   in milliseconds. */
static int64_t expect_stopped(Sandbox *sb, const char *src, const char *want) {
  int64_t t0 = now_ms();
  expect_error(sb, src, want);
  int64_t ms = now_ms() - t0;
  EXPECT(ms < 3000);
  return ms;
}

/* Runs 'src' in 'sb' and expects it to succeed; its result (nil if it
   failed, so that the caller's check fails too) is then on top of the stack. */
static lua_State *result_of(Sandbox *sb, const char *src) {
  int rc = run(sb, src);
  EXPECT_INT(rc, 0);
  if (rc != 0) {
    lua_pushnil(sb_lua(sb));
  }
  return sb_lua(sb);
}

/* Runs 'src' in 'sb' and expects it to return the string 'want'. */
static void expect_string(Sandbox *sb, const char *src, const char *want) {
  lua_State *L = result_of(sb, src);
  EXPECT_STR(lua_tostring(L, -1), want);
  lua_pop(L, 1);
}

/* Runs 'src' in 'sb' and expects it to return the integer 'want'. */
static void expect_integer(Sandbox *sb, const char *src, lua_Integer want) {
  lua_State *L = result_of(sb, src);
  EXPECT_INT(lua_tointeger(L, -1), want);
  lua_pop(L, 1);
}

/* Runs 'src' in 'sb' and expects it to return true. */
static void expect_true(Sandbox *sb, const char *src) {
  lua_State *L = result_of(sb, src);
  EXPECT(lua_toboolean(L, -1));
  lua_pop(L, 1);
}

/* A function defined once in 'sb' and then called with sb_call. */
static int define_and_call(Sandbox *sb, const char *src) {
  if (run(sb, src) != 0 || !lua_isfunction(sb_lua(sb), -1)) {
    return -1;
  }
  return sb_call(sb, 0, 1, err, sizeof err);
}

static void dangerous_libraries_are_unknown_names(void) {
  static const char *const names[] = {"io", "os", "debug", "package", "require", "dofile", "loadfile", "coroutine"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char src[64], want[64];
    snprintf(src, sizeof src, "return %s", names[i]);
    snprintf(want, sizeof want, NAME ":1: unknown name '%s'", names[i]);
    expect_fresh_error(src, want);
  }
}

static void safe_libraries_are_present(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_string(sb, "return type(string.format) .. type(table.concat) .. type(math.floor) .. type(utf8.char)",
                "functionfunctionfunctionfunction");
  sb_free(sb);
}

static void string_dump_and_randomseed_are_removed(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_true(sb, "return math.randomseed == nil");
  expect_error(sb, "\nreturn string.dump(function() end)", NAME ":2: string.dump is not available in scenarios");
  sb_free(sb);
}

static void load_refuses_binary_chunks(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  EXPECT_INT(run(sb, "local f, e = load('\\27LuaT\\0\\25\\147\\r\\n\\26\\n') return f == nil and e"), 0);
  EXPECT_CONTAINS(lua_tostring(sb_lua(sb), -1), "binary chunk");
  lua_pop(sb_lua(sb), 1);
  sb_free(sb);
}

static void binary_chunks_are_refused_as_files(void) {
  static const char bytes[] = "\x1bLuaT\x00\x19\x93\r\n\x1a\n\x04\x08\x08";
  Sandbox *sb = sb_new(NAME, NULL);
  EXPECT_INT(sb_run_chunk(sb, bytes, sizeof bytes - 1, err, sizeof err), -1);
  EXPECT_CONTAINS(err, NAME ": is a compiled (binary) Lua chunk");
  sb_free(sb);
}

static void load_of_text_works(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_integer(sb, "return load('return 1 + 2')()", 3);
  sb_free(sb);
}

static void an_endless_loop_is_stopped_at_its_line(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_stopped(sb, "local x = 1\n\nwhile true do x = x + 1 end\n", "ran too long");
  EXPECT_CONTAINS(err, NAME ":3: ");
  sb_free(sb);
}

static void pcall_cannot_swallow_the_stop(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_stopped(sb,
                 "local n = 0\n"
                 "while true do\n"
                 "  pcall(function() while true do end end)\n"
                 "  n = n + 1\n"
                 "end\n",
                 "ran too long");
  sb_free(sb);
}

static void xpcall_with_a_looping_handler_cannot_swallow_the_stop(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_stopped(sb,
                 "while true do\n"
                 "  xpcall(function() while true do end end, function(e) while true do end end)\n"
                 "end\n",
                 "ran too long");
  sb_free(sb);
}

static void xpcall_still_hands_errors_to_the_handler(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_string(sb,
                "local ok, e = xpcall(function() error('x', 0) end, function(e) return 'handled ' .. e end)\n"
                "return tostring(ok) .. ' ' .. e",
                "false handled x");
  expect_string(sb,
                "local ok, a, b = xpcall(function(x, y) return x + y, x * y end, error, 2, 3)\n"
                "return tostring(ok) .. ' ' .. a .. ' ' .. b",
                "true 5 6");
  expect_string(sb,
                "local ok, e = xpcall(error, function() error('again', 0) end, 'first', 0)\n"
                "return tostring(ok) .. ' ' .. e",
                "false again");
  sb_free(sb);
}

/* Coroutines are never open for scenarios; this test opens them itself. */
static int open_coroutines(lua_State *L) {
  luaL_requiref(L, LUA_COLIBNAME, luaopen_coroutine, 1);
  return 0;
}

static void a_loop_inside_a_coroutine_is_stopped(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  EXPECT_INT(sb_protected(sb, open_coroutines, NULL, err, sizeof err), 0);
  expect_stopped(sb,
                 "local co = coroutine.wrap(function()\n"
                 "  while true do end\n"
                 "end)\n"
                 "co()\n",
                 "ran too long");
  EXPECT_CONTAINS(err, NAME ":2: ");
  expect_stopped(sb,
                 "while true do\n"
                 "  coroutine.resume(coroutine.create(function() while true do end end))\n"
                 "end\n",
                 "ran too long");
  sb_free(sb);
}

static void a_close_handler_that_loops_is_stopped(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_stopped(sb,
                 "local guard <close> = setmetatable({}, { __close = function() while true do end end })\n"
                 "while true do end\n",
                 "ran too long");
  sb_free(sb);
}

static void a_huge_table_move_is_refused_at_its_line(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_stopped(sb, "local a = {}\ntable.move(a, 1, 1e12, 2, {})\n", NAME ":2: table.move of more than");
  expect_fresh_error("table.move({}, math.mininteger, math.maxinteger, 1, {})", "table.move of more than");
  sb_free(sb);
}

static void table_move_still_moves(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_string(sb, "local b = table.move({1, 2, 3}, 1, 3, 2, {9}) return table.concat(b, ',')", "9,1,2,3");
  sb_free(sb);
}

static void the_state_is_usable_after_a_stopped_call(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  lua_State *L = sb_lua(sb);
  EXPECT_INT(define_and_call(sb, "return function() while true do end end"), -1);
  EXPECT_CONTAINS(err, "ran too long");
  EXPECT_INT(run(sb, "return function(a, b) return a * b end"), 0);
  lua_pushinteger(L, 6);
  lua_pushinteger(L, 7);
  EXPECT_INT(sb_call(sb, 2, 1, err, sizeof err), 0);
  EXPECT_INT(lua_tointeger(L, -1), 42);
  lua_pop(L, 1);
  EXPECT_INT(lua_gettop(L), 0);
  sb_free(sb);
}

static void every_call_gets_a_fresh_budget(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  lua_State *L = sb_lua(sb);
  EXPECT_INT(run(sb, "return function() local n = 0 for i = 1, 5000000 do n = n + i end return n end"), 0);
  int ref = luaL_ref(L, LUA_REGISTRYINDEX);
  for (int i = 0; i < 5; i++) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    EXPECT_INT(sb_call(sb, 0, 1, err, sizeof err), 0);
    lua_pop(L, 1);
  }
  sb_free(sb);
}

static void a_string_rep_bomb_fails_at_its_line(void) {
  expect_fresh_error("local a = 1\nlocal s = string.rep('x', 1e9)\nreturn #s", "memory cap");
  EXPECT_CONTAINS(err, NAME ":2: ");
}

static void a_string_method_rep_bomb_fails_too(void) {
  expect_fresh_error("local s = ('x'):rep(1e9)\nreturn #s", "memory cap");
  EXPECT_CONTAINS(err, NAME ":1: ");
}

static void a_doubling_string_is_stopped_by_the_cap(void) {
  SandboxLimits lim = {.mem_bytes = (size_t)8 << 20};
  Sandbox *sb = sb_new(NAME, &lim);
  expect_stopped(sb, "local s = 'x'\nwhile true do s = s .. s end\n",
                 "out of memory (the scenario memory cap is 8 MB)");
  sb_free(sb);
}

static void table_growth_hits_the_memory_cap(void) {
  SandboxLimits lim = {.mem_bytes = (size_t)8 << 20};
  Sandbox *sb = sb_new(NAME, &lim);
  expect_stopped(sb, "local t = {}\nfor i = 1, 1e9 do t[i] = i end\nreturn #t",
                 NAME ":2: out of memory (the scenario memory cap is 8 MB)");
  EXPECT(sb_mem_used(sb) <= lim.mem_bytes);
  expect_integer(sb, "local t = {} for i = 1, 1000 do t[i] = i end return #t", 1000);
  sb_free(sb);
}

static void deep_recursion_is_a_stack_overflow_with_a_line(void) {
  expect_fresh_error("local function f(n)\n  return 1 + f(n + 1)\nend\nreturn f(1)", "stack overflow");
  EXPECT_CONTAINS(err, NAME ":2: ");
}

static void error_with_a_table_gets_a_position(void) {
  expect_fresh_error("local x = 1\nerror({})", NAME ":2: error() was called with a table value instead of a message");
}

static void error_with_a_string_keeps_its_position(void) {
  EXPECT(fails("\n\nerror('boom')"));
  EXPECT_STR(err, NAME ":3: boom");
}

static void error_at_level_zero_gets_a_position(void) {
  EXPECT(fails("\nerror('bare', 0)"));
  EXPECT_STR(err, NAME ":2: bare");
}

static void finalizers_are_refused(void) {
  expect_fresh_error("setmetatable({}, { __gc = function() end })",
                     NAME ":1: __gc metamethods are not allowed in scenarios");
  expect_fresh_error("setmetatable({}, { __gc = false })", "__gc metamethods are not allowed");
}

static void ordinary_metatables_work(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_string(sb, "local t = setmetatable({}, { __index = function(_, k) return k .. '!' end }) return t.hi", "hi!");
  sb_free(sb);
}

static void the_string_metatable_is_hidden(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  lua_State *L = sb_lua(sb);
  EXPECT_INT(run(sb, "return getmetatable('')"), 0);
  EXPECT(lua_type(L, -1) != LUA_TTABLE);
  lua_pop(L, 1);
  expect_string(sb, "return ('abc'):upper()", "ABC"); /* methods still work */
  sb_free(sb);
}

static void the_globals_metatable_is_hidden(void) {
  expect_fresh_error("setmetatable(_G, nil)", "protected metatable");
}

static void globals_can_be_set_until_locked(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_integer(sb, "helper = 5 return helper", 5);
  EXPECT_INT(sb_lock_globals(sb, err, sizeof err), 0);
  expect_integer(sb, "return helper + 1", 6); /* existing globals stay readable */
  expect_error(sb, "\nsneaky = 1", NAME ":2: cannot set global 'sneaky'");
  expect_error(sb, "return rawequal(sneaky, nil)", "unknown name 'sneaky'");
  sb_free(sb);
}

static void rawset_cannot_get_around_the_lock(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  EXPECT_INT(sb_lock_globals(sb, err, sizeof err), 0);
  expect_error(sb, "\nrawset(_G, 'sneaky', 1)", NAME ":2: cannot set globals once the scenario is loaded");
  expect_integer(sb, "local t = {} rawset(t, 'k', 1) return t.k", 1); /* other tables are fine */
  sb_free(sb);
}

static void plain_find_works_and_patterns_are_refused(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_integer(sb, "return ('refund please'):find('fund', 1, true)", 3);          /* one result is kept */
  expect_integer(sb, "local a, b = string.find('a.b', 'b') return a * 10 + b", 33); /* plain anyway */
  expect_error(sb, "\nreturn string.find(string.rep('a', 40), string.rep('a*', 8) .. 'b')",
               NAME ":2: string patterns are not available in scenarios");
  static const char *const fns[] = {"match", "gmatch", "gsub"};
  for (int i = 0; i < 3; i++) {
    char src[96], want[64];
    snprintf(src, sizeof src, "return ('abc'):%s('b', 'x')", fns[i]);
    snprintf(want, sizeof want, "string.%s is not available in scenarios", fns[i]);
    expect_error(sb, src, want);
  }
  expect_error(sb, "return string.find(string.rep('a', 300000), 'b', 1, true)",
               "string.find works on texts up to 256 KB");
  sb_free(sb);
}

/* Each table.insert at the front of a big table works long in C; the call
   hook stops the loop at the deadline, not a thousand calls later. */
static void slow_library_calls_in_a_loop_stop_at_the_deadline(void) {
  /* Long enough for line 1 to finish on a loaded machine with sanitizers;
     a thousand slow calls past the deadline would still take seconds. */
  SandboxLimits lim = {.millis = 1200};
  Sandbox *sb = sb_new(NAME, &lim);
  int64_t ms = expect_stopped(sb,
                              "local t = {} for i = 1, 2000000 do t[i] = i end\n"
                              "while true do table.insert(t, 1, 0) table.remove(t, 1) end\n",
                              NAME ":2: scenario code ran too long");
  EXPECT(ms < 2900);
  sb_free(sb);
}

/* Lua's own order depends on a hash seed picked per process. */
static void pairs_and_next_visit_keys_in_a_fixed_order(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  const char *src = "local t = { ben = 1, ana = 2, [2] = 3, [1.5] = 4, zoe = 5, [true] = 6, [false] = 7 }\n"
                    "local a, b = {}, {}\n"
                    "for k in pairs(t) do a[#a + 1] = tostring(k) end\n"
                    "local k = next(t)\n"
                    "while k ~= nil do b[#b + 1] = tostring(k) k = next(t, k) end\n"
                    "return table.concat(a, ',') .. '|' .. table.concat(b, ',')";
  expect_string(sb, src, "1.5,2,ana,ben,zoe,false,true|1.5,2,ana,ben,zoe,false,true");
  expect_string(sb, /* a key removed during the loop is skipped */
                "local t = { a = 1, b = 2, c = 3 } local seen = ''\n"
                "for k in pairs(t) do seen = seen .. k t.b = nil end return seen",
                "ac");
  expect_true(sb, "return next({}) == nil");
  sb_free(sb);
}

typedef struct Printed {
  char file[128], msg[128];
  int calls;
} Printed;

static void capture(void *ud, const char *file, const char *msg) {
  Printed *p = ud;
  snprintf(p->file, sizeof p->file, "%s", file);
  snprintf(p->msg, sizeof p->msg, "%s", msg);
  p->calls++;
}

static void print_goes_to_the_sink(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  Printed p = {0};
  sb_set_print(sb, capture, &p);
  EXPECT_INT(run(sb, "print('hello', 42, true) return 0"), 0);
  lua_pop(sb_lua(sb), 1);
  EXPECT_INT(p.calls, 1);
  EXPECT_STR(p.file, NAME);
  EXPECT_STR(p.msg, "hello\t42\ttrue");
  sb_free(sb);
}

static void print_without_a_sink_is_silent(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  EXPECT_INT(run(sb, "print('nobody listens') return 1"), 0);
  lua_pop(sb_lua(sb), 1);
  sb_free(sb);
}

static void collectgarbage_only_counts(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  expect_true(sb, "return collectgarbage('count') > 0");
  expect_error(sb, "\ncollectgarbage('stop')", "invalid option 'stop'");
  EXPECT_CONTAINS(err, NAME ":2: ");
  sb_free(sb);
}

static int touch_scenario_value(lua_State *L) {
  int *seen = lua_touserdata(L, 1);
  *seen = 1;
  return luaL_error(L, "refused by the host");
}

static void protected_calls_report_errors_instead_of_panicking(void) {
  Sandbox *sb = sb_new(NAME, NULL);
  int seen = 0;
  EXPECT_INT(sb_protected(sb, touch_scenario_value, &seen, err, sizeof err), -1);
  EXPECT(seen);
  EXPECT_CONTAINS(err, NAME);
  EXPECT_CONTAINS(err, "refused by the host");
  EXPECT_INT(lua_gettop(sb_lua(sb)), 0);
  sb_free(sb);
}

static void long_file_names_are_kept_whole(void) {
  const char *name = "tests/a-very-long-folder-name-for-scenarios/and-a-subfolder-too/some-scenario-file.lua";
  Sandbox *sb = sb_new(name, NULL);
  EXPECT_STR(sb_name(sb), name);
  EXPECT_INT(run(sb, "\n\nerror('late')"), -1);
  char want[256];
  snprintf(want, sizeof want, "%s:3: late", name);
  EXPECT_STR(err, want);
  snprintf(want, sizeof want, "%s:2: ", name);
  expect_error(sb, "\nlocal = 1", want);
  EXPECT(strncmp(err, name, strlen(name)) == 0);
  sb_free(sb);
}

int main(void) {
  RUN_TEST(dangerous_libraries_are_unknown_names);
  RUN_TEST(safe_libraries_are_present);
  RUN_TEST(string_dump_and_randomseed_are_removed);
  RUN_TEST(load_refuses_binary_chunks);
  RUN_TEST(binary_chunks_are_refused_as_files);
  RUN_TEST(load_of_text_works);
  RUN_TEST(an_endless_loop_is_stopped_at_its_line);
  RUN_TEST(pcall_cannot_swallow_the_stop);
  RUN_TEST(xpcall_with_a_looping_handler_cannot_swallow_the_stop);
  RUN_TEST(xpcall_still_hands_errors_to_the_handler);
  RUN_TEST(a_loop_inside_a_coroutine_is_stopped);
  RUN_TEST(a_close_handler_that_loops_is_stopped);
  RUN_TEST(a_huge_table_move_is_refused_at_its_line);
  RUN_TEST(table_move_still_moves);
  RUN_TEST(the_state_is_usable_after_a_stopped_call);
  RUN_TEST(every_call_gets_a_fresh_budget);
  RUN_TEST(a_string_rep_bomb_fails_at_its_line);
  RUN_TEST(a_string_method_rep_bomb_fails_too);
  RUN_TEST(a_doubling_string_is_stopped_by_the_cap);
  RUN_TEST(table_growth_hits_the_memory_cap);
  RUN_TEST(deep_recursion_is_a_stack_overflow_with_a_line);
  RUN_TEST(error_with_a_table_gets_a_position);
  RUN_TEST(error_with_a_string_keeps_its_position);
  RUN_TEST(error_at_level_zero_gets_a_position);
  RUN_TEST(finalizers_are_refused);
  RUN_TEST(ordinary_metatables_work);
  RUN_TEST(the_string_metatable_is_hidden);
  RUN_TEST(the_globals_metatable_is_hidden);
  RUN_TEST(globals_can_be_set_until_locked);
  RUN_TEST(rawset_cannot_get_around_the_lock);
  RUN_TEST(pairs_and_next_visit_keys_in_a_fixed_order);
  RUN_TEST(plain_find_works_and_patterns_are_refused);
  RUN_TEST(slow_library_calls_in_a_loop_stop_at_the_deadline);
  RUN_TEST(print_goes_to_the_sink);
  RUN_TEST(print_without_a_sink_is_silent);
  RUN_TEST(collectgarbage_only_counts);
  RUN_TEST(protected_calls_report_errors_instead_of_panicking);
  RUN_TEST(long_file_names_are_kept_whole);
  return t_summary();
}
