/* test_kcase.c — the kiosk's case-study mode without SDL: the catalogue of
   cases (a 'cases' folder in each scenario folder, bad files unavailable
   with their messages), the story clock's pacing (steps, speeds, pause,
   following the run once caught up), a case played through the kiosk
   whose replay is not thinking time and whose result is that of the same
   moves and times given to a Run, recorded as a case study, and the
   side-by-side data against the 'case' object of the result JSON. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casepath.h"
#include "journal.h"
#include "kiosk.h"
#include "result.h"
#include "testing.h"

static char root[] = "/tmp/thickskin-kcase-XXXXXX";
static char scen_dir[256], data_dir[256];

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  EXPECT(f != NULL);
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

/* scenarios/ with one practice scenario, and cases/ with case-mini and a broken case. */
static void make_folders(void) {
  EXPECT(mkdtemp(root) != NULL);
  snprintf(scen_dir, sizeof scen_dir, "%s/scenarios", root);
  snprintf(data_dir, sizeof data_dir, "%s/data", root);
  char path[512], cmd[1024];
  snprintf(path, sizeof path, "%s/cases", scen_dir);
  EXPECT_INT(mkdir(scen_dir, 0700), 0);
  EXPECT_INT(mkdir(path, 0700), 0);
  snprintf(cmd, sizeof cmd, "cp tests/data/worked-example.lua %s/ && cp tests/data/case-mini.lua %s/cases/", scen_dir,
           scen_dir);
  EXPECT_INT(system(cmd), 0);
  snprintf(path, sizeof path, "%s/cases/case-broken.lua", scen_dir);
  write_file(path, "return scenario {\n  id = \"case-broken\",\n  title = 42,\n}\n");
}

static void start(Kiosk *k, const char *dir) {
  KioskConfig cfg;
  kcfg_defaults(&cfg);
  cfg.data_dir = strdup(data_dir);
  EXPECT_INT(kiosk_init(k, &cfg, NULL, dir, 1000), 0);
  k->seed = 7;
  kiosk_go(k, SCR_IDENTIFY, 1000);
  osk_type(&k->name, "Ada");
  kiosk_go(k, SCR_HOME, 1000);
}

static int find_case(const Kiosk *k, const char *id) {
  for (int i = 0; i < k->cases.n; i++) {
    if (k->cases.items[i].s && strcmp(k->cases.items[i].s->id, id) == 0) {
      return i;
    }
  }
  return -1;
}

static void cases_load_from_the_cases_folder_apart_from_practice(void) {
  Kiosk k;
  start(&k, scen_dir);
  EXPECT_INT(k.cat.n, 1);
  EXPECT_STR(k.cat.items[0].s->id, "worked-example");
  EXPECT_INT(k.cases.n, 2);
  EXPECT_INT(k.cases.n_ready, 1);
  EXPECT_INT(k.cases.n_failed, 1);
  EXPECT(find_case(&k, "case-mini") >= 0);
  int bad = k.cases.items[0].s ? 1 : 0; /* sorted by name: case-broken first */
  EXPECT_INT(bad, 0);
  EXPECT(k.cases.items[0].errors != NULL);
  if (k.cases.items[0].errors) {
    EXPECT_CONTAINS(k.cases.items[0].errors, "cases/case-broken.lua");
  }
  EXPECT(k.cases.problems == NULL);
  EXPECT_INT(kiosk_play_case(&k, 0, 2000), -1); /* an unavailable case does not start */
  kiosk_free(&k);
}

static void a_folder_without_cases_has_none_and_no_problem(void) {
  Kiosk k;
  start(&k, "tests/data");
  EXPECT_INT(k.cases.n, 0);
  EXPECT(k.cases.problems == NULL);
  kiosk_free(&k);
}

static void the_shipped_cases_all_load(void) {
  Kiosk k;
  start(&k, "scenarios");
  EXPECT(k.cases.n >= 5);
  EXPECT_INT(k.cases.n_failed, 0);
  for (int i = 0; i < k.cases.n; i++) {
    EXPECT(k.cases.items[i].s && k.cases.items[i].s->case_info);
  }
  for (int i = 0; i < k.cat.n; i++) { /* and none of them among the practice scenarios */
    EXPECT(!k.cat.items[i].s || !k.cat.items[i].s->case_info);
  }
  kiosk_free(&k);
}

static void the_replay_steps_are_paced_between_bounds(void) {
  EXPECT_INT((int)replay_step_ms(0, 0), REPLAY_MIN_STEP_MS);
  EXPECT_INT((int)replay_step_ms(0, 3600000), 2000); /* an hour of story: two seconds */
  EXPECT_INT((int)replay_step_ms(0, 15 * 3600000LL), REPLAY_MAX_STEP_MS);
  EXPECT_INT((int)replay_step_ms(500, 100), REPLAY_MIN_STEP_MS);
}

static void the_story_clock_shows_events_one_step_at_a_time(void) {
  CaseReplay rp;
  int64_t ev[3] = {0, 0, 3600000};
  replay_start(&rp, 0);
  EXPECT_INT(replay_tick(&rp, ev, 3, 3600000, 1199), 0);
  EXPECT_INT(rp.shown, 0);
  EXPECT_INT(replay_tick(&rp, ev, 3, 3600000, 1200), 1);
  EXPECT_INT(rp.shown, 1);
  replay_tick(&rp, ev, 3, 3600000, 2400);
  EXPECT_INT(rp.shown, 2);
  replay_tick(&rp, ev, 3, 3600000, 3400); /* half way through the hour */
  EXPECT_INT(rp.shown, 2);
  EXPECT_INT((int)rp.clock_ms, 1800000);
  replay_tick(&rp, ev, 3, 3600000, 4400);
  EXPECT_INT(rp.shown, 3);
  EXPECT_INT(replay_caught_up(&rp, 3, 3600000), 1);
  EXPECT_INT(rp.following, 1);
  EXPECT_INT((int)rp.shown_at_ms[2], 4400);
  /* caught up: what arrives while the trainee thinks shows at once */
  int64_t more[4] = {0, 0, 3600000, 3660000};
  replay_tick(&rp, more, 4, 3660000, 4500);
  EXPECT_INT(rp.shown, 4);
  EXPECT_INT((int)rp.clock_ms, 3660000);
  /* an answer moves the run on: the next events are replayed again */
  replay_moved(&rp, 5000);
  int64_t next[5] = {0, 0, 3600000, 3660000, 7200000};
  replay_tick(&rp, next, 5, 7200000, 5000 + 1000);
  EXPECT_INT(rp.shown, 4);
  EXPECT_INT(replay_caught_up(&rp, 5, 7200000), 0);
}

static void pause_and_speed_pace_the_clock(void) {
  CaseReplay rp;
  int64_t ev[2] = {0, 3600000};
  replay_start(&rp, 0);
  replay_set_speed(&rp, 2, 0); /* 16× */
  replay_tick(&rp, ev, 2, 3600000, 75);
  EXPECT_INT(rp.shown, 1); /* 1200 ms of pace in 75 ms */
  replay_set_paused(&rp, 1, 75);
  replay_tick(&rp, ev, 2, 3600000, 60000);
  EXPECT_INT(rp.shown, 1);
  EXPECT_INT((int)rp.clock_ms, 0);
  replay_set_paused(&rp, 0, 60000);
  replay_set_speed(&rp, 1, 60000); /* 4×: the hour's 2000 ms in 500 */
  replay_tick(&rp, ev, 2, 3600000, 60499);
  EXPECT_INT(rp.shown, 1);
  replay_tick(&rp, ev, 2, 3600000, 60500);
  EXPECT_INT(rp.shown, 2);
  EXPECT_INT(replay_speeds[0] * replay_speeds[1] * replay_speeds[2], 64);
}

/* The replay of case-mini's first posts takes 1200 + 1200 + 1833 ms. */
static void a_case_through_the_kiosk_scores_like_the_same_moves_on_a_run(void) {
  Kiosk k;
  start(&k, scen_dir);
  int i = find_case(&k, "case-mini");
  EXPECT_INT(kiosk_play_case(&k, i, 1000), 0);
  EXPECT_INT(k.case_mode, 1);
  EXPECT_INT(k.screen, SCR_PLAY);
  EXPECT_INT(kiosk_case_replaying(&k), 1);
  EXPECT_INT(play_main_persona_in(&k.play, 0, k.replay.shown), SCN_BRAND); /* nobody shown yet */
  kiosk_tick(&k, 5232);
  EXPECT_INT(play_main_persona_in(&k.play, 0, k.replay.shown), scn_persona_index(k.play.s, "customer"));
  EXPECT_INT(kiosk_case_replaying(&k), 1);
  EXPECT_INT(k.play.paused, 1);
  kiosk_tick(&k, 5233);
  EXPECT_INT(kiosk_case_replaying(&k), 0);
  EXPECT_INT(k.play.paused, 0);
  EXPECT_INT(kiosk_answer(&k, 0, 1, 10233), RUN_OK);
  int n;
  const DecisionRecord *recs = run_records(k.play.run, &n);
  EXPECT_INT(n, 1);
  EXPECT_INT((int)recs[0].reaction_ms, 5000); /* the replay was not thinking time */
  EXPECT_INT(k.screen, SCR_FEEDBACK);
  kiosk_continue(&k, 11000);
  EXPECT_INT(kiosk_case_replaying(&k), 1);
  for (int64_t t = 11000; t < 200000 && k.screen == SCR_PLAY && kiosk_case_replaying(&k); t += 100) {
    kiosk_tick(&k, t);
  }
  /* the same moves and times on a Run of its own */
  RunOpts o = {.seed = 7, .time_factor = 1, .record_events = 1};
  Run *r = run_new(k.play.s, &o);
  EXPECT(r && run_start(r) == RUN_OK);
  Pending d;
  EXPECT_INT(run_pending(r, &d, 1), 1);
  EXPECT_INT(run_answer(r, 0, d.offered[1], 5000), RUN_OK);
  int rn;
  const DecisionRecord *rr = run_records(r, &rn);
  EXPECT_INT(rn, 1);
  EXPECT_INT((int)rr[0].answered_sim_ms, (int)recs[0].answered_sim_ms);
  EXPECT_INT(rr[0].choice, recs[0].choice);
  ScoreCard a, b;
  score_compute(k.play.s, recs, n, 1, &a);
  score_compute(k.play.s, rr, rn, 1, &b);
  EXPECT_NEAR(a.overall, b.overall, 1e-9);
  run_free(r);
  kiosk_leave_play(&k, 300000);
  JournalRead jr;
  char err[512];
  EXPECT_INT(journal_read(data_dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n, 1);
  if (jr.n == 1) {
    EXPECT_INT(jr.attempts[0].mode, REC_CASE_STUDY);
    EXPECT_STR(jr.attempts[0].scenario, "case-mini");
  }
  journal_read_free(&jr);
  kiosk_free(&k);
}

/* case-mini with the real reply at both turning points, 1 s and 2 s after
   each opens: the rows match the result's 'case' object. */
static void the_side_by_side_rows_match_the_result_json(void) {
  Diag diag = {0};
  Scenario *s = scn_load_file("tests/data/case-mini.lua", NULL, &diag);
  EXPECT(s != NULL);
  diag_free(&diag);
  if (!s) {
    return;
  }
  RunOpts o = {.seed = 1, .time_factor = 1, .record_events = 1};
  Run *r = run_new(s, &o);
  EXPECT_INT(run_start(r), RUN_OK);
  Pending d;
  EXPECT_INT(run_pending(r, &d, 1), 1);
  EXPECT_INT(run_answer(r, d.thread, 0, 1000), RUN_OK);
  EXPECT_INT(run_pending(r, &d, 1), 1);
  EXPECT_INT(run_answer(r, d.thread, 0, 2000), RUN_OK);
  CaseRow rows[8];
  int n = casepath_rows(r, rows, 8);
  EXPECT_INT(n, 2);
  cJSON *c = result_case_json(r, LANG_EN);
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(c, "decisions");
  EXPECT_INT(cJSON_GetArraySize(list), 2);
  for (int i = 0; i < n && i < cJSON_GetArraySize(list); i++) {
    const cJSON *o2 = cJSON_GetArrayItem(list, i);
    EXPECT_INT(rows[i].real + 1, (int)cJSON_GetObjectItemCaseSensitive(o2, "real_choice")->valuedouble);
    EXPECT_INT(rows[i].same, cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o2, "same_as_real")));
    EXPECT_INT((int)rows[i].difference_min,
               (int)llround(cJSON_GetObjectItemCaseSensitive(o2, "difference_minutes")->valuedouble));
  }
  /* the first: opened at 19:00, answered 1 s later at rate 600 (19:10), they acted at 19:30 */
  EXPECT_INT((int)rows[0].difference_min, -20);
  EXPECT_INT(rows[0].same, 1);
  EXPECT_INT(rows[0].alternative, 0);
  int h, m;
  casepath_split(-20, &h, &m);
  EXPECT_INT(h * 100 + m, 20);
  CaseChart ch;
  casepath_chart(r, &ch);
  EXPECT_INT((int)ch.t0_ms, 0);
  EXPECT(ch.t1_ms >= s->case_info->reach[s->case_info->n_reach - 1].at_ms);
  EXPECT(ch.reach_max > 0);
  StampParts t;
  casepath_stamp(s, 0, &t);
  EXPECT_INT(t.year * 10000 + t.month * 100 + t.day, 20140130);
  EXPECT_INT(t.hour * 100 + t.minute, 1800);
  EXPECT_INT(t.weekday, 4); /* a Thursday */
  casepath_stamp(s, 3 * 86400000LL + 60000, &t);
  EXPECT_INT(t.month * 100 + t.day, 202);
  EXPECT_INT(t.weekday, 0); /* Sunday 2 February */
  cJSON_Delete(c);
  run_free(r);
  scn_free(s);
}

int main(void) {
  make_folders();
  RUN_TEST(cases_load_from_the_cases_folder_apart_from_practice);
  RUN_TEST(a_folder_without_cases_has_none_and_no_problem);
  RUN_TEST(the_shipped_cases_all_load);
  RUN_TEST(the_replay_steps_are_paced_between_bounds);
  RUN_TEST(the_story_clock_shows_events_one_step_at_a_time);
  RUN_TEST(pause_and_speed_pace_the_clock);
  RUN_TEST(a_case_through_the_kiosk_scores_like_the_same_moves_on_a_run);
  RUN_TEST(the_side_by_side_rows_match_the_result_json);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  if (system(cmd) != 0) {
    fprintf(stderr, "could not remove %s\n", root);
  }
  return t_summary();
}
