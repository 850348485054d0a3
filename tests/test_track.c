/* test_track.c — track files: a valid track read with exact values, every
   kind of mistake reported with its exact message, resolving scenario ids
   against a folder, and the helpers check uses */
#include <stdlib.h>
#include <string.h>

#include "testing.h"
#include "track.h"

/* A step that is valid on its own, for tests that break something else. */
#define STEP(id) "{\"scenario\": \"" id "\", \"pass\": 60, \"title\": \"T\", \"intro\": \"I\"}"

static Track *load(const char *json, Diag *d) {
  return track_load_buffer("t.json", json, strlen(json), d);
}

/* The track must fail to load with exactly one problem: 'message'. */
static void expect_only(const char *json, const char *message) {
  Diag d = {0};
  Track *t = load(json, &d);
  EXPECT(t == NULL);
  EXPECT_INT(d.errors, 1);
  EXPECT_STR(d.count > 0 ? d.items[0].msg : NULL, message);
  track_free(t);
  diag_free(&d);
}

static void valid_track_is_read_with_exact_values(void) {
  const char *json =
      "{\n"
      "  \"id\": \"first-week\",\n"
      "  \"title\": {\"en\": \"First week\", \"it\": \"Prima settimana\", \"es\": \"Primera semana\"},\n"
      "  \"intro\": {\"en\": \"Start here.\", \"it\": \"Si parte da qui.\", \"es\": \"Empieza aquí.\"},\n"
      "  \"steps\": [\n"
      "    {\"scenario\": \"worked-example\", \"pass\": 60,\n"
      "     \"title\": {\"en\": \"Warm-up\", \"it\": \"Riscaldamento\", \"es\": \"Calentamiento\"},\n"
      "     \"intro\": {\"en\": \"Two decisions.\", \"it\": \"Due decisioni.\", \"es\": \"Dos decisiones.\"}},\n"
      "    {\"scenario\": \"inbox\", \"pass\": 72.5, \"title\": \"Inbox\", \"intro\": \"Two threads.\"}\n"
      "  ]\n"
      "}\n";
  Diag d = {0};
  Track *t = load(json, &d);
  EXPECT(t != NULL);
  EXPECT_INT(d.count, 0);
  if (t) {
    EXPECT_STR(t->path, "t.json");
    EXPECT_STR(t->id, "first-week");
    EXPECT_STR(t->title.s[LANG_IT], "Prima settimana");
    EXPECT_STR(t->intro.s[LANG_ES], "Empieza aquí.");
    EXPECT_INT(t->n_steps, 2);
    EXPECT_STR(t->steps[0].scenario, "worked-example");
    EXPECT_NEAR(t->steps[0].pass, 60, 1e-9);
    EXPECT_STR(t->steps[0].title.s[LANG_EN], "Warm-up");
    EXPECT_STR(t->steps[0].intro.s[LANG_IT], "Due decisioni.");
    EXPECT_STR(t->steps[1].scenario, "inbox");
    EXPECT_NEAR(t->steps[1].pass, 72.5, 1e-9);
    EXPECT_STR(t->steps[1].title.s[LANG_EN], "Inbox");
    EXPECT(t->steps[1].title.s[LANG_IT] == NULL);
    /* the second step is English only, so only English is complete */
    EXPECT_INT(t->complete_langs, 1u << LANG_EN);
    EXPECT(t->steps[0].path == NULL);
    EXPECT_INT(track_resolve(t, "tests/data", &d), 0);
    EXPECT_INT(d.count, 0);
    EXPECT_STR(t->steps[0].path, "tests/data/worked-example.lua");
    EXPECT_STR(t->steps[1].path, "tests/data/inbox.lua");
  }
  track_free(t);
  diag_free(&d);
}

static void syntax_errors_give_line_and_column(void) {
  expect_only("{\"id\": \"x\",\n  \"steps\": [}\n", "t.json:2:13: JSON syntax error");
  expect_only("", "t.json:1:1: JSON syntax error");
}

static void the_top_level_must_be_a_complete_object(void) {
  expect_only("[]", "t.json: top level: must be an object with id, title, intro and steps");
  expect_only("{\"title\": \"T\", \"steps\": [" STEP("a") "]}", "t.json: id: missing");
  expect_only("{\"id\": \"Week 1\", \"title\": \"T\", \"steps\": [" STEP("a") "]}",
              "t.json: id: must be an id of 1 to 64 characters from a-z, 0-9 and '-'");
  expect_only("{\"id\": \"w\", \"steps\": [" STEP("a") "]}", "t.json: title: missing");
  expect_only("{\"id\": \"w\", \"title\": \"T\"}", "t.json: steps: missing");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": []}", "t.json: steps: must be a list of 1 to 64 steps");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": {}}", "t.json: steps: must be a list of 1 to 64 steps");
}

static void unknown_and_repeated_keys_are_errors(void) {
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"colour\": \"red\", \"steps\": [" STEP("a") "]}",
              "t.json: colour: unknown key (expected id, title, intro, steps)");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [{\"scenario\": \"a\", \"pass\": 60, \"title\": \"T\", "
              "\"intro\": \"I\", \"minutes\": 5}]}",
              "t.json: steps[0].minutes: unknown key (expected scenario, pass, title, intro)");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [{\"scenario\": \"a\", \"pass\": 60, \"pass\": 70, "
              "\"title\": \"T\", \"intro\": \"I\"}]}",
              "t.json: steps[0].pass: appears twice");
}

static void steps_name_their_index_and_key(void) {
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [" STEP("a") ", 7]}",
              "t.json: steps[1]: must be an object with scenario, pass, title and intro");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [" STEP("a") ", {\"pass\": 60, \"title\": \"T\", "
                                                                         "\"intro\": \"I\"}]}",
              "t.json: steps[1].scenario: missing");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [" STEP("../etc/passwd") "]}",
              "t.json: steps[0].scenario: must be an id of 1 to 64 characters from a-z, 0-9 and '-'");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [" STEP("a") ", " STEP("b") ", " STEP("a") "]}",
              "t.json: steps[2].scenario: 'a' is already steps[0]");
  expect_only(
      "{\"id\": \"w\", \"title\": \"T\", \"steps\": [{\"scenario\": \"a\", \"title\": \"T\", \"intro\": \"I\"}]}",
      "t.json: steps[0].pass: missing");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [{\"scenario\": \"a\", \"pass\": 101, \"title\": \"T\", "
              "\"intro\": \"I\"}]}",
              "t.json: steps[0].pass: must be a number from 0 to 100");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [{\"scenario\": \"a\", \"pass\": \"60\", \"title\": \"T\", "
              "\"intro\": \"I\"}]}",
              "t.json: steps[0].pass: must be a number from 0 to 100");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [{\"scenario\": \"a\", \"pass\": 60, \"title\": \"T\"}]}",
              "t.json: steps[0].intro: missing");
}

static void texts_need_english_and_known_languages(void) {
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [{\"scenario\": \"a\", \"pass\": 60, "
              "\"title\": {\"it\": \"Ciao\"}, \"intro\": \"I\"}]}",
              "t.json: steps[0].title: needs an English text (\"en\")");
  expect_only("{\"id\": \"w\", \"title\": {\"en\": \"T\", \"xx\": \"?\"}, \"steps\": [" STEP("a") "]}",
              "t.json: title.xx: unknown language (expected en, it, es, fr, de or pt)");
  expect_only("{\"id\": \"w\", \"title\": \"T\", \"steps\": [{\"scenario\": \"a\", \"pass\": 60, \"title\": \"T\", "
              "\"intro\": {\"en\": \"I\", \"it\": \"\"}}]}",
              "t.json: steps[0].intro.it: must be a non-empty string");
  expect_only("{\"id\": \"w\", \"title\": \"\", \"steps\": [" STEP("a") "]}", "t.json: title: must not be empty");
  expect_only("{\"id\": \"w\", \"title\": 3, \"steps\": [" STEP("a") "]}",
              "t.json: title: must be a text: a string, or an object such as {\"en\": \"...\", \"it\": \"...\"}");
}

static void every_problem_is_reported_at_once(void) {
  const char *json = "{\"id\": \"W\", \"steps\": [{\"scenario\": \"a\", \"pass\": -1, \"title\": \"T\"}]}";
  Diag d = {0};
  Track *t = load(json, &d);
  EXPECT(t == NULL);
  EXPECT_INT(d.errors, 4);
  if (d.count == 4) {
    EXPECT_STR(d.items[0].msg, "t.json: id: must be an id of 1 to 64 characters from a-z, 0-9 and '-'");
    EXPECT_STR(d.items[1].msg, "t.json: title: missing");
    EXPECT_STR(d.items[2].msg, "t.json: steps[0].pass: must be a number from 0 to 100");
    EXPECT_STR(d.items[3].msg, "t.json: steps[0].intro: missing");
  }
  diag_free(&d);
}

static void unknown_scenario_ids_are_errors_when_resolving(void) {
  const char *json = "{\"id\": \"w\", \"title\": \"T\", \"steps\": [" STEP("inbox") ", " STEP("no-such") "]}";
  Diag d = {0};
  Track *t = load(json, &d);
  EXPECT(t != NULL);
  if (t) {
    EXPECT_INT(track_resolve(t, "tests/data", &d), 1);
    EXPECT_INT(d.errors, 1);
    EXPECT_STR(d.count > 0 ? d.items[0].msg : NULL,
               "t.json: steps[1].scenario: unknown scenario 'no-such' (there is no tests/data/no-such.lua)");
    EXPECT_STR(t->steps[0].path, "tests/data/inbox.lua");
    EXPECT(t->steps[1].path == NULL);
  }
  track_free(t);
  diag_free(&d);
}

static void files_and_folders(void) {
  Diag d = {0};
  EXPECT(track_load_file("tests/no-such-track.json", &d) == NULL);
  EXPECT_STR(d.count > 0 ? d.items[0].msg : NULL, "tests/no-such-track.json: cannot open: No such file or directory");
  diag_free(&d);

  char *dir = track_scenario_dir("scenarios/tracks/onboarding.json");
  EXPECT_STR(dir, "scenarios");
  free(dir);
  dir = track_scenario_dir("tracks/x.json");
  EXPECT_STR(dir, ".");
  free(dir);
  dir = track_scenario_dir("x.json");
  EXPECT_STR(dir, "..");
  free(dir);

  char **paths;
  int n = track_list_dir("scenarios/tracks", &paths);
  EXPECT(n >= 1);
  int found = 0;
  for (int i = 0; i < n; i++) {
    found += strcmp(paths[i], "scenarios/tracks/onboarding.json") == 0;
    free(paths[i]);
  }
  free(paths);
  EXPECT_INT(found, 1);
  EXPECT_INT(track_list_dir("tests/no-such-folder", &paths), -1);
}

/* The shipped track loads cleanly; which of its ids exist is the library
   test's business, not this one's. */
static void shipped_onboarding_track_loads(void) {
  Diag d = {0};
  Track *t = track_load_file("scenarios/tracks/onboarding.json", &d);
  EXPECT(t != NULL);
  EXPECT_INT(d.count, 0);
  if (t) {
    EXPECT_STR(t->id, "onboarding");
    EXPECT_INT(t->n_steps, 14);
    EXPECT_STR(t->steps[0].scenario, "late-parcel");
    EXPECT_NEAR(t->steps[0].pass, 60, 1e-9);
    unsigned three = (1u << LANG_EN) | (1u << LANG_IT) | (1u << LANG_ES);
    EXPECT_INT(t->complete_langs & three, three);
  }
  track_free(t);
  diag_free(&d);
}

int main(void) {
  RUN_TEST(valid_track_is_read_with_exact_values);
  RUN_TEST(syntax_errors_give_line_and_column);
  RUN_TEST(the_top_level_must_be_a_complete_object);
  RUN_TEST(unknown_and_repeated_keys_are_errors);
  RUN_TEST(steps_name_their_index_and_key);
  RUN_TEST(texts_need_english_and_known_languages);
  RUN_TEST(every_problem_is_reported_at_once);
  RUN_TEST(unknown_scenario_ids_are_errors_when_resolving);
  RUN_TEST(files_and_folders);
  RUN_TEST(shipped_onboarding_track_loads);
  return t_summary();
}
