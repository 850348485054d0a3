/* check.c — thickskin check: what a trainer runs before shipping a scenario */
#include "check.h"

#include <string.h>

#include "explore.h"
#include "run.h"
#include "scenario.h"

static int same_choice_scores(const Choice *a, const Choice *b) {
  return a->empathy == b->empathy && a->policy == b->policy && a->cost_ms == b->cost_ms;
}

/* A decision where every reply scores the same teaches nothing. */
static void check_flat_decisions(const Scenario *s, Diag *diag) {
  for (int i = 0; i < s->n_beats; i++) {
    const Decision *d = s->beats[i].decision;
    if (!d || d->n_choices < 2) {
      continue;
    }
    int flat = 1;
    for (int c = 1; c < d->n_choices && flat; c++) {
      flat = same_choice_scores(&d->choices[0], &d->choices[c]);
    }
    if (flat && d->timeout_ms > 0) {
      flat = d->silence.empathy == d->choices[0].empathy && d->silence.policy == d->choices[0].policy;
    }
    if (flat) {
      diag_add(diag, DIAG_ERROR, s->path, d->line,
               "every choice at beat '%s' scores the same: rate them so the choice matters", s->beats[i].id);
    }
  }
}

/* A timeout shorter than the target, in simulated time, punishes the trainee
   who answers on target; the timer would run out before the aim. */
static void check_timing(const Scenario *s, Diag *diag) {
  for (int i = 0; i < s->n_beats; i++) {
    const Decision *d = s->beats[i].decision;
    if (d && d->timeout_ms > 0 && d->target_s * 1000.0 * s->rate >= (double)d->timeout_ms) {
      diag_add(diag, DIAG_WARNING, s->path, d->line,
               "at beat '%s' the timeout comes before the target: %.0f s of thinking is %.0f simulated minutes "
               "at clock rate %d",
               s->beats[i].id, d->target_s, d->target_s * s->rate / 60.0, s->rate);
    }
  }
}

static uint64_t mix(uint64_t h, double v) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  return (h ^ bits) * 1099511628211ull;
}

/* One fixed play (seed 1, the first reply offered each time), summed up. */
static uint64_t fingerprint(const Scenario *s) {
  RunOpts o = {.seed = 1, .time_factor = 1, .record_events = 0};
  Run *r = run_new(s, &o);
  uint64_t h = 1469598103934665603ull;
  if (!r) {
    return 0;
  }
  int ok = run_start(r) == RUN_OK;
  for (int moves = 0; ok && !run_done(r) && moves < RUN_MAX_DECISIONS; moves++) {
    Pending p[SCN_MAX_THREADS];
    if (run_pending(r, p, SCN_MAX_THREADS) == 0 || run_answer(r, p[0].thread, p[0].offered[0], 0) != RUN_OK) {
      break;
    }
  }
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  for (int i = 0; i < n; i++) {
    h = mix(mix(mix(h, recs[i].beat), recs[i].choice), (double)recs[i].answered_sim_ms);
  }
  for (int v = 0; v < s->n_vars; v++) {
    h = mix(h, run_var(r, v));
  }
  for (int p = 0; p < s->n_personas; p++) {
    h = mix(h, run_mood(r, p));
  }
  h = mix(mix(h, run_audience(r)), run_ending_beat(r));
  run_free(r);
  return h;
}

static void check_reach(const Scenario *s, const ExploreStats *st, Diag *diag) {
  if (st->failed > 0) {
    return; /* failing plays stop early: what they never reached proves nothing */
  }
  if (st->capped) {
    diag_add(diag, DIAG_WARNING, s->path, 0,
             "stopped after %ld paths (the cap): ranges are partial and unreachable beats are not reported", st->paths);
    return;
  }
  for (int b = 0; b < s->n_beats; b++) {
    if (!st->beat_seen[b]) {
      diag_add(diag, DIAG_ERROR, s->path, s->beats[b].line, "beat '%s' is never reached on any path", s->beats[b].id);
    }
  }
  if (st->paths == 0 && st->failed == 0) {
    diag_add(diag, DIAG_ERROR, s->path, 0, "no path reaches an ending");
  }
}

static void print_languages(const Scenario *s, FILE *out) {
  int first = 1;
  for (int l = 0; l < LANG_COUNT; l++) {
    if (s->complete_langs & (1u << l)) {
      fprintf(out, "%s%s", first ? "" : ", ", lang_code(l));
      first = 0;
    }
  }
}

/* One line for a case study: what it replays and how much of it is history. */
static void print_case(const Scenario *s, FILE *out) {
  const CaseInfo *c = s->case_info;
  int turning = 0, alternative = 0;
  for (int b = 0; b < s->n_beats; b++) {
    alternative += s->beats[b].alternative;
    turning += s->beats[b].decision && !s->beats[b].alternative;
  }
  char start[32];
  scn_stamp_format(s, 0, start, sizeof start);
  fprintf(out,
          "  case: %s (%s), from %s %s; %d source%s, %d reach point%s, %d turning point%s, %d alternative beat%s\n",
          c->organisation, c->country, start, c->timezone, c->n_sources, c->n_sources == 1 ? "" : "s", c->n_reach,
          c->n_reach == 1 ? "" : "s", turning, turning == 1 ? "" : "s", alternative, alternative == 1 ? "" : "s");
}

static void print_summary(const Scenario *s, const ExploreStats *st, FILE *out) {
  fprintf(out, "  %s \"%s\" [", s->id, text_get(&s->title, LANG_EN, s->lang));
  print_languages(s, out);
  fprintf(out, "]\n");
  if (s->case_info) {
    print_case(s, out);
  }
  fprintf(out, "  %ld path%s%s, %d ending%s%s", st->paths, st->paths == 1 ? "" : "s", st->capped ? " (capped)" : "",
          st->endings, st->endings == 1 ? "" : "s", st->endings ? ":" : "");
  for (int b = 0; b < s->n_beats; b++) {
    if (st->ending_seen[b]) {
      fprintf(out, " %s (%s)", s->beats[b].id, outcome_names[s->beats[b].ending->outcome]);
    }
  }
  fprintf(out, "\n");
  if (st->paths > 0) {
    fprintf(
        out,
        "  scores: empathy %.0f-%.0f, speed %.0f-%.0f, policy %.0f-%.0f, overall %.0f-%.0f; %ld of %ld paths pass\n",
        st->lo[AXIS_EMPATHY], st->hi[AXIS_EMPATHY], st->lo[AXIS_SPEED], st->hi[AXIS_SPEED], st->lo[AXIS_POLICY],
        st->hi[AXIS_POLICY], st->lo[AXIS_COUNT], st->hi[AXIS_COUNT], st->passes, st->paths);
  }
}

int check_file(const char *path, const CheckOpts *o, FILE *out) {
  Diag diag = {0};
  Scenario *s = scn_load_file(path, &o->limits, &diag);
  ExploreStats st = {0};
  int explored = 0;
  if (s) {
    check_flat_decisions(s, &diag);
    check_timing(s, &diag);
    uint64_t before = fingerprint(s);
    if (explore(s, o->cap, &diag, &st) != 0) {
      diag_add(&diag, DIAG_ERROR, path, 0, "out of memory while exploring the paths");
    } else {
      explored = 1;
      check_reach(s, &st, &diag);
    }
    if (fingerprint(s) != before) {
      diag_add(&diag, DIAG_ERROR, path, 0,
               "the same play gives a different result the second time: a hook keeps something outside "
               "'state' (a local variable it changes, or a table it fills)");
    }
  }
  for (int i = 0; i < diag.count; i++) {
    fprintf(out, "%s%s\n", diag.items[i].level == DIAG_WARNING ? "warning: " : "", diag.items[i].msg);
  }
  int errors = diag.errors;
  fprintf(out, "%s: %s\n", path, errors ? "FAILED" : "ok");
  if (explored) {
    print_summary(s, &st, out);
  }
  explore_free(&st);
  diag_free(&diag);
  scn_free(s);
  return errors;
}
