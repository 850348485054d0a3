/* playctl.h — the kiosk's side of one play: it owns the Run, feeds it the
   real milliseconds that pass while the trainee reads and thinks (exactly
   as `thickskin play --times` does), keeps when each post appeared for the
   arrival animation, and the score after every answer. Pauses (feedback,
   "still there?", the admin screens) do not count as thinking time. No SDL. */
#ifndef TS_PLAYCTL_H
#define TS_PLAYCTL_H

#include <stdint.h>

#include "run.h"
#include "score.h"

typedef struct PlayCtl {
  const Scenario *s; /* not owned: the catalogue's */
  Run *run;          /* owned; NULL when no play is going on */
  int lang;
  int time_factor;
  uint64_t seed;
  int64_t last_ms; /* the clock reading up to which real time was given to the run */
  int paused;
  int view_thread;                     /* the conversation on screen */
  int64_t shown_at_ms[RUN_MAX_EVENTS]; /* clock reading when each event appeared */
  int n_shown;
  ScoreCard card;                       /* over the records so far */
  int last_status;                      /* of the last answer: RUN_OK or RUN_TIMED_OUT */
  int last_record;                      /* index of the record the last answer made, or -1 */
  double mood_before[SCN_MAX_PERSONAS]; /* persona moods before the last answer */
} PlayCtl;

/* Starts 's' at clock reading 'now_ms'. Returns 0, or -1 (out of memory or
   a failing hook: run_error says which). */
int play_start(PlayCtl *p, const Scenario *s, int lang, int time_factor, uint64_t seed, int64_t now_ms);
/* Gives the run the real time since the last call. Returns the number of
   events that appeared. */
int play_tick(PlayCtl *p, int64_t now_ms);
/* Answers the open decision of 'thread' with its k-th offered reply (0-based).
   Returns a RunStatus. */
int play_answer(PlayCtl *p, int thread, int k, int64_t now_ms);
/* Stays silent in 'thread' until the decision there times out. */
int play_silence(PlayCtl *p, int thread, int64_t now_ms);
void play_pause(PlayCtl *p, int64_t now_ms);
void play_resume(PlayCtl *p, int64_t now_ms);
/* Frees the run; the struct is wiped for the next trainee. */
void play_end(PlayCtl *p);

/* The open decision of 'thread', or NULL; 'out' receives it. */
const Pending *play_pending(const PlayCtl *p, int thread, Pending *out);
/* The thread of some open decision other than 'thread', or -1. */
int play_other_pending(const PlayCtl *p, int thread);
/* Real seconds since the decision opened, as the run counts them. */
double play_decision_age(const PlayCtl *p, const Pending *d, int64_t now_ms);
/* The persona at the centre of 'thread' (most posts, then earliest), or SCN_BRAND. */
int play_main_persona(const PlayCtl *p, int thread);
/* The same among the first 'n_events' events only (a case study's story
   clock has not shown the rest yet). */
int play_main_persona_in(const PlayCtl *p, int thread, int n_events);

#endif
