/* run.c — the scenario runtime. Time is integer milliseconds on two clocks:
   real (the trainee's) and simulated (the story's). Everything that happens
   is an item due at a simulated time; items are processed strictly in time
   order, so advancing in one step or in many gives the same run. */
#include "run_internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#define MAX_BEAT_ENTRIES 4096 /* per run: a scenario that never settles */
#define NEVER INT64_MAX

typedef enum { IT_NONE, IT_START, IT_TRANSITION, IT_POST, IT_OPEN, IT_NEXT, IT_ENDING, IT_DEADLINE } ItemKind;

/* --- allocation: one block, so a clone is one memcpy ------------------- */

static size_t align8(size_t n) {
  return (n + 7) & ~(size_t)7;
}

static void bind(Run *r) {
  const Scenario *s = r->s;
  char *p = (char *)r + align8(sizeof *r);
  r->moods = (double *)p;
  p += align8(sizeof(double) * (size_t)s->n_personas);
  r->vars = (double *)p;
  p += align8(sizeof(double) * (size_t)s->n_vars);
  r->visits = (int *)p;
  p += align8(sizeof(int) * (size_t)s->n_beats);
  r->chosen = (int *)p;
  p += align8(sizeof(int) * (size_t)s->n_beats);
  r->th = (ThreadState *)p;
  p += align8(sizeof(ThreadState) * (size_t)s->n_threads);
  r->events = (RunEvent *)p;
  p += align8(sizeof(RunEvent) * (r->o.record_events ? RUN_MAX_EVENTS : 0));
  r->audience_curve = (AudienceSample *)p;
}

Run *run_new(const Scenario *s, const RunOpts *o) {
  size_t events = o->record_events ? RUN_MAX_EVENTS : 0;
  size_t samples = o->record_events ? RUN_MAX_AUDIENCE : 0;
  size_t size = align8(sizeof(Run)) + align8(sizeof(double) * (size_t)s->n_personas) +
                align8(sizeof(double) * (size_t)s->n_vars) + 2 * align8(sizeof(int) * (size_t)s->n_beats) +
                align8(sizeof(ThreadState) * (size_t)s->n_threads) + align8(sizeof(RunEvent) * events) +
                sizeof(AudienceSample) * samples;
  Run *r = calloc(1, size);
  if (!r) {
    return NULL;
  }
  r->s = s;
  r->o = *o;
  r->size = size;
  bind(r);
  r->rng = o->seed;
  r->n_forced = -1;
  r->audience = s->audience;
  r->stamp_high = -1;
  r->day_high = -1;
  r->stamp_back = -1;
  for (int i = 0; i < s->n_personas; i++) {
    r->moods[i] = s->personas[i].mood;
  }
  for (int i = 0; i < s->n_vars; i++) {
    r->vars[i] = s->vars[i].initial;
  }
  for (int i = 0; i < s->n_beats; i++) {
    r->chosen[i] = -2;
  }
  for (int i = 0; i < s->n_threads; i++) {
    r->th[i].beat = -1;
    r->th[i].pending_next = -1;
    r->th[i].ending = -1;
  }
  return r;
}

Run *run_clone(const Run *r) {
  Run *c = malloc(r->size);
  if (c) {
    memcpy(c, r, r->size);
    bind(c);
  }
  return c;
}

void run_free(Run *r) {
  free(r);
}

int run_fail(Run *r, const char *fmt, ...) {
  if (!r->failed) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err, sizeof r->err, fmt, ap);
    va_end(ap);
    r->failed = 1;
  }
  return RUN_ERROR;
}

/* --- events --------------------------------------------------------------- */

static void sample_audience(Run *r) {
  if (!r->o.record_events) {
    return;
  }
  AudienceSample *last = r->n_audience > 0 ? &r->audience_curve[r->n_audience - 1] : NULL;
  if (!last || (last->sim_ms != r->now && r->n_audience < RUN_MAX_AUDIENCE)) {
    last = &r->audience_curve[r->n_audience++];
  }
  *last = (AudienceSample){r->now, r->audience};
}

static int emit(Run *r, RunEventKind kind, int thread, int beat, int index) {
  if (!r->o.record_events) {
    return RUN_OK;
  }
  if (r->n_events == RUN_MAX_EVENTS) {
    return run_fail(r, "%s: more than %d posts and replies in one play (a loop?)", r->s->path, RUN_MAX_EVENTS);
  }
  r->events[r->n_events++] = (RunEvent){kind, thread, beat, index, r->now};
  sample_audience(r);
  return RUN_OK;
}

/* --- beats ---------------------------------------------------------------- */

/* A post is due 'at' after its beat is entered, or, stamped with its real
   time in a case study, at that time, unless the story is already past it. */
static int64_t post_due(const ThreadState *th, const Post *p) {
  if (p->stamp_ms >= 0) {
    return p->stamp_ms > th->entered ? p->stamp_ms : th->entered;
  }
  return th->entered + p->at_ms;
}

static int64_t last_post_due(const ThreadState *th, const Beat *b) {
  int64_t t = th->entered;
  for (int i = 0; i < b->n_posts; i++) {
    int64_t due = post_due(th, &b->posts[i]);
    if (due > t) {
      t = due;
    }
  }
  return t;
}

/* Case studies: history must not run backwards along a path. The first
   beat that does is remembered for check; the play itself goes on. */
static void track_stamps(Run *r, int beat) {
  const Beat *b = &r->s->beats[beat];
  if (b->alternative || b->first_stamp_ms < 0) {
    return;
  }
  if (r->stamp_back < 0 && b->first_timed_ms >= 0 && b->first_timed_ms < r->stamp_high) {
    r->stamp_back = beat;
    r->stamp_back_at = b->first_timed_ms;
    r->stamp_back_before = r->stamp_high;
  } else if (r->stamp_back < 0 && b->first_day < r->day_high) {
    const CaseInfo *c = r->s->case_info;
    int64_t start_of_day = c ? c->start_min - civil_day(c->start_min) * 1440 : 0; /* minutes into its day */
    r->stamp_back = beat;
    r->stamp_back_by_day = 1;
    r->stamp_back_at = b->first_stamp_ms;
    r->stamp_back_before = (r->day_high * 1440 - start_of_day) * 60000;
  }
  r->stamp_high = b->last_timed_ms > r->stamp_high ? b->last_timed_ms : r->stamp_high;
  r->day_high = b->last_day > r->day_high ? b->last_day : r->day_high;
}

static int enter_beat(Run *r, int t, int beat) {
  const Beat *b = &r->s->beats[beat];
  ThreadState *th = &r->th[t];
  if (++r->beat_entries > MAX_BEAT_ENTRIES) {
    return run_fail(r, "%s:%d: the story keeps moving on at beat '%s' without ever ending (a loop with no decision?)",
                    r->s->path, b->line, b->id);
  }
  r->visits[beat]++;
  track_stamps(r, beat);
  th->beat = beat;
  th->entered = r->now;
  th->next_post = 0;
  th->open = 0;
  if (b->on_enter != SCN_NOREF) {
    HookCall hc;
    int rc = run_call_hook(r, b->on_enter, &hc, LUA_TNIL);
    sample_audience(r);
    return rc;
  }
  return RUN_OK;
}

static int64_t open_time(const ThreadState *th, const Beat *b) {
  const Decision *d = b->decision;
  if (d->stamp_ms >= 0) {
    return d->stamp_ms > th->entered ? d->stamp_ms : th->entered;
  }
  return d->at_ms >= 0 ? th->entered + d->at_ms : last_post_due(th, b);
}

static int64_t next_time(const ThreadState *th, const Beat *b) {
  return b->after_ms >= 0 ? th->entered + b->after_ms : last_post_due(th, b);
}

/* The earliest thing due in a thread; kinds break ties in enum order. */
static ItemKind thread_due(const Run *r, int t, int64_t *at) {
  const ThreadState *th = &r->th[t];
  if (th->ended) {
    return IT_NONE;
  }
  if (!th->started) {
    *at = r->s->threads[t].at_ms;
    return IT_START;
  }
  if (th->pending_next >= 0) {
    *at = th->pending_at;
    return IT_TRANSITION;
  }
  const Beat *b = &r->s->beats[th->beat];
  int64_t post = th->next_post < b->n_posts ? post_due(th, &b->posts[th->next_post]) : NEVER;
  if (b->decision && !th->open) {
    int64_t open = open_time(th, b);
    *at = post <= open ? post : open;
    return post <= open ? IT_POST : IT_OPEN;
  }
  if (b->decision) { /* posts keep coming while the trainee thinks, until time runs out */
    if (post != NEVER && (th->deadline < 0 || post <= th->deadline)) {
      *at = post;
      return IT_POST;
    }
    *at = th->deadline;
    return th->deadline >= 0 ? IT_DEADLINE : IT_NONE;
  }
  /* an ending waits for its last post; 'next' leaves at its time, posts or not */
  int64_t leave = b->ending ? last_post_due(th, b) : next_time(th, b);
  *at = post <= leave ? post : leave;
  return post <= leave ? IT_POST : b->ending ? IT_ENDING : IT_NEXT;
}

static ItemKind earliest(const Run *r, int *thread, int64_t *at) {
  ItemKind best = IT_NONE;
  *at = NEVER;
  for (int t = 0; t < r->s->n_threads; t++) {
    int64_t when;
    ItemKind k = thread_due(r, t, &when);
    if (k != IT_NONE && (when < *at || (when == *at && k < best))) {
      best = k;
      *at = when;
      *thread = t;
    }
  }
  return best;
}

static int open_decision(Run *r, int t) {
  ThreadState *th = &r->th[t];
  const Beat *b = &r->s->beats[th->beat];
  const Decision *d = b->decision;
  th->offered = 0;
  for (int i = 0; i < d->n_choices; i++) {
    HookCall hc;
    hc.result_bool = 1;
    if (d->choices[i].when_fn != SCN_NOREF && run_call_hook(r, d->choices[i].when_fn, &hc, LUA_TBOOLEAN) != RUN_OK) {
      return RUN_ERROR;
    }
    if (hc.result_bool) {
      th->offered |= 1u << i;
    }
  }
  if (!(th->offered & ((1u << SCN_MAX_CHOICES) - 1))) {
    return run_fail(r, "%s:%d: no choice is offered at beat '%s' (every 'when' said no)", r->s->path, d->line, b->id);
  }
  if (d->timeout_ms > 0) {
    th->offered |= OFFERED_SILENCE;
  }
  th->open = 1;
  th->serial++;
  th->opened_real = r->real;
  th->opened_sim = r->now;
  th->deadline = d->timeout_ms > 0 ? r->now + d->timeout_ms : -1;
  return RUN_OK;
}

static int show_post(Run *r, int t) {
  ThreadState *th = &r->th[t];
  const Beat *b = &r->s->beats[th->beat];
  int i = th->next_post++;
  if (b->posts[i].when_fn != SCN_NOREF) {
    HookCall hc;
    if (run_call_hook(r, b->posts[i].when_fn, &hc, LUA_TBOOLEAN) != RUN_OK) {
      return RUN_ERROR;
    }
    if (!hc.result_bool) {
      return RUN_OK;
    }
  }
  return emit(r, EV_POST, t, th->beat, i);
}

static int follow_next(Run *r, int t, int next, LuaRef next_fn) {
  if (next_fn != SCN_NOREF) {
    HookCall hc;
    if (run_call_hook(r, next_fn, &hc, LUA_TSTRING) != RUN_OK) {
      return RUN_ERROR;
    }
    next = hc.result_beat;
  }
  return enter_beat(r, t, next);
}

static void apply_effects(Run *r, const Choice *c) {
  for (int i = 0; i < c->n_effects; i++) {
    const Effect *e = &c->effects[i];
    switch (e->kind) {
    case FX_MOOD: r->moods[e->target] = run_clamp(r->moods[e->target] + e->value, -100, 100); break;
    case FX_AUDIENCE: r->audience = run_clamp(r->audience + e->value, 0, 100); break;
    case FX_SET: r->vars[e->target] = e->value; break;
    case FX_ADD: r->vars[e->target] += e->value; break;
    }
  }
}

static int advance_sim(Run *r, int64_t target);

static int offered(const Run *r, int thread, int choice) {
  return choice >= 0 && choice < SCN_MAX_CHOICES && (r->th[thread].offered & (1u << choice));
}

/* Plays 'choice' (-1: silence) at thread t's open decision, now, and
   records 'own' as the trainee's answer (the same, except in a workshop). */
static int play_choice(Run *r, int t, int choice, int own) {
  ThreadState *th = &r->th[t];
  int beat = th->beat;
  const Decision *d = r->s->beats[beat].decision;
  const Choice *c = choice < 0 ? &d->silence : &d->choices[choice];
  if (r->n_recs == RUN_MAX_DECISIONS) {
    return run_fail(
        r,
        "%s:%d: the play went past %d decisions without ending, here at beat '%s' (a loop? bound it with sim.visits)",
        r->s->path, d->line, RUN_MAX_DECISIONS, r->s->beats[beat].id);
  }
  DecisionRecord *rec = &r->recs[r->n_recs++];
  *rec = (DecisionRecord){t, beat, own, th->offered, r->real - th->opened_real, th->opened_sim, r->now, choice};
  if (choice < 0) { /* the trainee let the whole timeout pass */
    rec->reaction_ms = (int64_t)llround((double)d->timeout_ms * (r->o.time_factor ? r->o.time_factor : 1) / r->s->rate);
  }
  th->open = 0;
  r->chosen[beat] = choice;
  if (emit(r, choice < 0 ? EV_SILENCE : EV_REPLY, t, beat, choice) != RUN_OK) {
    return RUN_ERROR;
  }
  apply_effects(r, c);
  HookCall hc;
  if (c->effect_fn != SCN_NOREF && run_call_hook(r, c->effect_fn, &hc, LUA_TNIL) != RUN_OK) {
    return RUN_ERROR;
  }
  sample_audience(r);
  int next = c->next;
  if (c->next_fn != SCN_NOREF) {
    if (run_call_hook(r, c->next_fn, &hc, LUA_TSTRING) != RUN_OK) {
      return RUN_ERROR;
    }
    next = hc.result_beat;
  }
  if (c->cost_ms <= 0) {
    return enter_beat(r, t, next);
  }
  th->pending_next = next;
  th->pending_at = r->now + c->cost_ms;
  return advance_sim(r, th->pending_at);
}

static int process(Run *r, ItemKind kind, int t) {
  ThreadState *th = &r->th[t];
  const Beat *b = th->beat >= 0 ? &r->s->beats[th->beat] : NULL;
  switch (kind) {
  case IT_START: th->started = 1; return enter_beat(r, t, r->s->threads[t].start);
  case IT_TRANSITION: {
    int next = th->pending_next;
    th->pending_next = -1;
    return enter_beat(r, t, next);
  }
  case IT_POST: return show_post(r, t);
  case IT_OPEN: return open_decision(r, t);
  case IT_NEXT: return follow_next(r, t, b->next, b->next_fn);
  case IT_ENDING:
    th->ended = 1;
    th->ending = th->beat;
    return emit(r, EV_ENDING, t, th->beat, 0);
  case IT_DEADLINE: return play_choice(r, t, -1, -1);
  case IT_NONE: break;
  }
  return RUN_OK;
}

/* Jumps the simulated clock to 'target', processing every item due on the
   way in time order; no real time passes. */
static int advance_sim(Run *r, int64_t target) {
  while (!r->failed) {
    int t = 0;
    int64_t at;
    ItemKind kind = earliest(r, &t, &at);
    if (kind == IT_NONE || at > target) {
      break;
    }
    if (at > r->now) {
      r->now = at;
    }
    if (process(r, kind, t) != RUN_OK) {
      return RUN_ERROR;
    }
  }
  if (r->failed) {
    return RUN_ERROR;
  }
  if (target != NEVER && target > r->now) {
    r->now = target;
  }
  r->anchor_sim = r->now;
  r->anchor_real = r->real;
  return RUN_OK;
}

/* The simulated time the clocks reach at real time 'real', and back. Both
   are computed from the anchor, never accumulated, so many small steps land
   exactly where one big step does. */
static int64_t sim_at(const Run *r, int64_t real) {
  return r->anchor_sim + (real - r->anchor_real) * r->s->rate / r->o.time_factor;
}

static int64_t real_at(const Run *r, int64_t sim) {
  int64_t scaled = (sim - r->anchor_sim) * r->o.time_factor;
  return r->anchor_real + (scaled + r->s->rate - 1) / r->s->rate;
}

static int any_open(const Run *r) {
  for (int t = 0; t < r->s->n_threads; t++) {
    if (r->th[t].open) {
      return 1;
    }
  }
  return 0;
}

/* With nothing to answer, the story skips ahead to the next thing due. */
static int settle(Run *r) {
  while (!r->failed && !any_open(r) && !run_done(r)) {
    int t = 0;
    int64_t at;
    ItemKind kind = earliest(r, &t, &at);
    if (kind == IT_NONE) {
      return run_fail(r, "%s: nothing is left to happen but a thread has not ended", r->s->path);
    }
    if (advance_sim(r, at) != RUN_OK) {
      return RUN_ERROR;
    }
  }
  return r->failed ? RUN_ERROR : RUN_OK;
}

/* Real time runs to 'target_real' with the simulated clock in step. Each
   time nothing is left open the story skips ahead at once, wherever the
   step boundaries fall, so slicing real time differently changes nothing. */
static int advance_real(Run *r, int64_t target_real) {
  while (!r->failed && !run_done(r)) {
    if (!any_open(r)) {
      if (settle(r) != RUN_OK) {
        return RUN_ERROR;
      }
      continue;
    }
    int t = 0;
    int64_t at;
    ItemKind kind = earliest(r, &t, &at);
    if (kind == IT_NONE || at > sim_at(r, target_real)) {
      break;
    }
    if (at > r->now) {
      r->now = at;
      int64_t real = real_at(r, at);
      r->real = real < target_real ? real : target_real;
    }
    if (process(r, kind, t) != RUN_OK) { /* a reply's cost may move the anchor */
      return RUN_ERROR;
    }
  }
  if (r->failed) {
    return RUN_ERROR;
  }
  if (!run_done(r) && sim_at(r, target_real) > r->now) {
    r->now = sim_at(r, target_real);
  }
  r->real = target_real;
  return RUN_OK;
}

int run_start(Run *r) {
  sample_audience(r);
  if (advance_sim(r, 0) != RUN_OK) {
    return RUN_ERROR;
  }
  return settle(r);
}

int run_advance(Run *r, int64_t real_ms) {
  if (r->failed) {
    return RUN_ERROR;
  }
  int64_t target_real = r->real + (real_ms > 0 ? real_ms : 0);
  if (r->o.time_factor > 0 && !run_done(r)) {
    if (advance_real(r, target_real) != RUN_OK) {
      return RUN_ERROR;
    }
  } else {
    r->real = target_real; /* untimed: the story waits for the trainee */
  }
  return settle(r);
}

int run_answer(Run *r, int thread, int choice, int64_t real_ms) {
  return run_answer_room(r, thread, choice, choice, real_ms);
}

int run_answer_room(Run *r, int thread, int own, int room, int64_t real_ms) {
  if (r->failed) {
    return RUN_ERROR;
  }
  if (thread < 0 || thread >= r->s->n_threads || !r->th[thread].open || !offered(r, thread, room) ||
      (own != -1 && !offered(r, thread, own))) {
    return RUN_INVALID;
  }
  int serial = r->th[thread].serial;
  if (run_advance(r, real_ms) != RUN_OK) {
    return RUN_ERROR;
  }
  if (!r->th[thread].open || r->th[thread].serial != serial) {
    return RUN_TIMED_OUT;
  }
  if (play_choice(r, thread, room, own) != RUN_OK) {
    return RUN_ERROR;
  }
  r->anchor_sim = r->now;
  r->anchor_real = r->real;
  return settle(r);
}

int run_wait(Run *r, int thread) {
  if (r->failed) {
    return RUN_ERROR;
  }
  int64_t deadline = NEVER;
  for (int t = 0; t < r->s->n_threads; t++) {
    const ThreadState *th = &r->th[t];
    if ((thread < 0 || t == thread) && th->open && th->deadline >= 0 && th->deadline < deadline) {
      deadline = th->deadline;
    }
  }
  if (deadline == NEVER) {
    return RUN_INVALID;
  }
  int rc = r->o.time_factor > 0 ? advance_real(r, real_at(r, deadline)) : advance_sim(r, deadline);
  return rc == RUN_OK ? settle(r) : RUN_ERROR;
}
