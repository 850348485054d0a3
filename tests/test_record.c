/* test_record.c — an attempt built from a run, written as a JSON line and
   read back; every field a damaged or hand-edited line can get wrong */
#include <stdlib.h>

#include "attempts.h"
#include "fixtures.h"
#include "record.h"
#include "run.h"
#include "testing.h"

#define ID1 "0a1b2c3d-0000-4000-8000-00000000abcd"
#define T0 1780000000000LL /* 2026-05-28T20:26:40Z */

/* The worked example: C after 45 s, then Y after 20 s (docs/scoring.md). */
static Run *play_worked_example(const Scenario *s, ScoreCard *card, int finish) {
  RunOpts o = {.seed = 7, .time_factor = 1, .record_events = 1};
  Run *r = run_new(s, &o);
  EXPECT_INT(run_start(r), RUN_OK);
  EXPECT_INT(run_answer(r, 0, 2, 45000), RUN_OK);
  if (finish) {
    EXPECT_INT(run_answer(r, 0, 1, 20000), RUN_OK);
  }
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  score_compute(s, recs, n, 1, card);
  return r;
}

static void a_finished_run_becomes_an_exact_line(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  Run *r = play_worked_example(s, &card, 1);
  AttemptMeta meta = {.id = ID1,
                      .trainee = "  Anna B. ",
                      .mode = REC_ASSESSED,
                      .lang = LANG_EN,
                      .started_ms = T0,
                      .ended_ms = T0 + 65432};
  Attempt a;
  char err[256] = "";
  EXPECT_INT(attempt_from_run(r, &card, &meta, &a, err, sizeof err), 0);
  EXPECT_STR(a.trainee, "Anna B.");
  EXPECT_INT(a.finished, 1);
  EXPECT_INT(a.n_decisions, 2);
  char *line = attempt_to_line(&a);
  char expected[2048];
  snprintf(expected, sizeof expected,
           "{\"v\":1,\"id\":\"" ID1 "\",\"trainee\":\"Anna B.\",\"scenario\":\"worked-example\","
           "\"title\":\"Worked example\",\"hash\":\"%016llx\",\"mode\":\"assessed\",\"seed\":\"7\",\"lang\":\"en\","
           "\"time_factor\":1,\"started\":\"2026-05-28T20:26:40.000Z\",\"ended\":\"2026-05-28T20:27:45.432Z\","
           "\"real_ms\":65000,\"finished\":true,\"outcome\":\"escalated\",\"scores\":{\"empathy\":27.8,"
           "\"speed\":50,\"policy\":100,\"overall\":59.3,\"pass\":false,\"pass_mark\":60},\"decisions\":["
           "{\"thread\":\"main\",\"beat\":\"d1\",\"choice\":3,\"reaction_ms\":45000},"
           "{\"thread\":\"main\",\"beat\":\"d2\",\"choice\":2,\"reaction_ms\":20000}]}\n",
           (unsigned long long)s->hash);
  EXPECT_STR(line, expected);
  free(line);
  attempt_clear(&a);
  run_free(r);
  scn_free(s);
}

static void an_abandoned_run_is_recorded_as_not_finished(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  Run *r = play_worked_example(s, &card, 0);
  AttemptMeta meta = {.id = ID1,
                      .trainee = NULL,
                      .mode = REC_PRACTICE,
                      .session = "room-4",
                      .lang = LANG_IT,
                      .started_ms = T0,
                      .ended_ms = T0};
  Attempt a;
  char err[256] = "";
  EXPECT_INT(attempt_from_run(r, &card, &meta, &a, err, sizeof err), 0);
  EXPECT_STR(a.trainee, "guest");
  EXPECT_INT(a.finished, 0);
  EXPECT_INT(a.pass, 0);
  EXPECT_STR(a.outcome, "");
  EXPECT_STR(a.session, "room-4");
  EXPECT_STR(a.lang, "it");
  EXPECT_INT(a.n_decisions, 1);
  EXPECT_INT(a.decisions[0].choice, 3);
  EXPECT_INT(a.real_ms, 45000);
  attempt_clear(&a);
  /* a clock stepped back during the play still gives a readable record */
  meta.ended_ms = T0 - 5000;
  EXPECT_INT(attempt_from_run(r, &card, &meta, &a, err, sizeof err), 0);
  EXPECT_STR(a.ended, a.started);
  char *line = attempt_to_line(&a);
  EXPECT(line != NULL);
  free(line);
  attempt_clear(&a);
  run_free(r);
  scn_free(s);
}

static void a_line_reads_back_to_the_same_attempt(void) {
  Attempt a = sample_attempt(42, "Zoë \"the badge\" 17", "late-parcel", 72.5, 40, 90);
  a.seed = 18446744073709551615ull; /* past 2^53: kept exactly because it is written as a string */
  a.mode = REC_WORKSHOP;
  snprintf(a.session, sizeof a.session, "ws-2026-12");
  char *line = attempt_to_line(&a);
  Attempt b;
  char err[256] = "";
  EXPECT(line != NULL);
  EXPECT_INT(attempt_parse(line, strlen(line) - 1, &b, err, sizeof err), 0);
  EXPECT_STR(err, "");
  EXPECT_STR(b.id, a.id);
  EXPECT_STR(b.trainee, "Zoë \"the badge\" 17");
  EXPECT(b.seed == 18446744073709551615ull);
  EXPECT_INT(b.mode, REC_WORKSHOP);
  EXPECT_STR(b.session, "ws-2026-12");
  EXPECT_STR(b.started, "2026-05-29T03:26:40.000Z"); /* 42 × 10 min after T0 */
  EXPECT_NEAR(b.axis[AXIS_EMPATHY], 72.5, 1e-12);
  EXPECT_NEAR(b.overall, 67.5, 1e-12);
  EXPECT_INT(b.pass, 1);
  EXPECT_INT(b.n_decisions, 2);
  EXPECT_STR(b.decisions[1].beat, "d2");
  EXPECT_INT(b.decisions[1].choice, 0);
  EXPECT_INT(b.decisions[0].reaction_ms, 4200);
  char *again = attempt_to_line(&b);
  EXPECT_STR(again, line);
  free(line);
  free(again);
  attempt_clear(&a);
  attempt_clear(&b);
}

/* 'find' in a valid line replaced by 'with' must be refused with 'reason'. */
static void refused(const char *find, const char *with, const char *reason) {
  Attempt a = sample_attempt(1, "ann", "late-parcel", 50, 50, 50);
  char *line = attempt_to_line(&a);
  int found;
  char *bad = replace_all(line, find, with, &found);
  Attempt b;
  char err[256] = "";
  if (found == 0) {
    T_FAIL("'%s' is not in the sample line", find);
  }
  EXPECT_INT(attempt_parse(bad, strlen(bad) - 1, &b, err, sizeof err), -1);
  EXPECT_CONTAINS(err, reason);
  EXPECT(b.decisions == NULL);
  free(line);
  free(bad);
  attempt_clear(&a);
}

static void every_damaged_field_is_refused_with_its_name(void) {
  refused("{\"v\":1,", "{\"v\":2,", "written in record format 2");
  refused("\"id\":\"00000000-0000-4000-8000-000000000001\"", "\"id\":\"nope\"", "'id' is not a UUID");
  refused("\"trainee\":\"ann\"", "\"trainee\":7", "'trainee' is not a string");
  refused("\"trainee\":\"ann\"", "\"trainee\":\" ann\"", "'trainee' is not a stored name");
  refused("\"scenario\":\"late-parcel\",", "", "'scenario' is missing");
  refused("\"hash\":\"0123456789abcdef\"", "\"hash\":\"0123456789abcdeX\"", "'hash' is not 16 hexadecimal");
  refused("\"mode\":\"practice\"", "\"mode\":\"exam\"", "'mode' is 'exam'");
  refused("\"seed\":\"1\"", "\"seed\":1", "'seed' is not a string");
  refused("\"seed\":\"1\"", "\"seed\":\"-1\"", "'seed' is not a whole number");
  refused("\"lang\":\"en\"", "\"lang\":\"xx\"", "'lang' is not a known language");
  refused("\"time_factor\":1", "\"time_factor\":11", "'time_factor' is 11, outside 0..10");
  refused("\"time_factor\":1", "\"time_factor\":1.5", "'time_factor' is 1.5, not a whole number");
  refused("\"started\":\"2026-05-28T20:36:40.000Z\"", "\"started\":\"yesterday\"", "'started' or 'ended'");
  refused("\"started\":\"2026-05-28T20:36:40.000Z\"", "\"started\":\"2026-05-28T20:59:40.000Z\"",
          "'ended' is before 'started'");
  refused("\"finished\":true", "\"finished\":1", "'finished' is not true or false");
  refused("\"outcome\":\"resolved\"", "\"outcome\":\"won\"", "'outcome' is 'won'");
  refused("\"empathy\":50", "\"empathy\":101", "'empathy' is 101, outside 0..100");
  refused("\"pass\":false", "\"pass\":null", "'pass' is not true or false");
  refused("\"decisions\":[", "\"decisions\":\"none\",\"x\":[", "'decisions' is not a list");
  refused("\"choice\":2", "\"choice\":6", "decision 1: 'choice' is 6, outside 0..5");
  refused("\"beat\":\"d2\"", "\"beat\":\"\"", "decision 2: 'beat' is empty");
  refused("{\"v\":1,", "[{\"v\":1,", "not valid JSON");
  refused("}]}", "}]}}", "text after the record");
}

static void garbage_is_refused_without_a_crash(void) {
  Attempt b;
  char err[256];
  static const char binary[] = {'{', 0, 1, (char)0xff, '"'};
  EXPECT_INT(attempt_parse(binary, sizeof binary, &b, err, sizeof err), -1);
  EXPECT_STR(err, "not text (a NUL byte)");
  EXPECT_INT(attempt_parse("{\"v\":1,\"id\":\"0", 14, &b, err, sizeof err), -1);
  EXPECT_CONTAINS(err, "not valid JSON");
  EXPECT_INT(attempt_parse("[]", 2, &b, err, sizeof err), -1);
  EXPECT_STR(err, "not a JSON object");
  EXPECT_INT(attempt_parse("", 0, &b, err, sizeof err), -1);
  EXPECT_INT(attempt_parse("{}", 2, &b, err, sizeof err), -1);
  EXPECT_STR(err, "'v' is missing");
}

static void trainee_names_are_trimmed_and_checked(void) {
  char out[REC_MAX_TRAINEE], err[128];
  EXPECT_INT(attempt_trainee_name("  Badge 0042\t", out, sizeof out, err, sizeof err), 0);
  EXPECT_STR(out, "Badge 0042");
  EXPECT_INT(attempt_trainee_name("   ", out, sizeof out, err, sizeof err), 0);
  EXPECT_STR(out, "guest");
  EXPECT_INT(attempt_trainee_name(NULL, out, sizeof out, err, sizeof err), 0);
  EXPECT_STR(out, "guest");
  EXPECT_INT(attempt_trainee_name("a\nb", out, sizeof out, err, sizeof err), -1);
  EXPECT_STR(err, "the trainee's name has a control character at byte 2");
  char long_name[200];
  memset(long_name, 'x', sizeof long_name - 1);
  long_name[sizeof long_name - 1] = '\0';
  EXPECT_INT(attempt_trainee_name(long_name, out, sizeof out, err, sizeof err), -1);
  EXPECT_STR(err, "the trainee's name is longer than 127 bytes");
  Attempt a = sample_attempt(1, "Anna", "x", 1, 2, 3);
  EXPECT(attempt_is_trainee(&a, " anna "));
  EXPECT(!attempt_is_trainee(&a, "Ann"));
  attempt_clear(&a);
}

static void times_and_ids_have_their_exact_form(void) {
  char t[32];
  int64_t ms;
  attempt_format_time(0, t);
  EXPECT_STR(t, "1970-01-01T00:00:00.000Z");
  attempt_format_time(1709210096789LL, t); /* a leap day */
  EXPECT_STR(t, "2024-02-29T12:34:56.789Z");
  EXPECT_INT(attempt_parse_time(t, &ms), 0);
  EXPECT_INT(ms, 1709210096789LL);
  EXPECT_INT(attempt_parse_time("2024-02-29T12:34:56Z", &ms), 0);
  EXPECT_INT(ms, 1709210096000LL);
  EXPECT_INT(attempt_parse_time("2024-02-29T12:34:56.5Z", &ms), 0);
  EXPECT_INT(ms, 1709210096500LL);
  EXPECT_INT(attempt_parse_time("2024-02-29T12:34:56+01:00", &ms), -1);
  EXPECT_INT(attempt_parse_time("2024-13-01T00:00:00Z", &ms), -1);
  char id[37], other[37];
  EXPECT_INT(attempt_new_id(id), 0);
  EXPECT_INT(attempt_new_id(other), 0);
  EXPECT(attempt_is_uuid(id));
  EXPECT(id[14] == '4');
  EXPECT(strcmp(id, other) != 0);
  EXPECT(!attempt_is_uuid("00000000-0000-4000-7000-000000000000"));
}

int main(void) {
  RUN_TEST(a_finished_run_becomes_an_exact_line);
  RUN_TEST(an_abandoned_run_is_recorded_as_not_finished);
  RUN_TEST(a_line_reads_back_to_the_same_attempt);
  RUN_TEST(every_damaged_field_is_refused_with_its_name);
  RUN_TEST(garbage_is_refused_without_a_crash);
  RUN_TEST(trainee_names_are_trimmed_and_checked);
  RUN_TEST(times_and_ids_have_their_exact_form);
  return t_summary();
}
