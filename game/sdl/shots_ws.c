/* shots_ws.c — the workshop screens for the render check: a room of 24 in
   memory (a Room fed the lines 23 made-up participants would send, and
   this kiosk's own Seat wired straight to it, no sockets), played through
   a together session over a practice scenario and a case study and an
   own-pace one, with every participant and projector screen drawn on the
   way: joining, the lobby, a decision, the wait, the reveal, the debrief,
   the set-up, the board and the results. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "shots.h"
#include "wsplay.h"

#define ROOM_SIZE 24
#define KIOSK_CONN 0 /* the seat of this kiosk; the others are 1..23 */

static const char *const names[ROOM_SIZE] = {
    "Ada Lovelace",  "Giulia Romano",  "Marco Bianchi", "Lucía Fernández", "Sam Okafor",    "Priya Nair",
    "Tom Becker",    "Chiara Esposito", "Diego Morales", "Hannah Schulz",   "Kenji Watanabe", "Fatima Zahra",
    "Elena Conti",   "Oliver Hughes",  "Nora Lindqvist", "Pablo Ruiz",      "Aisha Bello",   "Luca Ferrari",
    "Mia Novak",     "Jonas Weber",    "Sofia Greco",    "Carmen Vidal",    "Ravi Patel",    "Emma Dubois"};

/* The room's lines to this kiosk, queued until the seat reads them. */
typedef struct Wire {
  char *lines[512];
  int n;
  int down; /* the kiosk's link is cut: nothing goes through */
  Room *room;
  Seat *seat;
} Wire;

static void room_send(void *ctx, int conn, const char *line) {
  Wire *w = ctx;
  if (conn == KIOSK_CONN && !w->down && w->n < 512) {
    w->lines[w->n++] = strdup(line);
  }
}

static int seat_send(void *ctx, const char *line) {
  Wire *w = ctx;
  if (w->down) {
    return -1;
  }
  size_t len = strlen(line);
  room_receive(w->room, KIOSK_CONN, "kiosk", line, len && line[len - 1] == '\n' ? len - 1 : len, 0);
  return 0;
}

/* Delivers what the room sent to this kiosk (the seat's replies go straight back). */
static void pump(Wire *w) {
  while (w->n > 0) {
    char *batch[512];
    int n = w->n;
    memcpy(batch, w->lines, (size_t)n * sizeof *batch);
    w->n = 0;
    for (int i = 0; i < n; i++) {
      size_t len = strlen(batch[i]);
      seat_receive(w->seat, batch[i], len && batch[i][len - 1] == '\n' ? len - 1 : len, 0);
      free(batch[i]);
    }
  }
}

static void line_to_room(Wire *w, int conn, char *line) {
  if (line) {
    size_t len = strlen(line);
    room_receive(w->room, conn, "guest", line, len - 1, 0);
    free(line);
  }
}

static const Scenario *find(void *ctx, const char *id, uint64_t hash) {
  const Kiosk *k = ctx;
  const Catalog *lists[2] = {&k->cat, &k->cases};
  for (int l = 0; l < 2; l++) {
    for (int i = 0; i < lists[l]->n; i++) {
      const Scenario *s = lists[l]->items[i].s;
      if (s && s->hash == hash && strcmp(s->id, id) == 0) {
        return s;
      }
    }
  }
  return NULL;
}

/* A room over 's' with this kiosk's seat and 23 others in it. */
static int open_room(Kiosk *k, Wire *w, const Scenario *s, WsPace pace) {
  memset(w, 0, sizeof *w);
  char err[512];
  RoomOpts ro = {.pace = pace, .lang = k->lang, .seed = 7, .code = "K4MPT", .send = room_send, .ctx = w};
  w->room = room_new(s, &ro, err, sizeof err);
  SeatOpts so = {.name = names[0], .code = "K4MPT", .find = find, .find_ctx = k, .send = seat_send, .send_ctx = w,
                 .time_factor = 1};
  w->seat = w->room ? seat_new(&so, err, sizeof err) : NULL;
  if (!w->seat) {
    fprintf(stderr, "render check: the workshop room: %s\n", err);
    room_free(w->room);
    return -1;
  }
  seat_connected(w->seat);
  pump(w);
  for (int i = 1; i < ROOM_SIZE; i++) {
    line_to_room(w, i, ws_build_hello("K4MPT", names[i], NULL, 1));
  }
  k->ws.room_shown = w->room;
  k->ws.seat_shown = w->seat;
  snprintf(k->ws.code, sizeof k->ws.code, "K4MPT");
  k->ws.stage = KW_SEARCHING;
  return 0;
}

static void close_room(Kiosk *k, Wire *w) {
  kw_reset(k);
  play_end(&k->play);
  seat_free(w->seat);
  room_free(w->room);
  for (int i = 0; i < w->n; i++) {
    free(w->lines[i]);
  }
}

/* Participants 1..upto-1 answer the open decision: mostly the best reply, a
   good share a tempting one, a few something else. */
static void others_answer(Wire *w, int from, int upto) {
  const Scenario *s = room_scenario(w->room);
  int seq;
  Pending d;
  if (!room_open_decision(w->room, &seq, &d)) {
    return;
  }
  const Decision *dec = s->beats[d.beat].decision;
  unsigned mask = 0;
  for (int i = 0; i < d.n_offered; i++) {
    mask |= 1u << d.offered[i];
  }
  int best = score_best(s, dec, mask);
  for (int i = from; i < upto; i++) {
    int pick = i % 7 < 4 ? best : d.offered[(i * 3 + seq) % d.n_offered];
    WsAnswer a = {.seq = seq, .choice = pick + 1, .ms = 9000 + i * 1700};
    snprintf(a.thread, sizeof a.thread, "%s", s->threads[d.thread].id);
    snprintf(a.beat, sizeof a.beat, "%s", s->beats[d.beat].id);
    line_to_room(w, i, ws_build_answer(&a));
  }
}

/* This kiosk answers its k-th offered reply (the first that is not the best). */
static void kiosk_answers(Shoot *sh, Wire *w) {
  Kiosk *k = &sh->a->k;
  Pending d;
  WsDecisionRef ref;
  if (!seat_open(w->seat, &ref, &d)) {
    return;
  }
  const Decision *dec = k->play.s->beats[d.beat].decision;
  unsigned mask = 0;
  for (int i = 0; i < d.n_offered; i++) {
    mask |= 1u << d.offered[i];
  }
  int best = score_best(k->play.s, dec, mask), pick = 0;
  for (int i = d.n_offered - 1; i >= 0; i--) {
    pick = d.offered[i] != best ? i : pick;
  }
  sh->now += 12000;
  kw_answer(k, pick, sh->now);
  pump(w);
  kw_poll(k, sh->now);
}

static void take_part(Shoot *sh, Wire *w, const char *name) {
  pump(w);
  kw_poll(&sh->a->k, sh->now);
  shot_take(sh, name, 1000); /* the posts that just came have slid in */
}

/* The same scrolled to the end of its view (a case study's reveal is below the bars). */
static void take_end(Shoot *sh, Wire *w, const char *name, int projector) {
  Kiosk *k = &sh->a->k;
  pump(w);
  kw_poll(k, sh->now);
  Screen back = k->screen;
  k->screen = projector ? SCR_WS_PROJECTOR : k->screen;
  app_draw(sh->a, sh->surf->w, sh->surf->h, sh->now); /* learns the content's height */
  ui_scroll_to_end(&sh->a->ui, 6);
  shot_take(sh, name, 1000);
  k->screen = back;
}

static void take_projector(Shoot *sh, const char *name) {
  Kiosk *k = &sh->a->k;
  Screen back = k->screen;
  k->screen = SCR_WS_PROJECTOR;
  shot_take(sh, name, 0);
  k->screen = back;
}

/* Every decision to the end: the room answers, closes and goes on. */
static void play_out(Shoot *sh, Wire *w) {
  for (int guard = 0; guard < 64 && room_stage(w->room) != ROOM_ENDED; guard++) {
    if (room_stage(w->room) == ROOM_OPEN) {
      others_answer(w, 1, ROOM_SIZE - 1);
      pump(w);
      kw_poll(&sh->a->k, sh->now);
      kiosk_answers(sh, w);
      room_close(w->room, 0);
    }
    if (room_stage(w->room) == ROOM_REVEALED) {
      room_continue(w->room, 0);
    }
    pump(w);
  }
  if (room_stage(w->room) != ROOM_ENDED) {
    room_end(w->room, 0);
  }
  pump(w);
}

static const Scenario *by_id(const Catalog *c, const char *id) {
  for (int i = 0; i < c->n; i++) {
    if (id && c->items[i].s && strcmp(c->items[i].s->id, id) == 0) {
      return c->items[i].s;
    }
  }
  for (int i = 0; !id && i < c->n; i++) {
    if (c->items[i].s) {
      return c->items[i].s;
    }
  }
  return NULL;
}

static void together(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  const Scenario *s = by_id(&k->cat, "late-parcel");
  s = s ? s : by_id(&k->cat, NULL);
  Wire w;
  if (!s || open_room(k, &w, s, WS_TOGETHER) != 0) {
    return;
  }
  take_part(sh, &w, "ws-lobby");
  take_projector(sh, "projector-lobby");
  room_show_names(w.room, 1);
  take_projector(sh, "projector-lobby-names");
  room_show_names(w.room, 0);
  room_start(w.room, 0);
  take_part(sh, &w, "ws-question");
  others_answer(&w, 1, 17);
  take_projector(sh, "projector-question");
  kiosk_answers(sh, &w);
  take_part(sh, &w, "ws-waiting");
  others_answer(&w, 17, ROOM_SIZE - 1);
  room_close(w.room, 0);
  take_part(sh, &w, "ws-reveal");
  take_projector(sh, "projector-reveal");
  play_out(sh, &w);
  take_part(sh, &w, "ws-debrief");
  take_projector(sh, "projector-results");
  close_room(k, &w);
}

/* A case study, to its first reveal: what the organisation did, on both sides. */
static void case_reveal_shots(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  const Scenario *s = by_id(&k->cases, "case-mynypd");
  s = s ? s : by_id(&k->cases, NULL);
  Wire w;
  if (!s || open_room(k, &w, s, WS_TOGETHER) != 0) {
    return;
  }
  room_start(w.room, 0);
  pump(&w);
  kw_poll(k, sh->now);
  others_answer(&w, 1, ROOM_SIZE - 1);
  /* the link drops: the answer is kept, the notice shows, and it goes out on the rejoin */
  w.down = 1;
  room_disconnected(w.room, KIOSK_CONN);
  seat_disconnected(w.seat);
  k->ws.shown_link_down = 1;
  kiosk_answers(sh, &w);
  take_part(sh, &w, "ws-reconnecting");
  w.down = 0;
  k->ws.shown_link_down = 0;
  seat_connected(w.seat);
  pump(&w);
  room_close(w.room, 0);
  take_end(sh, &w, "ws-reveal-case", 0);
  take_end(sh, &w, "projector-reveal-case", 1);
  close_room(k, &w);
}

/* Own pace: made-up participants at different points of their own plays. */
static void own_pace(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  const Scenario *s = by_id(&k->cat, "late-parcel");
  s = s ? s : by_id(&k->cat, NULL);
  Wire w;
  if (!s || open_room(k, &w, s, WS_OWN_PACE) != 0) {
    return;
  }
  room_start(w.room, 0);
  for (int i = 1; i < ROOM_SIZE; i++) {
    char err[256];
    Run *run = wsplay_own_new(s, 7, 1, err, sizeof err);
    int answers = i % 5, seq = 0; /* 0..4 decisions so far */
    for (int step = 0; run && step < 64 && !run_done(run) && (i % 3 == 0 || seq < answers); step++) {
      Pending d[SCN_MAX_THREADS];
      if (run_pending(run, d, SCN_MAX_THREADS) == 0) {
        run_advance(run, 60000);
        continue;
      }
      int pick = d[0].offered[(i + seq) % d[0].n_offered];
      run_answer(run, d[0].thread, pick, 6000 + i * 400);
      int n;
      const DecisionRecord *recs = run_records(run, &n);
      WsAnswer a = {.seq = ++seq, .choice = recs[n - 1].choice + 1, .ms = recs[n - 1].reaction_ms,
                    .at = run_real_ms(run)};
      snprintf(a.thread, sizeof a.thread, "%s", s->threads[recs[n - 1].thread].id);
      snprintf(a.beat, sizeof a.beat, "%s", s->beats[recs[n - 1].beat].id);
      line_to_room(&w, i, ws_build_answer(&a));
    }
    if (run && run_done(run)) {
      line_to_room(&w, i, ws_build_done());
    }
    run_free(run);
  }
  take_projector(sh, "projector-board");
  room_end(w.room, 0);
  take_projector(sh, "projector-results-own");
  close_room(k, &w);
}

/* Joining: the code half typed, the search, the address, a wrong code; the set-up. */
static void joining(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  osk_clear(&k->name);
  osk_type(&k->name, "Ada Lovelace");
  kw_join_begin(k, sh->now);
  kw_type(k, "k4m");
  shot_take(sh, "ws-code", 0);
  kw_type(k, "pt");
  k->ws.stage = KW_SEARCHING;
  k->ws.search_since_ms = sh->now - KW_SEARCH_HINT_MS - 2000;
  shot_take(sh, "ws-looking", 0);
  k->ws.stage = KW_ADDRESS;
  kw_type(k, "192.168.1.20:47810");
  shot_take(sh, "ws-address", 0);
  k->ws.stage = KW_PROBLEM;
  k->ws.problem = S_WS_REFUSED_CODE;
  shot_take(sh, "ws-refused", 0);
  kw_reset(k);
  kiosk_go(k, SCR_WS_SETUP, sh->now);
  k->ws.setup_item = 0;
  k->ws.has_resumable = 0;
  shot_take(sh, "ws-setup", 0);
  /* an unfinished session of this kiosk's offered above the set-up */
  KwResumable *rs = &k->ws.resumable;
  memset(rs, 0, sizeof *rs);
  snprintf(rs->sid, sizeof rs->sid, "%s", "7d3f0c2e-5b1a-4c8e-9f6d-2a4b8c1e0f93");
  snprintf(rs->scenario, sizeof rs->scenario, "%s", k->cat.n > 0 && k->cat.items[0].s ? k->cat.items[0].s->id : "");
  rs->pace = WS_TOGETHER;
  rs->started_unix_ms = 1764588600000; /* a morning session */
  rs->participants = 18;
  rs->others = 2;
  k->ws.has_resumable = 1;
  shot_take(sh, "ws-setup-resume", 0);
  k->ws.has_resumable = 0;
}

void shots_workshop(Shoot *sh) {
  joining(sh);
  together(sh);
  case_reveal_shots(sh);
  own_pace(sh);
  kiosk_reset(&sh->a->k, sh->now);
}
