/* test_room.c — a whole workshop in memory: a facilitator's Room and up
   to 40 participants' Seats wired by their callbacks (no sockets), with
   random drops and reconnects. Every answer must be counted once, each
   seat's score must be the facilitator's view of it, and both journals
   must agree record by record; hostile control lines close only their
   connection; a session resumed from its log goes on to the same end. */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fixtures.h"
#include "journal.h"
#include "room.h"
#include "seat.h"
#include "testing.h"

#define MAX_PARTS 40

/* --- a tiny network of queues ------------------------------------------ */

typedef struct Queue {
  char **lines;
  int *conns;
  int head, n, cap;
} Queue;

static void q_push(Queue *q, int conn, const char *line) {
  if (q->n == q->cap) {
    q->cap = q->cap ? 2 * q->cap : 64;
    q->lines = realloc(q->lines, (size_t)q->cap * sizeof *q->lines);
    q->conns = realloc(q->conns, (size_t)q->cap * sizeof *q->conns);
  }
  q->lines[q->n] = strdup(line);
  q->conns[q->n++] = conn;
}

static void q_clear(Queue *q) {
  for (int i = q->head; i < q->n; i++) {
    free(q->lines[i]);
  }
  q->head = q->n = 0;
}

static void q_free(Queue *q) {
  q_clear(q);
  free(q->lines);
  free(q->conns);
  memset(q, 0, sizeof *q);
}

typedef struct Net Net;

typedef struct Part {
  Net *net;
  Seat *seat;
  int conn; /* -1 while down */
  Queue inbox;
  int events[SEAT_EV_MISSING + 1];
  Run *live; /* own pace: the participant's own timed play */
  int reported;
  int factor; /* the time factor the seat asked for */
} Part;

struct Net {
  Room *room;
  const Scenario *s;
  Part parts[MAX_PARTS + 4];
  int n;
  Queue to_room;
  int next_conn;
  uint64_t rng;
  int answers_sent;
  int seat_errors;
  int closes_asked;
};

static unsigned rnd(Net *net, unsigned n) {
  net->rng = net->rng * 6364136223846793005ULL + 1442695040888963407ULL;
  return (unsigned)(net->rng >> 33) % n;
}

static Part *part_by_conn(Net *net, int conn) {
  for (int i = 0; i < net->n; i++) {
    if (net->parts[i].conn == conn) {
      return &net->parts[i];
    }
  }
  return NULL;
}

static void room_send(void *ctx, int conn, const char *line) {
  Part *p = part_by_conn(ctx, conn);
  if (p) {
    q_push(&p->inbox, conn, line);
  }
}

static void disconnect(Part *p);

static void room_close_conn(void *ctx, int conn) {
  Net *net = ctx;
  net->closes_asked++;
  Part *p = part_by_conn(net, conn);
  if (p) {
    disconnect(p);
  }
}

static int seat_send(void *ctx, const char *line) {
  Part *p = ctx;
  if (p->conn < 0) {
    return -1;
  }
  if (strstr(line, "\"t\":\"answer\"")) {
    p->net->answers_sent++;
  }
  q_push(&p->net->to_room, p->conn, line);
  return 0;
}

static const Scenario *find_scenario(void *ctx, const char *id, uint64_t hash) {
  const Scenario *s = ctx;
  return strcmp(s->id, id) == 0 && s->hash == hash ? s : NULL;
}

/* The link goes down: what was in flight either way is lost. */
static void disconnect(Part *p) {
  if (p->conn < 0) {
    return;
  }
  Queue *q = &p->net->to_room;
  for (int i = q->head; i < q->n; i++) {
    if (q->conns[i] == p->conn) {
      q->conns[i] = -1;
    }
  }
  int conn = p->conn;
  p->conn = -1;
  q_clear(&p->inbox);
  seat_disconnected(p->seat);
  room_disconnected(p->net->room, conn);
}

static void connect_part(Part *p) {
  if (p->conn >= 0) {
    return;
  }
  p->conn = p->net->next_conn++;
  seat_connected(p->seat);
}

/* Delivers everything in flight until both sides are quiet. */
static void pump(Net *net) {
  for (int busy = 1; busy;) {
    busy = 0;
    EXPECT_INT(room_sync(net->room), 0); /* before anything the room sent goes out */
    Queue *q = &net->to_room;
    while (q->head < q->n) {
      int conn = q->conns[q->head];
      char *line = q->lines[q->head++];
      busy = 1;
      char peer[32];
      snprintf(peer, sizeof peer, "test:%d", conn);
      if (conn >= 0 && room_receive(net->room, conn, peer, line, strlen(line) - 1, 0) < 0) {
        Part *p = part_by_conn(net, conn);
        if (p) {
          disconnect(p);
        } else {
          room_disconnected(net->room, conn);
        }
      }
      free(line);
    }
    q->head = q->n = 0;
    for (int i = 0; i < net->n; i++) {
      Part *p = &net->parts[i];
      while (p->inbox.head < p->inbox.n) {
        char *line = p->inbox.lines[p->inbox.head++];
        busy = 1;
        int ev = seat_receive(p->seat, line, strlen(line) - 1, 0);
        if (ev < 0) {
          net->seat_errors++;
          fprintf(stderr, "seat %d: %s\n", i, seat_error(p->seat));
        } else {
          p->events[ev]++;
        }
        free(line);
      }
      p->inbox.head = p->inbox.n = 0;
    }
  }
}

static void net_init(Net *net, const Scenario *s, int n, WsPace pace, const char *room_dir, uint64_t seed) {
  memset(net, 0, sizeof *net);
  net->s = s;
  net->n = n;
  net->next_conn = 100;
  net->rng = seed;
  RoomOpts o = {pace, LANG_EN, 1234, "ac3x9", NULL, room_dir, 0, room_send, room_close_conn, net, pace == WS_OWN_PACE, 47999};
  char err[256];
  net->room = room_new(s, &o, err, sizeof err);
  if (!net->room) {
    T_FAIL("room_new: %s", err);
  }
  for (int i = 0; i < n; i++) {
    char name[16];
    snprintf(name, sizeof name, "p%02d", i);
    SeatOpts so = {name, "AC3X9", NULL, find_scenario, (void *)s, seat_send, &net->parts[i], 1};
    net->parts[i].factor = 1;
    net->parts[i].net = net;
    net->parts[i].conn = -1;
    net->parts[i].seat = seat_new(&so, err, sizeof err);
  }
}

/* Seat i, not yet connected, asks for time factor 'factor' instead
   ('pid' NULL, or a seat to take back). */
static void set_factor(Net *net, int i, int factor, const char *pid) {
  Part *p = &net->parts[i];
  char name[16], err[256];
  snprintf(name, sizeof name, "p%02d", i);
  seat_free(p->seat);
  SeatOpts so = {name, "AC3X9", pid, find_scenario, (void *)net->s, seat_send, p, factor};
  p->seat = seat_new(&so, err, sizeof err);
  p->factor = factor;
  EXPECT(p->seat != NULL);
}

static void net_free(Net *net) {
  for (int i = 0; i < net->n; i++) {
    seat_free(net->parts[i].seat);
    q_free(&net->parts[i].inbox);
    run_free(net->parts[i].live);
  }
  q_free(&net->to_room);
  room_free(net->room);
}

static char *temp_dir(void) {
  char *dir = strdup("/tmp/thickskin-room-XXXXXX");
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    exit(1);
  }
  return dir;
}

static void remove_tree(const char *dir) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) {
    fprintf(stderr, "could not remove %s\n", dir);
  }
}

/* --- checks shared by the sessions ------------------------------------- */

/* Both sides hold the same answers, each once, and the counts add up. */
static void check_answers_agree(Net *net, int all_acked) {
  int per_seq[WS_MAX_STEPS][SCN_MAX_CHOICES + 1] = {{0}};
  for (int i = 0; i < net->n; i++) {
    RoomSeatInfo info;
    EXPECT_INT(room_seat_info(net->room, i, &info), 0);
    EXPECT_STR(info.pid, seat_pid(net->parts[i].seat));
    if (all_acked) {
      EXPECT_INT(seat_unacked(net->parts[i].seat), 0);
    }
    int mine = 0;
    for (int seq = 1; seq <= WS_MAX_STEPS; seq++) {
      int c = seat_my_choice(net->parts[i].seat, seq);
      if (c >= 0) {
        per_seq[seq - 1][c]++;
        mine++;
      }
    }
    EXPECT_INT(info.answers, mine);
  }
  for (int seq = 1; seq <= WS_MAX_STEPS; seq++) {
    int counts[SCN_MAX_CHOICES + 1];
    room_counts(net->room, seq, counts);
    for (int c = 0; c <= SCN_MAX_CHOICES; c++) {
      EXPECT_INT(counts[c], per_seq[seq - 1][c]);
    }
  }
}

/* Each participant's score is the facilitator's view of it. */
static void check_cards_agree(Net *net) {
  for (int i = 0; i < net->n; i++) {
    ScoreCard room_card;
    const Run *r = room_seat_run(net->room, i, &room_card);
    const ScoreCard *card = seat_card(net->parts[i].seat);
    EXPECT(r != NULL && card != NULL);
    if (!r || !card) {
      continue;
    }
    int n_room, n_seat;
    run_records(r, &n_room);
    run_records(seat_run(net->parts[i].seat), &n_seat);
    EXPECT_INT(n_room, n_seat);
    EXPECT_INT(room_card.n, card->n);
    for (int a = 0; a < AXIS_COUNT; a++) {
      EXPECT_NEAR(room_card.axis[a], card->axis[a], 0);
    }
    EXPECT_NEAR(room_card.overall, card->overall, 0);
  }
}

static const Attempt *by_id(const JournalRead *jr, const char *id) {
  for (int i = 0; i < jr->n; i++) {
    if (strcmp(jr->attempts[i].id, id) == 0) {
      return &jr->attempts[i];
    }
  }
  return NULL;
}

/* The facilitator's journal and the participants' agree record by record. */
static void check_journals_agree(Net *net, const char *room_dir, const char *part_dir, int expect_decisions) {
  JournalRead jf = {0}, jp = {0};
  char err[256];
  EXPECT_INT(journal_read(room_dir, &jf, NULL, err, sizeof err), 0);
  EXPECT_INT(journal_read(part_dir, &jp, NULL, err, sizeof err), 0);
  EXPECT_INT(jf.n, net->n);
  EXPECT_INT(jp.n, net->n);
  int decisions = 0;
  for (int i = 0; i < jf.n; i++) {
    const Attempt *f = &jf.attempts[i], *p = by_id(&jp, f->id);
    EXPECT(p != NULL);
    if (!p) {
      continue;
    }
    EXPECT_STR(p->session, room_sid(net->room));
    EXPECT_STR(f->session, room_sid(net->room));
    EXPECT_INT(f->mode, REC_WORKSHOP);
    EXPECT_INT(p->mode, REC_WORKSHOP);
    EXPECT_INT(f->time_factor, p->time_factor);
    EXPECT_STR(f->trainee, p->trainee);
    EXPECT_INT(f->n_decisions, p->n_decisions);
    for (int k = 0; k < f->n_decisions && k < p->n_decisions; k++) {
      EXPECT_STR(f->decisions[k].beat, p->decisions[k].beat);
      EXPECT_INT(f->decisions[k].choice, p->decisions[k].choice);
      EXPECT_INT(f->decisions[k].reaction_ms, p->decisions[k].reaction_ms);
    }
    for (int a = 0; a < AXIS_COUNT; a++) {
      EXPECT_NEAR(f->axis[a], p->axis[a], 0);
    }
    EXPECT_NEAR(f->overall, p->overall, 0);
    EXPECT_INT(f->finished, p->finished);
    decisions += f->n_decisions;
  }
  if (expect_decisions >= 0) {
    EXPECT_INT(decisions, expect_decisions);
  }
  for (int i = 0; i < net->n; i++) { /* each record says the seat's own factor */
    const Attempt *f = by_id(&jf, seat_attempt(net->parts[i].seat));
    EXPECT_INT(f ? f->time_factor : -1, net->parts[i].factor);
  }
  journal_read_free(&jf);
  journal_read_free(&jp);
}

/* --- together ---------------------------------------------------------- */

/* Each seat answers the open decision (some while their link is down). */
static void answer_round(Net *net) {
  for (int i = 0; i < net->n; i++) {
    Part *p = &net->parts[i];
    WsDecisionRef ref;
    Pending pd;
    if (rnd(net, 10) == 0) {
      disconnect(p); /* drops before answering: the answer waits */
    }
    if (rnd(net, 12) == 0 || !seat_open(p->seat, &ref, &pd)) {
      continue; /* some never answer this one */
    }
    int choice = pd.offered[rnd(net, (unsigned)pd.n_offered)] + 1;
    EXPECT_INT(seat_answer(p->seat, choice, 1000 + rnd(net, 20000)), 0);
    EXPECT_INT(seat_answer(p->seat, choice, 5), -1); /* nothing twice */
    if (rnd(net, 10) == 0) {
      disconnect(p); /* drops with the answer in flight */
    }
    if (rnd(net, 3) == 0) {
      pump(net);
    }
  }
}

static void reconnect_some(Net *net, unsigned one_in) {
  for (int i = 0; i < net->n; i++) {
    if (net->parts[i].conn < 0 && rnd(net, one_in) == 0) {
      connect_part(&net->parts[i]);
    }
  }
  pump(net);
}

/* 1 if continuing now ends the story. */
static int continue_ends(const Room *room, int branch) {
  Pending p;
  Run *c = run_clone(room_story(room));
  run_pending(c, &p, 1);
  run_answer_room(c, p.thread, branch - 1, branch - 1, 0);
  int ends = run_done(c);
  run_free(c);
  return ends;
}

static void a_room_of_40_plays_together_through_drops(void) {
  Scenario *s = load("scenarios/rule-appeal.lua");
  if (!s) {
    T_FAIL("no scenario");
    return;
  }
  char *room_dir = temp_dir(), *part_dir = temp_dir();
  Net net;
  net_init(&net, s, MAX_PARTS, WS_TOGETHER, room_dir, 7);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  EXPECT_INT(room_seats_total(net.room), 40);
  EXPECT_INT(room_seats_present(net.room), 40);
  EXPECT_INT(room_start(net.room, 0), 0);
  pump(&net);
  int decisions = 0, late_seen = 0;
  while (room_stage(net.room) != ROOM_ENDED && decisions < 64) {
    EXPECT_INT(room_stage(net.room), ROOM_OPEN);
    answer_round(&net);
    pump(&net);
    reconnect_some(&net, 2);
    if (room_stage(net.room) == ROOM_OPEN) {
      EXPECT_INT(room_close(net.room, 0), 0);
    }
    pump(&net);
    WsReveal rv;
    EXPECT_INT(room_reveal(net.room, &rv), 1);
    int before = room_answered(net.room);
    reconnect_some(&net, 1); /* answers that come in now are late */
    late_seen += room_answered(net.room) - before;
    if (decisions == 1) { /* the facilitator overrides the room once */
      Pending p;
      run_pending(room_story(net.room), &p, 1);
      EXPECT_INT(room_set_branch(net.room, p.offered[p.n_offered - 1] + 1), 0);
      room_reveal(net.room, &rv);
    }
    if (!continue_ends(net.room, rv.room)) {
      for (int i = 0; i < net.n; i++) {
        if (rnd(&net, 8) == 0) {
          disconnect(&net.parts[i]); /* some miss the continue */
        }
      }
    }
    EXPECT_INT(room_continue(net.room, 0), 0);
    pump(&net);
    decisions++;
  }
  EXPECT_INT(room_stage(net.room), ROOM_ENDED);
  int held = 0;
  for (int i = 0; i < net.n; i++) {
    RoomSeatInfo info;
    room_seat_info(net.room, i, &info);
    held += info.answers;
  }
  printf("     %d decisions, %d answers held (%d late), %d answer lines sent\n", decisions, held, late_seen,
         net.answers_sent);
  EXPECT(net.answers_sent > held); /* resends happened */
  EXPECT(decisions >= 3);
  EXPECT(late_seen > 0);
  EXPECT_INT(net.seat_errors, 0);
  for (int i = 0; i < net.n; i++) {
    EXPECT_INT(seat_phase(net.parts[i].seat), WS_ENDED);
    EXPECT(net.parts[i].events[SEAT_EV_WELCOME] >= 1);
    char err[256];
    EXPECT_INT(seat_record(net.parts[i].seat, part_dir, 0, 1000, err, sizeof err), 0);
  }
  check_answers_agree(&net, 1);
  check_cards_agree(&net);
  check_journals_agree(&net, room_dir, part_dir, -1);
  WsResults res;
  room_results(net.room, &res);
  EXPECT_INT(res.seats, 40);
  EXPECT_INT(res.finished, 40);
  const WsResults *seen = seat_results(net.parts[0].seat);
  EXPECT(seen && seen->n_mistakes == res.n_mistakes && seen->axes[0].mean == res.axes[0].mean);
  int binned = 0;
  for (int b = 0; b < WS_BINS; b++) {
    binned += res.axes[AXIS_EMPATHY].bins[b];
  }
  EXPECT_INT(binned, 40);
  net_free(&net);
  remove_tree(room_dir);
  remove_tree(part_dir);
  free(room_dir);
  free(part_dir);
  scn_free(s);
}

/* --- own pace ----------------------------------------------------------- */

/* One move of the participant's own timed play, reported to its seat. */
static void own_move(Net *net, Part *p) {
  Pending pd[SCN_MAX_THREADS];
  int n = run_pending(p->live, pd, SCN_MAX_THREADS);
  if (n == 0) {
    return;
  }
  const Pending *d = &pd[rnd(net, (unsigned)n)];
  if (d->deadline_sim_ms >= 0 && rnd(net, 5) == 0) {
    run_advance(p->live, 1000 + rnd(net, 4000));
    run_wait(p->live, d->thread);
  } else {
    run_answer(p->live, d->thread, d->offered[rnd(net, (unsigned)d->n_offered)], 500 + rnd(net, 15000));
  }
  int nrec;
  const DecisionRecord *recs = run_records(p->live, &nrec);
  for (; p->reported < nrec; p->reported++) {
    const DecisionRecord *r = &recs[p->reported];
    EXPECT_INT(seat_report(p->seat, r->thread, r->beat, r->choice + 1, r->reaction_ms, run_real_ms(p->live)), 0);
  }
}

static void ten_seats_play_at_their_own_pace(void) {
  Scenario *s = load("scenarios/rule-appeal.lua");
  if (!s) {
    T_FAIL("no scenario");
    return;
  }
  char *room_dir = temp_dir(), *part_dir = temp_dir();
  Net net;
  net_init(&net, s, 10, WS_OWN_PACE, room_dir, 11);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  EXPECT_INT(room_start(net.room, 0), 0);
  pump(&net);
  EXPECT_INT(room_stage(net.room), ROOM_PLAYING);
  for (int i = 0; i < net.n; i++) {
    const WsStart *st = seat_start(net.parts[i].seat);
    RunOpts o = {st ? st->seed : 0, 1, 0};
    net.parts[i].live = run_new(s, &o);
    run_start(net.parts[i].live);
  }
  for (int round = 0; round < 200 && room_stage(net.room) != ROOM_ENDED; round++) {
    for (int i = 0; i < net.n; i++) {
      Part *p = &net.parts[i];
      if (rnd(&net, 8) == 0) {
        disconnect(p);
      }
      if (!run_done(p->live)) {
        own_move(&net, p);
        if (run_done(p->live)) {
          char err[256];
          EXPECT_INT(seat_done(p->seat), 0);
          EXPECT_INT(seat_record(p->seat, part_dir, 0, 1000, err, sizeof err), 0);
        }
      }
      if (rnd(&net, 3) == 0) {
        pump(&net);
      }
    }
    reconnect_some(&net, 2);
    if (round % 3 == 0) {
      reconnect_some(&net, 1);
    }
    RoomSeatInfo info;
    room_seat_info(net.room, 0, &info);
    EXPECT(info.answers <= 64);
  }
  EXPECT_INT(room_stage(net.room), ROOM_ENDED);
  EXPECT_INT(net.seat_errors, 0);
  EXPECT(net.answers_sent > 10);
  check_answers_agree(&net, 0);
  check_cards_agree(&net);
  check_journals_agree(&net, room_dir, part_dir, -1);
  WsResults res;
  room_results(net.room, &res);
  EXPECT_INT(res.seats, 10);
  EXPECT_INT(res.finished, 10);
  for (int i = 0; i < net.n; i++) {
    RoomSeatInfo info;
    room_seat_info(net.room, i, &info);
    EXPECT_INT(info.done, 1);
    EXPECT_INT(info.beat, -1);
    EXPECT_NEAR(info.overall, seat_card(net.parts[i].seat)->overall, 0);
  }
  net_free(&net);
  remove_tree(room_dir);
  remove_tree(part_dir);
  free(room_dir);
  free(part_dir);
  scn_free(s);
}

/* --- hostile lines ------------------------------------------------------ */

static Part *extra_part(Net *net, const char *code) {
  Part *p = &net->parts[net->n++];
  char err[128];
  SeatOpts so = {"intruder", code, NULL, find_scenario, (void *)net->s, seat_send, p, 1};
  p->net = net;
  p->conn = -1;
  p->seat = seat_new(&so, err, sizeof err);
  return p;
}

static int raw_line(Net *net, int conn, const char *line) {
  return room_receive(net->room, conn, "10.0.0.7:51544", line, strlen(line), 0);
}

static void only_the_facilitator_controls_and_a_wrong_code_is_refused(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  Net net;
  net_init(&net, s, 3, WS_TOGETHER, NULL, 3);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  /* a wrong code: refused, told apart for the host's rate limit */
  Part *wrong = extra_part(&net, "XXXXX");
  wrong->conn = 500;
  char *hello = ws_build_hello("XXXXX", "intruder", NULL, 1);
  EXPECT_INT(raw_line(&net, 500, hello), ROOM_WRONG_CODE);
  free(hello);
  pump(&net);
  EXPECT_INT(wrong->events[SEAT_EV_REFUSED], 1);
  EXPECT_INT(seat_refusal(wrong->seat), WS_REFUSE_CODE);
  room_disconnected(net.room, 500);
  wrong->conn = -1;
  /* control without a secret, with a wrong one, from a joined seat */
  EXPECT_INT(raw_line(&net, 501, "{\"t\":\"control\",\"do\":\"start\"}"), ROOM_CLOSE);
  room_disconnected(net.room, 501);
  char *bad = ws_build_control("00000000000000000000000000000000", WS_DO_START, 0);
  EXPECT_INT(raw_line(&net, 502, bad), ROOM_CLOSE);
  room_disconnected(net.room, 502);
  int joined = net.parts[0].conn;
  EXPECT_INT(raw_line(&net, joined, bad), ROOM_CLOSE);
  free(bad);
  pump(&net);
  EXPECT_INT(net.parts[0].events[SEAT_EV_ERROR], 1);
  EXPECT_CONTAINS(seat_error(net.parts[0].seat), "10.0.0.7:51544: line 2: \"secret\" is wrong");
  disconnect(&net.parts[0]);
  EXPECT_INT(room_stage(net.room), ROOM_LOBBY);
  EXPECT_INT(room_seats_present(net.room), 2); /* the others carry on */
  /* the facilitator's own remote, with the secret */
  char *good = ws_build_control(room_secret(net.room), WS_DO_START, 0);
  EXPECT_INT(raw_line(&net, 503, good), ROOM_OK);
  free(good);
  pump(&net);
  EXPECT_INT(room_stage(net.room), ROOM_OPEN);
  EXPECT_INT(net.parts[1].events[SEAT_EV_OPENED], 1);
  /* garbage and a line too long close only their connection */
  EXPECT_INT(raw_line(&net, 504, "\x01\x02garbage"), ROOM_CLOSE);
  EXPECT_INT(room_line_too_long(net.room, 505, "10.0.0.8:1"), ROOM_CLOSE);
  EXPECT_INT(raw_line(&net, 506, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"a\",\"beat\":\"b\",\"choice\":1,\"ms\":1}"),
             ROOM_CLOSE); /* before hello */
  EXPECT_INT(room_seats_present(net.room), 2);
  /* an answer for a decision that was never open, from a joined seat */
  int c1 = net.parts[1].conn;
  EXPECT_INT(raw_line(&net, c1, "{\"t\":\"answer\",\"seq\":9,\"thread\":\"a\",\"beat\":\"b\",\"choice\":1,\"ms\":1}"),
             ROOM_CLOSE);
  q_clear(&net.parts[1].inbox);
  disconnect(&net.parts[1]);
  /* it comes back with its pid and goes on */
  connect_part(&net.parts[1]);
  pump(&net);
  EXPECT_INT(room_seats_present(net.room), 2);
  EXPECT_INT(room_seats_total(net.room), 3);
  net_free(&net);
  scn_free(s);
}

/* A different answer to a seq held: refused, first wins, the link stays. */
static void a_conflicting_answer_is_refused_without_a_disconnect(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  Net net;
  net_init(&net, s, 2, WS_TOGETHER, NULL, 5);
  connect_part(&net.parts[0]);
  connect_part(&net.parts[1]);
  pump(&net);
  room_start(net.room, 0);
  pump(&net);
  int seq;
  Pending p;
  EXPECT_INT(room_open_decision(net.room, &seq, &p), 1);
  char line[512];
  snprintf(line, sizeof line, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"%s\",\"beat\":\"%s\",\"choice\":%d,\"ms\":10}",
           s->threads[p.thread].id, s->beats[p.beat].id, p.offered[0] + 1);
  int conn = net.parts[0].conn;
  EXPECT_INT(raw_line(&net, conn, line), ROOM_OK);
  EXPECT_INT(raw_line(&net, conn, line), ROOM_OK); /* again: acknowledged, not counted */
  EXPECT_INT(room_answered(net.room), 1);
  snprintf(line, sizeof line, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"%s\",\"beat\":\"%s\",\"choice\":%d,\"ms\":10}",
           s->threads[p.thread].id, s->beats[p.beat].id, p.offered[1] + 1);
  EXPECT_INT(raw_line(&net, conn, line), ROOM_OK);
  EXPECT_INT(room_answered(net.room), 1);
  int counts[SCN_MAX_CHOICES + 1];
  room_counts(net.room, 1, counts);
  EXPECT_INT(counts[p.offered[0] + 1], 1);
  EXPECT_INT(counts[p.offered[1] + 1], 0);
  pump(&net);
  EXPECT_INT(net.parts[0].events[SEAT_EV_ERROR], 1);
  EXPECT_INT(net.parts[0].events[SEAT_EV_WELCOME], 2);
  EXPECT_INT(seat_my_choice(net.parts[0].seat, 1), p.offered[0] + 1);
  net_free(&net);
  scn_free(s);
}

/* --- resume -------------------------------------------------------------- */

/* Everyone answers by rule: seat i picks offered[(i + seq) % n]. */
static void answer_by_rule(Net *net) {
  for (int i = 0; i < net->n; i++) {
    WsDecisionRef ref;
    Pending pd;
    if (seat_open(net->parts[i].seat, &ref, &pd)) {
      seat_answer(net->parts[i].seat, pd.offered[(i + ref.seq) % pd.n_offered] + 1, 1000 * (i + 1));
    }
  }
  pump(net);
}

static void play_to_end(Net *net) {
  for (int guard = 0; guard < 64 && room_stage(net->room) != ROOM_ENDED; guard++) {
    if (room_stage(net->room) == ROOM_OPEN) {
      answer_by_rule(net);
    }
    if (room_stage(net->room) == ROOM_OPEN) {
      room_close(net->room, 0);
    }
    room_continue(net->room, 0);
    pump(net);
  }
}

static void a_session_resumed_from_its_log_goes_on_to_the_same_end(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  char *dir_a = temp_dir(), *dir_b = temp_dir();
  /* the reference: no crash */
  Net ref;
  net_init(&ref, s, 6, WS_TOGETHER, dir_a, 9);
  for (int i = 0; i < ref.n; i++) {
    connect_part(&ref.parts[i]);
  }
  pump(&ref);
  room_start(ref.room, 0);
  pump(&ref);
  play_to_end(&ref);
  WsResults want;
  room_results(ref.room, &want);

  /* the same session, stopped after one step and half the next answers */
  Net net;
  net_init(&net, s, 6, WS_TOGETHER, dir_b, 9);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  room_start(net.room, 0);
  pump(&net);
  answer_by_rule(&net);
  room_continue(net.room, 0);
  pump(&net);
  for (int i = 0; i < 3; i++) {
    WsDecisionRef r;
    Pending pd;
    seat_open(net.parts[i].seat, &r, &pd);
    seat_answer(net.parts[i].seat, pd.offered[(i + r.seq) % pd.n_offered] + 1, 1000 * (i + 1));
  }
  pump(&net);
  char sid[WS_UUID_LEN + 1];
  snprintf(sid, sizeof sid, "%s", room_sid(net.room));
  int seq_before, answered_before = room_answered(net.room), steps_before = room_steps(net.room);
  Pending open_before;
  room_open_decision(net.room, &seq_before, &open_before);
  for (int i = 0; i < net.n; i++) { /* the facilitator's process stops */
    net.parts[i].conn = -1;
    seat_disconnected(net.parts[i].seat);
    q_clear(&net.parts[i].inbox);
  }
  room_free(net.room);
  /* the disk lost the last answer written (acknowledged all the same) */
  char path[1024];
  snprintf(path, sizeof path, "%s/workshops/%s.jsonl", dir_b, sid);
  char *log = read_text(path);
  size_t keep = strlen(log) - 1;
  while (keep > 0 && log[keep - 1] != '\n') {
    keep--;
  }
  EXPECT_CONTAINS(log + keep, "\"e\":\"answer\"");
  EXPECT_INT(truncate(path, (off_t)keep), 0);
  free(log);

  RoomOpts o = {0};
  o.send = room_send;
  o.close = room_close_conn;
  o.ctx = &net;
  char warn[512], err[512];
  net.room = room_resume(dir_b, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(net.room != NULL);
  if (!net.room) {
    fprintf(stderr, "resume: %s\n", err);
    net_free(&ref);
    scn_free(s);
    return;
  }
  EXPECT_STR(warn, "");
  EXPECT_STR(room_code(net.room), "AC3X9");
  EXPECT_INT(room_port(net.room), 47999); /* where the participants knock again */
  EXPECT_INT(room_stage(net.room), ROOM_OPEN);
  EXPECT_INT(room_steps(net.room), steps_before);
  EXPECT_INT(room_answered(net.room), answered_before - 1);
  int seq_after;
  Pending open_after;
  EXPECT_INT(room_open_decision(net.room, &seq_after, &open_after), 1);
  EXPECT_INT(seq_after, seq_before);
  EXPECT_INT(open_after.beat, open_before.beat);
  EXPECT_INT(room_seats_total(net.room), 6);
  EXPECT_INT(room_seats_present(net.room), 0);
  /* participants come back by themselves and the session goes on */
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  EXPECT_INT(room_seats_present(net.room), 6);
  EXPECT_INT(room_answered(net.room), answered_before); /* sent again after the welcome */
  play_to_end(&net);
  EXPECT_INT(net.seat_errors, 0);
  WsResults got;
  room_results(net.room, &got);
  EXPECT_INT(got.seats, want.seats);
  EXPECT_INT(got.finished, want.finished);
  for (int a = 0; a < AXIS_COUNT; a++) {
    EXPECT_NEAR(got.axes[a].mean, want.axes[a].mean, 0);
    for (int b = 0; b < WS_BINS; b++) {
      EXPECT_INT(got.axes[a].bins[b], want.axes[a].bins[b]);
    }
  }
  EXPECT_INT(got.n_mistakes, want.n_mistakes);
  for (int k = 0; k < got.n_mistakes && k < want.n_mistakes; k++) {
    EXPECT_STR(got.mistakes[k].beat, want.mistakes[k].beat);
    EXPECT_INT(got.mistakes[k].count, want.mistakes[k].count);
  }
  check_answers_agree(&net, 1);
  check_cards_agree(&net);

  /* a damaged line: the replay stops there, the log is set aside */
  snprintf(path, sizeof path, "%s/workshops/%s.jsonl", dir_b, sid);
  FILE *f = fopen(path, "a");
  fputs("{\"e\":\"answer\",\"pid\":\"nobody\"}\n", f);
  fclose(f);
  room_free(net.room);
  net.room = room_resume(dir_b, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(net.room != NULL);
  EXPECT_CONTAINS(warn, ".jsonl:");
  EXPECT_CONTAINS(warn, "an answer from no seat that joined");
  EXPECT(net.room && room_stage(net.room) == ROOM_ENDED);
  snprintf(path, sizeof path, "%s/workshops/%s.jsonl.damaged", dir_b, sid);
  EXPECT_INT(access(path, F_OK), 0);
  net_free(&net);
  net_free(&ref);
  remove_tree(dir_a);
  remove_tree(dir_b);
  free(dir_a);
  free(dir_b);
  scn_free(s);
}

/* Writes 'text' as the session log of 'sid' under 'dir'. */
static void write_log(const char *dir, const char *sid, const char *text) {
  char path[1024];
  snprintf(path, sizeof path, "%s/workshops/%s.jsonl", dir, sid);
  FILE *f = fopen(path, "w");
  EXPECT(f != NULL);
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

/* Replaces the first 'from' in 'text' (owned, reallocated) by 'to'. */
static char *replace(char *text, const char *from, const char *to) {
  char *at = strstr(text, from);
  EXPECT(at != NULL);
  if (!at) {
    return text;
  }
  size_t head = (size_t)(at - text), n = strlen(text) - strlen(from) + strlen(to);
  char *out = malloc(n + 1);
  snprintf(out, n + 1, "%.*s%s%s", (int)head, text, to, at + strlen(from));
  free(text);
  return out;
}

/* A log whose first line is of another version, lacks the join code, or
   names another session is not replayed: the resume says why. */
static void a_session_log_that_does_not_fit_is_not_resumed(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  char *dir = temp_dir();
  Net net;
  net_init(&net, s, 1, WS_TOGETHER, dir, 9);
  char sid[WS_UUID_LEN + 1], path[1024];
  snprintf(sid, sizeof sid, "%s", room_sid(net.room));
  snprintf(path, sizeof path, "%s/workshops/%s.jsonl", dir, sid);
  char *good = read_text(path);
  RoomOpts o = {0};
  o.send = room_send;
  o.close = room_close_conn;
  o.ctx = &net;
  char warn[512], err[512];
  const char *cases[][3] = {{"\"v\":1,", "\"v\":2,", "version 2"},
                            {"\"code\":\"AC3X9\",", "", "\"code\""},
                            {"\"sid\":\"", "\"sid\":\"0", "\"sid\""}};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    char *bad = replace(strdup(good), cases[k][0], cases[k][1]);
    write_log(dir, sid, bad);
    free(bad);
    Room *r = room_resume(dir, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
    EXPECT(r == NULL);
    EXPECT_CONTAINS(err, ".jsonl:1: ");
    EXPECT_CONTAINS(err, cases[k][2]);
    room_free(r);
  }
  write_log(dir, sid, good); /* the log as written resumes */
  Room *r = room_resume(dir, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(r != NULL);
  EXPECT_STR(r ? room_code(r) : "", "AC3X9");
  room_free(r);
  free(good);
  net_free(&net);
  remove_tree(dir);
  free(dir);
  scn_free(s);
}

/* Cuts the last line off the session log of 'sid' under 'dir'. */
static void cut_last_line(const char *dir, const char *sid, const char *expect) {
  char path[1024];
  snprintf(path, sizeof path, "%s/workshops/%s.jsonl", dir, sid);
  char *log = read_text(path);
  size_t keep = strlen(log) - 1;
  while (keep > 0 && log[keep - 1] != '\n') {
    keep--;
  }
  EXPECT_CONTAINS(log + keep, expect);
  EXPECT_INT(truncate(path, (off_t)keep), 0);
  free(log);
}

static int journal_count(const char *dir) {
  JournalRead jr = {0};
  char err[256];
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  int n = jr.n;
  journal_read_free(&jr);
  return n;
}

/* A session of 4 in 'dir' played to its end (the story's, or the
   facilitator's after the first decision); its sid into 'sid'. */
static void play_session(Net *net, const Scenario *s, const char *dir, int early, char *sid) {
  net_init(net, s, 4, WS_TOGETHER, dir, 9);
  for (int i = 0; i < net->n; i++) {
    connect_part(&net->parts[i]);
  }
  pump(net);
  room_start(net->room, 0);
  pump(net);
  if (early) {
    answer_by_rule(net);
    room_end(net->room, 0);
  } else {
    play_to_end(net);
  }
  EXPECT_INT(room_stage(net->room), ROOM_ENDED);
  EXPECT_INT(journal_count(dir), 4);
  snprintf(sid, WS_UUID_LEN + 1, "%s", room_sid(net->room));
  room_free(net->room);
  net->room = NULL;
}

/* The facilitator stopped between the records and the log's end: each
   seat's record is in the journal once all the same. */
static void a_session_stopped_at_its_end_keeps_one_record_per_seat(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  char *dir_a = temp_dir(), *dir_b = temp_dir();
  char sid[WS_UUID_LEN + 1], path[1024], warn[512], err[512];
  Net net;
  RoomOpts o = {0};
  o.send = room_send;
  o.close = room_close_conn;
  o.ctx = &net;
  /* ended by the facilitator, stopped after the records: the session
     resumes not over, and its end again writes nothing twice */
  play_session(&net, s, dir_a, 1, sid);
  cut_last_line(dir_a, sid, "\"e\":\"end\"");
  net.room = room_resume(dir_a, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(net.room && room_stage(net.room) != ROOM_ENDED);
  EXPECT_INT(net.room ? room_end(net.room, 0) : -1, 0);
  EXPECT_INT(journal_count(dir_a), 4);
  net_free(&net);
  /* ended by the story, stopped before the records: the resume, which
     replays the end, writes them and ends the log */
  play_session(&net, s, dir_b, 0, sid);
  cut_last_line(dir_b, sid, "\"e\":\"end\"");
  snprintf(path, sizeof path, "%s/attempts.jsonl", dir_b);
  EXPECT_INT(unlink(path), 0);
  net.room = room_resume(dir_b, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(net.room && room_stage(net.room) == ROOM_ENDED);
  EXPECT_INT(journal_count(dir_b), 4);
  room_free(net.room);
  net.room = NULL;
  cut_last_line(dir_b, sid, "\"e\":\"end\""); /* and stopped again, after them */
  net.room = room_resume(dir_b, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(net.room != NULL);
  EXPECT_INT(journal_count(dir_b), 4);
  net_free(&net);
  remove_tree(dir_a);
  remove_tree(dir_b);
  free(dir_a);
  free(dir_b);
  scn_free(s);
}

/* A write to the session log cut short (a full disk) leaves no part of a
   line behind: the next event's line is whole, and a resume replays it. */
static void a_log_write_cut_short_leaves_the_next_line_whole(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  char *dir = temp_dir();
  Net net;
  net_init(&net, s, 2, WS_TOGETHER, dir, 9);
  connect_part(&net.parts[0]);
  pump(&net);
  char sid[WS_UUID_LEN + 1], path[1024];
  snprintf(sid, sizeof sid, "%s", room_sid(net.room));
  snprintf(path, sizeof path, "%s/workshops/%s.jsonl", dir, sid);
  struct stat st;
  EXPECT_INT(stat(path, &st), 0);
  struct rlimit saved, small;
  EXPECT_INT(getrlimit(RLIMIT_FSIZE, &saved), 0);
  small = saved;
  small.rlim_cur = (rlim_t)st.st_size + 20; /* the next line stops 20 bytes in */
  void (*old)(int) = signal(SIGXFSZ, SIG_IGN);
  EXPECT_INT(setrlimit(RLIMIT_FSIZE, &small), 0);
  connect_part(&net.parts[1]);
  pump(&net);
  EXPECT_INT(setrlimit(RLIMIT_FSIZE, &saved), 0);
  signal(SIGXFSZ, old);
  EXPECT_INT(stat(path, &st), 0);
  EXPECT_INT((long long)st.st_size, (long long)small.rlim_cur - 20);
  EXPECT_INT(room_start(net.room, 0), 0);
  pump(&net);
  room_free(net.room);
  RoomOpts o = {0};
  o.send = room_send;
  o.close = room_close_conn;
  o.ctx = &net;
  char warn[512], err[512];
  net.room = room_resume(dir, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(net.room != NULL);
  EXPECT_STR(warn, "");
  EXPECT_INT(net.room ? (int)room_stage(net.room) : -1, ROOM_OPEN);
  EXPECT_INT(net.room ? room_seats_total(net.room) : -1, 1); /* the join whose line failed is lost, and said */
  net_free(&net);
  remove_tree(dir);
  free(dir);
  scn_free(s);
}

/* Own pace: moves made while the link is down and between a reconnect's
   hello and its welcome go out after the welcome, which first sends again
   what was not acknowledged: the room gets them in order, refuses none. */
static void a_move_made_before_the_welcome_waits_for_it(void) {
  Scenario *s = load("scenarios/rule-appeal.lua");
  Net net;
  net_init(&net, s, 1, WS_OWN_PACE, NULL, 13);
  Part *p = &net.parts[0];
  connect_part(p);
  pump(&net);
  EXPECT_INT(room_start(net.room, 0), 0);
  pump(&net);
  const WsStart *st = seat_start(p->seat);
  RunOpts o = {st ? st->seed : 0, 1, 0};
  p->live = run_new(s, &o);
  run_start(p->live);
  disconnect(p);
  for (int i = 0; i < 20 && p->reported < 1 && !run_done(p->live); i++) {
    own_move(&net, p);
  }
  connect_part(p); /* its hello is on the way */
  int before = p->reported;
  for (int i = 0; i < 20 && p->reported == before && !run_done(p->live); i++) {
    own_move(&net, p);
  }
  EXPECT(p->reported > before);
  pump(&net);
  EXPECT_INT(p->events[SEAT_EV_ERROR], 0);
  EXPECT_INT(net.seat_errors, 0);
  RoomSeatInfo si;
  EXPECT_INT(room_seat_info(net.room, 0, &si), 0);
  EXPECT_INT(si.answers, p->reported);
  EXPECT_INT(seat_unacked(p->seat), 0);
  net_free(&net);
  scn_free(s);
}

/* An answer that crosses the end (sent, not yet read when the room ended)
   is refused, and the end reaches the participant before any ack of it:
   the participant drops it, so both records hold the same answers. */
static void an_answer_crossing_the_end_is_dropped_by_its_sender(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  Net net;
  net_init(&net, s, 2, WS_TOGETHER, NULL, 9);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  room_start(net.room, 0);
  pump(&net);
  WsDecisionRef ref;
  Pending pd;
  EXPECT_INT(seat_open(net.parts[0].seat, &ref, &pd), 1);
  EXPECT_INT(seat_answer(net.parts[0].seat, pd.offered[0] + 1, 1200), 0);
  Queue in_flight = net.to_room; /* the answer, not read yet */
  net.to_room = (Queue){0};
  room_end(net.room, 0);
  pump(&net); /* the end arrives */
  q_free(&net.to_room);
  net.to_room = in_flight; /* then the room reads the answer, and refuses it */
  pump(&net);
  EXPECT_INT(seat_phase(net.parts[0].seat), WS_ENDED);
  EXPECT_INT(seat_my_choice(net.parts[0].seat, ref.seq), -1);
  EXPECT_INT(seat_unacked(net.parts[0].seat), 0);
  int counts[SCN_MAX_CHOICES + 1];
  room_counts(net.room, ref.seq, counts);
  EXPECT_INT(counts[pd.offered[0] + 1], 0);
  net_free(&net);
  scn_free(s);
}

/* Own pace: an answer must be the next of the play and fit its replay. */
static void an_own_pace_answer_that_does_not_fit_is_refused(void) {
  Scenario *s = load("scenarios/rule-appeal.lua");
  Net net;
  net_init(&net, s, 1, WS_OWN_PACE, NULL, 13);
  connect_part(&net.parts[0]);
  pump(&net);
  room_start(net.room, 0);
  pump(&net);
  int conn = net.parts[0].conn;
  EXPECT_INT(raw_line(&net, conn, "{\"t\":\"answer\",\"seq\":2,\"thread\":\"a\",\"beat\":\"b\",\"choice\":1,\"ms\":1}"),
             ROOM_CLOSE);
  pump(&net);
  EXPECT_CONTAINS(seat_error(net.parts[0].seat), "line 2: \"seq\" 2: the next answer is 1");
  disconnect(&net.parts[0]);
  connect_part(&net.parts[0]);
  pump(&net);
  conn = net.parts[0].conn;
  char line[512];
  snprintf(line, sizeof line, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"%s\",\"beat\":\"%s\",\"choice\":1,\"ms\":1,\"at\":5}",
           s->threads[0].id, s->beats[s->n_beats - 1].id);
  EXPECT_INT(raw_line(&net, conn, line), ROOM_CLOSE);
  pump(&net);
  EXPECT_CONTAINS(seat_error(net.parts[0].seat), "is not open in the replay");
  disconnect(&net.parts[0]);
  /* the seat's own report goes through */
  connect_part(&net.parts[0]);
  pump(&net);
  RunOpts o = {seat_start(net.parts[0].seat)->seed, 1, 0};
  net.parts[0].live = run_new(s, &o);
  run_start(net.parts[0].live);
  own_move(&net, &net.parts[0]);
  pump(&net);
  RoomSeatInfo info;
  room_seat_info(net.room, 0, &info);
  EXPECT_INT(info.answers, 1);
  EXPECT_INT(seat_unacked(net.parts[0].seat), 0);
  /* a report that does not fit the seat's own replay is refused there */
  EXPECT_INT(seat_report(net.parts[0].seat, 0, 0, 1, 10, 0), -1);
  net_free(&net);
  scn_free(s);
}

static const Scenario *find_nothing(void *ctx, const char *id, uint64_t hash) {
  (void)ctx, (void)id, (void)hash;
  return NULL;
}

/* A participant without the scenario (or with another version) says so. */
static void a_seat_without_the_scenario_leaves(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  Net net;
  net_init(&net, s, 1, WS_TOGETHER, NULL, 17);
  char err[128];
  seat_free(net.parts[0].seat);
  SeatOpts so = {"Dee", "ac3x9", NULL, find_nothing, NULL, seat_send, &net.parts[0], 1};
  net.parts[0].seat = seat_new(&so, err, sizeof err);
  connect_part(&net.parts[0]);
  pump(&net);
  EXPECT_INT(seat_joined(net.parts[0].seat), 1);
  room_start(net.room, 0);
  pump(&net);
  EXPECT_INT(net.parts[0].events[SEAT_EV_MISSING], 1);
  EXPECT_CONTAINS(seat_error(net.parts[0].seat), "is not on this machine");
  EXPECT(seat_run(net.parts[0].seat) == NULL);
  SeatOpts bad = {"a\nb", "ac3x9", NULL, find_nothing, NULL, seat_send, NULL, 1};
  EXPECT(seat_new(&bad, err, sizeof err) == NULL);
  EXPECT_STR(err, "\"name\" has a control character");
  net_free(&net);
  scn_free(s);
}

/* Mutations of real lines from strangers and from a joined seat, among an
   honest room: each closes at most its own connection, and the room plays
   on to the end with every honest answer counted once. */
static void hostile_lines_leave_the_room_playing(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  Net net;
  net_init(&net, s, 5, WS_TOGETHER, NULL, 21);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  room_start(net.room, 0);
  pump(&net);
  int seq;
  Pending p;
  room_open_decision(net.room, &seq, &p);
  char answer[512], hello[256];
  snprintf(answer, sizeof answer, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"%s\",\"beat\":\"%s\",\"choice\":1,\"ms\":9}",
           s->threads[p.thread].id, s->beats[p.beat].id);
  snprintf(hello, sizeof hello, "{\"t\":\"hello\",\"v\":1,\"code\":\"AC3X9\",\"name\":\"mallory\"}");
  const char *sources[] = {answer, hello, "{\"t\":\"control\",\"secret\":\"0000\",\"do\":\"end\"}",
                           "{\"t\":\"done\"}"};
  const char bytes[] = "{}[]\",:0123456789-.\x01\xfftrue";
  int closed = 0;
  for (int round = 0; round < 400; round++) {
    int conn = 900 + round / 4; /* four lines per connection at most */
    const char *src = sources[rnd(&net, 4)];
    char line[600];
    size_t n = strlen(src);
    memcpy(line, src, n + 1);
    for (unsigned k = rnd(&net, 3); k > 0; k--) {
      line[rnd(&net, (unsigned)n)] = bytes[rnd(&net, sizeof bytes - 1)];
    }
    if (room_receive(net.room, conn, "hostile:1", line, n, 0) < 0) {
      room_disconnected(net.room, conn);
      closed++;
    }
    if (round % 4 == 3) {
      room_disconnected(net.room, conn);
    }
  }
  EXPECT(closed > 100);
  EXPECT_INT(room_stage(net.room) == ROOM_OPEN || room_stage(net.room) == ROOM_REVEALED, 1);
  play_to_end(&net);
  EXPECT_INT(room_stage(net.room), ROOM_ENDED);
  EXPECT_INT(net.seat_errors, 0);
  check_answers_agree(&net, 1);
  check_cards_agree(&net);
  for (int i = 0; i < net.n; i++) {
    EXPECT_INT(seat_phase(net.parts[i].seat), WS_ENDED);
  }
  net_free(&net);
  scn_free(s);
}

static int every_branch_ends(const Room *room, const Pending *p) {
  for (int k = 0; k < p->n_offered; k++) {
    if (!continue_ends(room, p->offered[k] + 1)) {
      return 0;
    }
  }
  return 1;
}

/* A seat whose link was down when the session ended comes back: it gets
   its welcome and the end, drops the answer that came too late, and writes
   the record the facilitator wrote. No one new joins an ended session. */
static void a_seat_away_at_the_end_rejoins_for_its_record(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  char *room_dir = temp_dir(), *part_dir = temp_dir();
  Net net;
  net_init(&net, s, 3, WS_TOGETHER, room_dir, 11);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  EXPECT_INT(room_start(net.room, 0), 0);
  pump(&net);
  for (int guard = 0; guard < 64 && room_stage(net.room) != ROOM_ENDED; guard++) {
    Pending pd;
    int seq;
    if (room_open_decision(net.room, &seq, &pd) && every_branch_ends(net.room, &pd)) {
      disconnect(&net.parts[2]); /* away for the last decision: answers offline */
      WsDecisionRef ref;
      Pending sp;
      EXPECT_INT(seat_open(net.parts[2].seat, &ref, &sp), 1);
      EXPECT_INT(seat_answer(net.parts[2].seat, sp.offered[0] + 1, 900), 0);
    }
    if (room_stage(net.room) == ROOM_OPEN) {
      answer_by_rule(&net);
    }
    if (room_stage(net.room) == ROOM_OPEN) {
      room_close(net.room, 0);
    }
    room_continue(net.room, 0);
    pump(&net);
  }
  EXPECT_INT(room_stage(net.room), ROOM_ENDED);
  EXPECT(seat_phase(net.parts[2].seat) != WS_ENDED);
  EXPECT_INT(seat_unacked(net.parts[2].seat), 1);
  connect_part(&net.parts[2]);
  pump(&net);
  EXPECT_INT(seat_phase(net.parts[2].seat), WS_ENDED);
  EXPECT_INT(net.parts[2].events[SEAT_EV_ENDED], 1);
  EXPECT_INT(seat_unacked(net.parts[2].seat), 0);
  for (int i = 0; i < net.n; i++) {
    char err[256];
    EXPECT_INT(seat_record(net.parts[i].seat, part_dir, 0, 1000, err, sizeof err), 0);
  }
  check_journals_agree(&net, room_dir, part_dir, -1);
  char hello[128];
  snprintf(hello, sizeof hello, "{\"t\":\"hello\",\"v\":1,\"code\":\"%s\",\"name\":\"Late\"}", room_code(net.room));
  EXPECT_INT(raw_line(&net, 999, hello), ROOM_CLOSE);
  EXPECT_INT(room_seats_total(net.room), 3);
  net_free(&net);
  remove_tree(room_dir);
  remove_tree(part_dir);
  free(room_dir);
  free(part_dir);
  scn_free(s);
}

/* --- each seat's own time factor ---------------------------------------- */

#define SLOW_MS 90000 /* every answer of the factor tests: past every target of late-parcel */

/* Every seat but the last 'silent' answers the open decision with its
   first offered choice, after SLOW_MS, until the story ends. */
static void play_alike_to_end(Net *net, int silent) {
  for (int guard = 0; guard < 64 && room_stage(net->room) != ROOM_ENDED; guard++) {
    for (int i = 0; i < net->n - silent; i++) {
      WsDecisionRef ref;
      Pending pd;
      if (seat_open(net->parts[i].seat, &ref, &pd)) {
        EXPECT_INT(seat_answer(net->parts[i].seat, pd.offered[0] + 1, SLOW_MS), 0);
      }
    }
    pump(net);
    if (room_stage(net->room) == ROOM_OPEN) {
      room_close(net->room, 0);
    }
    room_continue(net->room, 0);
    pump(net);
  }
}

/* The card a together seat must have: the story's records with the
   participant's own reaction (SLOW_MS; a seat that never answered takes
   each decision's timeout drawn out by its factor, or three times the
   target where there is none), scored with factor 'factor'. */
static void together_card_expected(const Scenario *s, const Run *story, int factor, int silent, ScoreCard *out) {
  int n;
  const DecisionRecord *held = run_records(story, &n);
  DecisionRecord recs[RUN_MAX_DECISIONS];
  memcpy(recs, held, (size_t)n * sizeof *recs);
  for (int k = 0; k < n; k++) {
    const Decision *d = s->beats[recs[k].beat].decision;
    recs[k].reaction_ms = SLOW_MS;
    if (silent) {
      EXPECT_INT(recs[k].choice, -1);
      recs[k].offered |= d->timeout_ms > 0 ? 0 : OFFERED_SILENCE;
      recs[k].reaction_ms = d->timeout_ms > 0 ? (int64_t)llround((double)d->timeout_ms * (factor ? factor : 1) / s->rate)
                                              : (int64_t)llround(3000.0 * d->target_s);
    }
  }
  score_compute(s, recs, n, factor, out);
}

static void expect_same_card(const ScoreCard *got, const ScoreCard *want) {
  EXPECT_NEAR(got->time_factor, want->time_factor, 0);
  EXPECT_INT(got->n, want->n);
  for (int a = 0; a < AXIS_COUNT; a++) {
    EXPECT_NEAR(got->axis[a], want->axis[a], 0);
    EXPECT_INT(got->counted[a], want->counted[a]);
  }
  EXPECT_NEAR(got->overall, want->overall, 0);
}

/* Together: three seats answer alike with factors 1, 2 and 0 (untimed),
   a fourth with factor 2 never answers. Each card is score_compute with
   the seat's own factor on both sides, and each record says that factor. */
static void together_seats_are_scored_with_their_own_time_factor(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  char *room_dir = temp_dir(), *part_dir = temp_dir();
  Net net;
  net_init(&net, s, 4, WS_TOGETHER, room_dir, 17);
  set_factor(&net, 1, 2, NULL);
  set_factor(&net, 2, 0, NULL);
  set_factor(&net, 3, 2, NULL);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  for (int i = 0; i < net.n; i++) {
    EXPECT_INT(seat_time_factor(net.parts[i].seat), net.parts[i].factor); /* echoed in welcome */
  }
  EXPECT_INT(room_start(net.room, 0), 0);
  pump(&net);
  play_alike_to_end(&net, 1);
  EXPECT_INT(room_stage(net.room), ROOM_ENDED);
  EXPECT_INT(net.seat_errors, 0);
  ScoreCard want[4];
  for (int i = 0; i < net.n; i++) {
    ScoreCard room_card;
    const Run *r = room_seat_run(net.room, i, &room_card);
    EXPECT(r != NULL);
    if (!r) {
      continue;
    }
    together_card_expected(s, r, net.parts[i].factor, i == 3, &want[i]);
    expect_same_card(&room_card, &want[i]);
    expect_same_card(seat_card(net.parts[i].seat), &want[i]);
    char err[256];
    EXPECT_INT(seat_record(net.parts[i].seat, part_dir, 0, 1000, err, sizeof err), 0);
  }
  /* the same answers: only the speed axis tells the factors apart */
  EXPECT(want[0].n >= 3);
  EXPECT_NEAR(want[1].axis[AXIS_EMPATHY], want[0].axis[AXIS_EMPATHY], 0);
  EXPECT(want[1].axis[AXIS_SPEED] > want[0].axis[AXIS_SPEED]);
  EXPECT_NEAR(want[2].time_factor, 0, 0);
  check_answers_agree(&net, 1);
  check_journals_agree(&net, room_dir, part_dir, -1);
  net_free(&net);
  remove_tree(room_dir);
  remove_tree(part_dir);
  free(room_dir);
  free(part_dir);
  scn_free(s);
}

/* Own pace: a seat with factor 3 plays its own run timed at 3; the
   facilitator's replay, timed the same, agrees with it to the record. */
static void an_own_pace_seat_with_factor_3_replays_alike(void) {
  Scenario *s = load("scenarios/rule-appeal.lua");
  char *room_dir = temp_dir(), *part_dir = temp_dir();
  Net net;
  net_init(&net, s, 2, WS_OWN_PACE, room_dir, 19);
  set_factor(&net, 0, 3, NULL);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  EXPECT_INT(room_start(net.room, 0), 0);
  pump(&net);
  for (int i = 0; i < net.n; i++) {
    const WsStart *st = seat_start(net.parts[i].seat);
    EXPECT_INT(seat_time_factor(net.parts[i].seat), net.parts[i].factor);
    RunOpts o = {st ? st->seed : 0, seat_time_factor(net.parts[i].seat), 0};
    net.parts[i].live = run_new(s, &o);
    run_start(net.parts[i].live);
  }
  for (int round = 0; round < 200 && room_stage(net.room) != ROOM_ENDED; round++) {
    for (int i = 0; i < net.n; i++) {
      Part *p = &net.parts[i];
      if (!run_done(p->live)) {
        own_move(&net, p);
        if (run_done(p->live)) {
          char err[256];
          EXPECT_INT(seat_done(p->seat), 0);
          EXPECT_INT(seat_record(p->seat, part_dir, 0, 1000, err, sizeof err), 0);
        }
      }
      pump(&net);
    }
  }
  EXPECT_INT(room_stage(net.room), ROOM_ENDED);
  EXPECT_INT(net.seat_errors, 0);
  for (int i = 0; i < net.n; i++) {
    int n;
    const DecisionRecord *recs = run_records(net.parts[i].live, &n);
    ScoreCard want, room_card;
    score_compute(s, recs, n, net.parts[i].factor, &want);
    EXPECT(room_seat_run(net.room, i, &room_card) != NULL);
    expect_same_card(&room_card, &want);
    expect_same_card(seat_card(net.parts[i].seat), &want);
  }
  check_answers_agree(&net, 0);
  check_journals_agree(&net, room_dir, part_dir, -1);
  net_free(&net);
  remove_tree(room_dir);
  remove_tree(part_dir);
  free(room_dir);
  free(part_dir);
  scn_free(s);
}

/* The factor is in the log's join line: a resumed room scores the seat
   with it, and tells it (in welcome) to a participant that lost it and
   asks for another. A join line without it (an older log) means 1. */
static void a_resumed_room_keeps_each_seats_time_factor(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  char *dir = temp_dir();
  Net net;
  net_init(&net, s, 2, WS_TOGETHER, dir, 23);
  set_factor(&net, 1, 2, NULL);
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  room_start(net.room, 0);
  pump(&net);
  char sid[WS_UUID_LEN + 1], pid[WS_UUID_LEN + 1], path[1024];
  snprintf(sid, sizeof sid, "%s", room_sid(net.room));
  snprintf(pid, sizeof pid, "%s", seat_pid(net.parts[1].seat));
  for (int i = 0; i < net.n; i++) { /* the facilitator's process stops */
    net.parts[i].conn = -1;
    seat_disconnected(net.parts[i].seat);
    q_clear(&net.parts[i].inbox);
  }
  room_free(net.room);
  snprintf(path, sizeof path, "%s/workshops/%s.jsonl", dir, sid);
  char *log = read_text(path);
  EXPECT_CONTAINS(log, "\"time_factor\":2,");
  RoomOpts o = {0};
  o.send = room_send;
  o.close = room_close_conn;
  o.ctx = &net;
  char warn[512], err[512];
  net.room = room_resume(dir, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(net.room != NULL);
  if (!net.room) {
    free(log);
    net_free(&net);
    scn_free(s);
    return;
  }
  set_factor(&net, 1, 5, pid); /* came back with another setting: the first stands */
  net.parts[1].factor = 2;
  for (int i = 0; i < net.n; i++) {
    connect_part(&net.parts[i]);
  }
  pump(&net);
  EXPECT_INT(seat_time_factor(net.parts[1].seat), 2);
  EXPECT_INT(seat_time_factor(net.parts[0].seat), 1);
  play_alike_to_end(&net, 0);
  EXPECT_INT(net.seat_errors, 0);
  for (int i = 0; i < net.n; i++) {
    ScoreCard room_card, want;
    const Run *r = room_seat_run(net.room, i, &room_card);
    EXPECT(r != NULL);
    if (r) {
      together_card_expected(s, r, net.parts[i].factor, 0, &want);
      expect_same_card(&room_card, &want);
      expect_same_card(seat_card(net.parts[i].seat), &want);
    }
  }
  room_free(net.room);
  /* the same log written before seats had a factor: every seat at 1 */
  char *old = replace(log, "\"time_factor\":2,", "");
  write_log(dir, sid, old);
  net.room = room_resume(dir, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT(net.room != NULL);
  ScoreCard card;
  EXPECT(net.room && room_seat_run(net.room, 1, &card) != NULL);
  EXPECT_NEAR(net.room ? card.time_factor : -1, 1, 0);
  room_free(net.room);
  /* a factor out of range in the log is a damaged line */
  old = replace(old, "\"time_factor\":1,", "\"time_factor\":11,");
  write_log(dir, sid, old);
  net.room = room_resume(dir, sid, find_scenario, (void *)s, &o, warn, sizeof warn, err, sizeof err);
  EXPECT_CONTAINS(warn, "\"time_factor\" is not an integer from 0 to 10");
  free(old);
  net_free(&net);
  remove_tree(dir);
  free(dir);
  scn_free(s);
}

/* A hello whose factor is out of range is refused like any bad field, and
   a seat cannot be made with one. */
static void an_out_of_range_time_factor_is_refused(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  Net net;
  net_init(&net, s, 1, WS_TOGETHER, NULL, 29);
  EXPECT_INT(raw_line(&net, 700, "{\"t\":\"hello\",\"v\":1,\"code\":\"AC3X9\",\"name\":\"x\",\"time_factor\":11}"),
             ROOM_CLOSE);
  EXPECT_INT(raw_line(&net, 701, "{\"t\":\"hello\",\"v\":1,\"code\":\"AC3X9\",\"name\":\"x\",\"time_factor\":-1}"),
             ROOM_CLOSE);
  EXPECT_INT(room_seats_total(net.room), 0);
  EXPECT_INT(raw_line(&net, 702, "{\"t\":\"hello\",\"v\":1,\"code\":\"AC3X9\",\"name\":\"x\",\"time_factor\":10}"),
             ROOM_OK);
  EXPECT_INT(room_seats_total(net.room), 1);
  char err[256];
  SeatOpts so = {"Dee", "AC3X9", NULL, find_scenario, (void *)s, seat_send, &net.parts[0], 11};
  EXPECT(seat_new(&so, err, sizeof err) == NULL);
  EXPECT_STR(err, "the time factor 11 is not from 0 to 10");
  net_free(&net);
  scn_free(s);
}

int main(void) {
  RUN_TEST(a_room_of_40_plays_together_through_drops);
  RUN_TEST(ten_seats_play_at_their_own_pace);
  RUN_TEST(only_the_facilitator_controls_and_a_wrong_code_is_refused);
  RUN_TEST(a_conflicting_answer_is_refused_without_a_disconnect);
  RUN_TEST(an_own_pace_answer_that_does_not_fit_is_refused);
  RUN_TEST(a_seat_without_the_scenario_leaves);
  RUN_TEST(hostile_lines_leave_the_room_playing);
  RUN_TEST(a_session_resumed_from_its_log_goes_on_to_the_same_end);
  RUN_TEST(a_seat_away_at_the_end_rejoins_for_its_record);
  RUN_TEST(a_session_log_that_does_not_fit_is_not_resumed);
  RUN_TEST(a_session_stopped_at_its_end_keeps_one_record_per_seat);
  RUN_TEST(a_log_write_cut_short_leaves_the_next_line_whole);
  RUN_TEST(a_move_made_before_the_welcome_waits_for_it);
  RUN_TEST(an_answer_crossing_the_end_is_dropped_by_its_sender);
  RUN_TEST(together_seats_are_scored_with_their_own_time_factor);
  RUN_TEST(an_own_pace_seat_with_factor_3_replays_alike);
  RUN_TEST(a_resumed_room_keeps_each_seats_time_factor);
  RUN_TEST(an_out_of_range_time_factor_is_refused);
  return t_summary();
}
