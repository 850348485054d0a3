/* test_score.c — the scoring formula on exact values (docs/scoring.md) */
#include <stdlib.h>

#include "fixtures.h"
#include "run.h"
#include "score.h"
#include "testing.h"

/* Plays the worked example: 'c1' at D1 after t1 s ('-1' = silence), then 'c2' after t2 s. */
static void play_example(const Scenario *s, int factor, int c1, double t1, int c2, double t2, ScoreCard *card) {
  RunOpts o = {.seed = 1, .time_factor = factor, .record_events = 1};
  Run *r = run_new(s, &o);
  EXPECT_INT(run_start(r), RUN_OK);
  if (c1 < 0) {
    EXPECT_INT(run_wait(r, -1), RUN_OK);
  } else {
    EXPECT_INT(run_answer(r, 0, c1, (int64_t)(t1 * 1000)), RUN_OK);
  }
  EXPECT_INT(run_answer(r, 0, c2, (int64_t)(t2 * 1000)), RUN_OK);
  EXPECT(run_done(r));
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  EXPECT_INT(n, 2);
  score_compute(s, recs, n, factor, card);
  run_free(r);
}

static void reaction_is_full_on_target_and_zero_at_three_times(void) {
  EXPECT_NEAR(score_reaction(10, 30), 1.0, 1e-12);
  EXPECT_NEAR(score_reaction(30, 30), 1.0, 1e-12);
  EXPECT_NEAR(score_reaction(45, 30), 0.75, 1e-12);
  EXPECT_NEAR(score_reaction(60, 30), 0.5, 1e-12);
  EXPECT_NEAR(score_reaction(90, 30), 0.0, 1e-12);
  EXPECT_NEAR(score_reaction(500, 30), 0.0, 1e-12);
}

static void delay_is_the_share_of_the_horizon_left(void) {
  const int64_t hour = 3600 * 1000;
  EXPECT_NEAR(score_delay(0, 2 * hour), 1.0, 1e-12);
  EXPECT_NEAR(score_delay(hour / 2, 2 * hour), 0.75, 1e-12);
  EXPECT_NEAR(score_delay(48 * hour, 2 * hour), 0.0, 1e-12);
}

static void worked_example_gives_the_documented_scores(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  play_example(s, 1, 2, 45, 1, 20, &card); /* C after 45 s, then Y after 20 s */
  EXPECT_NEAR(card.decisions[0].points[AXIS_EMPATHY], 100.0 * 5 / 9, 1e-9);
  EXPECT_NEAR(card.decisions[0].points[AXIS_POLICY], 100.0, 1e-9);
  EXPECT_NEAR(card.decisions[0].reaction, 0.75, 1e-12);
  EXPECT_NEAR(card.decisions[0].delay, 0.0, 1e-12);
  EXPECT_NEAR(card.decisions[0].points[AXIS_SPEED], 0.0, 1e-12);
  EXPECT_INT(card.decisions[0].best, 0);
  EXPECT_NEAR(card.decisions[1].points[AXIS_EMPATHY], 0.0, 1e-12);
  EXPECT_NEAR(card.decisions[1].points[AXIS_SPEED], 100.0, 1e-12);
  EXPECT_NEAR(card.axis[AXIS_EMPATHY], 100.0 * (5.0 / 9) / 2, 1e-9); /* 27.78 */
  EXPECT_NEAR(card.axis[AXIS_SPEED], 50.0, 1e-9);
  EXPECT_NEAR(card.axis[AXIS_POLICY], 100.0, 1e-9);
  EXPECT_NEAR(card.overall, (100.0 * (5.0 / 9) / 2 + 50 + 100) / 3, 1e-9); /* 59.26 */
  EXPECT_INT(card.pass, 0);
  scn_free(s);
}

static void deltas_track_the_running_axis_score(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  play_example(s, 1, 2, 45, 1, 20, &card);
  EXPECT_NEAR(card.decisions[0].delta[AXIS_EMPATHY], 100.0 * 5 / 9 - 100, 1e-9);
  EXPECT_NEAR(card.decisions[1].delta[AXIS_EMPATHY], 100.0 * (5.0 / 9) / 2 - 100.0 * 5 / 9, 1e-9);
  EXPECT_NEAR(card.decisions[1].delta[AXIS_SPEED], 50.0, 1e-9);
  scn_free(s);
}

static void a_reply_as_good_as_the_best_counts_as_best(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  play_example(s, 1, 0, 10, 1, 20, &card); /* Y ties with X on merit */
  EXPECT_INT(card.decisions[1].best, 1);
  play_example(s, 1, 0, 10, 2, 20, &card); /* Z ties too */
  EXPECT_INT(card.decisions[1].best, 2);
  scn_free(s);
}

static void silence_is_scored_like_a_choice(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  play_example(s, 1, -1, 0, 0, 20, &card);
  EXPECT_NEAR(card.decisions[0].points[AXIS_EMPATHY], 0.0, 1e-12);
  EXPECT_NEAR(card.decisions[0].points[AXIS_POLICY], 100.0 * 2 / 5, 1e-9); /* (5-3)/(8-3) */
  EXPECT_NEAR(card.decisions[0].points[AXIS_SPEED], 0.0, 1e-12);
  scn_free(s);
}

static void best_path_scores_full_marks(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  play_example(s, 1, 0, 12, 0, 20, &card); /* A, then X */
  EXPECT_NEAR(card.axis[AXIS_EMPATHY], 100.0, 1e-9);
  EXPECT_NEAR(card.axis[AXIS_SPEED], 100.0, 1e-9);
  EXPECT_NEAR(card.axis[AXIS_POLICY], 50.0, 1e-9); /* X is the worst policy at D2 */
  EXPECT_NEAR(card.overall, 250.0 / 3, 1e-9);
  EXPECT_INT(card.pass, 1);
  scn_free(s);
}

static void untimed_play_ignores_reaction_time(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  play_example(s, 0, 0, 500, 0, 500, &card);
  EXPECT_NEAR(card.decisions[0].reaction, 1.0, 1e-12);
  EXPECT_NEAR(card.axis[AXIS_SPEED], 100.0, 1e-9);
  EXPECT_NEAR(card.time_factor, 0.0, 1e-12);
  scn_free(s);
}

static void an_extended_timer_stretches_the_target(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  ScoreCard card;
  play_example(s, 2, 0, 45, 0, 100, &card); /* targets 60 s and 120 s */
  EXPECT_NEAR(card.decisions[0].reaction, 1.0, 1e-12);
  EXPECT_NEAR(card.decisions[1].reaction, 1.0, 1e-12);
  play_example(s, 1, 0, 45, 0, 100, &card);
  EXPECT_NEAR(card.decisions[1].reaction, 1.0 - 40.0 / 120, 1e-12);
  scn_free(s);
}

static void weights_and_pass_mark_shape_the_overall(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  s->weights[AXIS_EMPATHY] = 2;
  s->weights[AXIS_SPEED] = 0;
  s->weights[AXIS_POLICY] = 1;
  s->pass_mark = 50;
  ScoreCard card;
  play_example(s, 1, 2, 45, 1, 20, &card);
  EXPECT_NEAR(card.overall, (2 * 100.0 * (5.0 / 9) / 2 + 100) / 3, 1e-9); /* 51.85 */
  EXPECT_INT(card.pass, 1);
  scn_free(s);
}

static void an_axis_without_spread_is_not_at_stake(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  Decision *d2 = s->beats[1].decision;
  for (int i = 0; i < d2->n_choices; i++) {
    d2->choices[i].policy = 7;
  }
  ScoreCard card;
  play_example(s, 1, 1, 10, 0, 20, &card); /* B: the worst policy at D1 */
  EXPECT_NEAR(card.decisions[1].points[AXIS_POLICY], SCORE_NOT_COUNTED, 1e-12);
  EXPECT_INT(card.counted[AXIS_POLICY], 1);
  EXPECT_NEAR(card.axis[AXIS_POLICY], 0.0, 1e-9);
  scn_free(s);
}

int main(void) {
  RUN_TEST(reaction_is_full_on_target_and_zero_at_three_times);
  RUN_TEST(delay_is_the_share_of_the_horizon_left);
  RUN_TEST(worked_example_gives_the_documented_scores);
  RUN_TEST(deltas_track_the_running_axis_score);
  RUN_TEST(a_reply_as_good_as_the_best_counts_as_best);
  RUN_TEST(silence_is_scored_like_a_choice);
  RUN_TEST(best_path_scores_full_marks);
  RUN_TEST(untimed_play_ignores_reaction_time);
  RUN_TEST(an_extended_timer_stretches_the_target);
  RUN_TEST(weights_and_pass_mark_shape_the_overall);
  RUN_TEST(an_axis_without_spread_is_not_at_stake);
  return t_summary();
}
