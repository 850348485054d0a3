/* room_wire.c — lines from the facilitator's connections: each one parsed
   and checked against the session's state; hello (join, rejoin, refusals),
   answer, done, ping and control. A refused line gets one error naming the
   peer, the line and the problem, and closes that connection alone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "room_internal.h"
#include "utf8.h"

/* --- connections ------------------------------------------------------- */

static RConn *conn_find(const Room *r, int conn) {
  for (int i = 0; i < r->n_conns; i++) {
    if (r->conns[i].conn == conn) {
      return &r->conns[i];
    }
  }
  return NULL;
}

static RConn *conn_get(Room *r, int conn) {
  RConn *c = conn_find(r, conn);
  if (c) {
    return c;
  }
  if (r->n_conns == r->cap_conns) {
    int cap = r->cap_conns ? 2 * r->cap_conns : 32;
    RConn *grown = realloc(r->conns, (size_t)cap * sizeof *grown);
    if (!grown) {
      return NULL;
    }
    r->conns = grown;
    r->cap_conns = cap;
  }
  c = &r->conns[r->n_conns++];
  *c = (RConn){conn, -1, 0};
  return c;
}

int room_conn_joined(const Room *r, int conn) {
  const RConn *c = conn_find(r, conn);
  return c && c->seat >= 0;
}

void room_disconnected(Room *r, int conn) {
  RConn *c = conn_find(r, conn);
  if (!c) {
    return;
  }
  if (c->seat >= 0 && r->seats[c->seat]->conn == conn) {
    r->seats[c->seat]->conn = -1;
  }
  *c = r->conns[--r->n_conns];
  if (r->stage == ROOM_OPEN) {
    room_broadcast(r, ws_build_count(r->seq, room_seats_answered(r, r->seq), room_seats_present(r)));
    room_maybe_close(r, 0);
  }
}

/* --- errors ------------------------------------------------------------ */

/* Sends an error (cut to what a participant accepts, at a character
   boundary) and prints it. */
static void send_error(Room *r, int conn, const char *peer, int line, const char *problem) {
  char msg[WS_MAX_MSG];
  ws_format_problem(msg, sizeof msg, peer, line, problem);
  size_t n = strlen(msg), bad = utf8_invalid_at(msg, n);
  if (bad < n && n - bad < 4) { /* a character cut at the end */
    msg[bad] = '\0';
  }
  utf8_scrub(msg, '?');
  fprintf(stderr, "workshop: %s\n", msg);
  room_send_to(r, conn, ws_build_error(msg));
}

static int refuse_line(Room *r, const RConn *c, const char *peer, const char *problem) {
  send_error(r, c->conn, peer, c->lines, problem);
  return ROOM_CLOSE;
}

int room_line_too_long(Room *r, int conn, const char *peer) {
  RConn *c = conn_get(r, conn);
  char problem[96];
  snprintf(problem, sizeof problem, "the line is longer than %d bytes", WS_MAX_PARTICIPANT_LINE);
  send_error(r, conn, peer, c ? c->lines + 1 : 0, problem);
  return ROOM_CLOSE;
}

/* --- hello ------------------------------------------------------------- */

static int refuse(Room *r, const RConn *c, const char *peer, WsRefuseWhy why, const char *msg) {
  fprintf(stderr, "workshop: %s: line %d: refused (%s): %s\n", peer, c->lines, ws_refuse_names[why], msg);
  room_send_to(r, c->conn, ws_build_refuse(why, msg));
  return why == WS_REFUSE_CODE ? ROOM_WRONG_CODE : ROOM_CLOSE;
}

static void send_welcome(Room *r, int i) {
  const RSeat *seat = r->seats[i];
  WsState st;
  if (room_state_for(r, i, &st) != 0) {
    fprintf(stderr, "workshop: out of memory for a welcome\n");
    return;
  }
  room_send_to(r, seat->conn, ws_build_welcome(r->sid, seat->pid, seat->attempt, seat->name, seat->time_factor, &st));
  ws_state_free(&st);
  if (r->stage == ROOM_OPEN) {
    room_broadcast(r, ws_build_count(r->seq, room_seats_answered(r, r->seq), room_seats_present(r)));
  } else if (r->stage == ROOM_REVEALED) {
    WsReveal rv;
    room_reveal(r, &rv);
    room_send_to(r, seat->conn, ws_build_reveal(&rv));
  }
}

/* A new seat for a hello with no (known) pid. */
static int seat_for_newcomer(Room *r, const WsMsg *m) {
  char pid[WS_UUID_LEN + 1], attempt[WS_UUID_LEN + 1];
  if (r->n_seats >= WS_MAX_SEATS || attempt_new_id(pid) != 0 || attempt_new_id(attempt) != 0) {
    return -1;
  }
  RSeat *seat = room_new_seat(r, pid, attempt, m->hello.name, m->hello.time_factor, attempt_now_ms());
  if (!seat) {
    return -1;
  }
  roomlog_join(r, seat);
  return r->n_seats - 1;
}

/* The seat's earlier connection, if still open, is stale: it goes. */
static void take_over(Room *r, RSeat *seat, int i) {
  RConn *old = seat->conn >= 0 ? conn_find(r, seat->conn) : NULL;
  if (old && old->seat == i) {
    old->seat = -1;
    if (r->close) {
      r->close(r->ctx, old->conn);
    }
  }
  seat->conn = -1;
}

/* After the end only a seat's own participant comes back (its link was
   down when the session ended): it gets its welcome, which lists exactly
   the answers its record was written with, and the end again, so that it
   can write the same record. No one new can join. */
static int rejoin_ended(Room *r, RConn *c, const char *peer, const WsMsg *m) {
  int i = room_find_seat(r, m->hello.pid);
  if (i < 0) {
    return refuse(r, c, peer, WS_REFUSE_ENDED, "the session is over");
  }
  take_over(r, r->seats[i], i);
  r->seats[i]->conn = c->conn;
  c->seat = i;
  send_welcome(r, i);
  room_send_to(r, c->conn, ws_build_end(&r->results));
  return ROOM_OK;
}

static int on_hello(Room *r, RConn *c, const char *peer, const WsMsg *m) {
  if (c->seat >= 0) {
    return refuse_line(r, c, peer, "hello on a connection that has joined already");
  }
  if (m->hello.v != WS_VERSION) {
    return refuse(r, c, peer, WS_REFUSE_VERSION, "this facilitator speaks version 1 of the protocol");
  }
  if (!ws_code_matches(m->hello.code, r->code)) {
    return refuse(r, c, peer, WS_REFUSE_CODE, "wrong join code");
  }
  if (r->stage == ROOM_ENDED) {
    return rejoin_ended(r, c, peer, m);
  }
  if (m->hello.name_problem[0]) {
    return refuse(r, c, peer, WS_REFUSE_NAME, m->hello.name_problem);
  }
  int i = room_find_seat(r, m->hello.pid);
  if (i < 0 && (i = seat_for_newcomer(r, m)) < 0) {
    return refuse(r, c, peer, WS_REFUSE_FULL, "the room is full");
  }
  take_over(r, r->seats[i], i);
  r->seats[i]->conn = c->conn;
  c->seat = i;
  send_welcome(r, i);
  return ROOM_OK;
}

/* --- answer, done, control --------------------------------------------- */

static int on_answer(Room *r, RConn *c, const char *peer, const WsMsg *m, int64_t now_ms) {
  char problem[WS_MAX_MSG];
  if (c->seat < 0) {
    return refuse_line(r, c, peer, "an answer before hello");
  }
  int rc = room_accept_answer(r, c->seat, &m->answer, problem, sizeof problem);
  if (rc == -1) {
    return refuse_line(r, c, peer, problem);
  }
  if (rc == -2) { /* first answer wins; the welcome brings the seat back in line */
    send_error(r, c->conn, peer, c->lines, problem);
    send_welcome(r, c->seat);
    return ROOM_OK;
  }
  room_send_to(r, c->conn, ws_build_ack(m->answer.seq));
  if (rc == 0 && r->stage == ROOM_OPEN && m->answer.seq == r->seq) {
    room_broadcast(r, ws_build_count(r->seq, room_seats_answered(r, r->seq), room_seats_present(r)));
    room_maybe_close(r, now_ms);
  }
  return ROOM_OK;
}

static int on_done(Room *r, RConn *c, const char *peer, int64_t now_ms) {
  char problem[WS_MAX_MSG];
  if (c->seat < 0) {
    return refuse_line(r, c, peer, "done before hello");
  }
  if (room_accept_done(r, c->seat, problem, sizeof problem) != 0) {
    return refuse_line(r, c, peer, problem);
  }
  for (int i = 0; i < r->n_seats; i++) {
    if (!r->seats[i]->done) {
      return ROOM_OK;
    }
  }
  room_end(r, now_ms); /* every seat is done */
  return ROOM_OK;
}

/* Compares every byte, so the time taken says nothing about the secret. */
static int secret_equal(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  unsigned diff = (unsigned)(na != nb);
  for (size_t i = 0; i < na && i < nb; i++) {
    diff |= (unsigned)(a[i] ^ b[i]);
  }
  return diff == 0;
}

static int on_control(Room *r, RConn *c, const char *peer, const WsMsg *m, int64_t now_ms) {
  if (!secret_equal(m->control.secret, r->secret)) {
    return refuse_line(r, c, peer, "\"secret\" is wrong: only the facilitator controls the session");
  }
  int rc = -1;
  switch (m->control.what) {
  case WS_DO_START: rc = room_start(r, now_ms); break;
  case WS_DO_CLOSE: rc = room_close(r, now_ms); break;
  case WS_DO_BRANCH: rc = room_set_branch(r, m->control.choice); break;
  case WS_DO_CONTINUE: rc = room_continue(r, now_ms); break;
  case WS_DO_END: rc = room_end(r, now_ms); break;
  }
  return rc == 0 ? ROOM_OK : refuse_line(r, c, peer, r->error);
}

int room_receive(Room *r, int conn, const char *peer, const char *line, size_t len, int64_t now_ms) {
  RConn *c = conn_get(r, conn);
  if (!c) {
    fprintf(stderr, "workshop: %s: out of memory for a connection\n", peer);
    return ROOM_CLOSE;
  }
  c->lines++;
  WsMsg m;
  char problem[WS_MAX_MSG];
  if (ws_parse(line, len, WS_FROM_PARTICIPANT, &m, problem, sizeof problem) != 0) {
    return refuse_line(r, c, peer, problem);
  }
  int rc = ROOM_OK;
  switch (m.t) {
  case WS_HELLO: rc = on_hello(r, c, peer, &m); break;
  case WS_ANSWER: rc = on_answer(r, c, peer, &m, now_ms); break;
  case WS_DONE: rc = on_done(r, c, peer, now_ms); break;
  case WS_CONTROL: rc = on_control(r, c, peer, &m, now_ms); break;
  default: break; /* ping: the host has seen the connection alive */
  }
  ws_msg_free(&m);
  return rc;
}
