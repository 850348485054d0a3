/* test_progress.c — history, best scores, axes, the recommendation and
   onboarding progress over hand-made attempts, on exact values */
#include <stdlib.h>

#include "attempts.h"
#include "progress.h"
#include "testing.h"

enum { N = 7 };
static Attempt all[N];

/* Ann's attempts are made out of order in the journal on purpose. */
static void make_attempts(void) {
  all[0] = sample_attempt(3, "ann", "late-parcel", 70, 40, 80); /* overall 63.3 */
  all[1] = sample_attempt(1, "Ann", "late-parcel", 50, 30, 60); /* 46.7 */
  all[2] = sample_attempt(2, "bob", "late-parcel", 100, 100, 100);
  all[3] = sample_attempt(4, "ann", "rule-appeal", 90, 20, 70);  /* 60.0 */
  all[4] = sample_attempt(5, "ann", "bridge-troll", 10, 10, 10); /* abandoned */
  all[4].finished = 0;
  all[4].pass = 0;
  all[5] = sample_attempt(6, "ann", "late-parcel", 60, 50, 90); /* 66.7 */
  all[6] = sample_attempt(7, "ann ", "x", 1, 1, 1);             /* not a stored name: never matches */
  snprintf(all[6].trainee, sizeof all[6].trainee, "annie");
}

static void history_is_the_trainees_attempts_oldest_first(void) {
  const Attempt *hist[8];
  int n = progress_history(all, N, " ANN", hist, 8);
  EXPECT_INT(n, 5);
  EXPECT_INT(hist[0]->seed, 1);
  EXPECT_INT(hist[1]->seed, 3);
  EXPECT_INT(hist[2]->seed, 4);
  EXPECT_INT(hist[3]->seed, 5);
  EXPECT_INT(hist[4]->seed, 6);
  EXPECT_INT(progress_history(all, N, "ann", hist, 2), 5); /* counts past 'max' */
  EXPECT_INT(hist[0]->seed, 1);
  EXPECT_INT(hist[1]->seed, 3);
  EXPECT_INT(progress_history(all, N, "nobody", hist, 8), 0);
}

static void best_is_per_scenario_in_order_of_first_attempt(void) {
  const Attempt *hist[8];
  int n = progress_history(all, N, "ann", hist, 8);
  BestScore best[8];
  EXPECT_INT(progress_best(hist, n, best, 8), 3);
  EXPECT_STR(best[0].scenario, "late-parcel");
  EXPECT_INT(best[0].attempts, 3);
  EXPECT_INT(best[0].finished, 3);
  EXPECT_NEAR(best[0].best->overall, 66.7, 1e-9);
  EXPECT_INT(best[0].passed, 1);
  EXPECT_STR(best[1].scenario, "rule-appeal");
  EXPECT_NEAR(best[1].best->overall, 60.0, 1e-9);
  EXPECT_STR(best[2].scenario, "bridge-troll");
  EXPECT(best[2].best == NULL);
  EXPECT_INT(best[2].attempts, 1);
  EXPECT_INT(best[2].passed, 0);
  EXPECT_INT(progress_best(hist, n, best, 1), 1);
}

static void axes_chart_the_finished_attempts(void) {
  const Attempt *hist[8];
  int n = progress_history(all, N, "ann", hist, 8);
  AxisPoint pts[8];
  EXPECT_INT(progress_axes(hist, n, pts, 8), 4);
  EXPECT_NEAR(pts[0].axis[AXIS_SPEED], 30, 1e-12);
  EXPECT_NEAR(pts[2].axis[AXIS_EMPATHY], 90, 1e-12);
  EXPECT_NEAR(pts[3].axis[AXIS_POLICY], 90, 1e-12);
  EXPECT_INT(pts[3].attempt->seed, 6);
}

static void the_weakest_axis_points_to_the_scenario_that_trains_it(void) {
  const Attempt *hist[8];
  int n = progress_history(all, N, "ann", hist, 8);
  ScenarioInfo catalog[] = {
      {"late-parcel", {1, 1, 1}}, /* speed a third; Ann's best speed there 50 */
      {"rule-appeal", {1, 1, 2}}, /* speed a quarter */
      {"speed-drill", {1, 3, 1}}, /* speed 60%; never played */
      {"speed-twin", {2, 6, 2}},  /* the same share: the never-played tie goes to the id */
  };
  Recommendation rec;
  EXPECT_INT(progress_recommend(hist, n, catalog, 4, &rec), 1);
  EXPECT_INT(rec.axis, AXIS_SPEED);
  EXPECT_INT(rec.over, 4);
  EXPECT_NEAR(rec.average, (30 + 40 + 20 + 50) / 4.0, 1e-12);
  EXPECT_STR(rec.scenario, "speed-drill");
  EXPECT_NEAR(rec.best_on_axis, -1, 1e-12);
  EXPECT_STR(rec.why,
             "Your speed averages 35 over your last 4 attempts, your weakest axis. speed-drill gives speed 60% "
             "of its score and you have not finished it yet.");
  /* without the drills, the scenario with the larger share where the axis is not mastered */
  EXPECT_INT(progress_recommend(hist, n, catalog, 2, &rec), 1);
  EXPECT_STR(rec.scenario, "late-parcel");
  EXPECT_NEAR(rec.best_on_axis, 50, 1e-12);
  EXPECT_STR(rec.why,
             "Your speed averages 35 over your last 4 attempts, your weakest axis. late-parcel gives speed 33% "
             "of its score and your best speed there is 50.");
  /* Bob has mastered what he played: a scenario he has not played comes first… */
  const Attempt *bob[2];
  EXPECT_INT(progress_history(all, N, "bob", bob, 2), 1);
  EXPECT_INT(progress_recommend(bob, 1, catalog, 2, &rec), 1);
  EXPECT_INT(rec.axis, AXIS_EMPATHY);
  EXPECT_STR(rec.scenario, "rule-appeal");
  /* …and when every one is mastered, the largest share, to keep it sharp */
  EXPECT_INT(progress_recommend(bob, 1, catalog, 1, &rec), 1);
  EXPECT_STR(rec.scenario, "late-parcel");
  EXPECT_STR(rec.why, "Your empathy averages 100 over your last 1 attempt, your weakest axis. You have mastered it "
                      "everywhere; late-parcel gives it the most weight (33%), to keep it sharp.");
  /* nothing finished, nothing to say */
  const Attempt *abandoned[1] = {&all[4]};
  EXPECT_INT(progress_recommend(abandoned, 1, catalog, 2, &rec), 0);
  EXPECT_INT(progress_recommend(hist, n, catalog, 0, &rec), 0);
}

static void onboarding_unlocks_step_by_step(void) {
  const Attempt *hist[8];
  int n = progress_history(all, N, "ann", hist, 8);
  ProgressStep steps[] = {{"late-parcel", 65}, {"bridge-troll", -1}, {"rule-appeal", 50}};
  StepStatus st[3];
  TrackProgress tp;
  progress_track(hist, n, steps, 3, 0, st, &tp);
  EXPECT_INT(st[0].passed, 1); /* 66.7 >= 65 */
  EXPECT_INT(st[0].attempts, 3);
  EXPECT_INT(st[0].unlocked, 1);
  EXPECT_NEAR(st[0].best->overall, 66.7, 1e-9);
  EXPECT_INT(st[1].passed, 0); /* abandoned */
  EXPECT_INT(st[1].unlocked, 1);
  EXPECT(st[1].best == NULL);
  EXPECT_INT(st[2].passed, 1); /* passed, but still locked behind step 2 */
  EXPECT_INT(st[2].unlocked, 0);
  EXPECT_INT(tp.n_passed, 2);
  EXPECT_INT(tp.next, 1);
  EXPECT_INT(tp.complete, 0);
  /* a stricter mark on step 1 holds everything after it */
  steps[0].pass_mark = 70;
  progress_track(hist, n, steps, 3, 0, st, &tp);
  EXPECT_INT(tp.next, 0);
  EXPECT_INT(st[1].unlocked, 0);
  /* only onboarding attempts count when asked */
  steps[0].pass_mark = 65;
  progress_track(hist, n, steps, 3, PROGRESS_MODE_BIT(REC_ONBOARDING), st, &tp);
  EXPECT_INT(tp.n_passed, 0);
  EXPECT_INT(st[0].attempts, 0);
  /* a track of steps all passed is complete */
  ProgressStep done[] = {{"late-parcel", -1}, {"rule-appeal", 60}};
  progress_track(hist, n, done, 2, 0, st, &tp);
  EXPECT_INT(tp.complete, 1);
  EXPECT_INT(tp.next, -1);
  EXPECT_INT(tp.n_passed, 2);
  progress_track(hist, n, done, 0, 0, st, &tp);
  EXPECT_INT(tp.complete, 0);
}

int main(void) {
  make_attempts();
  RUN_TEST(history_is_the_trainees_attempts_oldest_first);
  RUN_TEST(best_is_per_scenario_in_order_of_first_attempt);
  RUN_TEST(axes_chart_the_finished_attempts);
  RUN_TEST(the_weakest_axis_points_to_the_scenario_that_trains_it);
  RUN_TEST(onboarding_unlocks_step_by_step);
  for (int i = 0; i < N; i++) {
    attempt_clear(&all[i]);
  }
  return t_summary();
}
