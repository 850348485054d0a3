/* bench_core.c — figures for the core, not pass/fail tests:
   1. 'thickskin check' over a scenario folder (target: under a second for
      the whole library);
   2. full headless plays per second, random moves (target: 10,000 or more).
   usage: bench_core [FOLDER] (default: scenarios) */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "run.h"
#include "scenario.h"

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double bench_check(char **paths, int n) {
  FILE *sink = fopen("/dev/null", "w");
  CheckOpts o = {0};
  double t0 = now_s();
  int errors = 0;
  for (int i = 0; i < n; i++) {
    errors += check_file(paths[i], &o, sink);
  }
  double dt = now_s() - t0;
  fclose(sink);
  printf("check: %d scenarios in %.3f s (%d errors)\n", n, dt, errors);
  return dt;
}

/* One play with seeded random moves: answer, or stay silent, until the end. */
static int play_once(const Scenario *s, uint64_t seed) {
  RunOpts o = {.seed = seed, .time_factor = 1, .record_events = 1};
  Run *r = run_new(s, &o);
  uint64_t rng = seed * 2654435761u + 1;
  int ok = r && run_start(r) == RUN_OK;
  while (ok && !run_done(r)) {
    Pending p[SCN_MAX_THREADS];
    int n = run_pending(r, p, SCN_MAX_THREADS);
    if (n == 0) {
      ok = 0;
      break;
    }
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    const Pending *q = &p[(rng >> 33) % (uint64_t)n];
    int k = (int)((rng >> 40) % (uint64_t)(q->n_offered + 1));
    int rc = k == q->n_offered && q->deadline_sim_ms >= 0
                 ? run_wait(r, q->thread)
                 : run_answer(r, q->thread, q->offered[k % q->n_offered], 5000);
    ok = rc == RUN_OK || rc == RUN_TIMED_OUT;
  }
  if (ok) {
    int n;
    const DecisionRecord *recs = run_records(r, &n);
    ScoreCard card;
    score_compute(s, recs, n, 1, &card);
  }
  run_free(r);
  return ok;
}

static void bench_plays(char **paths, int n) {
  Scenario **loaded = calloc((size_t)n, sizeof *loaded);
  int m = 0;
  for (int i = 0; i < n; i++) {
    Diag d = {0};
    Scenario *s = scn_load_file(paths[i], NULL, &d);
    diag_free(&d);
    if (s) {
      loaded[m++] = s;
    }
  }
  if (m == 0) {
    printf("plays: no scenario loaded\n");
    free(loaded);
    return;
  }
  long plays = 0, failed = 0;
  double t0 = now_s(), dt;
  do {
    for (int k = 0; k < 200; k++, plays++) {
      failed += !play_once(loaded[plays % m], (uint64_t)plays);
    }
    dt = now_s() - t0;
  } while (dt < 2.0);
  printf("plays: %ld full plays in %.2f s = %.0f plays/s over %d scenarios (%ld failed)\n", plays, dt,
         (double)plays / dt, m, failed);
  for (int i = 0; i < m; i++) {
    scn_free(loaded[i]);
  }
  free(loaded);
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "scenarios";
  char **paths;
  int n = scn_list_dir(dir, &paths);
  if (n <= 0) {
    fprintf(stderr, "bench_core: no scenarios in %s\n", dir);
    return 1;
  }
  bench_check(paths, n);
  bench_plays(paths, n);
  for (int i = 0; i < n; i++) {
    free(paths[i]);
  }
  free(paths);
  return 0;
}
