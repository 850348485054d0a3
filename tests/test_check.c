/* test_check.c — check_file as a trainer sees it: the printed diagnostics
   and summary for the worked example, an unreachable beat, a flat decision,
   a story that never ends, a random branch, the path cap, a failing hook, an
   early timeout (scenarios in tests/check/) and a file that does not load
   (the worked example with a typo, written to a temporary folder). */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "fixtures.h"
#include "testing.h"

#define C "tests/check/"
#define WORKED "tests/data/worked-example.lua"

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Checks 'path' with a path cap (0 = default); the printed text goes to
   *text (free it) and the time taken to *ms. Returns the error count. */
static int check(const char *path, long cap, char **text, int64_t *ms) {
  size_t len = 0;
  *text = NULL;
  FILE *out = open_memstream(text, &len);
  CheckOpts o = {.cap = cap};
  int64_t t0 = now_ms();
  int errors = check_file(path, &o, out);
  if (ms) {
    *ms = now_ms() - t0;
  }
  fclose(out);
  return errors;
}

/* Writes the worked example with every 'find' replaced by 'with' as 'name'
   in a new temporary folder, and its path to 'path'. Returns 0 if written. */
static int write_edited(const char *find, const char *with, const char *name, char *path, size_t size) {
  char dir[] = "/tmp/thickskin-check-XXXXXX";
  char *src = read_text(WORKED), *edited = NULL;
  int found = 0;
  FILE *f = NULL;
  if (src && mkdtemp(dir)) {
    edited = replace_all(src, find, with, &found);
    snprintf(path, size, "%s/%s", dir, name);
    f = fopen(path, "w");
  }
  int written = f && found > 0 && fputs(edited, f) >= 0;
  if (f && fclose(f) != 0) {
    written = 0;
  }
  free(src);
  free(edited);
  return written ? 0 : -1;
}

/* Removes a file written by write_edited, and its folder. */
static void remove_edited(char *path) {
  char *slash = strrchr(path, '/');
  if (slash) {
    remove(path);
    *slash = '\0';
    rmdir(path);
  }
}

static void the_worked_example_passes_with_twelve_paths_and_two_endings(void) {
  char *text;
  EXPECT_INT(check(WORKED, 0, &text, NULL), 0);
  EXPECT_CONTAINS(text, WORKED ": ok\n");
  EXPECT_CONTAINS(text, "  worked-example \"Worked example\" [en]\n");
  EXPECT_CONTAINS(text, "12 paths, 2 endings: calm (resolved) angry (escalated)\n");
  EXPECT(strstr(text, "warning") == NULL);
  free(text);
}

static void an_unreachable_beat_is_an_error_at_its_line(void) {
  char *text;
  EXPECT_INT(check(C "unreachable.lua", 0, &text, NULL), 1);
  EXPECT_CONTAINS(text, C "unreachable.lua:24: beat 'orphan' is never reached on any path\n");
  EXPECT_CONTAINS(text, C "unreachable.lua: FAILED\n");
  EXPECT_CONTAINS(text, "2 paths, 2 endings");
  free(text);
}

static void a_decision_where_every_choice_scores_the_same_is_an_error(void) {
  char *text;
  EXPECT_INT(check(C "flat.lua", 0, &text, NULL), 1);
  EXPECT_CONTAINS(text, C "flat.lua:15: every choice at beat 'd1' scores the same");
  free(text);
}

static void a_story_that_never_ends_is_stopped_after_64_decisions(void) {
  char *text;
  int64_t ms;
  EXPECT(check(C "cycle.lua", 0, &text, &ms) > 0);
  EXPECT_CONTAINS(text, C "cycle.lua:16: the play went past 64 decisions without ending, here at beat 'loop'");
  EXPECT_CONTAINS(text, "(path: ... loop:1 > loop:1 > ");
  EXPECT_CONTAINS(text, "0 paths (capped), 0 endings\n");
  EXPECT(ms < 3000);
  free(text);
}

/* Two looping replies make 2^64 paths: the first loop found ends the search. */
static void a_loop_with_several_replies_is_reported_without_a_hang(void) {
  char *text;
  int64_t ms;
  EXPECT(check(C "cycle-two.lua", 0, &text, &ms) > 0);
  EXPECT_CONTAINS(text, C "cycle-two.lua:10: the play went past 64 decisions without ending");
  EXPECT(strstr(text, "is never reached") == NULL);
  EXPECT(ms < 3000);
  free(text);
}

static void a_random_branch_reaches_both_endings(void) {
  char *text;
  EXPECT_INT(check(C "coin.lua", 0, &text, NULL), 0);
  EXPECT_CONTAINS(text, "4 paths, 2 endings: calm (resolved) angry (escalated)\n");
  EXPECT_CONTAINS(text, "2 of 4 paths pass");
  free(text);
}

static void the_cap_stops_exploring_with_a_warning(void) {
  char *text;
  EXPECT_INT(check(WORKED, 5, &text, NULL), 0);
  EXPECT_CONTAINS(text, "warning: " WORKED ": stopped after 5 paths (the cap)");
  EXPECT_CONTAINS(text, "5 paths (capped), ");
  free(text);
}

static void a_huge_tree_is_capped_without_a_hang(void) {
  char *text;
  int64_t ms;
  EXPECT_INT(check(C "many-paths.lua", 5, &text, &ms), 0);
  EXPECT_CONTAINS(text, "5 paths (capped), 1 ending: calm (resolved)\n");
  EXPECT_CONTAINS(text, "warning: " C "many-paths.lua: stopped after 5 paths (the cap)");
  EXPECT(ms < 3000);
  free(text);
}

static void a_next_function_naming_a_missing_beat_fails_with_its_path(void) {
  char *text;
  EXPECT(check(C "bad-next.lua", 0, &text, NULL) > 0);
  EXPECT_CONTAINS(text, C "bad-next.lua:19: returned \"nowhere\", which is not a beat (path: d1:2)\n");
  EXPECT_CONTAINS(text, "1 path, 1 ending: calm (resolved)\n");
  free(text);
}

static void a_timeout_before_the_target_is_only_a_warning(void) {
  char *text;
  EXPECT_INT(check(C "early-timeout.lua", 0, &text, NULL), 0);
  EXPECT_CONTAINS(text, "warning: " C "early-timeout.lua:15: at beat 'd1' the timeout comes before the target");
  EXPECT_CONTAINS(text, "3 paths, 2 endings");
  free(text);
}

static void a_file_that_does_not_load_fails_without_a_summary(void) {
  char path[128] = "", want[192], *text;
  EXPECT_INT(write_edited("text = \"X\", empathy", "text = \"X\", emapthy", "typo.lua", path, sizeof path), 0);
  EXPECT_INT(check(path, 0, &text, NULL), 2);
  snprintf(want, sizeof want, "%s:31: unknown field 'emapthy'", path);
  EXPECT_CONTAINS(text, want);
  snprintf(want, sizeof want, "%s: FAILED\n", path);
  EXPECT_CONTAINS(text, want);
  EXPECT(strstr(text, "paths") == NULL);
  free(text);
  remove_edited(path);
}

static void a_hook_that_remembers_outside_state_is_an_error(void) {
  char *text;
  EXPECT(check(C "upvalue.lua", 0, &text, NULL) > 0);
  EXPECT_CONTAINS(text, C "upvalue.lua: the same play gives a different result the second time");
  free(text);
}

int main(void) {
  RUN_TEST(the_worked_example_passes_with_twelve_paths_and_two_endings);
  RUN_TEST(an_unreachable_beat_is_an_error_at_its_line);
  RUN_TEST(a_decision_where_every_choice_scores_the_same_is_an_error);
  RUN_TEST(a_story_that_never_ends_is_stopped_after_64_decisions);
  RUN_TEST(a_loop_with_several_replies_is_reported_without_a_hang);
  RUN_TEST(a_hook_that_remembers_outside_state_is_an_error);
  RUN_TEST(a_random_branch_reaches_both_endings);
  RUN_TEST(the_cap_stops_exploring_with_a_warning);
  RUN_TEST(a_huge_tree_is_capped_without_a_hang);
  RUN_TEST(a_next_function_naming_a_missing_beat_fails_with_its_path);
  RUN_TEST(a_timeout_before_the_target_is_only_a_warning);
  RUN_TEST(a_file_that_does_not_load_fails_without_a_summary);
  return t_summary();
}
