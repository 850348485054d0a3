/* run.h — one play of a scenario: the simulated clock, threads, decisions,
   state, and the log the score and the debrief are made from. The kiosk and
   the headless runner drive it through the same calls, so the same inputs
   give the same result. */
#ifndef TS_RUN_H
#define TS_RUN_H

#include <stdint.h>

#include "scenario.h"
#include "score.h"

#define RUN_MAX_EVENTS 1024
#define RUN_MAX_RANDOM 64
#define RUN_MAX_AUDIENCE 512 /* samples of the audience curve */

typedef struct Run Run;

typedef struct RunOpts {
  uint64_t seed;
  int time_factor;   /* 1 normal; 2, 3 … extended timer; 0 untimed (WCAG 2.2.1) */
  int record_events; /* keep the feed of posts and replies (off when exploring) */
} RunOpts;

typedef enum { EV_POST, EV_REPLY, EV_SILENCE, EV_ENDING } RunEventKind;

/* Something that appeared in a thread, for the transcript and the view. */
typedef struct RunEvent {
  RunEventKind kind;
  int thread, beat;
  int index; /* post index (EV_POST) or choice index (EV_REPLY) */
  int64_t sim_ms;
} RunEvent;

/* The audience at a moment of the story: one sample at the start, at every
   event, and after every reply's effects. Samples at the same simulated
   time are merged into the latest value. */
typedef struct AudienceSample {
  int64_t sim_ms;
  double audience;
} AudienceSample;

/* A decision waiting for the trainee. */
typedef struct Pending {
  int thread, beat;
  int offered[SCN_MAX_CHOICES]; /* choice indices, in listed order */
  int n_offered;
  int64_t opened_real_ms;
  int64_t deadline_sim_ms; /* -1 if it never times out */
} Pending;

typedef enum { RUN_OK = 0, RUN_ERROR = -1, RUN_INVALID = -2, RUN_TIMED_OUT = -3 } RunStatus;

/* A new run of 's' (which must outlive it); NULL when out of memory. The
   scenario starts with run_start, which may already fail on a hook. */
Run *run_new(const Scenario *s, const RunOpts *o);
Run *run_clone(const Run *r);
void run_free(Run *r);
int run_start(Run *r);

/* Real time passes: posts arrive, waiting threads move on, decisions time out. */
int run_advance(Run *r, int64_t real_ms);
/* Answers an open decision with one of its offered choices after 'real_ms'
   more real time. RUN_TIMED_OUT if time ran out first (silence was played). */
int run_answer(Run *r, int thread, int choice, int64_t real_ms);
/* A workshop's answer: the story goes on with the room's choice 'room',
   while the record keeps the trainee's own ('own', or -1 when they gave
   none), which is what they are scored on. run_answer is the case own == room. */
int run_answer_room(Run *r, int thread, int own, int room, int64_t real_ms);
/* Stays silent: time runs until the decision open in 'thread' times out
   (-1: whichever times out first) and its silence is played; other threads
   move on meanwhile. RUN_INVALID if that decision cannot time out. */
int run_wait(Run *r, int thread);

int run_done(const Run *r);
const char *run_error(const Run *r); /* "file:line: message" once a run failed */
int run_pending(const Run *r, Pending *out, int max);

int64_t run_sim_ms(const Run *r);
int64_t run_real_ms(const Run *r);
double run_audience(const Run *r);
double run_mood(const Run *r, int persona);
double run_var(const Run *r, int var);
int run_visits(const Run *r, int beat);
const RunOpts *run_opts(const Run *r);
const Scenario *run_scenario(const Run *r);
const DecisionRecord *run_records(const Run *r, int *n);
const RunEvent *run_events(const Run *r, int *n);
/* The audience curve so far (kept only with record_events; once full, the
   last sample keeps moving so the curve still ends at the current value). */
const AudienceSample *run_audience_curve(const Run *r, int *n);
/* Case studies: the first beat of history whose stamps went back in time
   along this play (-1 if none), with its first stamp and the latest stamp
   seen before it, in ms since the case's start. *by_day is set when it went
   back to an earlier day (a date-only stamp is ordered by its day): the two
   times then only stand for their days. */
int run_stamp_back(const Run *r, int64_t *stamp_ms, int64_t *before_ms, int *by_day);
/* Ending beat of a thread, or -1 while it goes on. */
int run_thread_ending(const Run *r, int thread);
/* The most severe ending of the scenario; -1 until it is done. */
int run_ending_beat(const Run *r);

/* --- exploration (thickskin check) -------------------------------------- */

typedef struct RandomCall {
  int value, lo, hi;
} RandomCall;

/* Random draws return these values in order, then 'lo'; every draw is logged
   so that a caller can enumerate all outcomes. */
void run_force_random(Run *r, const int *values, int n);
const RandomCall *run_random_log(const Run *r, int *n);

/* --- for the bindings (api_sim.c) ---------------------------------------- */

int run_api_draw(Run *r, int lo, int hi, int natural);
uint64_t run_api_next_random(Run *r);
int run_api_chosen(const Run *r, int beat); /* -2 never, -1 silence, else index */

#endif
