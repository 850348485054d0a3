/* score.c — empathy, speed and policy, normalised per decision against the
   best and worst reply that was on offer there (docs/scoring.md) */
#include "score.h"

#include <string.h>

#define DEFAULT_HORIZON_MS ((int64_t)24 * 3600 * 1000)

double score_reaction(double reaction_s, double target_s) {
  if (reaction_s <= target_s) {
    return 1.0;
  }
  if (reaction_s >= 3 * target_s) {
    return 0.0;
  }
  return 1.0 - (reaction_s - target_s) / (2 * target_s);
}

double score_delay(int64_t cost_ms, int64_t horizon_ms) {
  if (cost_ms <= 0) {
    return 1.0;
  }
  double d = 1.0 - (double)cost_ms / (double)horizon_ms;
  return d > 0 ? d : 0.0;
}

static const Choice *choice_at(const Decision *d, int choice) {
  return choice < 0 ? &d->silence : &d->choices[choice];
}

double score_rating(const Decision *d, int choice, Axis axis) {
  const Choice *c = choice_at(d, choice);
  return axis == AXIS_EMPATHY ? c->empathy : c->policy;
}

static int64_t horizon(const Decision *d) {
  return d->timeout_ms > 0 ? d->timeout_ms : DEFAULT_HORIZON_MS;
}

/* Silence costs the whole wait, on top of anything its own branch costs. */
static double choice_delay(const Decision *d, int choice) {
  int64_t cost = choice_at(d, choice)->cost_ms + (choice < 0 ? d->timeout_ms : 0);
  return score_delay(cost, horizon(d));
}

static int is_offered(unsigned offered, int choice) {
  return choice < 0 ? (offered & OFFERED_SILENCE) != 0 : (offered & (1u << choice)) != 0;
}

/* Best and worst rating on 'axis' among the offered replies. */
static void spread(const Decision *d, unsigned offered, Axis axis, double *lo, double *hi) {
  int first = 1;
  for (int c = -1; c < d->n_choices; c++) {
    if (!is_offered(offered, c)) {
      continue;
    }
    double v = score_rating(d, c, axis);
    if (first || v < *lo) {
      *lo = v;
    }
    if (first || v > *hi) {
      *hi = v;
    }
    first = 0;
  }
  if (first) {
    *lo = *hi = 0;
  }
}

static double normalised(const Decision *d, unsigned offered, int choice, Axis axis, int *counts) {
  double lo, hi;
  spread(d, offered, axis, &lo, &hi);
  *counts = hi > lo;
  return *counts ? (score_rating(d, choice, axis) - lo) / (hi - lo) : 0.0;
}

double score_merit(const Scenario *s, const Decision *d, unsigned offered, int choice) {
  int counts;
  return s->weights[AXIS_EMPATHY] * normalised(d, offered, choice, AXIS_EMPATHY, &counts) +
         s->weights[AXIS_POLICY] * normalised(d, offered, choice, AXIS_POLICY, &counts) +
         s->weights[AXIS_SPEED] * choice_delay(d, choice);
}

/* Listed choices are tried first, so that ties go to them, not to silence. */
static int extreme(const Scenario *s, const Decision *d, unsigned offered, int sign) {
  int pick = -2;
  double pick_merit = 0;
  for (int k = 0; k <= d->n_choices; k++) {
    int c = k < d->n_choices ? k : -1;
    if (!is_offered(offered, c)) {
      continue;
    }
    double merit = sign * score_merit(s, d, offered, c);
    if (pick == -2 || merit > pick_merit + 1e-12) {
      pick_merit = merit;
      pick = c;
    }
  }
  return pick == -2 ? 0 : pick;
}

int score_best(const Scenario *s, const Decision *d, unsigned offered) {
  return extreme(s, d, offered, 1);
}

int score_worst(const Scenario *s, const Decision *d, unsigned offered) {
  return extreme(s, d, offered, -1);
}

void score_compute(const Scenario *s, const DecisionRecord *recs, int n, double time_factor, ScoreCard *out) {
  double sum[AXIS_COUNT] = {0}, weight[AXIS_COUNT] = {0};
  memset(out, 0, sizeof *out);
  out->time_factor = time_factor;
  out->n = n < RUN_MAX_DECISIONS ? n : RUN_MAX_DECISIONS;
  for (int i = 0; i < out->n; i++) {
    const DecisionRecord *rec = &recs[i];
    const Decision *d = s->beats[rec->beat].decision;
    DecisionScore *ds = &out->decisions[i];
    double before[AXIS_COUNT];
    for (int a = 0; a < AXIS_COUNT; a++) {
      before[a] = weight[a] > 0 ? 100.0 * sum[a] / weight[a] : 100.0;
    }
    ds->best = score_best(s, d, rec->offered);
    if (score_merit(s, d, rec->offered, rec->choice) >= score_merit(s, d, rec->offered, ds->best) - 1e-9) {
      ds->best = rec->choice; /* a reply as good as the best is the best */
    }
    ds->delay = choice_delay(d, rec->choice);
    ds->reaction = 1.0;
    if (time_factor > 0) {
      ds->reaction = score_reaction((double)rec->reaction_ms / 1000.0, d->target_s * time_factor);
    }
    for (int a = 0; a < AXIS_COUNT; a++) {
      int counts = 1;
      double v =
          a == AXIS_SPEED ? ds->reaction * ds->delay : normalised(d, rec->offered, rec->choice, (Axis)a, &counts);
      ds->points[a] = counts ? 100.0 * v : SCORE_NOT_COUNTED;
      if (counts) {
        sum[a] += d->weight * v;
        weight[a] += d->weight;
        out->counted[a]++;
      }
      double after = weight[a] > 0 ? 100.0 * sum[a] / weight[a] : 100.0;
      ds->delta[a] = after - before[a];
    }
  }
  double wsum = 0, total = 0;
  for (int a = 0; a < AXIS_COUNT; a++) {
    out->axis[a] = weight[a] > 0 ? 100.0 * sum[a] / weight[a] : 100.0;
    total += s->weights[a] * out->axis[a];
    wsum += s->weights[a];
  }
  out->overall = wsum > 0 ? total / wsum : 0;
  out->pass = out->overall >= s->pass_mark - 1e-9;
}
