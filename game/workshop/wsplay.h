/* wsplay.h — one participant's play in a workshop, rebuilt from the
   session's messages the same way on both sides, so that the facilitator's
   record and the participant's agree by construction: a together play from
   the room's steps and the participant's own answers, an own-pace play
   replayed answer by answer, and the attempt either makes. */
#ifndef TS_WSPLAY_H
#define TS_WSPLAY_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "run.h"
#include "score.h"
#include "wsproto.h"

/* Index of the thread with this id, or -1. */
int wsplay_thread_index(const Scenario *s, const char *id);
/* The answer for 'seq' in 'mine', or NULL. */
const WsAnswer *wsplay_find_answer(const WsAnswer *mine, int n_mine, int seq);

/* --- together ---------------------------------------------------------- */

/* A fresh untimed run of 's' with the room's steps played: at each, the
   story goes on with the room's choice and records the participant's own
   (from 'mine', or none). Returns the run (the caller frees it with
   run_free) or NULL with the reason in 'err'. */
Run *wsplay_together(const Scenario *s, uint64_t seed, const WsStep *steps, int n_steps, const WsAnswer *mine,
                     int n_mine, char *err, size_t errlen);
/* Plays one more step on such a run ('own' may be NULL). 0, or -1 with
   'err' (the run may then be failed: rebuild it). */
int wsplay_together_step(Run *run, const WsStep *st, const WsAnswer *own, char *err, size_t errlen);
/* The run's records as the participant is scored on them: each reaction
   time is their own (a decision left unanswered takes its timeout, drawn
   out by their time factor as a timed run would, or three times the
   target when it has none), since the untimed story counts the room's.
   Returns the count (at most RUN_MAX_DECISIONS). */
int wsplay_together_records(const Run *run, const WsStep *steps, int n_steps, const WsAnswer *mine, int n_mine,
                            int time_factor, DecisionRecord out[RUN_MAX_DECISIONS]);
/* score_compute over those records with the participant's own time
   factor (1 normal, 2..10 extended, 0 untimed); the story stays untimed. */
void wsplay_together_card(const Run *run, const WsStep *steps, int n_steps, const WsAnswer *mine, int n_mine,
                          int time_factor, ScoreCard *out);

/* --- own pace ---------------------------------------------------------- */

/* A started run of 's' with the participant's own time factor (1 normal,
   2..10 extended, 0 untimed); NULL with 'err'. Both sides must give the
   same factor, or the replay does not agree. */
Run *wsplay_own_new(const Scenario *s, uint64_t seed, int time_factor, char *err, size_t errlen);
/* Replays answer 'a' (the seq-th record of the play) into '*run': advance
   to 'at', then answer, or stay silent until the decision times out. The
   record it makes must be the one reported. On success '*run' is the new
   run (the old one freed); on -1 '*run' is untouched and 'err' says why. */
int wsplay_own_apply(Run **run, const WsAnswer *a, char *err, size_t errlen);
/* score_compute over the run's records, with the run's time factor. */
void wsplay_own_card(const Run *run, ScoreCard *out);

/* --- the record -------------------------------------------------------- */

typedef struct WsPlayMeta {
  const char *attempt; /* the seat's attempt id */
  const char *name;
  const char *sid;
  int lang;
  int64_t started_ms, ended_ms; /* Unix ms */
  const DecisionRecord *recs;   /* together: wsplay_together_records, else NULL */
  int n_recs;
  int time_factor; /* the participant's own, as their card was scored */
} WsPlayMeta;

/* The attempt of a workshop play (mode workshop, the seat's time factor). 0, or -1
   with 'err'; the caller frees 'out' with attempt_clear. */
int wsplay_attempt(const Run *run, const ScoreCard *card, const WsPlayMeta *m, Attempt *out, char *err,
                   size_t errlen);

#endif
