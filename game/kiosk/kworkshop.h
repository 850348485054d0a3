/* kworkshop.h — the kiosk's side of a workshop, without SDL: the
   participant's flow (the join code, discovery or an address typed, the
   lobby, the room's decisions, the reveal, the own-pace play reported as it
   goes, the debrief) and the facilitator's (the set-up from the admin
   screen, then the room on the projector), as state the screens draw. The
   hosts `Join` and `Facil` (join.h, facil.h) move the bytes; the kiosk polls
   them every frame with timeout 0 (kw_poll from kiosk_tick) and never waits
   on the network. See docs/workshop-protocol.md and docs/kiosk.md. */
#ifndef TS_KWORKSHOP_H
#define TS_KWORKSHOP_H

#include <stdint.h>

#include "facil.h"
#include "join.h"
#include "kwresume.h"
#include "osk.h"
#include "room.h"
#include "seat.h"

struct Kiosk;

/* Where the participant is; which kiosk screen shows it is in kworkshop.c. */
typedef enum {
  KW_NONE,      /* not in a workshop */
  KW_CODE,      /* typing the join code */
  KW_ADDRESS,   /* typing the facilitator's address (discovery found nothing) */
  KW_SEARCHING, /* looking for the workshop, or connecting to it */
  KW_PROBLEM,   /* refused, the scenario missing, an address unreachable: 'problem' says */
  KW_LOBBY,     /* joined; waiting for the start (or, together, for the first decision) */
  KW_QUESTION,  /* together: the open decision, not answered here yet */
  KW_WAITING,   /* together: answered, waiting for the room */
  KW_REVEAL,    /* together: the room's answers */
  KW_OWN,       /* own pace: the kiosk's own play (the usual play screens) */
  KW_ENDED      /* the trainee's own debrief */
} KwStage;

#define KW_ADDRESS_MAX 63 /* bytes of "host:port" typed */
#define KW_REJOIN_SLOTS 16
#define KW_SEARCH_HINT_MS 6000 /* "nothing yet": the address may be needed */

/* A seat this kiosk held: only a hash of the name and code, and the pid,
   so a trainee reset by the idle timeout who types the same name and code
   takes the seat back, and nothing readable of them stays. Guests are not
   kept: the next guest at the kiosk is someone else. */
typedef struct KwRejoin {
  uint64_t key;
  char pid[WS_UUID_LEN + 1];
} KwRejoin;

typedef struct KWorkshop {
  /* --- the participant --- */
  KwStage stage;
  Join *join;       /* owned; NULL when not joining */
  Seat *seat_shown; /* not owned: a seat drawn without a connection (the render check), else NULL */
  int shown_link_down; /* …drawn as if its link were down */
  char code[WS_CODE_LEN + 1];
  char address[KW_ADDRESS_MAX + 1];
  int problem;                     /* StrId of what went wrong, -1 for none */
  char problem_detail[WS_MAX_MSG]; /* the facilitator's or the network's own words, or "" */
  int64_t search_since_ms;         /* clock reading when the search began */
  int open_seq;                    /* together: the decision open here, 0 none */
  int64_t opened_ms;               /* …and the clock reading when it appeared */
  int synced_events, synced_records; /* the seat's run as last copied into the play */
  int reported;                    /* own pace: decisions of the kiosk's run sent to the seat */
  int done_sent;
  KwRejoin rejoin[KW_REJOIN_SLOTS]; /* kept across session resets (see KwRejoin) */
  int rejoin_next;
  /* --- the facilitator --- */
  Facil *facil;      /* owned; NULL when no room is open */
  Room *room_shown;  /* not owned: a room drawn without sockets (the render check), else NULL */
  int setup_item;    /* the set-up's pick: an index into the catalogue or the cases, -1 none */
  int setup_case;    /* 1: setup_item is a case study */
  WsPace setup_pace;
  KwResumable resumable; /* the set-up's offer: an unfinished session of this kiosk's… */
  int has_resumable;     /* …when 1 (looked for as the set-up opens) */
  char facil_error[640]; /* why the room could not open, or "" */
  int branch;            /* the projector's branch pick (1-based), 0: the room's proposed one */
  uint64_t bar_key;      /* the projector's main button as last drawn (a hash of its label)… */
  int64_t bar_since_ms;  /* …and the clock reading when it appeared */
  int quit_on_leave; /* `thickskin facilitate`'s own window: End session quits */
  unsigned view; /* goes up when a screen's content changes wholesale (focus starts over) */
} KWorkshop;

/* --- the participant ------------------------------------------------------ */

/* Home: "Join a workshop" opens the code screen. */
void kw_join_begin(struct Kiosk *k, int64_t now_ms);
/* Typing into the field of the current stage (code or address) from a
   physical keyboard (UTF-8) or a key of kw_keys. The code takes letters and
   digits only, upper-cased, up to WS_CODE_LEN; the address letters,
   digits, '.', '-' and ':'. Return 1 if the field changed. */
int kw_type(struct Kiosk *k, const char *utf8);
int kw_key(struct Kiosk *k, const OskKey *key);
int kw_backspace(struct Kiosk *k);
/* The keys of the on-screen keyboard for the current field, on a grid of
   'rows' by 'cols' key units. */
const OskKey *kw_keys(const struct Kiosk *k, int *n, int *rows, int *cols);
/* 1 if the field holds something to submit (5 characters; an address). */
int kw_can_submit(const struct Kiosk *k);
/* Join (code) or Connect (address): starts the search. 0, or -1 with the
   problem set. */
int kw_submit(struct Kiosk *k, int64_t now_ms);
/* "Enter the address": from the search to the address field. */
void kw_enter_address(struct Kiosk *k, int64_t now_ms);
/* Back from the code, the address, the search or a problem. */
void kw_back(struct Kiosk *k, int64_t now_ms);
/* Leaves the workshop for the home screen. The seat's pid is kept (only
   under the hash of name and code) to rejoin. */
void kw_leave(struct Kiosk *k, int64_t now_ms);

/* Together: answers the open decision with its k-th offered reply (0-based;
   -1 silence). Returns 0, or -1 (nothing open, already answered). */
int kw_answer(struct Kiosk *k, int choice_k, int64_t now_ms);
/* Own pace: sends the kiosk's decisions not yet reported, then 'done' once
   its play is over. Called after every move and every tick. */
void kw_report_moves(struct Kiosk *k);
/* The trainee's own attempt (mode workshop, the seat's attempt id and the
   session) to the journal, once: at the end of their play (own pace) or of
   the session (together). */
void kw_record(struct Kiosk *k);

/* The seat on screen (the join's, or the one drawn by the render check), or NULL. */
Seat *kw_seat(const struct Kiosk *k);
/* 1 while a joined seat has lost its link (the "Reconnecting…" notice). */
int kw_reconnecting(const struct Kiosk *k);
/* 1 while the kiosk is a participant in a workshop (from the lobby on). */
int kw_participating(const struct Kiosk *k);
/* 1 if the play on screen is the workshop's (its debrief has no "play again"). */
int kw_play_is_workshop(const struct Kiosk *k);

/* --- the facilitator ------------------------------------------------------- */

/* Admin: "Run a workshop" opens the set-up. */
void kw_setup_begin(struct Kiosk *k, int64_t now_ms);
/* Set-up: opens the room over the pick (listening, answering discovery).
   0, or -1 with facil_error set. */
int kw_open_room(struct Kiosk *k, int64_t now_ms);
/* Set-up: "Resume it": reopens the unfinished session offered (its log,
   the port it listened on) and goes to the projector at its stage. 0, or
   -1 with facil_error set. */
int kw_resume_room(struct Kiosk *k, int64_t now_ms);
/* The offered session's scenario title in the kiosk's language (from its
   catalogues), or its id when the kiosk does not have it. */
const char *kw_resumable_title(const struct Kiosk *k);
/* The room on the projector (the host's, or the render check's), or NULL. */
Room *kw_room(const struct Kiosk *k);
const char *kw_room_code(const struct Kiosk *k);
/* "ADDR" and the port participants type when discovery finds nothing. */
void kw_room_address(const struct Kiosk *k, char *host, int cap, int *port);
/* The projector's buttons; 0, or -1 with the reason in facil_error. */
int kw_room_start(struct Kiosk *k);
int kw_room_close(struct Kiosk *k);
int kw_room_branch(struct Kiosk *k, int choice); /* 1-based */
int kw_room_continue(struct Kiosk *k);
int kw_room_end(struct Kiosk *k);
void kw_room_names(struct Kiosk *k, int on);
/* The branch marked on the reveal: the pick, else the room's proposal; 0 none. */
int kw_room_marked(const struct Kiosk *k);
/* End session: closes the room and goes back to the admin screen. */
void kw_room_leave(struct Kiosk *k, int64_t now_ms);

/* --- the loop ----------------------------------------------------------------- */

/* Polls the hosts (timeout 0) and moves the screens along. Returns 1 when
   something on screen changed. */
int kw_poll(struct Kiosk *k, int64_t now_ms);
/* Milliseconds until kw_poll should run again: the window's loop wakes
   this often while a workshop is on (kiosk_next_due leaves the network out,
   so that a frame is drawn only when kiosk_tick says something changed). */
int64_t kw_next_due(const struct Kiosk *k);
/* The session reset: the participant's side goes (link, code, address,
   the play is not recorded as abandoned: the seat stays in the room);
   only the rejoin table stays. The facilitator's room is closed. */
void kw_reset(struct Kiosk *k);
void kw_free(struct Kiosk *k);
/* The facilitator's part of those two (kwfacil.c). */
int kw_facil_poll(struct Kiosk *k, int64_t now_ms);
void kw_facil_close(struct Kiosk *k);

/* Helpers the tests use. */
uint64_t kw_rejoin_key(const char *name, const char *code);
/* 1 if 's' is "host" or "host:port" with a port 1..65535 (letters, digits, '.', '-'). */
int kw_address_valid(const char *s);

#endif
