/* playctl.c — driving a Run with real time from the kiosk */
#include "playctl.h"

#include <string.h>

static void note_events(PlayCtl *p, int64_t now_ms, int *added) {
  int n;
  run_events(p->run, &n);
  for (; p->n_shown < n && p->n_shown < RUN_MAX_EVENTS; p->n_shown++) {
    p->shown_at_ms[p->n_shown] = now_ms;
    (*added)++;
  }
}

static void rescore(PlayCtl *p) {
  int n;
  const DecisionRecord *recs = run_records(p->run, &n);
  score_compute(p->s, recs, n, p->time_factor, &p->card);
}

int play_start(PlayCtl *p, const Scenario *s, int lang, int time_factor, uint64_t seed, int64_t now_ms) {
  play_end(p);
  RunOpts o = {.seed = seed, .time_factor = time_factor, .record_events = 1};
  p->s = s;
  p->lang = lang;
  p->time_factor = time_factor;
  p->seed = seed;
  p->last_ms = now_ms;
  p->last_record = -1;
  p->run = run_new(s, &o);
  if (!p->run) {
    return -1;
  }
  int added = 0;
  int rc = run_start(p->run);
  note_events(p, now_ms, &added);
  rescore(p);
  p->view_thread = 0;
  int other = play_other_pending(p, -1);
  if (other >= 0) {
    p->view_thread = other;
  }
  return rc == RUN_OK ? 0 : -1;
}

static int64_t take_elapsed(PlayCtl *p, int64_t now_ms) {
  int64_t ms = p->paused || now_ms < p->last_ms ? 0 : now_ms - p->last_ms;
  p->last_ms = now_ms;
  return ms;
}

int play_tick(PlayCtl *p, int64_t now_ms) {
  if (!p->run || p->paused || run_done(p->run) || run_error(p->run)) {
    return 0;
  }
  int added = 0;
  run_advance(p->run, take_elapsed(p, now_ms));
  note_events(p, now_ms, &added);
  if (added) {
    rescore(p);
  }
  return added;
}

static void snapshot_moods(PlayCtl *p) {
  for (int i = 0; i < p->s->n_personas && i < SCN_MAX_PERSONAS; i++) {
    p->mood_before[i] = run_mood(p->run, i);
  }
}

static int after_move(PlayCtl *p, int rc, int64_t now_ms) {
  int added = 0, n;
  note_events(p, now_ms, &added);
  run_records(p->run, &n);
  p->last_status = rc;
  p->last_record = rc == RUN_OK || rc == RUN_TIMED_OUT ? n - 1 : -1;
  rescore(p);
  return rc;
}

int play_answer(PlayCtl *p, int thread, int k, int64_t now_ms) {
  Pending d;
  if (!p->run || !play_pending(p, thread, &d) || k < 0 || k >= d.n_offered) {
    return RUN_INVALID;
  }
  snapshot_moods(p);
  int rc = run_answer(p->run, thread, d.offered[k], take_elapsed(p, now_ms));
  return after_move(p, rc, now_ms);
}

int play_silence(PlayCtl *p, int thread, int64_t now_ms) {
  if (!p->run) {
    return RUN_INVALID;
  }
  snapshot_moods(p);
  /* the time read so far counts before the story skips ahead */
  run_advance(p->run, take_elapsed(p, now_ms));
  int rc = run_wait(p->run, thread);
  return after_move(p, rc, now_ms);
}

void play_pause(PlayCtl *p, int64_t now_ms) {
  if (p->run && !p->paused) {
    play_tick(p, now_ms);
    p->paused = 1;
  }
}

void play_resume(PlayCtl *p, int64_t now_ms) {
  if (p->paused) {
    p->paused = 0;
    p->last_ms = now_ms;
  }
}

void play_end(PlayCtl *p) {
  run_free(p->run);
  memset(p, 0, sizeof *p);
  p->last_record = -1;
}

const Pending *play_pending(const PlayCtl *p, int thread, Pending *out) {
  Pending all[SCN_MAX_THREADS];
  int n = p->run ? run_pending(p->run, all, SCN_MAX_THREADS) : 0;
  for (int i = 0; i < n; i++) {
    if (all[i].thread == thread) {
      *out = all[i];
      return out;
    }
  }
  return NULL;
}

int play_other_pending(const PlayCtl *p, int thread) {
  Pending all[SCN_MAX_THREADS];
  int n = p->run ? run_pending(p->run, all, SCN_MAX_THREADS) : 0;
  for (int i = 0; i < n; i++) {
    if (all[i].thread != thread) {
      return all[i].thread;
    }
  }
  return -1;
}

double play_decision_age(const PlayCtl *p, const Pending *d, int64_t now_ms) {
  int64_t pending_ms = p->paused || now_ms < p->last_ms ? 0 : now_ms - p->last_ms;
  return (double)(run_real_ms(p->run) + pending_ms - d->opened_real_ms) / 1000.0;
}

/* The persona who posted most in the thread; on a tie, the one who spoke first. */
int play_main_persona(const PlayCtl *p, int thread) {
  return play_main_persona_in(p, thread, RUN_MAX_EVENTS);
}

int play_main_persona_in(const PlayCtl *p, int thread, int n_events) {
  int n = 0, counts[SCN_MAX_PERSONAS] = {0}, first[SCN_MAX_PERSONAS];
  const RunEvent *ev = p->run ? run_events(p->run, &n) : NULL;
  n = ev && n > n_events ? n_events : n;
  int best = SCN_BRAND;
  for (int i = 0; ev && i < n; i++) {
    if (ev[i].kind != EV_POST || ev[i].thread != thread) {
      continue;
    }
    int who = p->s->beats[ev[i].beat].posts[ev[i].index].persona;
    if (who < 0 || who >= SCN_MAX_PERSONAS) {
      continue;
    }
    if (counts[who]++ == 0) {
      first[who] = i;
    }
    if (best == SCN_BRAND || counts[who] > counts[best] || (counts[who] == counts[best] && first[who] < first[best])) {
      best = who;
    }
  }
  return best;
}
