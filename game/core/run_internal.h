/* run_internal.h — the inside of a Run, shared by run.c (the clock and the
   story), run_hooks.c (the Lua boundary) and run_query.c (read-only views).
   Nothing outside these files sees it. */
#ifndef TS_RUN_INTERNAL_H
#define TS_RUN_INTERNAL_H

#include "run.h"

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
  int n_audience;
  int64_t stamp_high; /* latest history stamp with a time of day entered so far, -1 */
  int64_t day_high;   /* latest day of any history stamp so far (from the start's day), -1 */
  int stamp_back;     /* beat whose stamps went back, -1 */
  int64_t stamp_back_at, stamp_back_before;
  int stamp_back_by_day; /* it went back to an earlier day: show days, not times */
  int n_recs, n_events, n_forced, i_forced, n_rlog;
  int forced[RUN_MAX_RANDOM];
  RandomCall rlog[RUN_MAX_RANDOM];
  DecisionRecord recs[RUN_MAX_DECISIONS];
  /* the rest of the block, sized for the scenario */
  double *moods, *vars;
  int *visits, *chosen;
  ThreadState *th;
  RunEvent *events;
  AudienceSample *audience_curve;
};

typedef struct HookCall {
  Run *r;
  LuaRef fn;
  int want; /* LUA_TNIL, LUA_TBOOLEAN or LUA_TSTRING */
  int result_bool;
  int result_beat;
} HookCall;

/* Records the first error ("file:line: message") and returns RUN_ERROR. */
int run_fail(Run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Calls a scenario hook with a fresh 'state' table and reads it back;
   'want' is LUA_TNIL, LUA_TBOOLEAN (hc->result_bool) or LUA_TSTRING (a beat
   id, in hc->result_beat). Returns RUN_OK or run_fail's RUN_ERROR. */
int run_call_hook(Run *r, LuaRef fn, HookCall *hc, int want);
double run_clamp(double v, double lo, double hi);

#endif
