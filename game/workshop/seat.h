/* seat.h — a participant's side of a workshop without sockets: its
   answers and their outbox (kept until acknowledged, resent after every
   welcome), its own play rebuilt from the room's decisions, and what to
   show (docs/workshop-protocol.md). A host (join.c, the kiosk, a test)
   feeds it the facilitator's lines and delivers what it sends. */
#ifndef TS_SEAT_H
#define TS_SEAT_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "run.h"
#include "score.h"
#include "wsproto.h"

typedef struct Seat Seat;

/* Sends one line (with its '\n', NUL-terminated, valid during the call).
   Returns 0 when it was sent or queued, -1 when there is no connection
   (the seat keeps the answer and resends it after the next welcome). */
typedef int (*SeatSendFn)(void *ctx, const char *line);

typedef struct SeatOpts {
  const char *name; /* 1..WS_MAX_NAME bytes, no control characters */
  const char *code; /* the join code typed */
  const char *pid;  /* NULL, or the pid of an earlier welcome: rejoin that seat */
  WsFindFn find;    /* the scenario a start names; required */
  void *find_ctx;
  SeatSendFn send; /* required */
  void *send_ctx;
  int time_factor; /* the participant's decision timer: 1 normal, 2..10 extended, 0 untimed
                      (sent in hello; a rejoin takes the one the facilitator echoes) */
} SeatOpts;

/* A new seat, not yet joined. NULL with the reason in 'err' (a bad name,
   no memory). */
Seat *seat_new(const SeatOpts *o, char *err, size_t errlen);
void seat_free(Seat *s);

/* A connection is up: sends hello (with the pid once one is known). */
int seat_connected(Seat *s);
/* The connection is gone: answers are kept until the next welcome. */
void seat_disconnected(Seat *s);

typedef enum {
  SEAT_EV_NONE,      /* nothing to show changed (ack, ping) */
  SEAT_EV_WELCOME,   /* joined or rejoined: the play is rebuilt */
  SEAT_EV_REFUSED,   /* not joined: seat_refusal says why; the connection closes */
  SEAT_EV_STARTED,   /* the session began (together: the story is at its start) */
  SEAT_EV_OPENED,    /* together: a decision opened (seat_open) */
  SEAT_EV_COUNT,     /* together: the count changed (seat_count) */
  SEAT_EV_REVEALED,  /* together: the room's answers (seat_reveal) */
  SEAT_EV_CONTINUED, /* together: the story went on */
  SEAT_EV_ENDED,     /* the session is over (seat_results) */
  SEAT_EV_ERROR,     /* the facilitator refused a line (seat_error) */
  SEAT_EV_MISSING    /* the scenario is not here, or not this version: leave */
} SeatEvent;

/* One line from the facilitator (without its '\n'). Returns a SeatEvent,
   or -1 for a malformed line or one that does not fit the session (the
   reason in seat_error; the host drops the connection and reconnects). */
int seat_receive(Seat *s, const char *line, size_t len, int64_t now_ms);

/* Together: answers the open decision with its choice (1-based in listed
   order; 0 silence, only where the decision can time out) after
   'reaction_ms'. The answer is kept until acknowledged and sent now if
   connected. 0, or -1 (no open decision, already answered, not offered). */
int seat_answer(Seat *s, int choice, int64_t reaction_ms);

/* Own pace: the kiosk plays its own timed run (time factor
   seat_time_factor, the start's seed) and reports each DecisionRecord it makes, in order: thread and
   beat indices, record.choice + 1, record.reaction_ms, and 'at' =
   run_real_ms of the run just after the move. The seat replays it into
   its own copy, as the facilitator does, and sends it. 0, or -1 when it
   does not fit the replay (the two runs went apart: a bug). */
int seat_report(Seat *s, int thread, int beat, int choice, int64_t ms, int64_t at);
/* Own pace: the play ended (or was abandoned); sends done. 0, or -1. */
int seat_done(Seat *s);

/* --- what to show ------------------------------------------------------ */

int seat_joined(const Seat *s);                    /* a welcome came */
const char *seat_pid(const Seat *s);               /* "" before the first welcome */
const char *seat_attempt(const Seat *s);           /* "" before the first welcome */
const char *seat_sid(const Seat *s);               /* "" before the first welcome */
const char *seat_name(const Seat *s);              /* as the facilitator holds it */
int seat_time_factor(const Seat *s);               /* as the facilitator holds it, once welcomed */
WsPhase seat_phase(const Seat *s);
const WsStart *seat_start(const Seat *s);          /* NULL before start */
const Scenario *seat_scenario(const Seat *s);      /* NULL before start */
/* The participant's play (owned by the seat, valid until the next call
   into it) and its score (time factor seat_time_factor): the debrief. NULL before start. */
const Run *seat_run(const Seat *s);
const ScoreCard *seat_card(const Seat *s);
/* Together: the open decision, 1 and its Pending in seat_run, else 0. */
int seat_open(const Seat *s, WsDecisionRef *ref, Pending *out);
/* Together: the participant's answer to decision 'seq' (1-based choice,
   0 silence), or -1 when none. */
int seat_my_choice(const Seat *s, int seq);
int seat_count(const Seat *s, int *answered, int *of); /* the last count: 1, or 0 */
const WsReveal *seat_reveal(const Seat *s);            /* the last reveal, NULL if none */
const WsResults *seat_results(const Seat *s);          /* after the end, else NULL */
int seat_unacked(const Seat *s);                       /* answers not yet acknowledged */
const char *seat_error(const Seat *s);                 /* the last error or refusal text */
WsRefuseWhy seat_refusal(const Seat *s);               /* after SEAT_EV_REFUSED */

/* The participant's attempt (mode workshop, the seat's attempt id and the
   session) built from seat_run and seat_card. 0, or -1 with 'err'. The
   caller frees it with attempt_clear. */
int seat_attempt_build(const Seat *s, int64_t started_ms, int64_t ended_ms, Attempt *out, char *err,
                       size_t errlen);
/* The same appended to the journal in 'data_dir', once per seat (a second
   call does nothing and returns 0). 0, or -1 with 'err'. */
int seat_record(Seat *s, const char *data_dir, int64_t started_ms, int64_t ended_ms, char *err, size_t errlen);

#endif
