/* casereplay.c — pacing the replay of a case study's timeline */
#include "casereplay.h"

#include <string.h>

const int replay_speeds[REPLAY_SPEEDS] = {1, 4, 16};

void replay_start(CaseReplay *rp, int64_t now_ms) {
  memset(rp, 0, sizeof *rp);
  rp->last_ms = now_ms;
}

int64_t replay_step_ms(int64_t from_ms, int64_t to_ms) {
  int64_t gap = to_ms > from_ms ? (to_ms - from_ms) / REPLAY_PACE : 0;
  return gap < REPLAY_MIN_STEP_MS ? REPLAY_MIN_STEP_MS : gap > REPLAY_MAX_STEP_MS ? REPLAY_MAX_STEP_MS : gap;
}

/* Spends 'budget' on the next step (to the next event, or to the run's
   clock when every event is shown); returns what is left over (0 when the
   step is not finished). */
static int64_t spend(CaseReplay *rp, const int64_t *event_ms, int n, int64_t run_ms, int64_t budget) {
  int64_t to = rp->shown < n ? event_ms[rp->shown] : run_ms;
  to = to < rp->clock_ms ? rp->clock_ms : to;
  int64_t len = replay_step_ms(rp->from_ms, to);
  if (rp->step_done + budget < len) {
    rp->step_done += budget;
    rp->clock_ms = rp->from_ms + (to - rp->from_ms) * rp->step_done / len;
    return 0;
  }
  int64_t left = rp->step_done + budget - len;
  rp->clock_ms = rp->from_ms = to;
  rp->step_done = 0;
  if (rp->shown < n) {
    rp->shown++;
  }
  return left;
}

int replay_tick(CaseReplay *rp, const int64_t *event_ms, int n, int64_t run_ms, int64_t now_ms) {
  int64_t real = now_ms > rp->last_ms ? now_ms - rp->last_ms : 0;
  rp->last_ms = now_ms;
  int64_t before = rp->clock_ms;
  int shown_before = rp->shown;
  if (!rp->following && !rp->paused) {
    int64_t budget = real * replay_speeds[rp->speed];
    while (budget > 0 && !replay_caught_up(rp, n, run_ms)) {
      budget = spend(rp, event_ms, n, run_ms, budget);
    }
  }
  if (rp->following || replay_caught_up(rp, n, run_ms)) {
    /* caught up: what arrives now arrives in real time, and the clock
       follows the run, which runs while the trainee thinks */
    rp->following = 1;
    rp->shown = n;
    rp->clock_ms = rp->from_ms = run_ms > rp->clock_ms ? run_ms : rp->clock_ms;
    rp->step_done = 0;
  }
  for (int i = shown_before; i < rp->shown && i < RUN_MAX_EVENTS; i++) {
    rp->shown_at_ms[i] = now_ms;
  }
  return rp->shown != shown_before || rp->clock_ms / 60000 != before / 60000;
}

void replay_moved(CaseReplay *rp, int64_t now_ms) {
  rp->following = 0;
  rp->from_ms = rp->clock_ms;
  rp->step_done = 0;
  rp->last_ms = now_ms;
}

int replay_caught_up(const CaseReplay *rp, int n, int64_t run_ms) {
  return rp->shown >= n && rp->clock_ms >= run_ms;
}

void replay_set_paused(CaseReplay *rp, int paused, int64_t now_ms) {
  rp->paused = paused != 0;
  rp->last_ms = now_ms;
}

void replay_set_speed(CaseReplay *rp, int speed_index, int64_t now_ms) {
  if (speed_index >= 0 && speed_index < REPLAY_SPEEDS) {
    rp->speed = speed_index;
  }
  rp->last_ms = now_ms;
}

int replay_reach_passed(const CaseReplay *rp, const int64_t *at_ms, int n) {
  int last = -1;
  for (int i = 0; i < n && at_ms[i] <= rp->clock_ms; i++) {
    last = i;
  }
  return last;
}
