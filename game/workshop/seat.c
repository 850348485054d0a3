/* seat.c — a participant's side of a workshop: joining and rejoining,
   answers kept until acknowledged and resent after every welcome, the
   play rebuilt from the room's steps (together) or replayed from its own
   reports (own pace), and what the screens show. No sockets. */
#include "seat.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "journal.h"
#include "wsplay.h"

struct Seat {
  char name[WS_MAX_NAME + 1], code[WS_CODE_LEN + 1];
  char pid[WS_UUID_LEN + 1], attempt[WS_UUID_LEN + 1], sid[WS_UUID_LEN + 1];
  WsFindFn find;
  void *find_ctx;
  SeatSendFn send;
  void *send_ctx;
  int connected, joined;
  int welcomed; /* this connection's welcome came: answers may go out */
  int time_factor; /* asked for in hello; then as the welcome says */

  WsPhase phase;
  int has_start;
  WsStart start;
  const Scenario *s; /* not owned: the finder's */
  WsStep steps[WS_MAX_STEPS];
  int n_steps;
  int has_open;
  WsDecisionRef open;

  WsAnswer ans[WS_MAX_STEPS]; /* by seq - 1 */
  unsigned char have[WS_MAX_STEPS], acked[WS_MAX_STEPS];
  int n_answers;
  int done; /* own pace: the play ended */

  Run *run; /* owned */
  ScoreCard card;
  int count_ok, answered, of;
  int has_reveal;
  WsReveal reveal;
  int has_results;
  WsResults results;
  WsRefuseWhy refusal;
  char error[WS_MAX_MSG + 128];
  int recorded;
};

static int seat_fail(Seat *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int seat_fail(Seat *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(s->error, sizeof s->error, fmt, ap);
  va_end(ap);
  return -1;
}

/* Sends 'line' (consumed) if connected. */
static void send_line(Seat *s, char *line) {
  if (line && s->connected) {
    s->send(s->send_ctx, line);
  }
  free(line);
}

/* An answer or a done goes out only once this connection is welcomed:
   sent between the hello and the welcome it would overtake the resend of
   earlier answers, and the room refuses an own-pace answer out of order.
   Held back, it goes out with that resend, in order. */
static void send_after_welcome(Seat *s, char *line) {
  if (s->welcomed) {
    send_line(s, line);
  } else {
    free(line);
  }
}

Seat *seat_new(const SeatOpts *o, char *err, size_t errlen) {
  if (ws_name_check(o->name, err, errlen) != 0) {
    return NULL;
  }
  if (!o->find || !o->send || (o->pid && o->pid[0] && !attempt_is_uuid(o->pid))) {
    snprintf(err, errlen, "a seat needs a scenario finder, a send callback and a pid that is a UUID");
    return NULL;
  }
  if (o->time_factor < 0 || o->time_factor > WS_MAX_TIME_FACTOR) {
    snprintf(err, errlen, "the time factor %d is not from 0 to %d", o->time_factor, WS_MAX_TIME_FACTOR);
    return NULL;
  }
  Seat *s = calloc(1, sizeof *s);
  if (!s) {
    snprintf(err, errlen, "out of memory for a seat");
    return NULL;
  }
  snprintf(s->name, sizeof s->name, "%s", o->name);
  snprintf(s->code, sizeof s->code, "%s", o->code ? o->code : "");
  snprintf(s->pid, sizeof s->pid, "%s", o->pid ? o->pid : "");
  s->find = o->find;
  s->find_ctx = o->find_ctx;
  s->send = o->send;
  s->send_ctx = o->send_ctx;
  s->time_factor = o->time_factor;
  return s;
}

void seat_free(Seat *s) {
  if (s) {
    run_free(s->run);
    free(s);
  }
}

int seat_connected(Seat *s) {
  s->connected = 1;
  s->welcomed = 0;
  char *hello = ws_build_hello(s->code, s->name, s->pid, s->time_factor);
  if (!hello) {
    return seat_fail(s, "out of memory for a hello");
  }
  send_line(s, hello);
  return 0;
}

void seat_disconnected(Seat *s) {
  s->connected = 0;
  s->welcomed = 0;
}

/* --- the play ---------------------------------------------------------- */

static int collect(const Seat *s, WsAnswer out[WS_MAX_STEPS]) {
  int n = 0;
  for (int k = 0; k < WS_MAX_STEPS; k++) {
    if (s->have[k]) {
      out[n++] = s->ans[k];
    }
  }
  return n;
}

static void update_card(Seat *s) {
  WsAnswer mine[WS_MAX_STEPS];
  int n = collect(s, mine);
  if (!s->run) {
    return;
  }
  if (s->start.pace == WS_TOGETHER) {
    wsplay_together_card(s->run, s->steps, s->n_steps, mine, n, s->time_factor, &s->card);
  } else {
    wsplay_own_card(s->run, &s->card);
  }
}

/* The play from scratch: the room's steps with this participant's answers
   (together), or its answers replayed in order (own pace). */
static int rebuild(Seat *s) {
  char err[512];
  run_free(s->run);
  s->run = NULL;
  if (!s->has_start || !s->s) {
    return 0;
  }
  WsAnswer mine[WS_MAX_STEPS];
  int n = collect(s, mine);
  if (s->start.pace == WS_TOGETHER) {
    s->run = wsplay_together(s->s, s->start.seed, s->steps, s->n_steps, mine, n, err, sizeof err);
  } else if ((s->run = wsplay_own_new(s->s, s->start.seed, s->time_factor, err, sizeof err))) {
    for (int i = 0; i < n && s->run; i++) {
      if (mine[i].seq != i + 1 || wsplay_own_apply(&s->run, &mine[i], err, sizeof err) != 0) {
        run_free(s->run);
        s->run = NULL;
      }
    }
  }
  if (!s->run) {
    return seat_fail(s, "the play cannot be rebuilt: %s", err);
  }
  update_card(s);
  return 0;
}

/* The scenario a start names, at the version it names. */
static int take_start(Seat *s, const WsStart *st) {
  s->start = *st;
  s->has_start = 1;
  s->s = s->find(s->find_ctx, st->scenario, st->hash);
  if (!s->s) {
    seat_fail(s, "the scenario '%.100s' (version %016llx) is not on this machine", st->scenario,
              (unsigned long long)st->hash);
    return SEAT_EV_MISSING;
  }
  return rebuild(s) == 0 ? 0 : -1;
}

/* --- welcome ----------------------------------------------------------- */

/* The facilitator's answers win over any local one for the same seq, and
   it holds only those: any other is sent again (even one acknowledged
   before, which a facilitator resumed from a damaged log may have lost). */
static void merge_mine(Seat *s, const WsState *st) {
  memset(s->acked, 0, sizeof s->acked);
  if (st->phase == WS_ENDED) { /* records are written: only what it holds counted */
    memset(s->have, 0, sizeof s->have);
    s->n_answers = 0;
  }
  for (int i = 0; i < st->n_mine; i++) {
    const WsAnswer *a = &st->mine[i];
    if (!s->have[a->seq - 1]) {
      s->n_answers++;
    }
    s->ans[a->seq - 1] = *a;
    s->have[a->seq - 1] = s->acked[a->seq - 1] = 1;
  }
}

static void resend_unacked(Seat *s) {
  if (s->phase == WS_ENDED) {
    return;
  }
  for (int k = 0; k < WS_MAX_STEPS; k++) {
    if (s->have[k] && !s->acked[k]) {
      send_line(s, ws_build_answer(&s->ans[k]));
    }
  }
  if (s->done && s->start.pace == WS_OWN_PACE) {
    send_line(s, ws_build_done());
  }
}

static int on_welcome(Seat *s, const WsMsg *m) {
  const WsState *st = &m->welcome.state;
  if (s->joined && strcmp(s->sid, m->welcome.sid) != 0) {
    return seat_fail(s, "a welcome to another session");
  }
  snprintf(s->sid, sizeof s->sid, "%s", m->welcome.sid);
  snprintf(s->pid, sizeof s->pid, "%s", m->welcome.pid);
  snprintf(s->attempt, sizeof s->attempt, "%s", m->welcome.attempt);
  snprintf(s->name, sizeof s->name, "%s", m->welcome.name);
  /* the facilitator scores the seat with the factor it holds; the play
     here must be timed the same, or the replays go apart */
  s->time_factor = m->welcome.time_factor;
  s->joined = 1;
  s->phase = st->phase;
  if (st->n_steps > 0) {
    memcpy(s->steps, st->steps, (size_t)st->n_steps * sizeof *s->steps);
  }
  s->n_steps = st->n_steps;
  s->has_open = st->has_open;
  s->open = st->open;
  s->has_reveal = s->count_ok = 0; /* a count or a reveal follows when there is one */
  merge_mine(s, st);
  int rc = st->has_start ? take_start(s, &st->start) : 0;
  if (rc != 0) {
    return rc;
  }
  s->welcomed = 1;
  resend_unacked(s);
  return SEAT_EV_WELCOME;
}

/* --- the other messages ------------------------------------------------- */

static int on_start(Seat *s, const WsStart *st) {
  s->phase = WS_PLAY;
  s->n_steps = 0;
  s->has_open = 0;
  int rc = take_start(s, st);
  return rc != 0 ? rc : SEAT_EV_STARTED;
}

static int on_open(Seat *s, const WsDecisionRef *d) {
  if (d->seq != s->n_steps + 1) {
    return seat_fail(s, "decision %d opened after %d steps", d->seq, s->n_steps);
  }
  s->open = *d;
  s->has_open = 1;
  s->has_reveal = 0;
  s->count_ok = 0;
  return SEAT_EV_OPENED;
}

static int on_continue(Seat *s, const WsStep *step) {
  char err[512];
  /* a continue names its decision; without it, the one last opened */
  int named = step->thread[0] != '\0';
  if (step->seq != s->n_steps + 1 || (!named && step->seq != s->open.seq) || !s->run) {
    return seat_fail(s, "continue %d does not follow %d steps", step->seq, s->n_steps);
  }
  WsStep *st = &s->steps[s->n_steps++];
  *st = *step;
  if (!named) {
    snprintf(st->thread, sizeof st->thread, "%s", s->open.thread);
    snprintf(st->beat, sizeof st->beat, "%s", s->open.beat);
  }
  s->has_open = 0;
  const WsAnswer *own = s->have[st->seq - 1] ? &s->ans[st->seq - 1] : NULL;
  if (wsplay_together_step(s->run, st, own, err, sizeof err) != 0) {
    return seat_fail(s, "the story cannot go on: %s", err);
  }
  update_card(s);
  return SEAT_EV_CONTINUED;
}

/* The room acknowledges an answer before it ends, on the same connection,
   and a welcome lists what it held from earlier ones: an answer still
   unacknowledged at the end crossed it and is refused, so it is dropped
   here too, and both records hold the same answers. */
static int on_end(Seat *s, const WsResults *results) {
  int dropped = 0;
  for (int k = 0; k < WS_MAX_STEPS; k++) {
    if (s->have[k] && !s->acked[k]) {
      s->have[k] = 0;
      s->n_answers--;
      dropped = 1;
    }
  }
  s->results = *results;
  s->has_results = 1;
  s->phase = WS_ENDED;
  s->has_open = 0;
  if (dropped && rebuild(s) != 0) {
    return -1;
  }
  return SEAT_EV_ENDED;
}

static int on_message(Seat *s, const WsMsg *m) {
  switch (m->t) {
  case WS_WELCOME: return on_welcome(s, m);
  case WS_REFUSE:
    s->refusal = m->refuse.why;
    snprintf(s->error, sizeof s->error, "%s", m->refuse.msg);
    return SEAT_EV_REFUSED;
  case WS_START: return on_start(s, &m->start);
  case WS_OPEN: return on_open(s, &m->open);
  case WS_COUNT:
    s->count_ok = 1;
    s->answered = m->count.answered;
    s->of = m->count.of;
    return SEAT_EV_COUNT;
  case WS_ACK:
    s->acked[m->ack - 1] = s->have[m->ack - 1];
    return SEAT_EV_NONE;
  case WS_REVEAL:
    s->reveal = m->reveal;
    s->has_reveal = 1;
    s->has_open = 0;
    return SEAT_EV_REVEALED;
  case WS_CONTINUE: return on_continue(s, &m->cont);
  case WS_END: return on_end(s, &m->end);
  case WS_ERROR: snprintf(s->error, sizeof s->error, "%s", m->error); return SEAT_EV_ERROR;
  default: return seat_fail(s, "a message the facilitator does not send");
  }
}

int seat_receive(Seat *s, const char *line, size_t len, int64_t now_ms) {
  (void)now_ms;
  WsMsg m;
  char err[WS_MAX_MSG];
  if (ws_parse(line, len, WS_FROM_FACILITATOR, &m, err, sizeof err) != 0) {
    return seat_fail(s, "the facilitator sent a bad line: %s", err);
  }
  int rc = on_message(s, &m);
  ws_msg_free(&m);
  return rc;
}

/* --- answering ---------------------------------------------------------- */

/* Keeps answer 'a' until acknowledged, and sends it now if connected. */
static void keep_and_send(Seat *s, const WsAnswer *a) {
  s->ans[a->seq - 1] = *a;
  s->have[a->seq - 1] = 1;
  s->acked[a->seq - 1] = 0;
  s->n_answers++;
  send_after_welcome(s, ws_build_answer(a));
}

int seat_answer(Seat *s, int choice, int64_t reaction_ms) {
  Pending p;
  if (s->start.pace != WS_TOGETHER || !s->has_open || !s->run || s->have[s->open.seq - 1]) {
    return seat_fail(s, "no decision is open to answer");
  }
  if (!seat_open(s, NULL, &p) || choice < 0 || choice > SCN_MAX_CHOICES) {
    return seat_fail(s, "the open decision is not in the story");
  }
  const Decision *d = s->s->beats[p.beat].decision;
  int offered = choice == 0 ? d->timeout_ms > 0 : 0;
  for (int k = 0; choice > 0 && k < p.n_offered; k++) {
    offered |= p.offered[k] == choice - 1;
  }
  if (!offered) {
    return seat_fail(s, "choice %d is not offered", choice);
  }
  WsAnswer a = {s->open.seq, "", "", choice, reaction_ms < 0 ? 0 : reaction_ms, 0};
  snprintf(a.thread, sizeof a.thread, "%s", s->open.thread);
  snprintf(a.beat, sizeof a.beat, "%s", s->open.beat);
  keep_and_send(s, &a);
  update_card(s);
  return 0;
}

int seat_report(Seat *s, int thread, int beat, int choice, int64_t ms, int64_t at) {
  char err[512];
  if (s->start.pace != WS_OWN_PACE || !s->run || s->done || s->n_answers >= WS_MAX_STEPS) {
    return seat_fail(s, "no own-pace play to report on");
  }
  if (thread < 0 || thread >= s->s->n_threads || beat < 0 || beat >= s->s->n_beats) {
    return seat_fail(s, "no such thread or beat");
  }
  WsAnswer a = {s->n_answers + 1, "", "", choice, ms < 0 ? 0 : ms, at};
  snprintf(a.thread, sizeof a.thread, "%s", s->s->threads[thread].id);
  snprintf(a.beat, sizeof a.beat, "%s", s->s->beats[beat].id);
  if (wsplay_own_apply(&s->run, &a, err, sizeof err) != 0) {
    return seat_fail(s, "%s", err);
  }
  keep_and_send(s, &a);
  update_card(s);
  return 0;
}

int seat_done(Seat *s) {
  if (s->start.pace != WS_OWN_PACE || !s->has_start) {
    return seat_fail(s, "no own-pace play to end");
  }
  s->done = 1;
  send_after_welcome(s, ws_build_done());
  return 0;
}

/* --- what to show ------------------------------------------------------- */

int seat_joined(const Seat *s) {
  return s->joined;
}
const char *seat_pid(const Seat *s) {
  return s->pid;
}
const char *seat_attempt(const Seat *s) {
  return s->attempt;
}
const char *seat_sid(const Seat *s) {
  return s->sid;
}
const char *seat_name(const Seat *s) {
  return s->name;
}
int seat_time_factor(const Seat *s) {
  return s->time_factor;
}
WsPhase seat_phase(const Seat *s) {
  return s->phase;
}
const WsStart *seat_start(const Seat *s) {
  return s->has_start ? &s->start : NULL;
}
const Scenario *seat_scenario(const Seat *s) {
  return s->has_start ? s->s : NULL;
}
const Run *seat_run(const Seat *s) {
  return s->run;
}
const ScoreCard *seat_card(const Seat *s) {
  return s->run ? &s->card : NULL;
}
const WsReveal *seat_reveal(const Seat *s) {
  return s->has_reveal ? &s->reveal : NULL;
}
const WsResults *seat_results(const Seat *s) {
  return s->has_results ? &s->results : NULL;
}
const char *seat_error(const Seat *s) {
  return s->error;
}
WsRefuseWhy seat_refusal(const Seat *s) {
  return s->refusal;
}

int seat_open(const Seat *s, WsDecisionRef *ref, Pending *out) {
  if (!s->has_open || !s->run) {
    return 0;
  }
  int t = wsplay_thread_index(s->s, s->open.thread), beat = scn_beat_index(s->s, s->open.beat);
  Pending p[SCN_MAX_THREADS];
  int n = run_pending(s->run, p, SCN_MAX_THREADS);
  for (int i = 0; i < n; i++) {
    if (p[i].thread == t && p[i].beat == beat) {
      if (ref) {
        *ref = s->open;
      }
      *out = p[i];
      return 1;
    }
  }
  return 0;
}

int seat_my_choice(const Seat *s, int seq) {
  return seq >= 1 && seq <= WS_MAX_STEPS && s->have[seq - 1] ? s->ans[seq - 1].choice : -1;
}

int seat_count(const Seat *s, int *answered, int *of) {
  *answered = s->answered;
  *of = s->of;
  return s->count_ok;
}

int seat_unacked(const Seat *s) {
  int n = 0;
  for (int k = 0; k < WS_MAX_STEPS; k++) {
    n += s->have[k] && !s->acked[k];
  }
  return n;
}

/* --- the record --------------------------------------------------------- */

int seat_attempt_build(const Seat *s, int64_t started_ms, int64_t ended_ms, Attempt *out, char *err,
                       size_t errlen) {
  if (!s->run || !s->joined) {
    snprintf(err, errlen, "no play to record");
    return -1;
  }
  WsAnswer mine[WS_MAX_STEPS];
  DecisionRecord recs[RUN_MAX_DECISIONS];
  int n = collect(s, mine), n_recs = 0;
  if (s->start.pace == WS_TOGETHER) {
    n_recs = wsplay_together_records(s->run, s->steps, s->n_steps, mine, n, s->time_factor, recs);
  }
  int lang = lang_from_code(s->start.lang);
  WsPlayMeta m = {s->attempt, s->name, s->sid, lang >= 0 ? lang : s->s->lang, started_ms, ended_ms,
                  s->start.pace == WS_TOGETHER ? recs : NULL, n_recs, s->time_factor};
  return wsplay_attempt(s->run, &s->card, &m, out, err, errlen);
}

int seat_record(Seat *s, const char *data_dir, int64_t started_ms, int64_t ended_ms, char *err, size_t errlen) {
  if (s->recorded) {
    return 0;
  }
  Attempt a;
  if (seat_attempt_build(s, started_ms, ended_ms, &a, err, errlen) != 0) {
    return -1;
  }
  int rc = journal_append(data_dir, &a, err, errlen);
  attempt_clear(&a);
  s->recorded = rc == 0;
  return rc;
}
