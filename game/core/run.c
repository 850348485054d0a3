/* run.c — the scenario runtime. Time is integer milliseconds on two clocks:
   real (the trainee's) and simulated (the story's). Everything that happens
   is an item due at a simulated time; items are processed strictly in time
   order, so advancing in one step or in many gives the same run. */
#include "run.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#define MAX_BEAT_ENTRIES 4096 /* per run: a scenario that never settles */
#define NEVER INT64_MAX

typedef enum { IT_NONE, IT_START, IT_TRANSITION, IT_POST, IT_OPEN, IT_NEXT, IT_ENDING, IT_DEADLINE } ItemKind;

typedef struct ThreadState {
  int started, ended;
  int beat; /* current beat, -1 before the start */
  int64_t entered;
  int next_post;
  int open;   /* the beat's decision is waiting for an answer */
  int serial; /* decisions opened so far */
  unsigned offered;
  int64_t opened_real, opened_sim, deadline;
  int pending_next; /* beat entered at pending_at, after a reply's cost */
  int64_t pending_at;
  int ending; /* ending beat, -1 */
} ThreadState;

struct Run {
  const Scenario *s;
  RunOpts o;
  size_t size; /* of the whole block, for clones */
  int64_t now, real;
  int64_t anchor_sim, anchor_real; /* the clocks run together from here */
  uint64_t rng;
  double audience;
  int failed;
  char err[600];
  int beat_entries;
  int n_recs, n_events, n_forced, i_forced, n_rlog;
  int forced[RUN_MAX_RANDOM];
  RandomCall rlog[RUN_MAX_RANDOM];
  DecisionRecord recs[RUN_MAX_DECISIONS];
  /* the rest of the block, sized for the scenario */
  double *moods, *vars;
  int *visits, *chosen;
  ThreadState *th;
  RunEvent *events;
};

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
}

Run *run_new(const Scenario *s, const RunOpts *o) {
  size_t events = o->record_events ? RUN_MAX_EVENTS : 0;
  size_t size = align8(sizeof(Run)) + align8(sizeof(double) * (size_t)s->n_personas) +
                align8(sizeof(double) * (size_t)s->n_vars) + 2 * align8(sizeof(int) * (size_t)s->n_beats) +
                align8(sizeof(ThreadState) * (size_t)s->n_threads) + sizeof(RunEvent) * events;
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

static int fail(Run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(Run *r, const char *fmt, ...) {
  if (!r->failed) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err, sizeof r->err, fmt, ap);
    va_end(ap);
    r->failed = 1;
  }
  return RUN_ERROR;
}

/* --- randomness --------------------------------------------------------- */

uint64_t run_api_next_random(Run *r) { /* splitmix64 */
  uint64_t z = (r->rng += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* A draw: the natural value in play, a forced one while exploring. */
int run_api_draw(Run *r, int lo, int hi, int natural) {
  int v = natural;
  if (r->n_forced >= 0) { /* exploring: draws beyond the forced ones take 'lo' */
    v = r->i_forced < r->n_forced ? r->forced[r->i_forced] : lo;
    if (v < lo || v > hi) {
      v = lo;
    }
    r->i_forced++;
  }
  if (r->n_rlog < RUN_MAX_RANDOM) {
    r->rlog[r->n_rlog++] = (RandomCall){v, lo, hi};
  }
  return v;
}

void run_force_random(Run *r, const int *values, int n) {
  r->n_forced = n < RUN_MAX_RANDOM ? n : RUN_MAX_RANDOM;
  memcpy(r->forced, values, sizeof(int) * (size_t)r->n_forced);
  r->i_forced = 0;
  r->n_rlog = 0;
}

const RandomCall *run_random_log(const Run *r, int *n) {
  *n = r->n_rlog;
  return r->rlog;
}

/* --- hooks: state goes to Lua as a fresh table and comes back checked --- */

typedef struct HookCall {
  Run *r;
  LuaRef fn;
  int want; /* LUA_TNIL, LUA_TBOOLEAN or LUA_TSTRING */
  int result_bool;
  int result_beat;
} HookCall;

static void push_state(lua_State *L, const Run *r) {
  const Scenario *s = r->s;
  lua_createtable(L, 0, s->n_vars + 2);
  for (int i = 0; i < s->n_vars; i++) {
    if (s->vars[i].is_bool) {
      lua_pushboolean(L, r->vars[i] != 0);
    } else {
      lua_pushnumber(L, r->vars[i]);
    }
    lua_setfield(L, -2, s->vars[i].name);
  }
  lua_pushnumber(L, r->audience);
  lua_setfield(L, -2, "audience");
  lua_createtable(L, 0, s->n_personas);
  for (int i = 0; i < s->n_personas; i++) {
    lua_pushnumber(L, r->moods[i]);
    lua_setfield(L, -2, s->personas[i].id);
  }
  lua_setfield(L, -2, "mood");
}

static double clamp(double v, double lo, double hi) {
  return v < lo ? lo : v > hi ? hi : v;
}

static void pull_moods(lua_State *L, Run *r, int line) {
  const Scenario *s = r->s;
  if (!lua_istable(L, -1)) {
    luaL_error(L, "%s:%d: state.mood must stay a table of persona = mood", s->path, line);
  }
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    int p = lua_type(L, -2) == LUA_TSTRING ? scn_persona_index(s, lua_tostring(L, -2)) : -1;
    if (p < 0 || lua_type(L, -1) != LUA_TNUMBER) {
      luaL_error(L, "%s:%d: state.mood.%s must be the number of a persona", s->path, line,
                 lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
    }
    if (!isfinite(lua_tonumber(L, -1))) {
      luaL_error(L, "%s:%d: state.mood.%s must stay a finite number", s->path, line, lua_tostring(L, -2));
    }
    r->moods[p] = clamp(lua_tonumber(L, -1), -100, 100);
    lua_pop(L, 1);
  }
}

/* Reads the state table at the top back into the run. */
static void pull_state(lua_State *L, Run *r, int line) {
  const Scenario *s = r->s;
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
    int v = scn_var_index(s, key);
    if (strcmp(key, "mood") == 0) {
      pull_moods(L, r, line);
    } else if (strcmp(key, "audience") == 0) {
      if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1))) {
        luaL_error(L, "%s:%d: state.audience must stay a finite number", s->path, line);
      }
      r->audience = clamp(lua_tonumber(L, -1), 0, 100);
    } else if (v < 0) {
      luaL_error(L, "%s:%d: state.%s is not declared; add it to state = { ... }", s->path, line, key);
    } else if (s->vars[v].is_bool ? !lua_isboolean(L, -1)
                                  : lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1))) {
      luaL_error(L, "%s:%d: state.%s must stay a %s", s->path, line, key,
                 s->vars[v].is_bool ? "boolean" : "finite number");
    } else {
      r->vars[v] = s->vars[v].is_bool ? lua_toboolean(L, -1) : lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
  }
}

static int hook_protected(lua_State *L) {
  HookCall *hc = lua_touserdata(L, 1);
  const Scenario *s = hc->r->s;
  lua_rawgeti(L, LUA_REGISTRYINDEX, hc->fn);
  lua_Debug ar;
  lua_pushvalue(L, -1);
  lua_getinfo(L, ">S", &ar);
  int line = ar.linedefined;
  push_state(L, hc->r);
  int state = lua_gettop(L);
  lua_pushvalue(L, state);
  lua_rotate(L, state - 1, 1); /* function, state copy on top; state kept below */
  lua_call(L, 1, 1);
  if (hc->want == LUA_TBOOLEAN) {
    hc->result_bool = lua_toboolean(L, -1);
  } else if (hc->want == LUA_TSTRING) {
    if (lua_type(L, -1) != LUA_TSTRING) {
      luaL_error(L, "%s:%d: this function must return a beat id, it returned a %s", s->path, line,
                 luaL_typename(L, -1));
    }
    hc->result_beat = scn_beat_index(s, lua_tostring(L, -1));
    if (hc->result_beat < 0) {
      luaL_error(L, "%s:%d: returned \"%s\", which is not a beat", s->path, line, lua_tostring(L, -1));
    }
  }
  lua_pop(L, 1);
  pull_state(L, hc->r, line);
  return 0;
}

static int call_hook(Run *r, LuaRef fn, HookCall *hc, int want) {
  hc->r = r;
  hc->fn = fn;
  hc->want = want;
  hc->result_bool = 0;
  hc->result_beat = -1;
  char msg[512];
  sb_set_context(r->s->sb, r);
  int rc = sb_protected(r->s->sb, hook_protected, hc, msg, sizeof msg);
  sb_set_context(r->s->sb, NULL);
  return rc == 0 ? RUN_OK : fail(r, "%s", msg);
}

/* --- events --------------------------------------------------------------- */

static int emit(Run *r, RunEventKind kind, int thread, int beat, int index) {
  if (!r->o.record_events) {
    return RUN_OK;
  }
  if (r->n_events == RUN_MAX_EVENTS) {
    return fail(r, "%s: more than %d posts and replies in one play (a loop?)", r->s->path, RUN_MAX_EVENTS);
  }
  r->events[r->n_events++] = (RunEvent){kind, thread, beat, index, r->now};
  return RUN_OK;
}

/* --- beats ---------------------------------------------------------------- */

static int64_t last_post_at(const Beat *b) {
  int64_t t = 0;
  for (int i = 0; i < b->n_posts; i++) {
    if (b->posts[i].at_ms > t) {
      t = b->posts[i].at_ms;
    }
  }
  return t;
}

static int enter_beat(Run *r, int t, int beat) {
  const Beat *b = &r->s->beats[beat];
  ThreadState *th = &r->th[t];
  if (++r->beat_entries > MAX_BEAT_ENTRIES) {
    return fail(r, "%s:%d: the story keeps moving on at beat '%s' without ever ending (a loop with no decision?)",
                r->s->path, b->line, b->id);
  }
  r->visits[beat]++;
  th->beat = beat;
  th->entered = r->now;
  th->next_post = 0;
  th->open = 0;
  if (b->on_enter != SCN_NOREF) {
    HookCall hc;
    return call_hook(r, b->on_enter, &hc, LUA_TNIL);
  }
  return RUN_OK;
}

static int64_t open_time(const ThreadState *th, const Beat *b) {
  return th->entered + (b->decision->at_ms >= 0 ? b->decision->at_ms : last_post_at(b));
}

static int64_t next_time(const ThreadState *th, const Beat *b) {
  return th->entered + (b->after_ms >= 0 ? b->after_ms : last_post_at(b));
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
  int64_t post = th->next_post < b->n_posts ? th->entered + b->posts[th->next_post].at_ms : NEVER;
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
  int64_t leave = b->ending ? th->entered + last_post_at(b) : next_time(th, b);
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
    if (d->choices[i].when_fn != SCN_NOREF && call_hook(r, d->choices[i].when_fn, &hc, LUA_TBOOLEAN) != RUN_OK) {
      return RUN_ERROR;
    }
    if (hc.result_bool) {
      th->offered |= 1u << i;
    }
  }
  if (!(th->offered & ((1u << SCN_MAX_CHOICES) - 1))) {
    return fail(r, "%s:%d: no choice is offered at beat '%s' (every 'when' said no)", r->s->path, d->line, b->id);
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
    if (call_hook(r, b->posts[i].when_fn, &hc, LUA_TBOOLEAN) != RUN_OK) {
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
    if (call_hook(r, next_fn, &hc, LUA_TSTRING) != RUN_OK) {
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
    case FX_MOOD: r->moods[e->target] = clamp(r->moods[e->target] + e->value, -100, 100); break;
    case FX_AUDIENCE: r->audience = clamp(r->audience + e->value, 0, 100); break;
    case FX_SET: r->vars[e->target] = e->value; break;
    case FX_ADD: r->vars[e->target] += e->value; break;
    }
  }
}

static int advance_sim(Run *r, int64_t target);

/* Plays 'choice' (-1: silence) at thread t's open decision, now. */
static int play_choice(Run *r, int t, int choice) {
  ThreadState *th = &r->th[t];
  int beat = th->beat;
  const Decision *d = r->s->beats[beat].decision;
  const Choice *c = choice < 0 ? &d->silence : &d->choices[choice];
  if (r->n_recs == RUN_MAX_DECISIONS) {
    return fail(r, "%s:%d: the play went past %d decisions without ending, here at beat '%s' (a loop? bound it with sim.visits)",
                r->s->path, d->line, RUN_MAX_DECISIONS, r->s->beats[beat].id);
  }
  DecisionRecord *rec = &r->recs[r->n_recs++];
  *rec = (DecisionRecord){t, beat, choice, th->offered, r->real - th->opened_real, th->opened_sim, r->now};
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
  if (c->effect_fn != SCN_NOREF && call_hook(r, c->effect_fn, &hc, LUA_TNIL) != RUN_OK) {
    return RUN_ERROR;
  }
  int next = c->next;
  if (c->next_fn != SCN_NOREF) {
    if (call_hook(r, c->next_fn, &hc, LUA_TSTRING) != RUN_OK) {
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
  case IT_START:
    th->started = 1;
    return enter_beat(r, t, r->s->threads[t].start);
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
  case IT_DEADLINE: return play_choice(r, t, -1);
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
      return fail(r, "%s: nothing is left to happen but a thread has not ended", r->s->path);
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
  if (r->failed) {
    return RUN_ERROR;
  }
  if (thread < 0 || thread >= r->s->n_threads || !r->th[thread].open || choice < 0 ||
      choice >= SCN_MAX_CHOICES || !(r->th[thread].offered & (1u << choice))) {
    return RUN_INVALID;
  }
  int serial = r->th[thread].serial;
  if (run_advance(r, real_ms) != RUN_OK) {
    return RUN_ERROR;
  }
  if (!r->th[thread].open || r->th[thread].serial != serial) {
    return RUN_TIMED_OUT;
  }
  if (play_choice(r, thread, choice) != RUN_OK) {
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
