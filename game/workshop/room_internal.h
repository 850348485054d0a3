/* room_internal.h — the Room's insides, shared by its files: room.c
   (lifecycle, queries), room_wire.c (lines from connections), room_story.c
   (the together story and the own-pace replays), room_results.c (scores,
   results, records) and roomlog.c (the session log). */
#ifndef TS_ROOM_INTERNAL_H
#define TS_ROOM_INTERNAL_H

#include <cjson/cJSON.h>

#include "room.h"
#include "wsplay.h"

/* A participant's seat, kept across connections. */
typedef struct RSeat {
  char pid[WS_UUID_LEN + 1], attempt[WS_UUID_LEN + 1], name[WS_MAX_NAME + 1];
  int time_factor;                   /* their decision timer, fixed at joining (0 untimed) */
  int conn;                          /* -1 while not connected */
  WsAnswer ans[WS_MAX_STEPS];        /* by seq - 1 */
  unsigned char have[WS_MAX_STEPS];  /* ans[i] is held */
  int n_answers;
  Run *own;    /* own pace: the replay of their play (owned), NULL before their first answer */
  int done;    /* own pace: their play ended */
  int64_t joined_unix_ms;
  ScoreCard card; /* cached score, valid while card_ok */
  int card_ok;
} RSeat;

typedef struct RConn {
  int conn;
  int seat;  /* index, -1 before hello */
  int lines; /* lines received */
} RConn;

struct Room {
  const Scenario *s; /* not owned */
  WsPace pace;
  int lang;
  uint64_t seed;
  int names_shown;
  int port; /* RoomOpts.port */
  char code[WS_CODE_LEN + 1], sid[WS_UUID_LEN + 1], secret[WS_SECRET_LEN + 1];
  char *data_dir; /* owned, NULL: nothing written */
  RoomSendFn send;
  RoomCloseFn close;
  void *ctx;

  RoomStage stage;
  Run *story; /* together: the room's story (owned, untimed) */
  int seq;    /* together: the open or last closed decision, 0 before the first */
  Pending open;
  WsStep steps[WS_MAX_STEPS];
  Pending step_pending[WS_MAX_STEPS]; /* the decision of each seq as it was open */
  int n_steps;
  WsReveal reveal;
  int has_reveal;
  int branch; /* together, revealed: the choice to continue with (1-based) */

  RSeat **seats; /* owned, in order of joining */
  int n_seats, cap_seats;
  RConn *conns; /* owned */
  int n_conns, cap_conns;

  int log_fd; /* the session log, -1 when none */
  int batch_sync, log_dirty;
  int replaying;
  int recorded; /* the records were written */
  int log_ended; /* a resume replayed the log's end */
  WsResults results; /* at the end */
  Run *scratch;      /* room_seat_run's (owned) */
  char error[512];
};

/* room.c */
void room_fail(Room *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Sends 'line' (consumed: freed here) to one connection. */
void room_send_to(Room *r, int conn, char *line);
/* Sends 'line' (consumed) to every connected seat. */
void room_broadcast(Room *r, char *line);
RSeat *room_new_seat(Room *r, const char *pid, const char *attempt, const char *name, int time_factor,
                     int64_t unix_ms);
int room_find_seat(const Room *r, const char *pid);
int room_seats_answered(const Room *r, int seq);
Room *room_make(const Scenario *s, const RoomOpts *o, const char *code, const char *sid, const char *secret,
                char *err, size_t errlen);

/* room_story.c */
/* Takes a participant's answer already checked for form. 0; 1 when it was
   a repeat (acknowledge again); -1 with 'problem' when refused; -2 for a
   different answer to a seq held (refused, connection kept). */
int room_accept_answer(Room *r, int seat, const WsAnswer *a, char *problem, size_t cap);
int room_accept_done(Room *r, int seat, char *problem, size_t cap);
/* Together: opens the next decision of the story, or ends the session. */
int room_open_next(Room *r, int64_t now_ms);
/* Together: closes when every connected seat has answered. */
void room_maybe_close(Room *r, int64_t now_ms);
/* The state a welcome carries for 'seat' (arrays owned by the caller:
   ws_state_free). 0, or -1 when out of memory. */
int room_state_for(const Room *r, int seat, WsState *out);

/* room_results.c */
/* Seat i's play rebuilt (caller frees with run_free) and its card. */
Run *room_rebuild_seat(Room *r, int i, ScoreCard *card, DecisionRecord *recs, int *n_recs, char *err,
                       size_t errlen);
void room_compute_results(Room *r, WsResults *out);
void room_write_records(Room *r);
void room_invalidate_cards(Room *r);

/* roomlog.c */
int roomlog_create(Room *r, char *err, size_t errlen);
void roomlog_join(Room *r, const RSeat *seat);
void roomlog_answer(Room *r, const RSeat *seat, const WsAnswer *a);
void roomlog_done(Room *r, const RSeat *seat);
void roomlog_event(Room *r, const char *event); /* "start", "close", "end" */
void roomlog_continue(Room *r, const WsStep *step);

#endif
