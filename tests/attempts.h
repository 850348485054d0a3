/* attempts.h — hand-made attempts for the record tests: only the fields a
   test sets differ from a valid, finished practice attempt. */
#ifndef TS_TEST_ATTEMPTS_H
#define TS_TEST_ATTEMPTS_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"

/* A valid attempt 'n' (its id ends in n) by 'trainee' at 'scenario', with
   the given axes; overall is their mean, pass at 60; two decisions. Free
   it with attempt_clear. */
static inline Attempt sample_attempt(int n, const char *trainee, const char *scenario, double e, double s, double p) {
  Attempt a;
  memset(&a, 0, sizeof a);
  snprintf(a.id, sizeof a.id, "00000000-0000-4000-8000-%012d", n);
  snprintf(a.trainee, sizeof a.trainee, "%s", trainee);
  snprintf(a.scenario, sizeof a.scenario, "%s", scenario);
  snprintf(a.title, sizeof a.title, "Title of %s", scenario);
  snprintf(a.hash, sizeof a.hash, "0123456789abcdef");
  a.mode = REC_PRACTICE;
  a.seed = (uint64_t)n;
  snprintf(a.lang, sizeof a.lang, "en");
  a.time_factor = 1;
  attempt_format_time(1780000000000LL + (int64_t)n * 600000, a.started);
  attempt_format_time(1780000000000LL + (int64_t)n * 600000 + 64500, a.ended);
  a.real_ms = 64500;
  a.finished = 1;
  snprintf(a.outcome, sizeof a.outcome, "resolved");
  a.axis[AXIS_EMPATHY] = e;
  a.axis[AXIS_SPEED] = s;
  a.axis[AXIS_POLICY] = p;
  a.overall = round((e + s + p) / 3 * 10) / 10;
  a.pass_mark = 60;
  a.pass = a.overall >= 60;
  a.n_decisions = 2;
  a.decisions = calloc(2, sizeof *a.decisions);
  snprintf(a.decisions[0].thread, sizeof a.decisions[0].thread, "main");
  snprintf(a.decisions[0].beat, sizeof a.decisions[0].beat, "d1");
  a.decisions[0].choice = 2;
  a.decisions[0].reaction_ms = 4200;
  snprintf(a.decisions[1].thread, sizeof a.decisions[1].thread, "main");
  snprintf(a.decisions[1].beat, sizeof a.decisions[1].beat, "d2");
  a.decisions[1].choice = 0;
  a.decisions[1].reaction_ms = 30000;
  return a;
}

#endif
