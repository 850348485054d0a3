/* explore.h — plays every path of a scenario: each offered choice, silence
   at every decision that can time out, and every random outcome */
#ifndef TS_EXPLORE_H
#define TS_EXPLORE_H

#include "diag.h"
#include "scenario.h"
#include "score.h"

#define EXPLORE_CAP_DEFAULT 100000L

typedef struct ExploreStats {
  long paths;                                    /* plays that reached an ending */
  long failed;                                   /* plays stopped by an error */
  int capped;                                    /* the cap was reached: the figures below are partial */
  double lo[AXIS_COUNT + 1], hi[AXIS_COUNT + 1]; /* per axis, then overall */
  long passes;
  int endings;                /* distinct ending beats reached */
  unsigned char *beat_seen;   /* per beat: entered on some path (owned) */
  unsigned char *ending_seen; /* per beat: ended a thread on some path (owned) */
} ExploreStats;

/* Explores 's' up to 'cap' complete paths. Runtime errors (a hook that
   fails, a loop that never ends) go to 'diag' once each, with the path that
   led there. Returns 0, or -1 when out of memory. Free with explore_free. */
int explore(const Scenario *s, long cap, Diag *diag, ExploreStats *out);
void explore_free(ExploreStats *st);

#endif
