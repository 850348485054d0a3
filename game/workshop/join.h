/* join.h — the participant host: a Seat (seat.h) over a connection to the
   facilitator (wsnet.h), found by discovery (discover.h) or at a given
   address. It reconnects after every drop and lets the seat resend what
   was not acknowledged, and keeps the link alive with pings. Used by
   `thickskin bot` and by the kiosk's "join workshop", which calls join_poll
   every frame with timeout 0 and draws from join_seat. */
#ifndef TS_JOIN_H
#define TS_JOIN_H

#include <stddef.h>
#include <stdint.h>

#include "seat.h"
#include "wsproto.h"

typedef struct Join Join;

/* Told of every event of the seat (SEAT_EV_*, seat.h) as its line arrives,
   during join_poll; the seat may be read, and answered, from it. */
typedef void (*JoinEventFn)(void *ctx, Join *j, int event);

typedef struct JoinOpts {
  const char *code;    /* the join code typed (required) */
  const char *name;    /* the participant's name (required; "guest" is fine) */
  const char *pid;     /* NULL, or an earlier welcome's pid: take that seat back */
  const char *address; /* "HOST:PORT" or "HOST" (port WS_PORT); NULL or "auto": discovery */
  int discovery_port;  /* UDP port probed; 0: WS_DISCOVERY_PORT */
  WsFindFn find;       /* the scenario a start names; NULL: a JoinShelf of the shipped ones */
  void *find_ctx;
  JoinEventFn event; /* may be NULL */
  void *event_ctx;
  int time_factor; /* the participant's decision timer: 1 normal, 2..10 extended, 0 untimed */
} JoinOpts;

typedef enum {
  JOIN_SEARCHING,    /* discovery: no facilitator answered yet */
  JOIN_CONNECTING,   /* connecting, or waiting for the welcome */
  JOIN_JOINED,       /* welcomed, and the link is up */
  JOIN_RECONNECTING, /* welcomed before; the link dropped and is being restored */
  JOIN_REFUSED,      /* refused (seat_refusal, seat_error say why): final */
  JOIN_MISSING,      /* the session's scenario is not here, or another version: final */
  JOIN_ENDED,        /* the session is over: seat_results, seat_run for the debrief */
  JOIN_LEFT          /* join_leave was called */
} JoinStatus;

/* A participant that starts looking (or connecting) at the first poll.
   NULL with the reason in 'err' (a bad name or address, no socket). */
Join *join_open(const JoinOpts *o, char *err, size_t errlen);
void join_free(Join *j);

/* Moves bytes, probes, reconnects and pings: waits up to 'timeout_ms' (0
   from a frame loop). Returns the status after it. */
JoinStatus join_poll(Join *j, int timeout_ms);
JoinStatus join_status(const Join *j);

/* The seat: its phase, open decision, play, reveal, results (seat.h). Valid
   until join_free. */
Seat *join_seat(Join *j);

/* Together: answers the open decision (seat_answer); own pace: reports a
   move of the participant's own run (seat_report), then its end
   (seat_done). Sent now when the link is up, else kept and sent after the
   next welcome. 0, or -1 as the seat's calls. */
int join_answer(Join *j, int choice, int64_t reaction_ms);
int join_report(Join *j, int thread, int beat, int choice, int64_t ms, int64_t at);
int join_done(Join *j);

/* Drops the link at once, as a crash or a pulled cable would, and
   reconnects after 'delay_ms' (-1: the usual pause). For tests and bots. */
void join_drop(Join *j, int delay_ms);
/* Leaves: flushes what is queued and stops reconnecting. The seat keeps
   its pid for a later join with the same name. */
void join_leave(Join *j);

/* "ADDR:PORT" of the facilitator in use, "" while searching. */
const char *join_address(const Join *j);
/* What went wrong last (a refusal, an unreachable address), "" if nothing. */
const char *join_problem(const Join *j);

/* --- finding a session's scenario ----------------------------------------- */

#define JOIN_SHELF_DIRS 4
#define JOIN_SHELF_MAX 8

/* Scenario folders and the scenarios loaded from them, each loaded once
   (at its first use) and kept until join_shelf_clear. Zero it, set 'dirs'
   (NULL-ended; all NULL: the shipped scenarios/ and scenarios/cases/). */
typedef struct JoinShelf {
  const char *dirs[JOIN_SHELF_DIRS + 1];
  Scenario *loaded[JOIN_SHELF_MAX]; /* owned */
  int n;
} JoinShelf;

/* A WsFindFn over a JoinShelf ('ctx'): the scenario with this id whose
   file hashes to 'hash', looked for as DIR/ID.lua, then among every file
   of the folders; NULL when none. */
const Scenario *join_shelf_find(void *ctx, const char *id, uint64_t hash);
void join_shelf_clear(JoinShelf *shelf);

#endif
