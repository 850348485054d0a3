/* casereplay.h — the story clock of a case study on the kiosk. Between
   turning points the Run skips ahead at once (nothing is open); the view
   replays the events it has not shown yet at a readable pace, with a clock
   that runs through the real dates and times, which the trainee can pause
   and speed up (1×, 4×, 16×). While the replay is behind, the play is paused
   (like the feedback screen), so the replay never counts as thinking time
   and the result stays that of `thickskin play` with the same moves and
   times. Plain data, no SDL, no Run: the caller passes the event times. */
#ifndef TS_CASEREPLAY_H
#define TS_CASEREPLAY_H

#include <stdint.h>

#include "run.h"

#define REPLAY_SPEEDS 3
extern const int replay_speeds[REPLAY_SPEEDS]; /* 1, 4, 16 */

/* Real milliseconds (at 1×) a step between two shown moments takes: the
   story gap at REPLAY_PACE simulated ms per real ms, kept between
   REPLAY_MIN_STEP_MS (each post gets time to be read) and
   REPLAY_MAX_STEP_MS (a night without news does not keep anyone waiting). */
#define REPLAY_PACE 1800 /* half an hour of story a real second */
#define REPLAY_MIN_STEP_MS 1200
#define REPLAY_MAX_STEP_MS 4000

typedef struct CaseReplay {
  int64_t clock_ms;  /* the story clock shown, simulated ms since the case's start */
  int64_t from_ms;   /* where the current step started on the story clock */
  int64_t step_done; /* real ms (times the speed) spent on the current step */
  int shown;         /* events shown so far, in the run's order */
  int speed;         /* index into replay_speeds */
  int paused;
  int following;                       /* caught up with the run since its last move: events show as they come */
  int64_t last_ms;                     /* the clock reading of the last tick */
  int64_t shown_at_ms[RUN_MAX_EVENTS]; /* the clock reading when each event was shown (its slide-in) */
} CaseReplay;

void replay_start(CaseReplay *rp, int64_t now_ms);
/* The real ms (at 1×) the step from 'from_ms' to 'to_ms' on the story clock takes. */
int64_t replay_step_ms(int64_t from_ms, int64_t to_ms);
/* Time passes: shows the events due ('event_ms' holds the simulated time of
   each of the run's 'n' events, in order) and moves the clock towards
   'run_ms', the run's own clock. Returns 1 when something shown changed. */
int replay_tick(CaseReplay *rp, const int64_t *event_ms, int n, int64_t run_ms, int64_t now_ms);
/* The trainee answered (or the play started): the run has moved on, and the
   events it produced are replayed from where the clock stands. */
void replay_moved(CaseReplay *rp, int64_t now_ms);
/* 1 once every event is shown and the clock has reached the run's. */
int replay_caught_up(const CaseReplay *rp, int n, int64_t run_ms);
void replay_set_paused(CaseReplay *rp, int paused, int64_t now_ms);
void replay_set_speed(CaseReplay *rp, int speed_index, int64_t now_ms);
/* The reach points (at_ms, 'n' of them, increasing) the clock has passed: the last one's index, or -1. */
int replay_reach_passed(const CaseReplay *rp, const int64_t *at_ms, int n);

#endif
