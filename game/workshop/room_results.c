/* room_results.c — what the session comes to: each seat's play rebuilt
   and scored, the room's results (axis means and bins, the most common
   mistakes with their principles), the end, and one record per seat in
   the facilitator's journal. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "journal.h"
#include "room_internal.h"

static int held_answers(const RSeat *seat, WsAnswer out[WS_MAX_STEPS]) {
  int n = 0;
  for (int k = 0; k < WS_MAX_STEPS; k++) {
    if (seat->have[k]) {
      out[n++] = seat->ans[k];
    }
  }
  return n;
}

Run *room_rebuild_seat(Room *r, int i, ScoreCard *card, DecisionRecord *recs, int *n_recs, char *err,
                       size_t errlen) {
  RSeat *seat = r->seats[i];
  Run *run;
  if (r->pace == WS_TOGETHER) {
    WsAnswer mine[WS_MAX_STEPS];
    int n = held_answers(seat, mine);
    run = wsplay_together(r->s, r->seed, r->steps, r->n_steps, mine, n, err, errlen);
    if (run) {
      *n_recs = wsplay_together_records(run, r->steps, r->n_steps, mine, n, seat->time_factor, recs);
      score_compute(r->s, recs, *n_recs, seat->time_factor, card);
    }
  } else {
    run = seat->own ? run_clone(seat->own) : wsplay_own_new(r->s, r->seed, seat->time_factor, err, errlen);
    if (run) {
      const DecisionRecord *own = run_records(run, n_recs);
      memcpy(recs, own, (size_t)*n_recs * sizeof *recs);
      wsplay_own_card(run, card);
    } else if (seat->own) {
      snprintf(err, errlen, "out of memory for a play");
    }
  }
  if (run) {
    seat->card = *card;
    seat->card_ok = 1;
  }
  return run;
}

void room_invalidate_cards(Room *r) {
  for (int i = 0; i < r->n_seats; i++) {
    r->seats[i]->card_ok = 0;
  }
}

const Run *room_seat_run(Room *r, int i, ScoreCard *card) {
  if (i < 0 || i >= r->n_seats) {
    return NULL;
  }
  DecisionRecord recs[RUN_MAX_DECISIONS];
  int n = 0;
  char err[512];
  run_free(r->scratch);
  r->scratch = room_rebuild_seat(r, i, card, recs, &n, err, sizeof err);
  if (!r->scratch) {
    room_fail(r, "%s", err);
  }
  return r->scratch;
}

/* --- the results ------------------------------------------------------- */

typedef struct Tally {
  int count, seq;
} Tally;

static void add_axes(WsResults *out, const ScoreCard *card, double sum[AXIS_COUNT]) {
  for (int a = 0; a < AXIS_COUNT; a++) {
    int bin = (int)(card->axis[a] / 20.0);
    out->axes[a].bins[bin < 0 ? 0 : bin >= WS_BINS ? WS_BINS - 1 : bin]++;
    sum[a] += card->axis[a];
  }
}

/* Each reply chosen that was not as good as the best, by beat and choice. */
static void add_mistakes(const Room *r, const DecisionRecord *recs, int n, const ScoreCard *card, Tally *tally) {
  for (int k = 0; k < n && k < card->n; k++) {
    if (recs[k].choice >= 0 && card->decisions[k].best != recs[k].choice) {
      Tally *t = &tally[recs[k].beat * SCN_MAX_CHOICES + recs[k].choice];
      int seq = r->pace == WS_TOGETHER && k < r->n_steps ? r->steps[k].seq : k + 1;
      t->seq = t->count == 0 || seq < t->seq ? seq : t->seq;
      t->count++;
    }
  }
}

static void fill_mistake(const Room *r, int key, const Tally *t, WsMistake *m) {
  const Scenario *s = r->s;
  const Choice *c = &s->beats[key / SCN_MAX_CHOICES].decision->choices[key % SCN_MAX_CHOICES];
  memset(m, 0, sizeof *m);
  m->seq = t->seq;
  snprintf(m->beat, sizeof m->beat, "%s", s->beats[key / SCN_MAX_CHOICES].id);
  m->choice = key % SCN_MAX_CHOICES + 1;
  m->count = t->count;
  for (int i = 0; i < c->n_tags && m->n_principles < WS_MAX_PRINCIPLES; i++) {
    snprintf(m->principles[m->n_principles++], WS_MAX_PRINCIPLE_ID, "%s", principles[c->tags[i]].id);
  }
}

/* The most common mistakes first; ties in the order of the play. Each
   one taken is cleared from 'tally'. */
static void top_mistakes(const Room *r, Tally *tally, int n_keys, WsResults *out) {
  while (out->n_mistakes < WS_MAX_MISTAKES) {
    int best = -1;
    for (int k = 0; k < n_keys; k++) {
      if (tally[k].count > 0 && (best < 0 || tally[k].count > tally[best].count ||
                                 (tally[k].count == tally[best].count && tally[k].seq < tally[best].seq))) {
        best = k;
      }
    }
    if (best < 0) {
      break;
    }
    fill_mistake(r, best, &tally[best], &out->mistakes[out->n_mistakes++]);
    tally[best].count = 0;
  }
}

void room_compute_results(Room *r, WsResults *out) {
  memset(out, 0, sizeof *out);
  out->seats = r->n_seats;
  int n_keys = r->s->n_beats * SCN_MAX_CHOICES, played = 0;
  Tally *tally = calloc((size_t)n_keys, sizeof *tally);
  double sum[AXIS_COUNT] = {0};
  for (int i = 0; i < r->n_seats; i++) {
    ScoreCard card;
    DecisionRecord recs[RUN_MAX_DECISIONS];
    int n = 0;
    char err[512];
    Run *run = room_rebuild_seat(r, i, &card, recs, &n, err, sizeof err);
    if (!run) {
      fprintf(stderr, "workshop: seat %d (%s): %s\n", i + 1, r->seats[i]->pid, err);
      continue;
    }
    out->finished += run_done(run) && !run_error(run);
    if (n > 0) { /* a seat that met no decision has no score to show */
      played++;
      add_axes(out, &card, sum);
      if (tally) {
        add_mistakes(r, recs, n, &card, tally);
      }
    }
    run_free(run);
  }
  for (int a = 0; a < AXIS_COUNT; a++) {
    out->axes[a].mean = played ? round(10.0 * sum[a] / played) / 10.0 : 0;
  }
  if (tally) {
    top_mistakes(r, tally, n_keys, out);
  }
  free(tally);
}

int room_results(Room *r, WsResults *out) {
  if (r->stage == ROOM_ENDED) {
    *out = r->results;
  } else {
    room_compute_results(r, out);
  }
  return 0;
}

/* --- the end and the records ------------------------------------------ */

static int write_record(Room *r, int i, int64_t ended_ms, char *err, size_t errlen) {
  const RSeat *seat = r->seats[i];
  ScoreCard card;
  DecisionRecord recs[RUN_MAX_DECISIONS];
  int n = 0;
  Run *run = room_rebuild_seat(r, i, &card, recs, &n, err, errlen);
  if (!run) {
    return -1;
  }
  WsPlayMeta m = {seat->attempt, seat->name, r->sid, r->lang, seat->joined_unix_ms, ended_ms,
                  r->pace == WS_TOGETHER ? recs : NULL, n, seat->time_factor};
  Attempt a;
  int rc = wsplay_attempt(run, &card, &m, &a, err, errlen);
  run_free(run);
  if (rc == 0) {
    rc = journal_append(r->data_dir, &a, err, errlen);
    attempt_clear(&a);
  }
  return rc;
}

static int journal_holds(const JournalRead *jr, const char *attempt) {
  for (int i = 0; i < jr->n; i++) {
    if (strcmp(jr->attempts[i].id, attempt) == 0) {
      return 1;
    }
  }
  return 0;
}

/* A seat whose attempt the journal holds already is skipped: a session
   resumed after a stop between its records and the log's end ends again. */
void room_write_records(Room *r) {
  int64_t now = attempt_now_ms();
  JournalRead jr = {0};
  char err[512];
  if (r->data_dir && journal_read(r->data_dir, &jr, NULL, err, sizeof err) != 0) {
    fprintf(stderr, "workshop: %s\n", err); /* then every record is written */
  }
  for (int i = 0; r->data_dir && i < r->n_seats; i++) {
    if (journal_holds(&jr, r->seats[i]->attempt)) {
      continue;
    }
    if (write_record(r, i, now, err, sizeof err) != 0) {
      fprintf(stderr, "workshop: the record of seat %d (%s) was not saved: %s\n", i + 1, r->seats[i]->pid, err);
      room_fail(r, "a record was not saved: %s", err);
    }
  }
  journal_read_free(&jr);
  r->recorded = 1;
}

int room_end(Room *r, int64_t now_ms) {
  (void)now_ms;
  if (r->stage == ROOM_ENDED) {
    room_fail(r, "the session is over already");
    return -1;
  }
  int played = r->stage != ROOM_LOBBY;
  r->stage = ROOM_ENDED;
  room_compute_results(r, &r->results);
  /* records before the log's end: a crash between the two resumes a
     session that is not over, rather than one whose records are lost */
  if (played && !r->replaying) {
    room_write_records(r);
  }
  roomlog_event(r, "end");
  room_broadcast(r, ws_build_end(&r->results));
  return 0;
}
