/* test_case.c — case studies: the civil date-times, the loader's checks of
   case{} and of the extra fields (each defect is tests/data/case-mini.lua
   with one edit, loaded from memory; the exact message and line are
   pinned), the clock of stamped posts and turning points, the case object
   of the result (reveals, real and trainee choices, the audience curve),
   history running backwards along a path (check), and determinism. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "civil.h"
#include "fixtures.h"
#include "result.h"
#include "run.h"
#include "testing.h"

#define MINI "tests/data/case-mini.lua"
#define B "tests/bad/"

static const int64_t MIN = 60 * 1000;
static char *mini; /* the source every bad case edits */

/* --- civil date-times ------------------------------------------------------ */

static void stamps_parse_and_format_on_the_civil_calendar(void) {
  int64_t a, b;
  EXPECT_INT(civil_parse("1970-01-01 00:00", &a), 0);
  EXPECT_INT(a, 0);
  EXPECT_INT(civil_parse("2014-01-30 18:00", &a), 0);
  EXPECT_INT(civil_parse("2014-02-01 18:00", &b), 0);
  EXPECT_INT(b - a, 48 * 60);
  EXPECT_INT(civil_parse("2012-02-28 23:59", &a), 0); /* a leap year */
  EXPECT_INT(civil_parse("2012-03-01 00:00", &b), 0);
  EXPECT_INT(b - a, 24 * 60 + 1);
  EXPECT_INT(civil_parse("2012-02-29 12:00", &a), 0);
  EXPECT_INT(civil_parse("2013-02-29 12:00", &a), -1);
  EXPECT_INT(civil_parse("2000-02-29 12:00", &a), 0); /* divisible by 400 */
  EXPECT_INT(civil_parse("2100-02-29 12:00", &a), -1);
  EXPECT_INT(civil_parse("2014-1-30 18:00", &a), -1);
  EXPECT_INT(civil_parse("2014-01-30 24:00", &a), -1);
  EXPECT_INT(civil_parse("2014-01-30T18:00", &a), -1);
  EXPECT_INT(civil_parse("2014-01-30 18:00 ", &a), -1);
  EXPECT_INT(civil_parse("2014-13-01 10:00", &a), -1);
  char buf[32];
  EXPECT_INT(civil_parse("2011-04-14 21:30", &a), 0);
  civil_format(a, buf, sizeof buf);
  EXPECT_STR(buf, "2011-04-14 21:30");
  civil_format(a + 3 * 24 * 60, buf, sizeof buf);
  EXPECT_STR(buf, "2011-04-17 21:30");
  civil_format(-1, buf, sizeof buf);
  EXPECT_STR(buf, "1969-12-31 23:59");
}

static void stamps_may_be_approximate_or_date_only(void) {
  int64_t a, b;
  CivilPrecision p;
  EXPECT_INT(civil_parse_stamp("2011-04-14 21:30", &a, &p), 0);
  EXPECT_INT(p, CIVIL_EXACT);
  EXPECT_INT(civil_parse_stamp("2011-04-14 ~21:30", &b, &p), 0);
  EXPECT_INT(p, CIVIL_APPROX);
  EXPECT_INT(b, a);
  EXPECT_INT(civil_parse_stamp("2011-04-14", &b, &p), 0);
  EXPECT_INT(p, CIVIL_DAY);
  EXPECT_INT(a - b, 9 * 60 + 30); /* placed at 12:00 */
  EXPECT_INT(civil_parse_stamp("2011-04-14 ~21:3", &b, &p), -1);
  EXPECT_INT(civil_parse_stamp("2011-04-14 ~ 21:30", &b, &p), -1);
  EXPECT_INT(civil_parse_stamp("2011-04-14~21:30", &b, &p), -1);
  EXPECT_INT(civil_parse_stamp("2011-04-31", &b, &p), -1);
  EXPECT_INT(civil_parse_stamp("2011-04-14 ", &b, &p), -1);
  char buf[32];
  civil_format_as(a, CIVIL_EXACT, buf, sizeof buf);
  EXPECT_STR(buf, "2011-04-14 21:30");
  civil_format_as(a, CIVIL_APPROX, buf, sizeof buf);
  EXPECT_STR(buf, "2011-04-14 ~21:30");
  civil_format_as(a, CIVIL_DAY, buf, sizeof buf);
  EXPECT_STR(buf, "2011-04-14");
  EXPECT_INT(civil_day(0), 0);
  EXPECT_INT(civil_day(-1), -1);
  EXPECT_INT(civil_day(a) - civil_day(a - 21 * 60 - 31), 1);
}

/* --- the loader -------------------------------------------------------------- */

typedef struct BadCase {
  const char *test, *find, *with; /* one edit of case-mini.lua */
  int errors;
  const char *want; /* the first message */
} BadCase;

static const BadCase bad_cases[] = {
    {"an_unknown_source_is_an_error", "stamp = \"2014-01-30 18:00\", source = \"S1\"",
     "stamp = \"2014-01-30 18:00\", source = \"S9\"", 1,
     B "case.lua:45: unknown source 'S9': cite an id listed in case.sources"},
    {"a_stamp_before_the_start_is_an_error", "2014-01-30 18:05", "2014-01-29 18:05", 1,
     B "case.lua:47: 'stamp' = \"2014-01-29 18:05\" comes before the case's start (2014-01-30 18:00)"},
    {"a_stamp_in_another_format_is_an_error", "2014-01-30 18:05", "30/01/2014 18:05", 1,
     B "case.lua:47: 'stamp' = \"30/01/2014 18:05\" is not a date and time: write \"YYYY-MM-DD HH:MM\", e.g. "
       "\"2014-01-30 18:05\" (or \"2014-01-30 ~18:05\" for an approximate time, \"2014-01-30\" when the time of day "
       "is not known)"},
    {"a_bad_start_is_an_error_and_stamps_are_not_measured_from_it", "start = \"2014-01-30 18:00\"",
     "start = \"2014-01-30\"", 1,
     B "case.lua:19: 'start' = \"2014-01-30\" is not a date and time: write \"YYYY-MM-DD HH:MM\""},
    {"a_turning_point_without_a_reveal_is_an_error",
     "        reveal = reveal { stamp = \"2014-02-01 18:00\", source = \"S2\",\n"
     "                          text = \"The firm apologised about two days later.\" },\n",
     "", 1,
     B "case.lua:76: a turning point needs 'reveal = reveal { text = ..., sources = { ... } }': what did the "
       "organisation actually do?"},
    {"two_real_choices_are_an_error", "empathy = 1, policy = 0,", "empathy = 1, policy = 0, real = true,", 1,
     B "case.lua:76: 2 choices are marked real = true; at most one is what the organisation did"},
    {"an_original_without_a_source_is_an_error", "at = \"20m\",", "at = \"20m\", original = \"«Gracias.»\",", 1,
     B "case.lua:91: 'original' quotes a source: add source = \"ID\" for the source that reports the wording"},
    {"a_history_post_without_a_source_is_an_error", "sources = { \"S1\" },", "", 2,
     B "case.lua:47: a post of history must cite its source: add source = \"ID\" (or sources = { \"ID\", ... })"},
    {"a_history_post_without_a_stamp_is_an_error", "stamp = \"2014-01-31 09:00\", source = \"S2\",", "source = \"S2\",",
     1, B "case.lua:72: missing 'stamp = \"YYYY-MM-DD HH:MM\"': every post of a case study has its real time"},
    {"a_history_post_with_at_is_an_error", "stamp = \"2014-01-31 09:00\", source = \"S2\",",
     "at = \"15h\", source = \"S2\",", 1,
     B "case.lua:72: a post of a case study gives its real time with 'stamp', not 'at' (only alternative beats "
       "use 'at')"},
    {"a_stamp_in_an_alternative_beat_is_an_error", "at = \"20m\",", "stamp = \"2014-01-30 20:00\",", 1,
     B "case.lua:91: a post in an alternative beat is not history: give it 'at', not 'stamp'"},
    {"posts_listed_out_of_order_are_an_error", "stamp = \"2014-01-30 18:00\", source = \"S1\"",
     "stamp = \"2014-01-30 18:10\", source = \"S1\"", 1,
     B "case.lua:47: post stamped 2014-01-30 18:05 comes before the post above it (2014-01-30 18:10)"},
    {"a_turning_point_before_its_posts_is_an_error", "stamp = \"2014-01-30 19:00\"", "stamp = \"2014-01-30 18:01\"", 1,
     B "case.lua:51: the turning point stamped 2014-01-30 18:01 comes before its beat's last post "
       "(2014-01-30 18:05)"},
    {"an_unknown_lesson_principle_is_an_error", "principle = \"never-threaten\"", "principle = \"be-nice\"", 1,
     B "case.lua:37: unknown principle 'be-nice' (see the principle ids in docs/scenario-format.md)"},
    {"reach_points_must_go_forward", "at = \"2014-02-01 12:00\"", "at = \"2014-01-31 09:00\"", 1,
     B "case.lua:34: reach points must go forward in time: this one is not after the one before"},
    {"a_reach_point_without_a_source_is_an_error", "value = 6000, source = \"S2\",", "value = 6000,", 1,
     B "case.lua:33: a reach point must cite its source: add source = \"ID\""},
    {"a_case_id_starts_with_case", "id = \"case-mini\"", "id = \"mini\"", 1,
     B "case.lua:4: a case study's id starts with \"case-\" (e.g. \"case-mini\")"},
    {"two_sources_with_one_id_are_an_error", "id = \"S3\"", "id = \"S2\"", 3,
     B "case.lua:30: two sources have the id 'S2'"},
    {"a_country_is_two_capital_letters", "country = \"ES\"", "country = \"Spain\"", 1,
     B "case.lua:19: 'country' = \"Spain\" must be an ISO 3166 code of two capital letters, e.g. \"ES\""},
    {"a_date_only_reach_point_on_an_earlier_day_is_an_error", "at = \"2014-02-01 12:00\"", "at = \"2014-01-30\"", 1,
     B "case.lua:34: reach point at 2014-01-30 comes before the one above it (2014-01-31 09:00)"},
    {"a_date_only_turning_point_on_an_earlier_day_is_an_error", "stamp = \"2014-01-31 10:00\"",
     "stamp = \"2014-01-30\"", 1,
     B "case.lua:76: the turning point stamped 2014-01-30 comes before its beat's last post (2014-01-31 09:00)"},
    {"an_approximate_stamp_keeps_its_place_in_the_order", "stamp = \"2014-01-30 19:00\"",
     "stamp = \"2014-01-30 ~18:01\"", 1,
     B "case.lua:51: the turning point stamped 2014-01-30 ~18:01 comes before its beat's last post "
       "(2014-01-30 18:05)"},
    {"a_date_only_stamp_before_the_start_day_is_an_error", "2014-01-30 18:05", "2014-01-29", 1,
     B "case.lua:47: 'stamp' = \"2014-01-29\" comes before the case's start (2014-01-30 18:00)"},
    {"source_and_sources_together_are_an_error", "sources = { \"S1\" },", "source = \"S1\", sources = { \"S1\" },", 1,
     B "case.lua:47: give 'source' or 'sources', not both"},
};

static void one_bad_case(const BadCase *c) {
  int found;
  char *src = replace_all(mini, c->find, c->with, &found);
  EXPECT(found > 0);
  Diag d = {0};
  Scenario *s = scn_load_buffer(B "case.lua", src, strlen(src), NULL, &d);
  int before = t_failures;
  EXPECT(s == NULL);
  EXPECT_INT(d.errors, c->errors);
  EXPECT_STR(d.count > 0 ? d.items[0].msg : NULL, c->want);
  for (int i = 0; t_failures > before && i < d.count; i++) {
    fprintf(stderr, "  got: %s\n", d.items[i].msg);
  }
  scn_free(s);
  diag_free(&d);
  free(src);
}

static void a_reveal_needs_a_source(void) {
  int found;
  char *src = replace_all(mini, "stamp = \"2014-01-30 19:30\", sources = { \"S1\", \"S3\" },",
                          "stamp = \"2014-01-30 19:30\",", &found);
  Diag d = {0};
  Scenario *s = scn_load_buffer(B "case.lua", src, strlen(src), NULL, &d);
  EXPECT(s == NULL);
  EXPECT_STR(d.count ? d.items[0].msg : NULL,
             B "case.lua:53: a reveal must cite its source: add source = \"ID\" (or sources = { \"ID\", ... })");
  scn_free(s);
  diag_free(&d);
  free(src);
}

static void real_in_an_alternative_beat_is_an_error(void) {
  int found;
  char *src = replace_all(
      mini, "      ending = ending { outcome = \"resolved\", text = \"The complaint stays a complaint.\" },",
      "      decision = decision { prompt = \"?\", reveal = reveal { text = \"r\", source = \"S1\" },\n"
      "        choices = { choice { text = \"a\", empathy = 1, policy = 1, real = true, "
      "feedback = \"f\", next = \"end-history\" },\n"
      "                    choice { text = \"b\", empathy = 2, policy = 2, feedback = \"f\", "
      "next = \"end-history\" } } },",
      &found);
  EXPECT_INT(found, 1);
  Diag d = {0};
  Scenario *s = scn_load_buffer(B "case.lua", src, strlen(src), NULL, &d);
  EXPECT(s == NULL);
  EXPECT_INT(d.errors, 1);
  EXPECT_STR(d.count ? d.items[0].msg : NULL,
             B "case.lua:94: 'real' in an alternative beat: nothing there is what the organisation did");
  scn_free(s);
  diag_free(&d);
  free(src);
}

static void a_case_id_without_a_case_table_is_an_error(void) {
  Diag d = {0};
  const char *src = "return scenario { id = \"case-x\", title = \"t\", summary = \"s\", archetype = \"crisis\",\n"
                    "  channel = \"feed\", difficulty = \"intro\", minutes = 1, brand = { name = \"b\", handle = "
                    "\"@b\" },\n"
                    "  personas = { persona { id = \"p\", name = \"P\", handle = \"@p\", role = \"r\" } },\n"
                    "  beats = { beat { id = \"e\", ending = ending { outcome = \"resolved\", text = \"x\" } } } }\n";
  Scenario *s = scn_load_buffer(B "plain.lua", src, strlen(src), NULL, &d);
  EXPECT(s == NULL);
  EXPECT_STR(d.count ? d.items[0].msg : NULL,
             B "plain.lua:1: the id 'case-x' names a case study, which needs 'case = case { ... }'");
  diag_free(&d);
  scn_free(s);
}

static void case_fields_are_unknown_in_an_ordinary_scenario(void) {
  char *worked = read_text("tests/data/worked-example.lua");
  int found;
  char *src =
      replace_all(worked, "text = \"Where is my order?\"", "text = \"Where?\", stamp = \"2014-01-30 18:00\"", &found);
  EXPECT_INT(found, 1);
  Diag d = {0};
  Scenario *s = scn_load_buffer(B "plain.lua", src, strlen(src), NULL, &d);
  EXPECT(s == NULL);
  EXPECT_CONTAINS(d.count ? d.items[0].msg : NULL, B "plain.lua:17: unknown field 'stamp' in post");
  diag_free(&d);
  scn_free(s);
  free(src);
  free(worked);
}

static void an_uncited_source_is_a_warning(void) {
  int found;
  char *src = replace_all(mini, "source = \"S3\", label", "source = \"S2\", label", &found);
  char *src2 = replace_all(src, "sources = { \"S1\", \"S3\" }", "sources = { \"S1\" }", &found);
  Diag d = {0};
  Scenario *s = scn_load_buffer(B "case.lua", src2, strlen(src2), NULL, &d);
  EXPECT(s != NULL);
  EXPECT_INT(d.errors, 0);
  EXPECT_INT(d.warnings, 1);
  EXPECT_STR(d.count ? d.items[0].msg : NULL, B "case.lua:30: source 'S3' is never cited");
  scn_free(s);
  diag_free(&d);
  free(src);
  free(src2);
}

static void the_fixture_loads_with_its_case(void) {
  Scenario *s = load(MINI);
  EXPECT(s != NULL);
  if (!s) {
    return;
  }
  const CaseInfo *c = s->case_info;
  EXPECT(c != NULL);
  EXPECT_STR(c->organisation, "Mudanzas Ejemplo");
  EXPECT_INT(c->n_sources, 3);
  EXPECT_INT(c->n_reach, 2);
  EXPECT_INT(c->reach[0].at_ms, 15 * 60 * MIN);
  EXPECT_INT(c->n_lessons, 2);
  EXPECT_STR(principles[c->lessons[0].principle].id, "never-threaten");
  const Beat *b = &s->beats[scn_beat_index(s, "complaint")];
  EXPECT_INT(b->posts[1].stamp_ms, 5 * MIN);
  EXPECT_STR(b->posts[1].original, "«No aseguran fecha de entrega.»");
  EXPECT_INT(b->decision->stamp_ms, 60 * MIN);
  EXPECT_INT(b->decision->reveal->stamp_ms, 90 * MIN);
  EXPECT_INT(b->decision->reveal->n_sources, 2);
  EXPECT_INT(b->decision->choices[0].real, 1);
  EXPECT_INT(s->beats[scn_beat_index(s, "calm")].alternative, 1);
  scn_free(s);
}

/* --- the clock --------------------------------------------------------------- */

static Run *start(const Scenario *s) {
  RunOpts o = {.seed = 1, .time_factor = 1, .record_events = 1};
  Run *r = run_new(s, &o);
  EXPECT_INT(run_start(r), RUN_OK);
  return r;
}

static void stamped_posts_and_turning_points_come_at_their_real_time(void) {
  Scenario *s = load(MINI);
  Run *r = start(s);
  int n;
  const RunEvent *ev = run_events(r, &n);
  EXPECT_INT(n, 2);
  EXPECT_INT(ev[0].sim_ms, 0);
  EXPECT_INT(ev[1].sim_ms, 5 * MIN);
  Pending p[2];
  EXPECT_INT(run_pending(r, p, 2), 1);
  EXPECT_INT(run_sim_ms(r), 60 * MIN); /* the turning point's stamp, 19:00 */
  /* 10 real seconds at rate 600 are 100 simulated minutes */
  EXPECT_INT(run_answer(r, 0, 0, 10 * 1000), RUN_OK);
  ev = run_events(r, &n);
  EXPECT_INT(n, 4);
  EXPECT_INT(ev[2].sim_ms, 160 * MIN);      /* the reply */
  EXPECT_INT(ev[3].sim_ms, 15 * 60 * MIN);  /* the press post, stamped 09:00 the next day */
  EXPECT_INT(run_sim_ms(r), 16 * 60 * MIN); /* the next turning point, 10:00 */
  run_free(r);
  scn_free(s);
}

static void a_turning_point_after_a_48_hour_cost_opens_at_entry(void) {
  Scenario *s = load(MINI);
  Run *r = start(s);
  EXPECT_INT(run_answer(r, 0, 2, 10 * 1000), RUN_OK); /* "wait for the legal team": 48 h */
  int n;
  const RunEvent *ev = run_events(r, &n);
  EXPECT_INT(n, 4);
  EXPECT_INT(ev[3].sim_ms, 160 * MIN + 48 * 60 * MIN); /* later than its stamp: due on entry */
  EXPECT_INT(run_sim_ms(r), 160 * MIN + 48 * 60 * MIN);
  Pending p[2];
  EXPECT_INT(run_pending(r, p, 2), 1);
  EXPECT_STR(s->beats[p[0].beat].id, "spread");
  run_free(r);
  scn_free(s);
}

static void an_alternative_beat_runs_on_relative_time(void) {
  Scenario *s = load(MINI);
  Run *r = start(s);
  EXPECT_INT(run_answer(r, 0, 1, 5 * 1000), RUN_OK); /* the apology: "what might have happened" */
  EXPECT(run_done(r));
  int n;
  const RunEvent *ev = run_events(r, &n);
  EXPECT_INT(ev[n - 2].sim_ms, 110 * MIN + 20 * MIN);
  EXPECT_STR(s->beats[run_ending_beat(r)].id, "calm");
  run_free(r);
  scn_free(s);
}

/* --- the result ---------------------------------------------------------------- */

static cJSON *played(const Scenario *s, int first, int second, char **text) {
  Run *r = start(s);
  run_answer(r, 0, first, 10 * 1000);
  run_answer(r, 0, second, 10 * 1000);
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  ScoreCard card;
  score_compute(s, recs, n, 1, &card);
  cJSON *json = result_to_json(r, &card, LANG_EN);
  *text = cJSON_PrintUnformatted(json);
  run_free(r);
  return json;
}

static double num(const cJSON *o, const char *key) {
  return cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(o, key));
}

static const char *str(const cJSON *o, const char *key) {
  return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, key));
}

static void the_result_sets_the_real_path_beside_the_trainees(void) {
  Scenario *s = load(MINI);
  char *text;
  cJSON *json = played(s, 2, 0, &text); /* waits 48 h, then apologises as they did */
  const cJSON *c = cJSON_GetObjectItemCaseSensitive(json, "case");
  EXPECT(c != NULL);
  EXPECT_STR(str(c, "start"), "2014-01-30 18:00");
  const cJSON *d = cJSON_GetObjectItemCaseSensitive(c, "decisions");
  EXPECT_INT(cJSON_GetArraySize(d), 2);
  const cJSON *d0 = cJSON_GetArrayItem(d, 0), *d1 = cJSON_GetArrayItem(d, 1);
  EXPECT_INT(num(d0, "real_choice"), 1);
  EXPECT_INT(num(d0, "choice"), 3);
  EXPECT(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(d0, "same_as_real")));
  EXPECT_STR(str(d0, "real_reply"), "(Threaten legal action.)");
  EXPECT_STR(str(d0, "real_stamp"), "2014-01-30 19:30");
  EXPECT_STR(str(d0, "stamp"), "2014-02-01 20:40"); /* answered at 20:40, out 48 h later */
  EXPECT_NEAR(num(d0, "difference_minutes"), 2950, 1e-9);
  EXPECT_STR(str(d0, "reveal"), "The firm threatened legal action over the hashtag.");
  const cJSON *rs = cJSON_GetObjectItemCaseSensitive(d0, "reveal_sources");
  EXPECT_INT(cJSON_GetArraySize(rs), 2);
  EXPECT_STR(cJSON_GetStringValue(cJSON_GetArrayItem(rs, 1)), "S3");
  EXPECT(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d1, "same_as_real")));
  EXPECT_STR(str(d1, "stamp"), "2014-02-01 22:20");
  EXPECT_NEAR(num(d1, "difference_minutes"), 260, 1e-9); /* 4 h 20 min after the real apology */
  const cJSON *reach = cJSON_GetObjectItemCaseSensitive(c, "reach");
  EXPECT_INT(cJSON_GetArraySize(reach), 2);
  EXPECT_NEAR(num(cJSON_GetArrayItem(reach, 1), "value"), 10000, 1e-9);
  EXPECT_STR(str(cJSON_GetArrayItem(reach, 1), "at"), "2014-02-01 12:00");
  EXPECT_STR(str(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(c, "lessons"), 0), "principle"), "never-threaten");
  EXPECT_STR(str(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(c, "sources"), 0), "url"),
             "https://example.org/complaint");
  cJSON_Delete(json);
  free(text);
  scn_free(s);
}

static void the_audience_curve_is_sampled_at_every_event(void) {
  Scenario *s = load(MINI);
  char *text;
  cJSON *json = played(s, 2, 0, &text);
  const cJSON *curve = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(json, "case"), "audience");
  static const double want[][2] = {{0, 20}, {300, 20}, {9600, 40}, {182400, 40}, {188400, 30}};
  EXPECT_INT(cJSON_GetArraySize(curve), 5);
  for (int i = 0; i < 5 && i < cJSON_GetArraySize(curve); i++) {
    EXPECT_NEAR(num(cJSON_GetArrayItem(curve, i), "sim_seconds"), want[i][0], 1e-9);
    EXPECT_NEAR(num(cJSON_GetArrayItem(curve, i), "audience"), want[i][1], 1e-9);
  }
  EXPECT_STR(str(cJSON_GetArrayItem(curve, 4), "at"), "2014-02-01 22:20");
  cJSON_Delete(json);
  free(text);
  scn_free(s);
}

static void silence_can_be_what_they_really_did(void) {
  int found;
  char *a = replace_all(mini, "empathy = 0, policy = 0, real = true,", "empathy = 0, policy = 0,", &found);
  char *src = replace_all(a, "silence = choice { empathy = 2,", "silence = choice { real = true, empathy = 2,", &found);
  Diag d = {0};
  Scenario *s = scn_load_buffer("case.lua", src, strlen(src), NULL, &d);
  EXPECT(s != NULL);
  if (s) {
    Run *r = start(s);
    EXPECT_INT(run_wait(r, 0), RUN_OK); /* 12 h from 19:00 */
    int n;
    const DecisionRecord *recs = run_records(r, &n);
    ScoreCard card;
    score_compute(s, recs, n, 1, &card);
    cJSON *json = result_to_json(r, &card, LANG_EN);
    const cJSON *d0 = cJSON_GetArrayItem(
        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(json, "case"), "decisions"), 0);
    EXPECT_INT(num(d0, "real_choice"), 0);
    EXPECT_INT(num(d0, "choice"), 0);
    EXPECT(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d0, "same_as_real")));
    EXPECT_STR(str(d0, "stamp"), "2014-01-31 07:00");
    EXPECT_NEAR(num(d0, "difference_minutes"), 11.5 * 60, 1e-9);
    cJSON_Delete(json);
    run_free(r);
  }
  scn_free(s);
  diag_free(&d);
  free(a);
  free(src);
}

static void an_ordinary_result_has_no_case(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  Run *r = start(s);
  run_answer(r, 0, 0, 1000);
  run_answer(r, 0, 0, 1000);
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  ScoreCard card;
  score_compute(s, recs, n, 1, &card);
  cJSON *json = result_to_json(r, &card, LANG_EN);
  EXPECT(cJSON_GetObjectItemCaseSensitive(json, "case") == NULL);
  const AudienceSample *curve = run_audience_curve(r, &n);
  EXPECT(n > 0);
  EXPECT_INT(curve[0].sim_ms, 0);
  cJSON_Delete(json);
  run_free(r);
  scn_free(s);
}

static void the_same_moves_give_the_same_case_result(void) {
  Scenario *s = load(MINI);
  char *a, *b;
  cJSON *ja = played(s, 0, 1, &a), *jb = played(s, 0, 1, &b);
  EXPECT(a && b && strcmp(a, b) == 0);
  cJSON_Delete(ja);
  cJSON_Delete(jb);
  free(a);
  free(b);
  scn_free(s);
}

/* --- uncertain notes, approximate and date-only stamps ------------------------ */

/* case-mini.lua with each {find, with} pair applied once; NULL-terminated. */
static char *edited(const char *const *pairs) {
  char *src = strdup(mini);
  for (int i = 0; src && pairs[i]; i += 2) {
    int found;
    char *next = replace_all(src, pairs[i], pairs[i + 1], &found);
    EXPECT_INT(found, 1);
    free(src);
    src = next;
  }
  return src;
}

static Scenario *load_edited(const char *const *pairs) {
  char *src = edited(pairs);
  Diag d = {0};
  Scenario *s = scn_load_buffer("case.lua", src, strlen(src), NULL, &d);
  EXPECT(s != NULL);
  EXPECT_INT(d.errors, 0);
  for (int i = 0; i < d.count; i++) {
    fprintf(stderr, "  got: %s\n", d.items[i].msg);
  }
  diag_free(&d);
  free(src);
  return s;
}

static const cJSON *item(const cJSON *o, const char *key) {
  return cJSON_GetObjectItemCaseSensitive(o, key);
}

static void uncertain_notes_reach_the_result(void) {
  static const char *const pairs[] = {
      "text = \"The firm threatened legal action over the hashtag.\" },",
      "text = \"The firm threatened legal action over the hashtag.\", uncertain = \"One source only.\" },",
      "stamp = \"2014-01-30 19:00\", target = 60,",
      "stamp = \"2014-01-30 19:00\", target = 60, uncertain = \"The moment is a guess.\",",
      "label = \"posts mentioning the brand\" },\n      point",
      "label = \"posts mentioning the brand\", uncertain = \"Hour approximate.\" },\n      point",
      NULL};
  Scenario *s = load_edited(pairs);
  if (!s) {
    return;
  }
  EXPECT_STR(text_get(&s->beats[0].decision->uncertain, LANG_EN, s->lang), "The moment is a guess.");
  char *text;
  cJSON *json = played(s, 2, 0, &text);
  const cJSON *c = item(json, "case");
  const cJSON *d0 = cJSON_GetArrayItem(item(c, "decisions"), 0), *d1 = cJSON_GetArrayItem(item(c, "decisions"), 1);
  EXPECT_STR(str(d0, "reveal_uncertain"), "One source only.");
  EXPECT_STR(str(d0, "uncertain"), "The moment is a guess.");
  EXPECT(cJSON_IsNull(item(d1, "reveal_uncertain")));
  EXPECT(cJSON_IsNull(item(d1, "uncertain")));
  const cJSON *reach = item(c, "reach");
  EXPECT_STR(str(cJSON_GetArrayItem(reach, 0), "uncertain"), "Hour approximate.");
  EXPECT(cJSON_IsNull(item(cJSON_GetArrayItem(reach, 1), "uncertain")));
  EXPECT_STR(str(cJSON_GetArrayItem(reach, 0), "at_precision"), "exact");
  cJSON_Delete(json);
  free(text);
  scn_free(s);
}

static void a_reveal_without_a_stamp_has_no_real_time(void) {
  static const char *const pairs[] = {"reveal = reveal { stamp = \"2014-01-30 19:30\", ", "reveal = reveal { ", NULL};
  Scenario *s = load_edited(pairs);
  if (!s) {
    return;
  }
  char *text;
  cJSON *json = played(s, 2, 0, &text);
  const cJSON *d0 = cJSON_GetArrayItem(item(item(json, "case"), "decisions"), 0);
  EXPECT(cJSON_IsNull(item(d0, "real_stamp"))); /* not the turning point's 19:00 */
  EXPECT(cJSON_IsNull(item(d0, "real_stamp_precision")));
  EXPECT(cJSON_IsFalse(item(d0, "real_time_known")));
  EXPECT(cJSON_IsNull(item(d0, "difference_minutes")));
  EXPECT(cJSON_IsNull(item(d0, "difference_days")));
  EXPECT(cJSON_IsNull(item(d0, "reveal_stamp")));
  EXPECT_STR(str(d0, "turning_point_stamp"), "2014-01-30 19:00");
  EXPECT_STR(str(d0, "turning_point_stamp_precision"), "exact");
  EXPECT_STR(str(d0, "stamp"), "2014-02-01 20:40");
  const cJSON *d1 = cJSON_GetArrayItem(item(item(json, "case"), "decisions"), 1);
  EXPECT(cJSON_IsTrue(item(d1, "real_time_known")));
  EXPECT_STR(str(d1, "real_stamp_precision"), "exact");
  EXPECT_NEAR(num(d1, "difference_days"), 0, 1e-9);
  cJSON_Delete(json);
  free(text);
  scn_free(s);
}

static void approximate_and_date_only_real_times_are_marked(void) {
  static const char *const pairs[] = {"stamp = \"2014-01-30 19:30\",", "stamp = \"2014-01-30 ~19:30\",",
                                      "stamp = \"2014-02-01 18:00\"", "stamp = \"2014-02-01\"", NULL};
  Scenario *s = load_edited(pairs);
  if (!s) {
    return;
  }
  char *text;
  cJSON *json = played(s, 2, 0, &text);
  const cJSON *d = item(item(json, "case"), "decisions");
  const cJSON *d0 = cJSON_GetArrayItem(d, 0), *d1 = cJSON_GetArrayItem(d, 1);
  EXPECT_STR(str(d0, "real_stamp"), "2014-01-30 19:30");
  EXPECT_STR(str(d0, "real_stamp_precision"), "approximate");
  EXPECT_STR(str(d0, "reveal_stamp_precision"), "approximate");
  EXPECT_NEAR(num(d0, "difference_minutes"), 2950, 1e-9);
  EXPECT_NEAR(num(d0, "difference_days"), 2, 1e-9);
  EXPECT_STR(str(d1, "real_stamp"), "2014-02-01 12:00"); /* placed at noon, marked as a date */
  EXPECT_STR(str(d1, "real_stamp_precision"), "date");
  EXPECT(cJSON_IsTrue(item(d1, "real_time_known")));
  EXPECT(cJSON_IsNull(item(d1, "difference_minutes"))); /* the hour is not known: no minutes */
  EXPECT_NEAR(num(d1, "difference_days"), 0, 1e-9);     /* the trainee answered on 1 February too */
  cJSON_Delete(json);
  free(text);
  scn_free(s);
}

static void a_date_only_stamp_is_placed_between_its_neighbours(void) {
  static const char *const pairs[] = {"stamp = \"2014-01-31 09:00\", source = \"S2\", shares",
                                      "stamp = \"2014-01-31\", source = \"S2\", shares",
                                      "at = \"2014-01-31 09:00\"",
                                      "at = \"2014-01-31\"",
                                      "stamp = \"2014-01-30 18:05\"",
                                      "stamp = \"2014-01-30\"",
                                      NULL};
  Scenario *s = load_edited(pairs);
  if (!s) {
    return;
  }
  const Beat *complaint = &s->beats[0], *spread = &s->beats[1];
  EXPECT_INT(complaint->posts[1].precision, CIVIL_DAY);
  EXPECT_INT(complaint->posts[1].stamp_ms, 0); /* the start's day, noon is before 18:00: after the post above */
  EXPECT_INT(spread->posts[0].precision, CIVIL_DAY);
  EXPECT_INT(spread->posts[0].stamp_ms, 16 * 60 * MIN); /* not noon: no later than the turning point at 10:00 */
  EXPECT_INT(spread->first_day, 1);
  EXPECT_INT(spread->first_timed_ms, 16 * 60 * MIN);
  EXPECT_INT(s->case_info->reach[0].at_ms, 18 * 60 * MIN); /* a reach point on its own: noon */
  EXPECT_INT(s->case_info->reach[0].precision, CIVIL_DAY);
  scn_free(s);
}

static void two_date_only_reach_points_on_one_day_are_an_error(void) {
  static const char *const pairs[] = {"at = \"2014-01-31 09:00\"", "at = \"2014-01-31\"", "at = \"2014-02-01 12:00\"",
                                      "at = \"2014-01-31\"", NULL};
  char *src = edited(pairs);
  Diag d = {0};
  Scenario *s = scn_load_buffer(B "case.lua", src, strlen(src), NULL, &d);
  EXPECT(s == NULL);
  EXPECT_INT(d.errors, 1);
  EXPECT_STR(d.count ? d.items[0].msg : NULL,
             B "case.lua:34: reach points must go forward in time: this one is not after the one before");
  scn_free(s);
  diag_free(&d);
  free(src);
}

static void a_date_only_reach_point_may_share_a_day_with_a_timed_one(void) {
  static const char *const pairs[] = {"at = \"2014-02-01 12:00\"", "at = \"2014-01-31 ~10:00\"",
                                      "at = \"2014-01-31 09:00\"", "at = \"2014-01-31\"", NULL};
  Scenario *s = load_edited(pairs);
  if (s) {
    EXPECT_INT(s->case_info->reach[0].at_ms, (16 * 60 - 1) * MIN); /* not noon: just before the point at ~10:00 */
    EXPECT_INT(s->case_info->reach[1].precision, CIVIL_APPROX);
  }
  scn_free(s);
}

/* --- check --------------------------------------------------------------------- */

static int check_text(const char *src, char **text) {
  char dir[] = "/tmp/thickskin-case-XXXXXX";
  char path[64];
  if (!mkdtemp(dir)) {
    return -1;
  }
  snprintf(path, sizeof path, "%s/case-back.lua", dir);
  FILE *f = fopen(path, "w");
  fputs(src, f);
  fclose(f);
  size_t len;
  FILE *out = open_memstream(text, &len);
  CheckOpts o = {0};
  int errors = check_file(path, &o, out);
  fclose(out);
  unlink(path);
  rmdir(dir);
  return errors;
}

static void check_finds_history_going_back_along_a_path(void) {
  int found;
  char *a = replace_all(mini, "stamp = \"2014-01-31 09:00\"", "stamp = \"2014-01-30 18:30\"", &found);
  char *src = replace_all(a, "stamp = \"2014-01-31 10:00\"", "stamp = \"2014-01-30 18:40\"", &found);
  char *text = NULL;
  EXPECT_INT(check_text(src, &text), 1);
  EXPECT_CONTAINS(text, "case-back.lua:70: history goes back in time at beat 'spread': it starts at 2014-01-30 "
                        "18:30, but this path was already at 2014-01-30 19:00 (path: complaint:1 > spread:1)");
  free(text);
  free(src);
  free(a);
}

static void check_orders_a_date_only_beat_by_its_day(void) {
  static const char *const same_day[] = {"stamp = \"2014-01-31 09:00\"", "stamp = \"2014-01-30\"", NULL};
  char *src = edited(same_day);
  char *text = NULL;
  EXPECT_INT(check_text(src, &text), 0); /* 19:00 then "2014-01-30": the same day, so not back in time */
  free(text);
  free(src);
  static const char *const earlier_day[] = {"stamp = \"2014-01-30 19:00\"",
                                            "stamp = \"2014-01-31 19:00\"",
                                            "stamp = \"2014-01-31 09:00\"",
                                            "stamp = \"2014-01-30\"",
                                            "stamp = \"2014-01-31 10:00\"",
                                            "stamp = \"2014-02-01 10:00\"",
                                            NULL};
  src = edited(earlier_day);
  text = NULL;
  EXPECT_INT(check_text(src, &text), 1);
  EXPECT_CONTAINS(text, "case-back.lua:70: history goes back in time at beat 'spread': it starts at 2014-01-30, but "
                        "this path was already at 2014-01-31 (path: complaint:1 > spread:1)");
  free(text);
  free(src);
}

static void check_passes_the_fixture_and_sums_it_up(void) {
  char *text = NULL;
  EXPECT_INT(check_text(mini, &text), 0);
  EXPECT_CONTAINS(text, "case: Mudanzas Ejemplo (ES), from 2014-01-30 18:00 CET; 3 sources, 2 reach points, "
                        "2 turning points, 1 alternative beat");
  free(text);
}

int main(void) {
  mini = read_text(MINI);
  if (!mini) {
    fprintf(stderr, "cannot read %s\n", MINI);
    return 1;
  }
  RUN_TEST(stamps_parse_and_format_on_the_civil_calendar);
  RUN_TEST(stamps_may_be_approximate_or_date_only);
  RUN_TEST(the_fixture_loads_with_its_case);
  for (size_t i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
    RUN_NAMED(bad_cases[i].test, one_bad_case(&bad_cases[i]));
  }
  RUN_TEST(a_reveal_needs_a_source);
  RUN_TEST(real_in_an_alternative_beat_is_an_error);
  RUN_TEST(a_case_id_without_a_case_table_is_an_error);
  RUN_TEST(case_fields_are_unknown_in_an_ordinary_scenario);
  RUN_TEST(an_uncited_source_is_a_warning);
  RUN_TEST(stamped_posts_and_turning_points_come_at_their_real_time);
  RUN_TEST(a_turning_point_after_a_48_hour_cost_opens_at_entry);
  RUN_TEST(an_alternative_beat_runs_on_relative_time);
  RUN_TEST(the_result_sets_the_real_path_beside_the_trainees);
  RUN_TEST(the_audience_curve_is_sampled_at_every_event);
  RUN_TEST(silence_can_be_what_they_really_did);
  RUN_TEST(an_ordinary_result_has_no_case);
  RUN_TEST(the_same_moves_give_the_same_case_result);
  RUN_TEST(check_finds_history_going_back_along_a_path);
  RUN_TEST(uncertain_notes_reach_the_result);
  RUN_TEST(a_reveal_without_a_stamp_has_no_real_time);
  RUN_TEST(approximate_and_date_only_real_times_are_marked);
  RUN_TEST(a_date_only_stamp_is_placed_between_its_neighbours);
  RUN_TEST(two_date_only_reach_points_on_one_day_are_an_error);
  RUN_TEST(a_date_only_reach_point_may_share_a_day_with_a_timed_one);
  RUN_TEST(check_orders_a_date_only_beat_by_its_day);
  RUN_TEST(check_passes_the_fixture_and_sums_it_up);
  free(mini);
  return t_summary();
}
