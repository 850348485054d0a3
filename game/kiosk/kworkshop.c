/* kworkshop.c — the participant's side of a workshop on the kiosk: the
   search, the stages read from the seat, the room's story copied into the
   play the screens draw, answers, own-pace reports and the trainee's
   record; and the poll that moves it all along. The fields typed to join
   are in kwfield.c, the facilitator's side in kwfacil.c. */
#define _POSIX_C_SOURCE 200809L
#include "kworkshop.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "kiosk.h"
#include "kstrings.h"

/* --- rejoining after a reset ------------------------------------------------------ */

static const char *rejoin_pid(const KWorkshop *w, uint64_t key) {
  for (int i = 0; i < KW_REJOIN_SLOTS; i++) {
    if (w->rejoin[i].key == key && w->rejoin[i].pid[0]) {
      return w->rejoin[i].pid;
    }
  }
  return NULL;
}

static void remember_pid(KWorkshop *w, uint64_t key, const char *pid) {
  int slot = -1;
  for (int i = 0; i < KW_REJOIN_SLOTS && slot < 0; i++) {
    slot = w->rejoin[i].key == key ? i : -1;
  }
  if (slot < 0) {
    slot = w->rejoin_next;
    w->rejoin_next = (w->rejoin_next + 1) % KW_REJOIN_SLOTS;
  }
  w->rejoin[slot].key = key;
  snprintf(w->rejoin[slot].pid, sizeof w->rejoin[slot].pid, "%s", pid);
}

/* The name the room knows this trainee by: the typed one, or "guest". */
static void hello_name(const Kiosk *k, char *out, int cap) {
  osk_trimmed(&k->name, out, cap);
  if (!krec_is_named(out)) {
    snprintf(out, (size_t)cap, "%s", REC_GUEST);
  }
}

/* --- the search ------------------------------------------------------------------------- */

/* The scenario a start names: one of the kiosk's own, with that file's hash. */
static const Scenario *find_scenario(void *ctx, const char *id, uint64_t hash) {
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

static void show(Kiosk *k, Screen s) {
  if (k->screen != s) { /* the room moved: not an input, and an open overlay stays */
    k->screen = s;
  }
  k->ws.view++;
}

static void set_stage(Kiosk *k, KwStage st, Screen s) {
  k->ws.stage = st;
  show(k, s);
}

static void drop_join(KWorkshop *w) {
  if (w->join) {
    join_leave(w->join);
    join_free(w->join);
    w->join = NULL;
  }
}

void kw_join_begin(Kiosk *k, int64_t now_ms) {
  drop_join(&k->ws);
  memset(k->ws.code, 0, sizeof k->ws.code);
  memset(k->ws.address, 0, sizeof k->ws.address);
  k->ws.problem = -1;
  k->ws.problem_detail[0] = '\0';
  k->ws.stage = KW_CODE;
  kiosk_go(k, SCR_WS_JOIN, now_ms);
  k->ws.view++;
}

int kw_submit(Kiosk *k, int64_t now_ms) {
  KWorkshop *w = &k->ws;
  if (!kw_can_submit(k)) {
    return -1;
  }
  if (w->stage == KW_ADDRESS && !kw_address_valid(w->address)) {
    w->problem = S_WS_BAD_ADDRESS;
    return -1;
  }
  char name[OSK_MAX_BYTES + 1];
  hello_name(k, name, sizeof name);
  JoinOpts o = {.code = w->code,
                .name = name,
                .pid = rejoin_pid(w, kw_rejoin_key(name, w->code)),
                .address = w->stage == KW_ADDRESS ? w->address : NULL,
                .find = find_scenario,
                .find_ctx = k,
                .time_factor = k->timer_factor};
  char err[WS_MAX_MSG];
  drop_join(w);
  w->join = join_open(&o, err, sizeof err);
  memset(name, 0, sizeof name);
  if (!w->join) {
    w->problem = S_WS_LINK_LOST;
    snprintf(w->problem_detail, sizeof w->problem_detail, "%s", err);
    set_stage(k, KW_PROBLEM, SCR_WS_JOIN);
    return -1;
  }
  w->problem = -1;
  w->problem_detail[0] = '\0';
  w->search_since_ms = now_ms;
  w->open_seq = 0;
  w->synced_events = w->synced_records = -1;
  w->reported = 0;
  w->done_sent = 0;
  set_stage(k, KW_SEARCHING, SCR_WS_JOIN);
  k->last_input_ms = now_ms;
  return 0;
}

void kw_enter_address(Kiosk *k, int64_t now_ms) {
  drop_join(&k->ws);
  k->ws.problem = -1;
  k->ws.stage = KW_ADDRESS;
  kiosk_go(k, SCR_WS_JOIN, now_ms);
  k->ws.view++;
}

void kw_back(Kiosk *k, int64_t now_ms) {
  KWorkshop *w = &k->ws;
  drop_join(w);
  w->problem = -1;
  if (w->stage == KW_CODE) {
    w->stage = KW_NONE;
    kiosk_go(k, SCR_HOME, now_ms);
    return;
  }
  w->stage = KW_CODE;
  kiosk_go(k, SCR_WS_JOIN, now_ms);
  w->view++;
}

/* The play on screen is the kiosk's own (own pace) or a copy of the seat's. */
static void end_play(Kiosk *k) {
  play_end(&k->play);
  k->case_mode = 0;
}

void kw_leave(Kiosk *k, int64_t now_ms) {
  drop_join(&k->ws);
  if (k->ws.stage != KW_NONE) {
    end_play(k);
  }
  k->ws.stage = KW_NONE;
  memset(k->ws.code, 0, sizeof k->ws.code);
  kiosk_go(k, SCR_HOME, now_ms);
}

Seat *kw_seat(const Kiosk *k) {
  return k->ws.join ? join_seat(k->ws.join) : k->ws.seat_shown;
}

int kw_reconnecting(const Kiosk *k) {
  if (!k->ws.join) {
    return k->ws.seat_shown && k->ws.shown_link_down;
  }
  return join_status(k->ws.join) == JOIN_RECONNECTING;
}

int kw_participating(const Kiosk *k) {
  return k->ws.stage >= KW_LOBBY;
}

int kw_play_is_workshop(const Kiosk *k) {
  return k->ws.stage == KW_OWN || k->ws.stage == KW_ENDED || k->ws.stage == KW_QUESTION ||
         k->ws.stage == KW_WAITING || k->ws.stage == KW_REVEAL;
}

/* --- the play ----------------------------------------------------------------------------- */

/* Together: the seat's run (the room's story with this trainee's answers)
   copied into the play controller, which the play, feedback and debrief
   screens draw from. It is never ticked: the room moves it. */
static void sync_play(Kiosk *k, Seat *seat, int64_t now_ms) {
  const Run *r = seat_run(seat);
  if (!r) {
    return;
  }
  int n, nrec;
  run_events(r, &n);
  run_records(r, &nrec);
  if (k->play.run && n == k->ws.synced_events && nrec == k->ws.synced_records) {
    return;
  }
  Run *copy = run_clone(r);
  if (!copy) {
    return; /* out of memory: the last copy stays on screen */
  }
  PlayCtl *p = &k->play;
  if (!p->run) { /* the room's play begins here: the record's start, and a record still to make */
    krec_play_started(&k->rec, -1);
  }
  int shown = p->run ? p->n_shown : 0;
  run_free(p->run);
  p->run = copy;
  p->s = seat_scenario(seat);
  p->lang = k->lang;
  p->time_factor = seat_time_factor(seat);
  p->seed = seat_start(seat) ? seat_start(seat)->seed : 0;
  p->paused = 1;
  p->last_record = -1;
  p->card = *seat_card(seat);
  n = n < RUN_MAX_EVENTS ? n : RUN_MAX_EVENTS;
  for (int i = shown; i < n; i++) { /* what came with the join is there at once; later posts arrive */
    p->shown_at_ms[i] = shown == 0 ? now_ms - 1000 : now_ms;
  }
  p->n_shown = n;
  WsDecisionRef ref;
  Pending d;
  if (seat_open(seat, &ref, &d)) {
    p->view_thread = d.thread;
  }
  k->case_mode = 0; /* the room's story has no story clock: it waits while the room talks */
  k->ws.synced_events = n;
  k->ws.synced_records = nrec;
}

/* Own pace: the kiosk's own timed run, as the facilitator replays it. */
static void start_own_play(Kiosk *k, Seat *seat, int64_t now_ms) {
  const WsStart *st = seat_start(seat);
  const Scenario *s = seat_scenario(seat);
  if (!st || !s) {
    return;
  }
  krec_play_started(&k->rec, -1);
  k->scenario = -1;
  k->case_mode = 0;
  k->ws.reported = 0;
  k->ws.done_sent = 0;
  /* timed as the facilitator replays it: the factor it echoed in welcome */
  play_start(&k->play, s, k->lang, seat_time_factor(seat), st->seed, now_ms);
  const Run *held = seat_run(seat);
  int n = 0;
  if (held) {
    run_records(held, &n);
  }
  if (n > 0) { /* rejoined: the play goes on from the answers the room holds */
    Run *copy = run_clone(held);
    if (copy) {
      run_free(k->play.run);
      k->play.run = copy;
      k->play.n_shown = 0;
      play_tick(&k->play, now_ms);
      k->ws.reported = n;
    }
  }
}

int kw_answer(Kiosk *k, int choice_k, int64_t now_ms) {
  KWorkshop *w = &k->ws;
  Seat *seat = kw_seat(k);
  WsDecisionRef ref;
  Pending d;
  if (w->stage != KW_QUESTION || !seat || !seat_open(seat, &ref, &d) || choice_k >= d.n_offered) {
    return -1;
  }
  int choice = choice_k < 0 ? 0 : d.offered[choice_k] + 1;
  int64_t ms = now_ms - w->opened_ms;
  int rc = w->join ? join_answer(w->join, choice, ms < 0 ? 0 : ms) : seat_answer(seat, choice, ms < 0 ? 0 : ms);
  if (rc != 0) {
    return -1;
  }
  w->stage = KW_WAITING;
  w->view++;
  return 0;
}

void kw_report_moves(Kiosk *k) {
  KWorkshop *w = &k->ws;
  if (w->stage != KW_OWN || !w->join || !k->play.run) {
    return;
  }
  int n;
  const DecisionRecord *recs = run_records(k->play.run, &n);
  for (; w->reported < n; w->reported++) {
    const DecisionRecord *r = &recs[w->reported];
    /* 'at': the run's real clock now, just after the move (this is called
       after every answer and every tick, so a timeout is reported at the
       tick that played it, as the room's replay will reach it) */
    if (join_report(w->join, r->thread, r->beat, r->choice + 1, r->reaction_ms, run_real_ms(k->play.run)) != 0) {
      fprintf(stderr, "workshop: the play and the room's copy went apart at decision %d\n", w->reported + 1);
    }
  }
  if (!w->done_sent && run_done(k->play.run)) {
    join_done(w->join);
    w->done_sent = 1;
  }
}

void kw_record(Kiosk *k) {
  Seat *seat = kw_seat(k);
  if (!seat || !k->ws.join || !seat_run(seat)) {
    return;
  }
  Attempt a;
  char err[KREC_MSG - 64];
  if (seat_attempt_build(seat, k->rec.started_ms, attempt_now_ms(), &a, err, sizeof err) != 0) {
    krec_record_attempt(&k->rec, NULL, err);
    return;
  }
  krec_record_attempt(&k->rec, &a, NULL);
  attempt_clear(&a);
}

/* --- following the seat ------------------------------------------------------------------ */

static void note_pid(Kiosk *k, const Seat *seat) {
  char name[OSK_MAX_BYTES + 1];
  hello_name(k, name, sizeof name);
  if (!seat_pid(seat)[0] || !krec_is_named(name)) {
    return; /* a guest is anyone: the next guest at this kiosk must not get their seat and answers */
  }
  uint64_t key = kw_rejoin_key(name, k->ws.code);
  memset(name, 0, sizeof name);
  const char *held = rejoin_pid(&k->ws, key);
  if (!held || strcmp(held, seat_pid(seat)) != 0) {
    remember_pid(&k->ws, key, seat_pid(seat));
  }
}

static void refused(Kiosk *k, JoinStatus st, const Seat *seat) {
  static const StrId why[] = {S_WS_REFUSED_CODE, S_WS_REFUSED_FULL, S_WS_REFUSED_VERSION, S_WS_REFUSED_ENDED,
                              S_WS_REFUSED_NAME};
  WsRefuseWhy r = seat_refusal(seat);
  k->ws.problem = st == JOIN_MISSING ? S_WS_MISSING_SCENARIO
                  : (int)r >= 0 && (int)r < (int)(sizeof why / sizeof why[0]) ? why[r]
                                                                                : S_WS_LINK_LOST;
  k->ws.problem_detail[0] = '\0';
  if (k->ws.stage != KW_PROBLEM) {
    end_play(k);
    set_stage(k, KW_PROBLEM, SCR_WS_JOIN);
  }
}

/* The session is over: the trainee's own debrief, recorded once. */
static void to_end(Kiosk *k, Seat *seat, int64_t now_ms) {
  if (k->ws.stage == KW_ENDED) {
    return;
  }
  if (k->ws.stage == KW_OWN) {
    kw_report_moves(k);
  } else {
    sync_play(k, seat, now_ms);
  }
  if (k->play.run) {
    kw_record(k);
    set_stage(k, KW_ENDED, SCR_DEBRIEF);
  } else { /* ended before this trainee's play began */
    set_stage(k, KW_ENDED, SCR_WS_LOBBY);
  }
}

static void together(Kiosk *k, Seat *seat, int64_t now_ms) {
  KWorkshop *w = &k->ws;
  sync_play(k, seat, now_ms);
  WsDecisionRef ref;
  Pending d;
  KwStage want;
  Screen screen;
  if (seat_open(seat, &ref, &d)) {
    if (ref.seq != w->open_seq) {
      w->open_seq = ref.seq;
      w->opened_ms = now_ms;
      w->view++;
    }
    want = seat_my_choice(seat, ref.seq) >= 0 ? KW_WAITING : KW_QUESTION;
    screen = SCR_WS_PLAY;
  } else if (seat_reveal(seat)) {
    want = KW_REVEAL;
    screen = SCR_WS_REVEAL;
  } else {
    want = KW_LOBBY;
    screen = SCR_WS_LOBBY;
  }
  if (want != w->stage || k->screen != screen) {
    set_stage(k, want, screen);
  }
}

/* Where the seat says the trainee is; screens change only when that does. */
static void follow(Kiosk *k, JoinStatus st, Seat *seat, int64_t now_ms) {
  KWorkshop *w = &k->ws;
  if (st == JOIN_REFUSED || st == JOIN_MISSING) {
    refused(k, st, seat);
    return;
  }
  if (st == JOIN_LEFT || (!seat_joined(seat) && st != JOIN_ENDED)) {
    return; /* still looking: the search screen says so */
  }
  note_pid(k, seat);
  if (seat_phase(seat) == WS_ENDED || st == JOIN_ENDED) {
    to_end(k, seat, now_ms);
  } else if (seat_phase(seat) == WS_LOBBY || !seat_start(seat)) {
    if (w->stage != KW_LOBBY) {
      set_stage(k, KW_LOBBY, SCR_WS_LOBBY);
    }
  } else if (seat_start(seat)->pace == WS_OWN_PACE) {
    if (w->stage != KW_OWN && w->stage != KW_ENDED) {
      start_own_play(k, seat, now_ms);
      set_stage(k, KW_OWN, k->play.run && run_done(k->play.run) ? SCR_DEBRIEF : SCR_PLAY);
    }
  } else {
    together(k, seat, now_ms);
  }
}

/* A few numbers that change whenever what the screens show does. */
static uint64_t participant_signature(const Kiosk *k, JoinStatus st, const Seat *seat) {
  int answered = 0, of = 0;
  seat_count(seat, &answered, &of);
  int64_t v[] = {st, k->ws.stage, answered, of, seat_unacked(seat), k->ws.synced_events, k->ws.synced_records};
  return hash_bytes(HASH_START, v, sizeof v);
}

static uint64_t last_signature;

int kw_poll(Kiosk *k, int64_t now_ms) {
  int changed = kw_facil_poll(k, now_ms);
  Seat *seat = kw_seat(k);
  if (!seat) {
    return changed;
  }
  JoinStatus st = k->ws.join ? join_poll(k->ws.join, 0) : JOIN_JOINED;
  if (k->ws.stage == KW_OWN) {
    kw_report_moves(k);
  }
  if (k->ws.stage != KW_NONE && k->ws.stage != KW_CODE && k->ws.stage != KW_ADDRESS) {
    follow(k, st, seat, now_ms);
  }
  uint64_t sig = participant_signature(k, st, seat);
  if (sig != last_signature) {
    last_signature = sig;
    changed = 1;
  }
  if (k->ws.stage == KW_SEARCHING && now_ms - k->ws.search_since_ms >= KW_SEARCH_HINT_MS &&
      now_ms - k->ws.search_since_ms < KW_SEARCH_HINT_MS + 100) {
    changed = 1; /* the hint about the address appears */
  }
  return changed;
}

int64_t kw_next_due(const Kiosk *k) {
  return k->ws.join || k->ws.facil ? 50 : 60000;
}

void kw_reset(Kiosk *k) {
  KWorkshop *w = &k->ws;
  drop_join(w);
  kw_facil_close(k);
  KwRejoin keep[KW_REJOIN_SLOTS];
  memcpy(keep, w->rejoin, sizeof keep);
  int next = w->rejoin_next;
  unsigned view = w->view;
  memset(w, 0, sizeof *w);
  memcpy(w->rejoin, keep, sizeof keep);
  w->rejoin_next = next;
  w->view = view + 1;
  w->problem = -1;
  w->setup_item = -1;
}

void kw_free(Kiosk *k) {
  kw_reset(k);
  memset(k->ws.rejoin, 0, sizeof k->ws.rejoin);
}
