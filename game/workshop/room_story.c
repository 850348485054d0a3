/* room_story.c — the session's course: start, the together story's
   decisions (open, count, close and reveal, branch, continue), the
   answers each seat gives (exactly once, keyed by seq), own pace replays,
   and the state a welcome brings back. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "room_internal.h"

/* --- start ------------------------------------------------------------- */

static void start_fields(const Room *r, WsStart *st) {
  memset(st, 0, sizeof *st);
  snprintf(st->scenario, sizeof st->scenario, "%s", r->s->id);
  st->hash = r->s->hash;
  st->seed = r->seed;
  st->pace = r->pace;
  snprintf(st->lang, sizeof st->lang, "%s", lang_code(r->lang));
}

int room_start(Room *r, int64_t now_ms) {
  if (r->stage != ROOM_LOBBY) {
    room_fail(r, "the session has started already");
    return -1;
  }
  char err[512];
  if (r->pace == WS_TOGETHER && !(r->story = wsplay_together(r->s, r->seed, NULL, 0, NULL, 0, err, sizeof err))) {
    room_fail(r, "the story cannot start: %s", err);
    return -1;
  }
  roomlog_event(r, "start");
  WsStart st;
  start_fields(r, &st);
  room_broadcast(r, ws_build_start(&st));
  if (r->pace == WS_OWN_PACE) {
    r->stage = ROOM_PLAYING;
    return 0;
  }
  return room_open_next(r, now_ms);
}

/* --- together: the room's decisions ----------------------------------- */

int room_open_next(Room *r, int64_t now_ms) {
  Pending p;
  if (run_error(r->story)) {
    room_fail(r, "the story failed: %s", run_error(r->story));
    return -1;
  }
  if (run_pending(r->story, &p, 1) < 1 || r->n_steps >= WS_MAX_STEPS) {
    return room_end(r, now_ms); /* the story is over */
  }
  r->seq = r->n_steps + 1;
  r->open = p;
  r->step_pending[r->seq - 1] = p;
  r->stage = ROOM_OPEN;
  WsDecisionRef d = {r->seq, "", ""};
  snprintf(d.thread, sizeof d.thread, "%s", r->s->threads[p.thread].id);
  snprintf(d.beat, sizeof d.beat, "%s", r->s->beats[p.beat].id);
  room_broadcast(r, ws_build_open(&d));
  room_broadcast(r, ws_build_count(r->seq, 0, room_seats_present(r)));
  return 0;
}

void room_maybe_close(Room *r, int64_t now_ms) {
  int present = 0;
  for (int i = 0; i < r->n_seats; i++) {
    const RSeat *seat = r->seats[i];
    if (seat->conn >= 0 && !seat->have[r->seq - 1]) {
      return;
    }
    present += seat->conn >= 0;
  }
  if (r->stage == ROOM_OPEN && present > 0) {
    room_close(r, now_ms);
  }
}

static unsigned offered_bits(const Decision *d, const Pending *p) {
  unsigned bits = d->timeout_ms > 0 ? OFFERED_SILENCE : 0;
  for (int i = 0; i < p->n_offered; i++) {
    bits |= 1u << p->offered[i];
  }
  return bits;
}

/* The most chosen listed reply; a tie to the better one; none: the best. */
static int proposed_branch(const Room *r, const Pending *p, const int *counts) {
  const Decision *d = r->s->beats[p->beat].decision;
  unsigned bits = offered_bits(d, p);
  int pick = -1;
  double pick_merit = 0;
  for (int k = 0; k < p->n_offered; k++) {
    int c = p->offered[k];
    double merit = score_merit(r->s, d, bits, c);
    if (pick < 0 || counts[c + 1] > counts[pick + 1] ||
        (counts[c + 1] == counts[pick + 1] && merit > pick_merit + 1e-12)) {
      pick = c;
      pick_merit = merit;
    }
  }
  return pick + 1;
}

int room_close(Room *r, int64_t now_ms) {
  (void)now_ms;
  if (r->stage != ROOM_OPEN) {
    room_fail(r, "no decision is open");
    return -1;
  }
  const Decision *d = r->s->beats[r->open.beat].decision;
  WsReveal *rv = &r->reveal;
  memset(rv, 0, sizeof *rv);
  rv->seq = r->seq;
  rv->n_counts = d->n_choices + 1;
  room_counts(r, r->seq, rv->counts);
  rv->counts[0] = r->n_seats; /* no answer, or silence */
  for (int k = 1; k < rv->n_counts; k++) {
    rv->counts[0] -= rv->counts[k];
  }
  rv->best = score_best(r->s, d, offered_bits(d, &r->open)) + 1;
  rv->room = proposed_branch(r, &r->open, rv->counts);
  r->branch = rv->room;
  r->has_reveal = 1;
  r->stage = ROOM_REVEALED;
  roomlog_event(r, "close");
  room_broadcast(r, ws_build_reveal(rv));
  return 0;
}

int room_set_branch(Room *r, int choice) {
  if (r->stage != ROOM_REVEALED) {
    room_fail(r, "a branch is chosen once the decision is revealed");
    return -1;
  }
  for (int k = 0; k < r->open.n_offered; k++) {
    if (r->open.offered[k] == choice - 1) {
      r->branch = choice;
      return 0;
    }
  }
  room_fail(r, "choice %d is not offered at this decision", choice);
  return -1;
}

static int cmp_ms(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

/* The median reaction of the answers to 'seq' (0 when none). */
static int64_t median_ms(const Room *r, int seq) {
  int64_t ms[WS_MAX_SEATS];
  int n = 0;
  for (int i = 0; i < r->n_seats && n < WS_MAX_SEATS; i++) {
    if (r->seats[i]->have[seq - 1] && r->seats[i]->ans[seq - 1].choice > 0) {
      ms[n++] = r->seats[i]->ans[seq - 1].ms;
    }
  }
  qsort(ms, (size_t)n, sizeof *ms, cmp_ms);
  return n == 0 ? 0 : n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
}

int room_continue(Room *r, int64_t now_ms) {
  if (r->stage != ROOM_REVEALED) {
    room_fail(r, "the story goes on once the decision is revealed");
    return -1;
  }
  WsStep *st = &r->steps[r->n_steps];
  *st = (WsStep){r->seq, "", "", r->branch, median_ms(r, r->seq)};
  snprintf(st->thread, sizeof st->thread, "%s", r->s->threads[r->open.thread].id);
  snprintf(st->beat, sizeof st->beat, "%s", r->s->beats[r->open.beat].id);
  if (run_answer_room(r->story, r->open.thread, r->branch - 1, r->branch - 1, st->ms) != RUN_OK) {
    room_fail(r, "the story failed: %s", run_error(r->story) ? run_error(r->story) : "the choice was refused");
    return -1;
  }
  r->n_steps++;
  room_invalidate_cards(r);
  roomlog_continue(r, st);
  room_broadcast(r, ws_build_continue(st));
  return room_open_next(r, now_ms);
}

/* --- answers ----------------------------------------------------------- */

static int problem(char *out, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int problem(char *out, size_t cap, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(out, cap, fmt, ap);
  va_end(ap);
  return -1;
}

/* Together: the answer fits decision 'seq' as the room had it open. */
static int check_together(const Room *r, const WsAnswer *a, char *out, size_t cap) {
  int known = r->stage == ROOM_OPEN || r->stage == ROOM_REVEALED ? r->seq : r->n_steps;
  if (a->seq > known) {
    return problem(out, cap, "\"seq\" %d: no such decision has been open", a->seq);
  }
  const Pending *p = &r->step_pending[a->seq - 1];
  const Decision *d = r->s->beats[p->beat].decision;
  if (strcmp(a->thread, r->s->threads[p->thread].id) != 0 || strcmp(a->beat, r->s->beats[p->beat].id) != 0) {
    return problem(out, cap, "\"beat\": decision %d is at %s, %s", a->seq, r->s->threads[p->thread].id,
                   r->s->beats[p->beat].id);
  }
  if (a->choice == 0 ? d->timeout_ms <= 0 : !(offered_bits(d, p) & (1u << (a->choice - 1)))) {
    return problem(out, cap, "\"choice\" %d is not offered at decision %d", a->choice, a->seq);
  }
  return 0;
}

/* Own pace: the next answer of the seat's play, replayed. */
static int check_own(Room *r, RSeat *seat, const WsAnswer *a, char *out, size_t cap) {
  if (seat->done) {
    return problem(out, cap, "an answer after done");
  }
  if (a->seq != seat->n_answers + 1) {
    return problem(out, cap, "\"seq\" %d: the next answer is %d", a->seq, seat->n_answers + 1);
  }
  char err[512];
  if (!seat->own && !(seat->own = wsplay_own_new(r->s, r->seed, seat->time_factor, err, sizeof err))) {
    return problem(out, cap, "the play cannot start: %.200s", err);
  }
  if (wsplay_own_apply(&seat->own, a, err, sizeof err) != 0) {
    return problem(out, cap, "%.240s", err);
  }
  return 0;
}

static int same_answer(const WsAnswer *x, const WsAnswer *y) {
  return x->choice == y->choice && x->ms == y->ms && x->at == y->at && strcmp(x->thread, y->thread) == 0 &&
         strcmp(x->beat, y->beat) == 0;
}

int room_accept_answer(Room *r, int i, const WsAnswer *a, char *out, size_t cap) {
  RSeat *seat = r->seats[i];
  if (r->stage == ROOM_LOBBY || r->stage == ROOM_ENDED) {
    return problem(out, cap, "an answer while the session is %s", r->stage == ROOM_LOBBY ? "in the lobby" : "over");
  }
  if (seat->have[a->seq - 1]) {
    if (same_answer(&seat->ans[a->seq - 1], a)) {
      return 1;
    }
    problem(out, cap, "answer %d differs from the one held: the first answer stands", a->seq);
    return -2;
  }
  if ((r->pace == WS_TOGETHER ? check_together(r, a, out, cap) : check_own(r, seat, a, out, cap)) != 0) {
    return -1;
  }
  seat->ans[a->seq - 1] = *a;
  seat->have[a->seq - 1] = 1;
  seat->n_answers++;
  seat->card_ok = 0;
  roomlog_answer(r, seat, a);
  return 0;
}

int room_accept_done(Room *r, int i, char *out, size_t cap) {
  RSeat *seat = r->seats[i];
  if (r->pace != WS_OWN_PACE || r->stage != ROOM_PLAYING) {
    return problem(out, cap, "done outside an own-pace play");
  }
  if (!seat->done) {
    seat->done = 1;
    roomlog_done(r, seat);
  }
  return 0;
}

/* --- the welcome's state ---------------------------------------------- */

int room_state_for(const Room *r, int i, WsState *out) {
  const RSeat *seat = r->seats[i];
  memset(out, 0, sizeof *out);
  out->phase = r->stage == ROOM_LOBBY ? WS_LOBBY : r->stage == ROOM_ENDED ? WS_ENDED : WS_PLAY;
  out->has_start = r->stage != ROOM_LOBBY;
  start_fields(r, &out->start);
  out->steps = r->n_steps ? malloc((size_t)r->n_steps * sizeof *out->steps) : NULL;
  out->mine = seat->n_answers ? malloc((size_t)seat->n_answers * sizeof *out->mine) : NULL;
  if ((r->n_steps && !out->steps) || (seat->n_answers && !out->mine)) {
    ws_state_free(out);
    return -1;
  }
  if (r->n_steps) {
    memcpy(out->steps, r->steps, (size_t)r->n_steps * sizeof *out->steps);
  }
  out->n_steps = r->n_steps;
  for (int k = 0; k < WS_MAX_STEPS; k++) {
    if (seat->have[k]) {
      out->mine[out->n_mine++] = seat->ans[k];
    }
  }
  if (r->stage == ROOM_OPEN) {
    out->has_open = 1;
    out->open = (WsDecisionRef){r->seq, "", ""};
    snprintf(out->open.thread, sizeof out->open.thread, "%s", r->s->threads[r->open.thread].id);
    snprintf(out->open.beat, sizeof out->open.beat, "%s", r->s->beats[r->open.beat].id);
  }
  return 0;
}
