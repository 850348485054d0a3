/* score.h — the three-axis scoring of a played scenario (see docs/scoring.md) */
#ifndef TS_SCORE_H
#define TS_SCORE_H

#include <stdint.h>

#include "scenario.h"

#define RUN_MAX_DECISIONS 64
#define SCORE_NOT_COUNTED (-1.0)
#define OFFERED_SILENCE (1u << 7) /* bit in DecisionRecord.offered */

/* What the trainee did at one decision: the input of the scoring. */
typedef struct DecisionRecord {
  int thread, beat;
  int choice;          /* index into the decision's choices, -1 for silence */
  unsigned offered;    /* bit i: choice i was offered; OFFERED_SILENCE: it could time out */
  int64_t reaction_ms; /* real time from the decision opening to the answer */
  int64_t opened_sim_ms, answered_sim_ms;
  int played; /* the choice the story went on with: 'choice', except in a
                 workshop, where the room's choice is played (run_answer_room) */
} DecisionRecord;

typedef struct DecisionScore {
  double points[AXIS_COUNT]; /* 0..100 for this decision, or SCORE_NOT_COUNTED */
  double delta[AXIS_COUNT];  /* how the running axis score moved */
  double reaction, delay;    /* the two speed factors, 0..1 */
  int best;                  /* best offered choice, -1 for silence */
} DecisionScore;

typedef struct ScoreCard {
  double axis[AXIS_COUNT]; /* 0..100 */
  int counted[AXIS_COUNT]; /* decisions that counted for the axis */
  double overall;
  int pass;
  double time_factor; /* 1 normal, >1 extended timer, 0 untimed */
  int n;
  DecisionScore decisions[RUN_MAX_DECISIONS];
} ScoreCard;

/* 1 on target, 0 at three times the target, linear in between. */
double score_reaction(double reaction_s, double target_s);
/* 1 - cost / horizon, floored at 0. */
double score_delay(int64_t cost_ms, int64_t horizon_ms);
/* W_e·norm_e + W_p·norm_p + W_s·delay: how good a reply is, all told. */
double score_merit(const Scenario *s, const Decision *d, unsigned offered, int choice);
/* The offered reply with the highest (lowest) merit, -1 for silence. */
int score_best(const Scenario *s, const Decision *d, unsigned offered);
int score_worst(const Scenario *s, const Decision *d, unsigned offered);
/* Rating of a choice (-1 = silence) on empathy or policy. */
double score_rating(const Decision *d, int choice, Axis axis);

void score_compute(const Scenario *s, const DecisionRecord *recs, int n, double time_factor, ScoreCard *out);

#endif
