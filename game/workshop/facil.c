/* facil.c — the facilitator host: the room (room.c) over the listener,
   discovery and the clock. It keeps which connections have joined (the
   room's broadcasts go to them), the wrong-code counts per address, and
   the automatic policy of a headless session. */
#define _POSIX_C_SOURCE 200809L
#include "facil.h"

#include <arpa/inet.h>
#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "discover.h"
#include "join.h"
#include "loader.h"
#include "scenario.h"
#include "text.h"
#include "wsnet.h"

#define MAX_ADDRS 256 /* addresses whose wrong codes are remembered */
#define MAX_CLOSES 64

typedef struct AddrStrikes {
  char addr[48];
  int wrong;
  int64_t banned_until, last_ms;
} AddrStrikes;

typedef struct ConnInfo {
  int id, joined;
} ConnInfo;

struct Facil {
  FacilOpts o;
  Scenario *scenario; /* owned when not resumed */
  JoinShelf shelf;    /* a resumed session's scenario */
  Room *room;
  WsListener *net;
  DiscAnswerer *disc;
  int disc_port;
  ConnInfo conns[WS_MAX_CONNECTIONS];
  AddrStrikes strikes[MAX_ADDRS];
  int closes[MAX_CLOSES]; /* connections the room asked to close, handled after its call */
  int n_closes;
  char address[WSNET_PEER_MAX];
  char *results; /* owned */
  char failure[600]; /* why the autopilot ended the session, "" */
  char title[128];
  /* the automatic policy */
  int open_seq, revealed_seq;
  int own_progress; /* own pace: answers and ends so far, to see a stall */
  int64_t opened_ms, revealed_ms;
};

static int64_t now_ms(void) {
  return wsnet_now_ms();
}

/* --- the room's wire ------------------------------------------------------- */

static ConnInfo *conn_info(Facil *f, int conn) {
  ConnInfo *ci = &f->conns[conn % WS_MAX_CONNECTIONS];
  return conn > 0 && ci->id == conn ? ci : NULL;
}

static void room_send(void *ctx, int conn, const char *line) {
  Facil *f = ctx;
  size_t len = strlen(line);
  if (conn >= 0) {
    wsnet_send(f->net, conn, line, len);
    return;
  }
  for (int i = 0; i < WS_MAX_CONNECTIONS; i++) {
    if (f->conns[i].id > 0 && f->conns[i].joined) {
      wsnet_send(f->net, f->conns[i].id, line, len);
    }
  }
}

static void room_close_conn(void *ctx, int conn) {
  Facil *f = ctx;
  wsnet_close(f->net, conn);
  if (f->n_closes < MAX_CLOSES) {
    f->closes[f->n_closes++] = conn;
  }
}

/* The connection is over for the room: told after its call returned. */
static void forget_conn(Facil *f, int conn) {
  ConnInfo *ci = conn_info(f, conn);
  if (ci) {
    ci->id = 0;
    ci->joined = 0;
  }
  room_disconnected(f->room, conn);
}

static void settle_closes(Facil *f) {
  while (f->n_closes > 0) {
    forget_conn(f, f->closes[--f->n_closes]);
  }
}

/* The end of a round: the session log reaches the disk before anything
   the room sent in the round (an ack above all) is written out. */
static void end_round(Facil *f) {
  settle_closes(f);
  room_sync(f->room);
  wsnet_flush(f->net);
}

/* --- wrong join codes ------------------------------------------------------ */

static AddrStrikes *strikes_for(Facil *f, const char *addr, int create) {
  AddrStrikes *oldest = &f->strikes[0];
  for (int i = 0; i < MAX_ADDRS; i++) {
    AddrStrikes *s = &f->strikes[i];
    if (s->addr[0] && strcmp(s->addr, addr) == 0) {
      return s;
    }
    if (s->last_ms < oldest->last_ms) {
      oldest = s;
    }
  }
  if (!create) {
    return NULL;
  }
  memset(oldest, 0, sizeof *oldest);
  snprintf(oldest->addr, sizeof oldest->addr, "%s", addr);
  return oldest;
}

static void count_wrong_code(Facil *f, const char *addr) {
  AddrStrikes *s = strikes_for(f, addr, 1);
  int64_t now = now_ms();
  s->last_ms = now;
  if (++s->wrong >= WS_WRONG_CODES) {
    s->banned_until = now + WS_WRONG_CODE_BAN_MS;
    s->wrong = 0;
    fprintf(stderr, "workshop: %s: %d wrong join codes: refused for %d s\n", addr, WS_WRONG_CODES,
            WS_WRONG_CODE_BAN_MS / 1000);
  }
}

static int is_banned(Facil *f, const char *addr) {
  AddrStrikes *s = strikes_for(f, addr, 0);
  return s && s->banned_until > now_ms();
}

/* --- the listener's events ------------------------------------------------- */

static void send_owned(Facil *f, int conn, char *line) {
  if (line) {
    wsnet_send(f->net, conn, line, strlen(line));
    free(line);
  }
}

static void on_opened(void *ctx, int conn) {
  Facil *f = ctx;
  if (is_banned(f, wsnet_peer_addr(f->net, conn))) {
    char msg[WS_MAX_MSG];
    snprintf(msg, sizeof msg, "too many wrong join codes from %s: try again in a little while",
             wsnet_peer_addr(f->net, conn));
    send_owned(f, conn, ws_build_refuse(WS_REFUSE_CODE, msg));
    wsnet_close(f->net, conn);
    return;
  }
  f->conns[conn % WS_MAX_CONNECTIONS] = (ConnInfo){.id = conn};
}

static void on_line(void *ctx, int conn, const char *line, size_t len) {
  Facil *f = ctx;
  ConnInfo *ci = conn_info(f, conn);
  if (!ci) {
    return; /* refused at the door */
  }
  const char *peer = wsnet_peer(f->net, conn);
  int rc = room_receive(f->room, conn, peer, line, len, now_ms());
  settle_closes(f);
  if (rc == ROOM_WRONG_CODE) {
    count_wrong_code(f, wsnet_peer_addr(f->net, conn));
  }
  if (rc != ROOM_OK) {
    wsnet_close(f->net, conn);
    forget_conn(f, conn);
    return;
  }
  if (!ci->joined && room_conn_joined(f->room, conn)) {
    ci->joined = 1;
    wsnet_hello_ok(f->net, conn);
  }
}

static void on_bad(void *ctx, int conn, int lineno, const char *problem) {
  Facil *f = ctx;
  (void)lineno;
  (void)problem; /* the room says it in its own words */
  if (conn_info(f, conn)) {
    room_line_too_long(f->room, conn, wsnet_peer(f->net, conn));
    settle_closes(f);
    forget_conn(f, conn);
  }
}

static void on_closed(void *ctx, int conn, const char *why) {
  Facil *f = ctx;
  ConnInfo *ci = conn_info(f, conn);
  if (!ci) {
    return;
  }
  if (strcmp(why, "no hello within 5 s") == 0 || strcmp(why, "silent for 15 s") == 0) {
    fprintf(stderr, "workshop: %s: %s: closed\n", wsnet_peer(f->net, conn), why);
    send_owned(f, conn, ws_build_error(why));
  } else if (strcmp(why, "the participant closed the connection") != 0) {
    fprintf(stderr, "workshop: %s: dropped: %s\n", wsnet_peer(f->net, conn), why); /* a full queue, a reset */
  }
  forget_conn(f, conn);
}

/* --- opening --------------------------------------------------------------- */

static int write_secret(const char *path, const char *secret, char *err, size_t errlen) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  size_t len = strlen(secret);
  int ok = fd >= 0 && fchmod(fd, 0600) == 0 && write(fd, secret, len) == (ssize_t)len && write(fd, "\n", 1) == 1;
  int saved = errno;
  if (fd >= 0 && close(fd) != 0) {
    ok = 0;
  }
  if (!ok) {
    snprintf(err, errlen, "%s: cannot write the session secret: %s", path, strerror(saved));
    return -1;
  }
  return 0;
}

/* The first IPv4 address of this machine that is not loopback. */
static void find_address(Facil *f) {
  char addr[INET_ADDRSTRLEN] = "127.0.0.1";
  struct ifaddrs *ifs = NULL;
  if (getifaddrs(&ifs) == 0) {
    for (struct ifaddrs *i = ifs; i; i = i->ifa_next) {
      if (i->ifa_addr && i->ifa_addr->sa_family == AF_INET) {
        const struct sockaddr_in *sa = (const struct sockaddr_in *)i->ifa_addr;
        if (ntohl(sa->sin_addr.s_addr) >> 24 != 127) {
          inet_ntop(AF_INET, &sa->sin_addr, addr, sizeof addr);
          break;
        }
      }
    }
    freeifaddrs(ifs);
  }
  snprintf(f->address, sizeof f->address, "%s:%d", addr, wsnet_port(f->net));
}

static int load_scenario(Facil *f, char *err, size_t errlen) {
  Diag diag = {0};
  f->scenario = scn_load_file(f->o.scenario, NULL, &diag);
  if (!f->scenario) {
    snprintf(err, errlen, "%s", diag.count ? diag.items[0].msg : "the scenario does not load");
  }
  diag_free(&diag);
  return f->scenario ? 0 : -1;
}

/* A resumed session's scenario: the one named on the command line when it
   is the session's (it may live outside the shipped folders), else the
   shelf's. */
static const Scenario *resume_find(void *ctx, const char *id, uint64_t hash) {
  Facil *f = ctx;
  if (f->scenario && strcmp(f->scenario->id, id) == 0 && f->scenario->hash == hash) {
    return f->scenario;
  }
  return join_shelf_find(&f->shelf, id, hash);
}

static int resume_room(Facil *f, const RoomOpts *ro, char *err, size_t errlen) {
  if (!f->o.data_dir) {
    snprintf(err, errlen, "resuming a session needs its records folder (--data)");
    return -1;
  }
  if (f->o.scenario && load_scenario(f, err, errlen) != 0) {
    return -1;
  }
  for (int i = 0; i < JOIN_SHELF_DIRS && f->o.scenario_dirs[i]; i++) {
    f->shelf.dirs[i] = f->o.scenario_dirs[i];
  }
  char warn[1024] = "";
  f->room = room_resume(f->o.data_dir, f->o.resume_sid, resume_find, f, ro, warn, sizeof warn, err, errlen);
  if (warn[0]) {
    fprintf(stderr, "workshop: %s\n", warn);
  }
  return f->room ? 0 : -1;
}

static int open_room(Facil *f, char *err, size_t errlen) {
  RoomOpts ro = {.pace = f->o.pace,
                 .lang = f->o.lang,
                 .seed = f->o.seed,
                 .code = f->o.code,
                 .data_dir = f->o.data_dir,
                 .names_shown = f->o.names_shown,
                 .port = f->net ? wsnet_port(f->net) : 0,
                 .send = room_send,
                 .close = room_close_conn,
                 .ctx = f,
                 .batch_sync = 1};
  if (f->o.resume_sid) {
    return resume_room(f, &ro, err, errlen);
  }
  if (load_scenario(f, err, errlen) != 0) {
    return -1;
  }
  if (ro.lang < 0) {
    ro.lang = f->scenario->lang;
  }
  if (ro.seed == 0) { /* below 2^53, as the wire carries it */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ro.seed = ((uint64_t)ts.tv_nsec << 21 ^ (uint64_t)ts.tv_sec ^ (uint64_t)getpid() << 40) & ((1ull << 53) - 1);
  }
  f->room = room_new(f->scenario, &ro, err, errlen);
  return f->room ? 0 : -1;
}

static void open_discovery(Facil *f) {
  f->disc_port = f->o.discovery_port == 0 ? WS_DISCOVERY_PORT : f->o.discovery_port;
  if (f->disc_port < 0) {
    return;
  }
  char err[256];
  f->disc = disc_answerer_open(f->disc_port, err, sizeof err);
  if (!f->disc) {
    fprintf(stderr, "workshop: %s; participants type the address %s instead\n", err, f->address);
    f->disc_port = -1;
  }
}

static int listen_on(Facil *f, const char *full, char *err, size_t errlen) {
  int port = f->o.port;
  if (port < 0) {
    port = f->room && room_port(f->room) > 0 ? room_port(f->room) : WS_PORT;
  }
  f->net = wsnet_listen(port, full, err, errlen);
  return f->net ? 0 : -1;
}

Facil *facil_open(const FacilOpts *o, char *err, size_t errlen) {
  Facil *f = calloc(1, sizeof *f);
  if (!f) {
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  f->o = *o;
  char *full = ws_build_refuse(WS_REFUSE_FULL, "the workshop has as many connections as it can take");
  /* A new room's port first, so that a session log is only started for a
     room that can be reached; a resumed room first, so that it listens
     where its participants will knock again. */
  int ok = o->resume_sid ? open_room(f, err, errlen) == 0 && listen_on(f, full, err, errlen) == 0
                         : listen_on(f, full, err, errlen) == 0 && open_room(f, err, errlen) == 0;
  if (!ok || (o->secret_file && write_secret(o->secret_file, room_secret(f->room), err, errlen) != 0)) {
    free(full);
    facil_free(f);
    return NULL;
  }
  free(full);
  wsnet_cork(f->net, 1);
  room_sync(f->room);
  const Scenario *s = room_scenario(f->room);
  snprintf(f->title, sizeof f->title, "%s", text_get(&s->title, s->lang, s->lang));
  find_address(f);
  open_discovery(f);
  f->opened_ms = f->revealed_ms = now_ms();
  return f;
}

void facil_free(Facil *f) {
  if (!f) {
    return;
  }
  wsnet_free(f->net);
  disc_answerer_free(f->disc);
  room_free(f->room);
  scn_free(f->scenario);
  join_shelf_clear(&f->shelf);
  free(f->results);
  free(f);
}

/* --- the automatic policy ---------------------------------------------------- */

/* The story failed (a scenario that errs at run time): trying again every
   round would only repeat it, so the session ends with what was played,
   and the reason is kept for the host. */
static void autopilot_fail(Facil *f, const char *what, int64_t now) {
  snprintf(f->failure, sizeof f->failure, "the session cannot %s: %s", what, room_error(f->room));
  fprintf(stderr, "workshop: %s; it ends\n", f->failure);
  room_end(f->room, now);
}

/* The room closes a decision itself once every connected seat has
   answered; this closes it when time is up, says what happened, and goes
   on with the proposed branch after a pause (longer while a seat is away). */
static void autopilot_together(Facil *f, int64_t now) {
  const FacilAuto *a = &f->o.autopilot;
  int seq;
  Pending p;
  if (room_stage(f->room) == ROOM_OPEN && room_open_decision(f->room, &seq, &p)) {
    if (seq != f->open_seq) {
      f->open_seq = seq;
      f->opened_ms = now;
    }
    if (a->timeout_s > 0 && now - f->opened_ms >= (int64_t)a->timeout_s * 1000) {
      fprintf(stderr, "workshop: decision %d: time is up\n", seq);
      room_close(f->room, now);
    }
  }
  WsReveal rv;
  if (room_stage(f->room) != ROOM_REVEALED || room_reveal(f->room, &rv) != 1) {
    return;
  }
  if (rv.seq != f->revealed_seq) {
    f->revealed_seq = rv.seq;
    f->revealed_ms = now;
    fprintf(stderr, "workshop: decision %d closed: %d of %d answered; the room goes on with %d\n", rv.seq,
            room_answered(f->room), room_seats_total(f->room), rv.room);
  }
  /* A seat whose link is down would miss what comes next (and, after the
     last decision, the end, since the room refuses rejoins once it is
     over): it gets a little longer to come back. */
  int all_here = room_seats_present(f->room) == room_seats_total(f->room);
  int64_t waited = now - f->revealed_ms;
  if (waited >= a->pause_ms && (all_here || waited >= a->pause_ms + a->rejoin_ms) && room_continue(f->room, now) != 0) {
    autopilot_fail(f, "go on", now);
  }
}

/* Own pace: the session ends when every seat's play has, or (with a
   timeout) when no seat has moved on for that long. */
static void autopilot_own(Facil *f, int64_t now) {
  int n = room_seats_total(f->room), done = 0, progress = 0;
  for (int i = 0; i < n; i++) {
    RoomSeatInfo si;
    if (room_seat_info(f->room, i, &si) == 0) {
      done += si.done;
      progress += si.answers + si.done;
    }
  }
  if (progress != f->own_progress) {
    f->own_progress = progress;
    f->opened_ms = now;
  }
  int stalled = f->o.autopilot.timeout_s > 0 && now - f->opened_ms >= (int64_t)f->o.autopilot.timeout_s * 1000;
  if ((n > 0 && done == n) || stalled) {
    fprintf(stderr, "workshop: %d of %d plays ended%s\n", done, n, done == n ? "" : "; time is up");
    room_end(f->room, now);
  }
}

static void autopilot(Facil *f) {
  const FacilAuto *a = &f->o.autopilot;
  int64_t now = now_ms();
  RoomStage st = room_stage(f->room);
  if (st == ROOM_LOBBY) {
    int expect = a->expect > 0 ? a->expect : 1;
    if (room_seats_total(f->room) >= expect) {
      fprintf(stderr, "workshop: %d joined: starting\n", room_seats_total(f->room));
      if (room_start(f->room, now) != 0) {
        autopilot_fail(f, "start", now);
      }
      f->opened_ms = now;
    }
  } else if (st == ROOM_PLAYING) {
    autopilot_own(f, now);
  } else if (st != ROOM_ENDED) {
    autopilot_together(f, now);
  }
  settle_closes(f);
}

/* --- the loop ---------------------------------------------------------------- */

static void keep_results(Facil *f) {
  WsResults res;
  if (f->results || room_results(f->room, &res) != 0) {
    return;
  }
  cJSON *j = ws_results_json(&res);
  f->results = j ? cJSON_PrintUnformatted(j) : NULL;
  cJSON_Delete(j);
}

int facil_poll(Facil *f, int timeout_ms) {
  WsNetHandler h = {.ctx = f, .opened = on_opened, .line = on_line, .bad = on_bad, .closed = on_closed};
  int probe_ready = 0;
  if (room_stage(f->room) != ROOM_ENDED && f->o.autopilot.on) {
    /* A policy deadline is a reason to wake. */
    timeout_ms = timeout_ms < 0 || timeout_ms > 50 ? 50 : timeout_ms;
  }
  if (wsnet_poll(f->net, timeout_ms, &h, f->disc ? disc_answerer_fd(f->disc) : -1, &probe_ready) < 0) {
    return FACIL_FAILED;
  }
  settle_closes(f);
  if (probe_ready) {
    DiscHere here = {.port = wsnet_port(f->net), .title = f->title, .seats = room_seats_total(f->room)};
    disc_answerer_serve(f->disc, &here);
  }
  if (f->o.autopilot.on) {
    autopilot(f);
  }
  end_round(f);
  if (room_stage(f->room) == ROOM_ENDED) {
    keep_results(f);
    return FACIL_ENDED;
  }
  return FACIL_RUNNING;
}

/* --- the facilitator's buttons and what the projector reads ------------------ */

Room *facil_room(Facil *f) {
  return f->room;
}

static int settled(Facil *f, int rc) {
  end_round(f);
  return rc;
}

int facil_start(Facil *f) {
  return settled(f, room_start(f->room, now_ms()));
}

int facil_close(Facil *f) {
  return settled(f, room_close(f->room, now_ms()));
}

int facil_branch(Facil *f, int choice) {
  return settled(f, room_set_branch(f->room, choice));
}

int facil_continue(Facil *f) {
  return settled(f, room_continue(f->room, now_ms()));
}

int facil_end(Facil *f) {
  return settled(f, room_end(f->room, now_ms()));
}

int facil_port(const Facil *f) {
  return wsnet_port(f->net);
}

int facil_discovery_port(const Facil *f) {
  return f->disc ? f->disc_port : -1;
}

const char *facil_code(const Facil *f) {
  return room_code(f->room);
}

const char *facil_sid(const Facil *f) {
  return room_sid(f->room);
}

const char *facil_address(const Facil *f) {
  return f->address;
}

const char *facil_results(const Facil *f) {
  return f->results;
}

const char *facil_failure(const Facil *f) {
  return f->failure;
}

int facil_connections(const Facil *f) {
  return wsnet_count(f->net);
}
