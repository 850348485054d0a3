/* run_query.c — read-only views of a run for the score, the transcript and
   the view: what is open, the clocks, the state, the logs, the ending. */
#include "run_internal.h"

/* --- queries -------------------------------------------------------------- */

int run_done(const Run *r) {
  for (int t = 0; t < r->s->n_threads; t++) {
    if (!r->th[t].ended) {
      return 0;
    }
  }
  return 1;
}

const char *run_error(const Run *r) {
  return r->failed ? r->err : NULL;
}

int run_pending(const Run *r, Pending *out, int max) {
  int n = 0;
  for (int t = 0; t < r->s->n_threads && n < max; t++) {
    const ThreadState *th = &r->th[t];
    if (!th->open) {
      continue;
    }
    Pending *p = &out[n++];
    p->thread = t;
    p->beat = th->beat;
    p->n_offered = 0;
    for (int i = 0; i < SCN_MAX_CHOICES; i++) {
      if (th->offered & (1u << i)) {
        p->offered[p->n_offered++] = i;
      }
    }
    p->opened_real_ms = th->opened_real;
    p->deadline_sim_ms = th->deadline;
  }
  return n;
}

int64_t run_sim_ms(const Run *r) {
  return r->now;
}

int64_t run_real_ms(const Run *r) {
  return r->real;
}

double run_audience(const Run *r) {
  return r->audience;
}

double run_mood(const Run *r, int persona) {
  return r->moods[persona];
}

double run_var(const Run *r, int var) {
  return r->vars[var];
}

int run_visits(const Run *r, int beat) {
  return r->visits[beat];
}

int run_api_chosen(const Run *r, int beat) {
  return r->chosen[beat];
}

const RunOpts *run_opts(const Run *r) {
  return &r->o;
}

const Scenario *run_scenario(const Run *r) {
  return r->s;
}

const DecisionRecord *run_records(const Run *r, int *n) {
  *n = r->n_recs;
  return r->recs;
}

const RunEvent *run_events(const Run *r, int *n) {
  *n = r->n_events;
  return r->events;
}

int run_thread_ending(const Run *r, int thread) {
  return r->th[thread].ending;
}

int run_ending_beat(const Run *r) {
  if (!run_done(r)) {
    return -1;
  }
  int worst = -1;
  for (int t = 0; t < r->s->n_threads; t++) {
    int e = r->th[t].ending;
    if (worst < 0 || r->s->beats[e].ending->outcome > r->s->beats[worst].ending->outcome) {
      worst = e;
    }
  }
  return worst;
}

const AudienceSample *run_audience_curve(const Run *r, int *n) {
  *n = r->n_audience;
  return r->audience_curve;
}

int run_stamp_back(const Run *r, int64_t *stamp_ms, int64_t *before_ms, int *by_day) {
  *stamp_ms = r->stamp_back_at;
  *before_ms = r->stamp_back_before;
  *by_day = r->stamp_back_by_day;
  return r->stamp_back;
}
