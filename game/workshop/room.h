/* room.h — the facilitator's session without sockets: seats and their
   connections, the room's story, the open decision, counts, the reveal and
   the branch, each seat's play, the results, the records and the session
   log (docs/workshop-protocol.md). A host (facil.c, or a test) feeds it
   lines and clock readings and delivers what it sends. */
#ifndef TS_ROOM_H
#define TS_ROOM_H

#include <stddef.h>
#include <stdint.h>

#include "run.h"
#include "score.h"
#include "wsproto.h"

typedef struct Room Room;

/* Delivers one line (with its '\n', NUL-terminated, valid only during the
   call) to connection 'conn'. A message for the whole room comes as one
   call per joined connection, so 'conn' is never -1. The host queues it;
   it must not call back into the room. */
typedef void (*RoomSendFn)(void *ctx, int conn, const char *line);
/* Asks the host to close 'conn' (a seat taken over by a newer connection).
   It must not call back into the room: the host closes it after the call
   and then calls room_disconnected for it, as for any closed one. */
typedef void (*RoomCloseFn)(void *ctx, int conn);

typedef struct RoomOpts {
  WsPace pace;
  int lang;             /* LANG_* the session is played in */
  uint64_t seed;        /* of every play; must be below 2^53 */
  const char *code;     /* join code, NULL for a random one */
  const char *sid;      /* session id (a UUID), NULL for a new one */
  const char *data_dir; /* records folder (journal and DATA/workshops/), NULL: none written */
  int names_shown;      /* the projector shows names (off by default) */
  RoomSendFn send;      /* required */
  RoomCloseFn close;    /* may be NULL */
  void *ctx;            /* given to send and close */
  int batch_sync;       /* 0: every line of the session log is fsync'd as it is
                           appended; 1: the host calls room_sync once per round of
                           its loop, before it writes out what the room sent (one
                           fsync for many events; answers are written but not
                           waited for: see docs/workshop-protocol.md, Exactly once) */
  int port;             /* the TCP port the host listens on, kept in the log for a resume; 0: not known */
} RoomOpts;

/* A new session in the lobby over 's' (not owned; it must outlive the
   room). With a data_dir, the session log is created (mode 0600) and its
   first line written. Returns NULL with the reason in 'err'. */
Room *room_new(const Scenario *s, const RoomOpts *o, char *err, size_t errlen);
/* The session 'sid' of DATA/workshops/SID.jsonl, replayed into the state
   it had, scenario found through 'find'. Only o->send, o->close, o->ctx
   and o->batch_sync are taken from 'o' (the rest is the log's). A damaged
   line stops the replay there: it is reported in 'warn' ("file:line:
   problem"; "" when none) and the file is copied aside (SID.jsonl.damaged)
   and cut back before anything is appended. Returns NULL with the reason
   in 'err'. */
Room *room_resume(const char *data_dir, const char *sid, WsFindFn find, void *find_ctx, const RoomOpts *o,
                  char *warn, size_t warnlen, char *err, size_t errlen);
void room_free(Room *r);
/* Flushes the session log to disk if anything was appended since the last
   call (batch_sync). 0, or -1 when the disk refused (reported on stderr). */
int room_sync(Room *r);

/* --- the wire ---------------------------------------------------------- */

#define ROOM_OK 0
#define ROOM_CLOSE (-1)      /* close this connection (an error or refuse is queued to it) */
#define ROOM_WRONG_CODE (-2) /* the same, for a wrong join code: the host counts it per address */

/* One line (without its '\n') from connection 'conn' ('peer' names it in
   messages, e.g. "10.0.0.7:51544"). A connection is known from its first
   line to room_disconnected; lines are numbered per connection. Every
   refusal is printed to stderr as "workshop: PEER: line N: problem". */
int room_receive(Room *r, int conn, const char *peer, const char *line, size_t len, int64_t now_ms);
/* The host's reader found a line over WS_MAX_PARTICIPANT_LINE: queues the
   error to 'conn' and returns ROOM_CLOSE. */
int room_line_too_long(Room *r, int conn, const char *peer);
/* The connection is gone (closed by either side). Its seat, if any, stays
   and can be taken back with its pid. */
void room_disconnected(Room *r, int conn);
/* 1 once 'conn' has joined a seat (the host closes connections that have
   not within WS_HELLO_TIMEOUT_MS). */
int room_conn_joined(const Room *r, int conn);

/* --- the facilitator's actions (also by a "control" message) ----------- */

/* Each returns 0, or -1 when not allowed now, with the reason in room_error. */
int room_start(Room *r, int64_t now_ms);           /* lobby -> play; together: opens decision 1 */
int room_close(Room *r, int64_t now_ms);           /* together: closes the open decision, reveal */
int room_set_branch(Room *r, int choice);          /* together, revealed: the branch (1-based) */
int room_continue(Room *r, int64_t now_ms);        /* together, revealed: the story goes on */
int room_end(Room *r, int64_t now_ms);             /* ends the session: results, records */
const char *room_error(const Room *r);             /* why the last action failed */

/* --- what the projector and the host show ------------------------------ */

typedef enum {
  ROOM_LOBBY,    /* waiting for participants */
  ROOM_OPEN,     /* together: a decision is open */
  ROOM_REVEALED, /* together: closed, the reveal shown, waiting for continue */
  ROOM_PLAYING,  /* own pace: everyone plays */
  ROOM_ENDED
} RoomStage;

RoomStage room_stage(const Room *r);
WsPace room_pace(const Room *r);
const Scenario *room_scenario(const Room *r);
const char *room_code(const Room *r);   /* the join code */
const char *room_sid(const Room *r);    /* the session id */
const char *room_secret(const Room *r); /* for control messages: never shown */
int room_names_shown(const Room *r);
int room_port(const Room *r); /* RoomOpts.port, or the resumed log's; 0 when not known */
void room_show_names(Room *r, int on);

/* The open decision (together): 1 and its seq and Pending in the room's
   story, or 0 when none is open. */
int room_open_decision(const Room *r, int *seq, Pending *out);
int room_answered(const Room *r);      /* answers to the open (or revealed) decision */
int room_seats_present(const Room *r); /* seats with a connection */
int room_seats_total(const Room *r);
/* The reveal of the decision last closed (together): 1, or 0 when none. */
int room_reveal(const Room *r, WsReveal *out);
/* The room's story (together: untimed, owned by the room); NULL before
   start and in own pace. */
const Run *room_story(const Room *r);
/* Decisions the room has continued from. */
int room_steps(const Room *r);

typedef struct RoomSeatInfo {
  char name[WS_MAX_NAME + 1];
  char pid[WS_UUID_LEN + 1], attempt[WS_UUID_LEN + 1];
  int connected;
  int answers; /* answers held */
  int done;    /* own pace: their play ended */
  int beat;    /* own pace: the beat of their current decision, -1 when none */
  double overall; /* own pace: their score so far; together: as last computed
                     (room_seat_run, room_results), -1 before */
} RoomSeatInfo;

/* Seat i (0 .. room_seats_total-1, in order of joining): 0, or -1. */
int room_seat_info(const Room *r, int i, RoomSeatInfo *out);
/* Seat i's play as the room holds it, and its score: what its record will
   say. The run is owned by the room and valid until the next call into it;
   NULL when the play cannot be rebuilt. */
const Run *room_seat_run(Room *r, int i, ScoreCard *card);
/* The room's results now (at the end, what "end" carries). 0, or -1. */
int room_results(Room *r, WsResults *out);
/* The count of answers held for decision 'seq' per choice (together:
   late answers included): counts[0] silence, [k] choice k. 0, or -1. */
int room_counts(const Room *r, int seq, int counts[SCN_MAX_CHOICES + 1]);

#endif
