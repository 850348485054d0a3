/* join.c — the participant host: a seat (seat.c) over a connection that
   reconnects by itself, to an address given or found by discovery. A drop
   only pauses the seat: its answers wait in its outbox and go out after the
   next welcome. */
#define _POSIX_C_SOURCE 200809L
#include "join.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discover.h"
#include "loader.h"
#include "paths.h"
#include "scenario.h"
#include "wsnet.h"

#define REFUSED_SEARCH_MS 3000 /* after every facilitator found refused the code, how long to look for more */

struct Join {
  JoinOpts o;
  char code[WS_CODE_LEN + 8], name[WS_MAX_NAME + 1], pid[WS_UUID_LEN + 1];
  Seat *seat;
  JoinShelf shelf; /* when no finder was given */
  DiscProber *probe;
  int next_candidate; /* discovery: the next facilitator found to try */
  int64_t refused_ms; /* discovery: when the last one found refused the code */
  WsClient *conn;
  JoinStatus status;
  int welcomed;
  char problem[WS_MAX_MSG + 64];
};

/* --- the seat's wire ---------------------------------------------------------- */

static int seat_send(void *ctx, const char *line) {
  Join *j = ctx;
  if (!j->conn || wsclient_state(j->conn) != WSC_UP) {
    return -1;
  }
  return wsclient_send(j->conn, line, strlen(line)) == 0 ? 0 : -1;
}

static void on_up(void *ctx) {
  Join *j = ctx;
  if (seat_connected(j->seat) != 0) {
    wsclient_drop(j->conn, -1);
  }
}

static void on_down(void *ctx, const char *why) {
  Join *j = ctx;
  seat_disconnected(j->seat);
  snprintf(j->problem, sizeof j->problem, "%s: %s", wsclient_peer(j->conn), why);
  if (j->status == JOIN_JOINED) {
    j->status = JOIN_RECONNECTING;
  }
}

static void on_bad(void *ctx, int lineno, const char *problem) {
  Join *j = ctx;
  fprintf(stderr, "workshop: %s: line %d: %s\n", wsclient_peer(j->conn), lineno, problem);
}

/* A refusal: with discovery, a wrong code may be another facilitator's
   session, so the next one found is tried; otherwise it is final. */
static void refused(Join *j) {
  snprintf(j->problem, sizeof j->problem, "refused (%s): %s", ws_refuse_names[seat_refusal(j->seat)],
           seat_error(j->seat));
  wsclient_stop(j->conn);
  if (j->probe && seat_refusal(j->seat) == WS_REFUSE_CODE) {
    j->status = JOIN_SEARCHING;
    j->refused_ms = wsnet_now_ms();
  } else {
    j->status = JOIN_REFUSED;
  }
}

static void on_line(void *ctx, const char *line, size_t len) {
  Join *j = ctx;
  int ev = seat_receive(j->seat, line, len, wsnet_now_ms());
  if (ev < 0) {
    fprintf(stderr, "workshop: %s: %s\n", wsclient_peer(j->conn), seat_error(j->seat));
    wsclient_drop(j->conn, -1);
    return;
  }
  switch (ev) {
  case SEAT_EV_WELCOME:
    j->welcomed = 1;
    if (j->status != JOIN_ENDED) {
      j->status = JOIN_JOINED;
    }
    break;
  case SEAT_EV_REFUSED: refused(j); break;
  case SEAT_EV_MISSING:
    snprintf(j->problem, sizeof j->problem, "%s", seat_error(j->seat));
    j->status = JOIN_MISSING;
    wsclient_stop(j->conn);
    break;
  case SEAT_EV_ENDED: j->status = JOIN_ENDED; break;
  default: break;
  }
  if (j->o.event) {
    j->o.event(j->o.event_ctx, j, ev);
  }
}

/* --- opening -------------------------------------------------------------------- */

/* "HOST:PORT" or "HOST" into a connection. */
static WsClient *connect_to(const char *address, char *err, size_t errlen) {
  char host[256];
  int port = WS_PORT;
  snprintf(host, sizeof host, "%s", address);
  char *colon = strrchr(host, ':');
  if (colon) {
    char *end;
    long p = strtol(colon + 1, &end, 10);
    if (end == colon + 1 || *end || p < 1 || p > 65535) {
      snprintf(err, errlen, "'%s' is not HOST:PORT (a port is a number from 1 to 65535)", address);
      return NULL;
    }
    *colon = '\0';
    port = (int)p;
  }
  return wsclient_new(host, port, err, errlen);
}

Join *join_open(const JoinOpts *o, char *err, size_t errlen) {
  Join *j = calloc(1, sizeof *j);
  if (!j) {
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  j->o = *o;
  snprintf(j->code, sizeof j->code, "%s", o->code ? o->code : "");
  snprintf(j->name, sizeof j->name, "%s", o->name ? o->name : "");
  snprintf(j->pid, sizeof j->pid, "%s", o->pid ? o->pid : "");
  SeatOpts so = {.name = j->name,
                 .code = j->code,
                 .pid = j->pid[0] ? j->pid : NULL,
                 .find = o->find ? o->find : join_shelf_find,
                 .find_ctx = o->find ? o->find_ctx : &j->shelf,
                 .send = seat_send,
                 .send_ctx = j,
                 .time_factor = o->time_factor};
  j->seat = seat_new(&so, err, errlen);
  int discover = !o->address || strcmp(o->address, "auto") == 0;
  if (j->seat && discover) {
    j->probe = disc_prober_open(o->discovery_port > 0 ? o->discovery_port : WS_DISCOVERY_PORT, err, errlen);
    j->status = JOIN_SEARCHING;
  } else if (j->seat) {
    j->conn = connect_to(o->address, err, errlen);
    j->status = JOIN_CONNECTING;
  }
  if (!j->seat || (discover ? !j->probe : !j->conn)) {
    join_free(j);
    return NULL;
  }
  return j;
}

void join_free(Join *j) {
  if (!j) {
    return;
  }
  wsclient_free(j->conn);
  disc_prober_free(j->probe);
  seat_free(j->seat);
  join_shelf_clear(&j->shelf);
  free(j);
}

/* --- the loop --------------------------------------------------------------------- */

/* Discovery: the next facilitator that answered, if any, is tried. */
static void search(Join *j, int timeout_ms) {
  int found = disc_prober_poll(j->probe, timeout_ms);
  if (j->next_candidate < found) {
    const DiscFound *f = disc_prober_found(j->probe, j->next_candidate++);
    char err[256];
    WsClient *c = wsclient_new(f->addr, f->port, err, sizeof err);
    if (c) {
      wsclient_free(j->conn);
      j->conn = c;
      j->status = JOIN_CONNECTING;
    }
  } else if (j->refused_ms > 0 && wsnet_now_ms() - j->refused_ms > REFUSED_SEARCH_MS) {
    j->status = JOIN_REFUSED;
  }
}

static void keepalive(Join *j) {
  if (j->status == JOIN_JOINED && wsclient_state(j->conn) == WSC_UP && wsclient_idle_ms(j->conn) >= WS_PING_MS) {
    char *ping = ws_build_ping();
    if (ping) {
      wsclient_send(j->conn, ping, strlen(ping));
      free(ping);
    }
  }
}

JoinStatus join_poll(Join *j, int timeout_ms) {
  if (j->status == JOIN_SEARCHING) {
    search(j, timeout_ms < 0 || timeout_ms > 100 ? 100 : timeout_ms);
    return j->status;
  }
  if (!j->conn) {
    return j->status;
  }
  WsClientHandler h = {.ctx = j, .up = on_up, .line = on_line, .bad = on_bad, .down = on_down};
  if (timeout_ms < 0 || timeout_ms > WS_PING_MS) {
    timeout_ms = WS_PING_MS;
  }
  wsclient_poll(j->conn, timeout_ms, &h);
  keepalive(j);
  return j->status;
}

JoinStatus join_status(const Join *j) {
  return j->status;
}

Seat *join_seat(Join *j) {
  return j->seat;
}

int join_answer(Join *j, int choice, int64_t reaction_ms) {
  return seat_answer(j->seat, choice, reaction_ms);
}

int join_report(Join *j, int thread, int beat, int choice, int64_t ms, int64_t at) {
  return seat_report(j->seat, thread, beat, choice, ms, at);
}

int join_done(Join *j) {
  return seat_done(j->seat);
}

void join_drop(Join *j, int delay_ms) {
  if (j->conn && wsclient_state(j->conn) != WSC_STOPPED) {
    wsclient_drop(j->conn, delay_ms);
  }
}

void join_leave(Join *j) {
  if (j->conn) {
    wsclient_stop(j->conn);
  }
  j->status = JOIN_LEFT;
}

const char *join_address(const Join *j) {
  return j->conn ? wsclient_peer(j->conn) : "";
}

const char *join_problem(const Join *j) {
  return j->problem;
}

/* --- finding a session's scenario ------------------------------------------------ */

/* A scenario in use is never let go: a full shelf finds nothing more. */
static const Scenario *shelf_keep(JoinShelf *shelf, Scenario *s) {
  if (shelf->n == JOIN_SHELF_MAX) {
    scn_free(s);
    return NULL;
  }
  shelf->loaded[shelf->n++] = s;
  return s;
}

/* 'path' loaded when it is the scenario sought, else NULL. */
static Scenario *load_if(const char *path, const char *id, uint64_t hash) {
  Diag diag = {0};
  Scenario *s = scn_load_file(path, NULL, &diag);
  diag_free(&diag);
  if (s && (strcmp(s->id, id) != 0 || s->hash != hash)) {
    scn_free(s);
    s = NULL;
  }
  return s;
}

static Scenario *search_dir(const char *dir, const char *id, uint64_t hash) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.lua", dir, id);
  Scenario *s = strchr(id, '/') ? NULL : load_if(path, id, hash);
  char **paths = NULL;
  int n = s ? 0 : scn_list_dir(dir, &paths);
  for (int i = 0; i < n; i++) {
    if (!s && strcmp(paths[i], path) != 0) {
      s = load_if(paths[i], id, hash);
    }
    free(paths[i]);
  }
  free(paths);
  return s;
}

const Scenario *join_shelf_find(void *ctx, const char *id, uint64_t hash) {
  JoinShelf *shelf = ctx;
  for (int i = 0; i < shelf->n; i++) {
    if (strcmp(shelf->loaded[i]->id, id) == 0 && shelf->loaded[i]->hash == hash) {
      return shelf->loaded[i];
    }
  }
  char shipped[2][4096];
  const char *defaults[3] = {path_find_dir("scenarios", shipped[0], sizeof shipped[0]),
                             path_find_dir("scenarios/cases", shipped[1], sizeof shipped[1]), NULL};
  const char *const *dirs = shelf->dirs[0] ? shelf->dirs : defaults;
  for (int d = 0; dirs[d]; d++) {
    Scenario *s = search_dir(dirs[d], id, hash);
    if (s) {
      return shelf_keep(shelf, s);
    }
  }
  return NULL;
}

void join_shelf_clear(JoinShelf *shelf) {
  for (int i = 0; i < shelf->n; i++) {
    scn_free(shelf->loaded[i]);
  }
  shelf->n = 0;
}
