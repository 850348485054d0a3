/* facil.h — the facilitator host: a Room (room.h) over the listener and the
   discovery answerer (wsnet.h, discover.h) and the clock. It moves bytes
   between the sockets and the room, enforces the per-address limit on wrong
   join codes, and, for a headless session, drives the room by itself.
   Used by `thickskin facilitate` and by the kiosk's projector, which calls
   facil_poll every frame with timeout 0 and draws from facil_room. */
#ifndef TS_FACIL_H
#define TS_FACIL_H

#include <stddef.h>
#include <stdint.h>

#include "room.h"
#include "wsproto.h"

typedef struct Facil Facil;

/* The automatic policy of a headless session. */
typedef struct FacilAuto {
  int on;        /* 0: the facilitator drives the room (the projector's buttons) */
  int expect;    /* start once this many have joined (0: at once) */
  int timeout_s; /* together: close a decision after this long (0: only when all answered) */
  int pause_ms;  /* together: how long the reveal stays before going on with the proposed branch */
  int rejoin_ms; /* together: how much longer it stays while a seat's link is down */
} FacilAuto;

typedef struct FacilOpts {
  const char *scenario; /* a scenario or case file's path (required; when resuming, optional and tried first) */
  const char *code;     /* join code; NULL: a random one (ignored when resuming) */
  int port;             /* TCP port; 0: any free one; -1 when resuming: the port the session
                           listened on (WS_PORT when its log does not say) */
  int discovery_port;   /* UDP port answering probes; 0: WS_DISCOVERY_PORT; -1: no discovery */
  WsPace pace;
  int lang;                     /* LANG_*; -1: the scenario's own */
  uint64_t seed;                /* of every play; 0: a random one */
  const char *data_dir;         /* records folder: journal and workshops/SID.jsonl; NULL: none */
  const char *resume_sid;       /* reopen DATA/workshops/SID.jsonl (needs data_dir) */
  const char *secret_file;      /* the session secret is written there (mode 0600); NULL: not */
  int names_shown;              /* the projector shows names (off by default) */
  const char *scenario_dirs[5]; /* where a resumed session's scenario is looked for by id (NULL-ended;
                                   all NULL: scenarios/ and scenarios/cases/) */
  FacilAuto autopilot;
} FacilOpts;

/* Loads the scenario (or resumes the session), listens, answers discovery
   (a discovery port already taken is a warning on stderr, not an error).
   Returns NULL with the reason in 'err' ("cannot listen on TCP port 47810:
   Address already in use", a scenario that does not load, a damaged log). */
Facil *facil_open(const FacilOpts *o, char *err, size_t errlen);
/* Closes every connection and frees everything (the scenario included). */
void facil_free(Facil *f);

#define FACIL_RUNNING 0
#define FACIL_ENDED 1 /* the session is over: results are in facil_results */
#define FACIL_FAILED (-1)

/* Moves bytes, answers probes, applies the deadlines and (with autopilot)
   the policy: waits up to 'timeout_ms' for the network (0 from a frame
   loop). Returns FACIL_RUNNING, FACIL_ENDED once the room has ended (it
   still writes out what is queued while called, so that every connected
   participant gets `end`, and a seat's participant that comes back
   after the end gets its welcome and `end` again), or
   FACIL_FAILED when the network itself failed (poll). */
int facil_poll(Facil *f, int timeout_ms);

/* The room, for the projector: its stage, counts, reveal, seats, results.
   Valid until facil_free. Drive it only through the calls below. */
Room *facil_room(Facil *f);

/* The facilitator's buttons: 0, or -1 when not allowed now (the reason is
   room_error(facil_room(f))). */
int facil_start(Facil *f);
int facil_close(Facil *f);
int facil_branch(Facil *f, int choice); /* 1-based, as listed */
int facil_continue(Facil *f);
int facil_end(Facil *f);

int facil_port(const Facil *f);           /* the TCP port listened on */
int facil_discovery_port(const Facil *f); /* -1 when discovery is off */
const char *facil_code(const Facil *f);   /* the join code */
const char *facil_sid(const Facil *f);    /* the session id */
/* "ADDR:PORT" a participant can type when discovery finds nothing: the
   first non-loopback IPv4 address of this machine (127.0.0.1 when none). */
const char *facil_address(const Facil *f);
/* Connections open now (joined or not): after the end, a host keeps
   polling until they are gone, so that every participant gets `end`. */
int facil_connections(const Facil *f);
/* The room's results as one JSON line without '\n' (the `end` message's
   "results"), once FACIL_ENDED; NULL before. Owned by the facil. */
const char *facil_results(const Facil *f);
/* Why the autopilot ended the session early (the story could not start or
   go on: a scenario that fails at run time), or "" when it did not. */
const char *facil_failure(const Facil *f);

#endif
