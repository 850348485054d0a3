/* room.c — the facilitator's session: making and freeing it, its seats,
   sending, and what the projector and the host ask of it. Lines from the
   wire are in room_wire.c, the story in room_story.c, scores and records
   in room_results.c, the session log in roomlog.c. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "record.h"
#include "room_internal.h"

void room_fail(Room *r, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(r->error, sizeof r->error, fmt, ap);
  va_end(ap);
}

const char *room_error(const Room *r) {
  return r->error;
}

/* --- sending ----------------------------------------------------------- */

void room_send_to(Room *r, int conn, char *line) {
  if (!line) {
    fprintf(stderr, "workshop: out of memory for a message to connection %d\n", conn);
    return;
  }
  if (!r->replaying && conn >= 0) {
    r->send(r->ctx, conn, line);
  }
  free(line);
}

void room_broadcast(Room *r, char *line) {
  if (!line) {
    fprintf(stderr, "workshop: out of memory for a message to the room\n");
    return;
  }
  for (int i = 0; !r->replaying && i < r->n_seats; i++) {
    if (r->seats[i]->conn >= 0) {
      r->send(r->ctx, r->seats[i]->conn, line);
    }
  }
  free(line);
}

/* --- seats ------------------------------------------------------------- */

RSeat *room_new_seat(Room *r, const char *pid, const char *attempt, const char *name, int time_factor,
                     int64_t unix_ms) {
  if (r->n_seats == r->cap_seats) {
    int cap = r->cap_seats ? 2 * r->cap_seats : 16;
    RSeat **grown = realloc(r->seats, (size_t)cap * sizeof *grown);
    if (!grown) {
      return NULL;
    }
    r->seats = grown;
    r->cap_seats = cap;
  }
  RSeat *seat = calloc(1, sizeof *seat);
  if (!seat) {
    return NULL;
  }
  snprintf(seat->pid, sizeof seat->pid, "%s", pid);
  snprintf(seat->attempt, sizeof seat->attempt, "%s", attempt);
  snprintf(seat->name, sizeof seat->name, "%s", name);
  seat->time_factor = time_factor;
  seat->conn = -1;
  seat->joined_unix_ms = unix_ms;
  r->seats[r->n_seats++] = seat;
  return seat;
}

int room_find_seat(const Room *r, const char *pid) {
  for (int i = 0; pid[0] && i < r->n_seats; i++) {
    if (strcmp(r->seats[i]->pid, pid) == 0) {
      return i;
    }
  }
  return -1;
}

int room_seats_answered(const Room *r, int seq) {
  int n = 0;
  for (int i = 0; seq >= 1 && seq <= WS_MAX_STEPS && i < r->n_seats; i++) {
    n += r->seats[i]->have[seq - 1];
  }
  return n;
}

/* --- making and freeing ------------------------------------------------ */

static int pick_ids(const RoomOpts *o, const char *code, const char *sid, const char *secret, Room *r, char *err,
                    size_t errlen) {
  code = code ? code : o->code;
  sid = sid ? sid : o->sid;
  if (code ? !ws_code_valid(code) : ws_new_code(r->code) != 0) {
    snprintf(err, errlen, code ? "the join code '%.16s' is not 5 letters of %s" : "no randomness for a join code",
             code ? code : "", WS_CODE_ALPHABET);
    return -1;
  }
  if (code) {
    for (int i = 0; i <= WS_CODE_LEN; i++) {
      r->code[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 'a' + 'A' : code[i]);
    }
  }
  if (sid ? !attempt_is_uuid(sid) : attempt_new_id(r->sid) != 0) {
    snprintf(err, errlen, sid ? "the session id '%.40s' is not a UUID" : "no randomness for a session id",
             sid ? sid : "");
    return -1;
  }
  if (sid) {
    snprintf(r->sid, sizeof r->sid, "%s", sid);
  }
  if (secret) {
    snprintf(r->secret, sizeof r->secret, "%s", secret);
  } else if (ws_new_secret(r->secret) != 0) {
    snprintf(err, errlen, "no randomness for the session secret");
    return -1;
  }
  return 0;
}

Room *room_make(const Scenario *s, const RoomOpts *o, const char *code, const char *sid, const char *secret,
                char *err, size_t errlen) {
  if (!o->send) {
    snprintf(err, errlen, "a room needs a send callback");
    return NULL;
  }
  Room *r = calloc(1, sizeof *r);
  if (!r) {
    snprintf(err, errlen, "out of memory for a room");
    return NULL;
  }
  r->s = s;
  r->pace = o->pace;
  r->lang = o->lang >= 0 && o->lang < LANG_COUNT ? o->lang : s->lang;
  r->seed = o->seed & ((UINT64_C(1) << 53) - 1);
  r->names_shown = o->names_shown;
  r->port = o->port > 0 && o->port < 65536 ? o->port : 0;
  r->send = o->send;
  r->close = o->close;
  r->ctx = o->ctx;
  r->log_fd = -1;
  r->batch_sync = o->batch_sync;
  r->stage = ROOM_LOBBY;
  if (pick_ids(o, code, sid, secret, r, err, errlen) != 0 ||
      (o->data_dir && !(r->data_dir = strdup(o->data_dir)))) {
    if (err[0] == '\0') {
      snprintf(err, errlen, "out of memory for a room");
    }
    room_free(r);
    return NULL;
  }
  return r;
}

Room *room_new(const Scenario *s, const RoomOpts *o, char *err, size_t errlen) {
  err[0] = '\0';
  Room *r = room_make(s, o, NULL, NULL, NULL, err, errlen);
  if (r && r->data_dir && roomlog_create(r, err, errlen) != 0) {
    room_free(r);
    return NULL;
  }
  return r;
}

void room_free(Room *r) {
  if (!r) {
    return;
  }
  for (int i = 0; i < r->n_seats; i++) {
    run_free(r->seats[i]->own);
    free(r->seats[i]);
  }
  free(r->seats);
  free(r->conns);
  run_free(r->story);
  run_free(r->scratch);
  if (r->log_fd >= 0) {
    close(r->log_fd);
  }
  free(r->data_dir);
  free(r);
}

/* --- queries ----------------------------------------------------------- */

RoomStage room_stage(const Room *r) {
  return r->stage;
}
WsPace room_pace(const Room *r) {
  return r->pace;
}
const Scenario *room_scenario(const Room *r) {
  return r->s;
}
const char *room_code(const Room *r) {
  return r->code;
}
const char *room_sid(const Room *r) {
  return r->sid;
}
const char *room_secret(const Room *r) {
  return r->secret;
}
int room_port(const Room *r) {
  return r->port;
}

int room_names_shown(const Room *r) {
  return r->names_shown;
}
void room_show_names(Room *r, int on) {
  r->names_shown = on != 0;
}
const Run *room_story(const Room *r) {
  return r->story;
}
int room_steps(const Room *r) {
  return r->n_steps;
}

int room_open_decision(const Room *r, int *seq, Pending *out) {
  if (r->stage != ROOM_OPEN) {
    return 0;
  }
  *seq = r->seq;
  *out = r->open;
  return 1;
}

int room_answered(const Room *r) {
  return r->stage == ROOM_OPEN || r->stage == ROOM_REVEALED ? room_seats_answered(r, r->seq) : 0;
}

int room_seats_present(const Room *r) {
  int n = 0;
  for (int i = 0; i < r->n_seats; i++) {
    n += r->seats[i]->conn >= 0;
  }
  return n;
}

int room_seats_total(const Room *r) {
  return r->n_seats;
}

int room_reveal(const Room *r, WsReveal *out) {
  if (!r->has_reveal) {
    return 0;
  }
  *out = r->reveal;
  out->room = r->stage == ROOM_REVEALED ? r->branch : r->reveal.room;
  return 1;
}

int room_counts(const Room *r, int seq, int counts[SCN_MAX_CHOICES + 1]) {
  memset(counts, 0, (SCN_MAX_CHOICES + 1) * sizeof *counts);
  if (seq < 1 || seq > WS_MAX_STEPS) {
    return -1;
  }
  for (int i = 0; i < r->n_seats; i++) {
    const RSeat *seat = r->seats[i];
    if (seat->have[seq - 1]) {
      counts[seat->ans[seq - 1].choice]++;
    }
  }
  return 0;
}

int room_seat_info(const Room *r, int i, RoomSeatInfo *out) {
  if (i < 0 || i >= r->n_seats) {
    return -1;
  }
  const RSeat *seat = r->seats[i];
  memset(out, 0, sizeof *out);
  snprintf(out->name, sizeof out->name, "%s", seat->name);
  snprintf(out->pid, sizeof out->pid, "%s", seat->pid);
  snprintf(out->attempt, sizeof out->attempt, "%s", seat->attempt);
  out->connected = seat->conn >= 0;
  out->answers = seat->n_answers;
  out->done = seat->done;
  out->beat = -1;
  out->overall = -1;
  if (seat->own) { /* own pace: the replay is at hand, scoring it is cheap */
    Pending p;
    ScoreCard card;
    out->beat = run_pending(seat->own, &p, 1) > 0 ? p.beat : -1;
    wsplay_own_card(seat->own, &card);
    out->overall = card.overall;
  } else if (seat->card_ok) {
    out->overall = seat->card.overall;
  }
  return 0;
}
