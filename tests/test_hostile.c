/* test_hostile.c — whole scenario files that attack the host (tests/hostile/):
   each is refused at load time, or at play time for the ones whose attack
   sits in a hook, with a message that starts with the file and its line.
   Nothing is created on disk, every runaway is stopped within seconds, the
   process carries on (a valid scenario loads afterwards) and check_file
   reports every hostile file as failed without crashing. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "run.h"
#include "scenario.h"
#include "testing.h"

#define H "tests/hostile/"
#define MARKER "/tmp/thickskin-hostile-marker"

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int marker_exists(void) {
  return access(MARKER, F_OK) == 0;
}

/* The first 'n' characters of 'msg', to compare a prefix with EXPECT_STR. */
static const char *head(const char *msg, size_t n) {
  static char buf[512];
  snprintf(buf, sizeof buf, "%.*s", (int)n, msg ? msg : "");
  return buf;
}

/* Loads 'path' and expects it refused with a first message that starts with
   "path:line: " (or "path: " when line is 0) and contains 'says'. Returns
   how long the load took, in milliseconds. */
static int64_t expect_refused(const char *path, const SandboxLimits *lim, int line, const char *says) {
  Diag diag = {0};
  int64_t t0 = now_ms();
  Scenario *s = scn_load_file(path, lim, &diag);
  int64_t ms = now_ms() - t0;
  EXPECT(s == NULL);
  EXPECT_INT(diag.errors, 1);
  const char *msg = diag.count > 0 ? diag.items[0].msg : NULL;
  char want[256];
  if (line > 0) {
    snprintf(want, sizeof want, "%s:%d: ", path, line);
  } else {
    snprintf(want, sizeof want, "%s: ", path);
  }
  EXPECT_STR(head(msg, strlen(want)), want);
  EXPECT_CONTAINS(msg, says);
  scn_free(s);
  diag_free(&diag);
  return ms;
}

/* Loads 'path' (which must load) and starts a run; expects the start to
   fail with run_error() starting "path:line: " and containing 'says'. */
static void expect_fails_at_play(const char *path, int line, const char *says) {
  Diag diag = {0};
  Scenario *s = scn_load_file(path, NULL, &diag);
  EXPECT(s != NULL);
  EXPECT_INT(diag.errors, 0);
  if (s) {
    char want[256];
    snprintf(want, sizeof want, "%s:%d: ", path, line);
    RunOpts o = {.seed = 1, .time_factor = 1, .record_events = 1};
    for (int attempt = 0; attempt < 2; attempt++) { /* the second run fails the same way */
      Run *r = run_new(s, &o);
      int64_t t0 = now_ms();
      EXPECT_INT(run_start(r), RUN_ERROR);
      EXPECT(now_ms() - t0 < 3000);
      EXPECT_STR(head(run_error(r), strlen(want)), want);
      EXPECT_CONTAINS(run_error(r), says);
      EXPECT_INT(run_answer(r, 0, 0, 0), RUN_ERROR); /* a failed run stays failed */
      run_free(r);
    }
  }
  scn_free(s);
  diag_free(&diag);
}

static void os_execute_is_an_unknown_name(void) {
  unlink(MARKER);
  expect_refused(H "os-execute.lua", NULL, 2, "unknown name 'os'");
  EXPECT(!marker_exists());
}

static void io_open_is_an_unknown_name(void) {
  unlink(MARKER);
  expect_refused(H "io-open.lua", NULL, 2, "unknown name 'io'");
  EXPECT(!marker_exists());
}

static void require_is_an_unknown_name(void) {
  unlink(MARKER);
  expect_refused(H "require-os.lua", NULL, 2, "unknown name 'require'");
  EXPECT(!marker_exists());
}

static void dofile_is_an_unknown_name(void) {
  expect_refused(H "dofile.lua", NULL, 2, "unknown name 'dofile'");
}

static void loadfile_is_an_unknown_name(void) {
  expect_refused(H "loadfile.lua", NULL, 2, "unknown name 'loadfile'");
}

static void string_dump_is_refused(void) {
  expect_refused(H "string-dump.lua", NULL, 3, "string.dump is not available in scenarios");
}

static void load_refuses_handmade_bytecode(void) {
  expect_refused(H "load-binary.lua", NULL, 2, "attempt to load a binary chunk");
}

static void a_binary_chunk_file_is_refused(void) {
  expect_refused(H "binary-chunk.lua", NULL, 0, "is a compiled (binary) Lua chunk");
}

static void collectgarbage_cannot_stop_the_collector(void) {
  expect_refused(H "collectgarbage-stop.lua", NULL, 2, "invalid option 'stop'");
}

static void a_finalizer_is_refused(void) {
  expect_refused(H "gc-finalizer.lua", NULL, 2, "__gc metamethods are not allowed in scenarios");
}

static void an_endless_loop_at_load_time_is_stopped(void) {
  int64_t ms = expect_refused(H "loop-at-load.lua", NULL, 3, "ran too long");
  EXPECT(ms < 3000);
}

static void an_endless_loop_behind_pcall_is_stopped(void) {
  int64_t ms = expect_refused(H "pcall-loop.lua", NULL, 3, "ran too long");
  EXPECT(ms < 3000);
}

static void a_string_rep_bomb_is_refused(void) {
  expect_refused(H "rep-bomb.lua", NULL, 2, "over the scenario memory cap of 64 MB");
}

static void a_table_growth_bomb_runs_out_of_memory(void) {
  SandboxLimits lim = {.mem_bytes = (size_t)8 << 20};
  int64_t ms = expect_refused(H "table-bomb.lua", &lim, 3, "out of memory (the scenario memory cap is 8 MB)");
  EXPECT(ms < 3000);
}

/* The stack must run out before the time does, even on a slow, loaded
   machine with sanitizers: the deadline is raised for this one. */
static void deep_recursion_overflows_the_stack(void) {
  SandboxLimits lim = {.millis = 20000};
  expect_refused(H "deep-recursion.lua", &lim, 3, "stack overflow");
}

static void an_error_with_a_table_is_reported_as_a_message(void) {
  expect_refused(H "error-table.lua", NULL, 2, "error() was called with a table value instead of a message");
}

static void an_endless_loop_in_on_enter_fails_the_play(void) {
  expect_fails_at_play(H "loop-in-hook.lua", 15, "ran too long");
}

static void an_endless_loop_in_when_fails_the_play(void) {
  expect_fails_at_play(H "loop-in-when.lua", 20, "ran too long");
}

static void a_global_written_by_a_hook_fails_the_play(void) {
  expect_fails_at_play(H "global-in-hook.lua", 15, "cannot set global 'remembered'");
}

static void the_process_carries_on_with_a_valid_scenario(void) {
  Diag diag = {0};
  Scenario *s = scn_load_file("tests/data/worked-example.lua", NULL, &diag);
  EXPECT(s != NULL);
  EXPECT_INT(diag.errors, 0);
  EXPECT_INT(s ? s->n_beats : 0, 4);
  if (s) {
    RunOpts o = {.seed = 1, .time_factor = 1, .record_events = 1};
    Run *r = run_new(s, &o);
    EXPECT_INT(run_start(r), RUN_OK);
    EXPECT_INT(run_answer(r, 0, 0, 1000), RUN_OK);
    EXPECT_INT(run_answer(r, 0, 0, 1000), RUN_OK);
    EXPECT(run_done(r));
    EXPECT(run_error(r) == NULL);
    run_free(r);
  }
  scn_free(s);
  diag_free(&diag);
}

static void check_fails_every_hostile_file(void) {
  char **paths = NULL;
  int n = scn_list_dir("tests/hostile", &paths);
  EXPECT_INT(n, 19);
  CheckOpts opts = {0};
  for (int i = 0; i < n; i++) {
    FILE *out = tmpfile();
    int64_t t0 = now_ms();
    int errors = check_file(paths[i], &opts, out);
    int64_t ms = now_ms() - t0;
    if (errors <= 0 || ms >= 3000) {
      T_FAIL("check_file(%s) gave %d errors in %lld ms", paths[i], errors, (long long)ms);
    }
    t_checks++;
    char text[4096] = "";
    rewind(out);
    size_t got = fread(text, 1, sizeof text - 1, out);
    text[got] = '\0';
    EXPECT_CONTAINS(text, paths[i]);
    EXPECT_CONTAINS(text, "FAILED");
    fclose(out);
    free(paths[i]);
  }
  free(paths);
  EXPECT(!marker_exists());
}

int main(void) {
  RUN_TEST(os_execute_is_an_unknown_name);
  RUN_TEST(io_open_is_an_unknown_name);
  RUN_TEST(require_is_an_unknown_name);
  RUN_TEST(dofile_is_an_unknown_name);
  RUN_TEST(loadfile_is_an_unknown_name);
  RUN_TEST(string_dump_is_refused);
  RUN_TEST(load_refuses_handmade_bytecode);
  RUN_TEST(a_binary_chunk_file_is_refused);
  RUN_TEST(collectgarbage_cannot_stop_the_collector);
  RUN_TEST(a_finalizer_is_refused);
  RUN_TEST(an_endless_loop_at_load_time_is_stopped);
  RUN_TEST(an_endless_loop_behind_pcall_is_stopped);
  RUN_TEST(a_string_rep_bomb_is_refused);
  RUN_TEST(a_table_growth_bomb_runs_out_of_memory);
  RUN_TEST(deep_recursion_overflows_the_stack);
  RUN_TEST(an_error_with_a_table_is_reported_as_a_message);
  RUN_TEST(an_endless_loop_in_on_enter_fails_the_play);
  RUN_TEST(an_endless_loop_in_when_fails_the_play);
  RUN_TEST(a_global_written_by_a_hook_fails_the_play);
  RUN_TEST(the_process_carries_on_with_a_valid_scenario);
  RUN_TEST(check_fails_every_hostile_file);
  return t_summary();
}
