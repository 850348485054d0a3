/* explore.c — depth-first over the tree of moves. A run is cloned at each
   move; random draws inside a move are enumerated by replaying the move with
   forced values, like an odometer over the logged draws. */
#include "explore.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "run.h"

#define MAX_REPORTED 16
#define MAX_FAILED_PLAYS 1000 /* a broken branch can fail on every one of its leaves */

typedef enum { MOVE_START, MOVE_ANSWER, MOVE_WAIT } MoveKind;

typedef struct Explorer {
  const Scenario *s;
  long cap, nodes;
  Diag *diag;
  ExploreStats *st;
  char path[2048]; /* the moves so far, for messages */
  char *reported[MAX_REPORTED];
  int n_reported;
  int oom;
} Explorer;

static void explore_node(Explorer *ex, Run *r);

static void mark_beats(Explorer *ex, const Run *r) {
  for (int b = 0; b < ex->s->n_beats; b++) {
    if (run_visits(r, b) > 0) {
      ex->st->beat_seen[b] = 1;
    }
  }
}

/* Adds 'msg' with the path that led to it, once per distinct message. */
static void report_once(Explorer *ex, const char *msg) {
  for (int i = 0; i < ex->n_reported; i++) {
    if (strcmp(ex->reported[i], msg) == 0) {
      return;
    }
  }
  if (ex->n_reported == MAX_REPORTED) {
    return; /* enough to act on; the count still says how many plays failed */
  }
  size_t size = strlen(msg) + 1;
  ex->reported[ex->n_reported] = malloc(size);
  if (ex->reported[ex->n_reported]) {
    memcpy(ex->reported[ex->n_reported++], msg, size);
  }
  char line[2800];
  size_t len = strlen(ex->path); /* a long path is shown by its last moves */
  const char *path = len > 160 ? ex->path + len - 160 : ex->path;
  snprintf(line, sizeof line, "%s (path: %s%s)", msg, len > 160 ? "..." : "", len ? path : "at the start");
  diag_add_raw(ex->diag, DIAG_ERROR, line);
}

static void report_error(Explorer *ex, const Run *r, const char *msg) {
  mark_beats(ex, r);
  if (++ex->st->failed >= MAX_FAILED_PLAYS || strstr(msg, "(a loop")) {
    ex->st->capped = 1; /* a loop fails on every path through it: one report is enough */
  }
  report_once(ex, msg);
}

/* Case studies: along every path, history only moves forward. */
static void check_stamps(Explorer *ex, const Run *r) {
  int64_t at, before;
  int by_day;
  int beat = run_stamp_back(r, &at, &before, &by_day);
  if (beat < 0) {
    return;
  }
  char now[32], then[32], msg[700];
  CivilPrecision shown = by_day ? CIVIL_DAY : CIVIL_EXACT;
  scn_stamp_format_as(ex->s, at, shown, now, sizeof now);
  scn_stamp_format_as(ex->s, before, shown, then, sizeof then);
  snprintf(msg, sizeof msg,
           "%s:%d: history goes back in time at beat '%s': it starts at %s, but this path was "
           "already at %s",
           ex->s->path, ex->s->beats[beat].line, ex->s->beats[beat].id, now, then);
  report_once(ex, msg);
}

static void record_path(Explorer *ex, const Run *r) {
  ExploreStats *st = ex->st;
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  ScoreCard card;
  score_compute(ex->s, recs, n, 1, &card);
  double v[AXIS_COUNT + 1] = {card.axis[0], card.axis[1], card.axis[2], card.overall};
  for (int a = 0; a <= AXIS_COUNT; a++) {
    if (st->paths == 0 || v[a] < st->lo[a]) {
      st->lo[a] = v[a];
    }
    if (st->paths == 0 || v[a] > st->hi[a]) {
      st->hi[a] = v[a];
    }
  }
  st->passes += card.pass;
  st->paths++;
  mark_beats(ex, r);
  for (int t = 0; t < ex->s->n_threads; t++) {
    int e = run_thread_ending(r, t);
    if (e >= 0 && !st->ending_seen[e]) {
      st->ending_seen[e] = 1;
      st->endings++;
    }
  }
  if (st->paths >= ex->cap) {
    st->capped = 1;
  }
}

static int apply(Run *r, MoveKind kind, int thread, int choice) {
  switch (kind) {
  case MOVE_START: return run_start(r);
  case MOVE_ANSWER: return run_answer(r, thread, choice, 0);
  case MOVE_WAIT: return run_wait(r, -1);
  }
  return RUN_ERROR;
}

static void describe(Explorer *ex, const Run *r, MoveKind kind, int thread, int choice) {
  if (kind == MOVE_START) {
    return;
  }
  size_t len = strlen(ex->path);
  const char *sep = len ? " > " : "";
  if (kind == MOVE_WAIT) {
    snprintf(ex->path + len, sizeof ex->path - len, "%swait", sep);
    return;
  }
  Pending p[SCN_MAX_THREADS];
  int n = run_pending(r, p, SCN_MAX_THREADS);
  for (int i = 0; i < n; i++) {
    if (p[i].thread == thread) {
      snprintf(ex->path + len, sizeof ex->path - len, "%s%s:%d", sep, ex->s->beats[p[i].beat].id, choice + 1);
    }
  }
}

/* Plays one move from 'r' with every combination of random outcomes. */
static void try_move(Explorer *ex, const Run *r, MoveKind kind, int thread, int choice) {
  int forced[RUN_MAX_RANDOM];
  int n_forced = 0;
  size_t path_len = strlen(ex->path);
  describe(ex, r, kind, thread, choice);
  while (!ex->st->capped && !ex->oom) {
    Run *c = run_clone(r);
    if (!c) {
      ex->oom = 1;
      break;
    }
    run_force_random(c, forced, n_forced);
    apply(c, kind, thread, choice);
    int n_log;
    const RandomCall *log = run_random_log(c, &n_log);
    RandomCall draws[RUN_MAX_RANDOM];
    memcpy(draws, log, sizeof(RandomCall) * (size_t)n_log);
    explore_node(ex, c);
    run_free(c);
    int i = n_log - 1;
    while (i >= 0 && draws[i].value >= draws[i].hi) {
      i--;
    }
    if (i < 0) {
      break;
    }
    for (int k = 0; k < i; k++) {
      forced[k] = draws[k].value;
    }
    forced[i] = draws[i].value + 1;
    n_forced = i + 1;
  }
  ex->path[path_len] = '\0';
}

static void explore_node(Explorer *ex, Run *r) {
  ex->nodes++;
  if (run_error(r) || run_done(r)) {
    check_stamps(ex, r);
  }
  if (run_error(r)) {
    report_error(ex, r, run_error(r));
    return;
  }
  if (run_done(r)) {
    record_path(ex, r);
    return;
  }
  Pending p[SCN_MAX_THREADS];
  int n = run_pending(r, p, SCN_MAX_THREADS);
  int can_wait = 0;
  for (int i = 0; i < n && !ex->st->capped; i++) {
    for (int k = 0; k < p[i].n_offered; k++) {
      try_move(ex, r, MOVE_ANSWER, p[i].thread, p[i].offered[k]);
    }
    can_wait |= p[i].deadline_sim_ms >= 0;
  }
  if (can_wait && !ex->st->capped) {
    try_move(ex, r, MOVE_WAIT, 0, 0);
  }
}

int explore(const Scenario *s, long cap, Diag *diag, ExploreStats *out) {
  memset(out, 0, sizeof *out);
  out->beat_seen = calloc((size_t)s->n_beats, 1);
  out->ending_seen = calloc((size_t)s->n_beats, 1);
  Explorer ex = {.s = s, .cap = cap > 0 ? cap : EXPLORE_CAP_DEFAULT, .diag = diag, .st = out};
  RunOpts o = {.seed = 1, .time_factor = 1, .record_events = 0};
  Run *root = out->beat_seen && out->ending_seen ? run_new(s, &o) : NULL;
  if (root) {
    try_move(&ex, root, MOVE_START, 0, 0);
    run_free(root);
  }
  for (int i = 0; i < ex.n_reported; i++) {
    free(ex.reported[i]);
  }
  return root && !ex.oom ? 0 : -1;
}

void explore_free(ExploreStats *st) {
  free(st->beat_seen);
  free(st->ending_seen);
  st->beat_seen = st->ending_seen = NULL;
}
