/* wsplay.c — a participant's play rebuilt from the session's messages:
   the same code on the facilitator's side and the participant's, so both
   records of an attempt come out the same. */
#include "wsplay.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int wsplay_thread_index(const Scenario *s, const char *id) {
  for (int t = 0; t < s->n_threads; t++) {
    if (strcmp(s->threads[t].id, id) == 0) {
      return t;
    }
  }
  return -1;
}

const WsAnswer *wsplay_find_answer(const WsAnswer *mine, int n_mine, int seq) {
  for (int i = 0; i < n_mine; i++) {
    if (mine[i].seq == seq) {
      return &mine[i];
    }
  }
  return NULL;
}

/* The decision open in 'thread' of 'run' at 'beat': 1 and its Pending. */
static int open_at(const Run *run, int thread, int beat, Pending *out) {
  Pending p[SCN_MAX_THREADS];
  int n = run_pending(run, p, SCN_MAX_THREADS);
  for (int i = 0; i < n; i++) {
    if (p[i].thread == thread && p[i].beat == beat) {
      *out = p[i];
      return 1;
    }
  }
  return 0;
}

static int is_offered(const Pending *p, int choice) {
  for (int i = 0; i < p->n_offered; i++) {
    if (p->offered[i] == choice) {
      return 1;
    }
  }
  return 0;
}

static Run *new_run(const Scenario *s, uint64_t seed, int time_factor, char *err, size_t errlen) {
  RunOpts o = {seed, time_factor, 1};
  Run *run = run_new(s, &o);
  if (!run) {
    snprintf(err, errlen, "out of memory for a play");
    return NULL;
  }
  if (run_start(run) != RUN_OK) {
    snprintf(err, errlen, "%s", run_error(run) ? run_error(run) : "the play could not start");
    run_free(run);
    return NULL;
  }
  return run;
}

/* --- together ---------------------------------------------------------- */

int wsplay_together_step(Run *run, const WsStep *st, const WsAnswer *own, char *err, size_t errlen) {
  const Scenario *s = run_scenario(run);
  int t = wsplay_thread_index(s, st->thread), beat = scn_beat_index(s, st->beat);
  Pending p;
  if (t < 0 || beat < 0 || !open_at(run, t, beat, &p)) {
    snprintf(err, errlen, "decision %d (%s, %s) is not open in the story", st->seq, st->thread, st->beat);
    return -1;
  }
  int mine = own && own->choice > 0 ? own->choice - 1 : -1;
  if (!is_offered(&p, st->room - 1) || (mine >= 0 && !is_offered(&p, mine))) {
    snprintf(err, errlen, "decision %d: choice %d or %d is not offered", st->seq, st->room, mine + 1);
    return -1;
  }
  int rc = run_answer_room(run, t, mine, st->room - 1, mine >= 0 ? own->ms : st->ms);
  if (rc != RUN_OK) {
    snprintf(err, errlen, "decision %d: %s", st->seq, run_error(run) ? run_error(run) : "the story refused it");
    return -1;
  }
  return 0;
}

Run *wsplay_together(const Scenario *s, uint64_t seed, const WsStep *steps, int n_steps, const WsAnswer *mine,
                     int n_mine, char *err, size_t errlen) {
  Run *run = new_run(s, seed, 0, err, errlen);
  for (int i = 0; run && i < n_steps; i++) {
    if (wsplay_together_step(run, &steps[i], wsplay_find_answer(mine, n_mine, steps[i].seq), err, errlen) != 0) {
      run_free(run);
      run = NULL;
    }
  }
  return run;
}

int wsplay_together_records(const Run *run, const WsStep *steps, int n_steps, const WsAnswer *mine, int n_mine,
                            int time_factor, DecisionRecord out[RUN_MAX_DECISIONS]) {
  const Scenario *s = run_scenario(run);
  int n;
  const DecisionRecord *recs = run_records(run, &n);
  n = n < RUN_MAX_DECISIONS ? n : RUN_MAX_DECISIONS;
  memcpy(out, recs, (size_t)n * sizeof *out);
  /* the untimed story makes one record per step, in order */
  for (int i = 0; i < n && i < n_steps; i++) {
    const WsAnswer *own = wsplay_find_answer(mine, n_mine, steps[i].seq);
    const Decision *d = s->beats[out[i].beat].decision;
    if (own && own->choice > 0) {
      out[i].reaction_ms = own->ms;
    } else if (d->timeout_ms > 0) { /* as run.c counts a silence */
      out[i].reaction_ms = (int64_t)llround((double)d->timeout_ms * (time_factor ? time_factor : 1) / s->rate);
    } else {
      /* no answer where silence is no option: scored as the silence the
         scenario never offered (its ratings, usually the lowest) and as
         slow as counts (three times the target) */
      out[i].offered |= OFFERED_SILENCE;
      out[i].reaction_ms = (int64_t)llround(3000.0 * d->target_s);
    }
  }
  return n;
}

void wsplay_together_card(const Run *run, const WsStep *steps, int n_steps, const WsAnswer *mine, int n_mine,
                          int time_factor, ScoreCard *out) {
  DecisionRecord recs[RUN_MAX_DECISIONS];
  int n = wsplay_together_records(run, steps, n_steps, mine, n_mine, time_factor, recs);
  score_compute(run_scenario(run), recs, n, time_factor, out);
}

/* --- own pace ---------------------------------------------------------- */

Run *wsplay_own_new(const Scenario *s, uint64_t seed, int time_factor, char *err, size_t errlen) {
  return new_run(s, seed, time_factor, err, errlen);
}

/* Plays answer 'a' on 'c' once its decision is open: answer or silence. */
static int play_own(Run *c, const WsAnswer *a, int t, int beat, char *err, size_t errlen) {
  Pending p;
  if (!open_at(c, t, beat, &p)) {
    snprintf(err, errlen, "answer %d: decision (%s, %s) is not open in the replay", a->seq, a->thread, a->beat);
    return -1;
  }
  if (a->choice > 0 && !is_offered(&p, a->choice - 1)) {
    snprintf(err, errlen, "answer %d: choice %d is not offered at (%s, %s)", a->seq, a->choice, a->thread, a->beat);
    return -1;
  }
  int rc = a->choice > 0 ? run_answer(c, t, a->choice - 1, 0) : run_wait(c, t);
  if (rc == RUN_ERROR || rc == RUN_INVALID) {
    snprintf(err, errlen, "answer %d: %s", a->seq,
             run_error(c) ? run_error(c) : "silence is not possible at that decision");
    return -1;
  }
  return 0;
}

/* The latest "at" a replay goes to. The wire allows up to 2^53 - 1, but
   the run turns real ms into simulated ms by multiplying by the rate (up
   to 86,400), and adds delays to that: a quarter of the range keeps every
   sum in int64_t for any rate, still centuries of play. */
static int64_t max_at(const Scenario *s) {
  return INT64_MAX / 4 / (s->rate > 0 ? s->rate : 1);
}

/* Brings clone 'c' to the record of answer 'a' (the seq-th). */
static int replay_own(Run *c, const WsAnswer *a, char *err, size_t errlen) {
  const Scenario *s = run_scenario(c);
  int t = wsplay_thread_index(s, a->thread), beat = scn_beat_index(s, a->beat), n;
  if (t < 0 || beat < 0) {
    snprintf(err, errlen, "answer %d: no decision (%s, %s) in the scenario", a->seq, a->thread, a->beat);
    return -1;
  }
  run_records(c, &n);
  if (n < a->seq) { /* not yet played: a silence may already be there */
    if (a->at > max_at(s)) {
      snprintf(err, errlen, "answer %d: \"at\" %lld is past the longest play this scenario's clock can hold", a->seq,
               (long long)a->at);
      return -1;
    }
    if (a->at < run_real_ms(c)) {
      snprintf(err, errlen, "answer %d: \"at\" %lld is before the play's clock %lld", a->seq, (long long)a->at,
               (long long)run_real_ms(c));
      return -1;
    }
    if (run_advance(c, a->at - run_real_ms(c)) != RUN_OK) {
      snprintf(err, errlen, "answer %d: %s", a->seq, run_error(c) ? run_error(c) : "the play failed");
      return -1;
    }
    run_records(c, &n);
  }
  if (n < a->seq && play_own(c, a, t, beat, err, errlen) != 0) {
    return -1;
  }
  const DecisionRecord *recs = run_records(c, &n);
  if (n < a->seq || recs[a->seq - 1].thread != t || recs[a->seq - 1].beat != beat ||
      recs[a->seq - 1].choice != a->choice - 1) {
    snprintf(err, errlen, "answer %d does not fit the replay of the play", a->seq);
    return -1;
  }
  return 0;
}

int wsplay_own_apply(Run **run, const WsAnswer *a, char *err, size_t errlen) {
  Run *c = run_clone(*run);
  if (!c) {
    snprintf(err, errlen, "out of memory for a replay");
    return -1;
  }
  if (replay_own(c, a, err, errlen) != 0) {
    run_free(c);
    return -1;
  }
  run_free(*run);
  *run = c;
  return 0;
}

void wsplay_own_card(const Run *run, ScoreCard *out) {
  int n;
  const DecisionRecord *recs = run_records(run, &n);
  score_compute(run_scenario(run), recs, n, run_opts(run)->time_factor, out);
}

/* --- the record -------------------------------------------------------- */

int wsplay_attempt(const Run *run, const ScoreCard *card, const WsPlayMeta *m, Attempt *out, char *err,
                   size_t errlen) {
  AttemptMeta meta = {m->attempt, m->name, REC_WORKSHOP, m->sid, m->lang, m->started_ms, m->ended_ms};
  if (attempt_from_run(run, card, &meta, out, err, errlen) != 0) {
    return -1;
  }
  /* a together play is scored with the participant's own factor however
     long the room talked; its untimed story is the room's, not their timer */
  out->time_factor = m->time_factor;
  for (int i = 0; m->recs && i < out->n_decisions && i < m->n_recs; i++) {
    out->decisions[i].reaction_ms = m->recs[i].reaction_ms;
  }
  return 0;
}
