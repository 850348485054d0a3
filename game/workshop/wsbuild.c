/* wsbuild.c — every message of the workshop protocol as one JSON line
   (cJSON), ready to send: malloc'd, ending in '\n'. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "wsproto.h"

/* A new object with its "t". */
static cJSON *message(WsType t) {
  cJSON *o = cJSON_CreateObject();
  if (o && !cJSON_AddStringToObject(o, "t", ws_type_names[t])) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

/* The object as one line with its '\n' (consumes 'o'); NULL when out of
   memory, or when a field could not be added ('ok' false). */
static char *finish(cJSON *o, int ok) {
  char *text = ok && o ? cJSON_PrintUnformatted(o) : NULL;
  cJSON_Delete(o);
  if (!text) {
    return NULL;
  }
  size_t n = strlen(text);
  char *line = malloc(n + 2);
  if (line) {
    memcpy(line, text, n);
    line[n] = '\n';
    line[n + 1] = '\0';
  }
  cJSON_free(text);
  return line;
}

static int add_num(cJSON *o, const char *key, double v) {
  return cJSON_AddNumberToObject(o, key, v) != NULL;
}

static int add_str(cJSON *o, const char *key, const char *v) {
  return cJSON_AddStringToObject(o, key, v) != NULL;
}

static int add_answer_fields(cJSON *o, const WsAnswer *a) {
  return add_num(o, "seq", a->seq) && add_str(o, "thread", a->thread) && add_str(o, "beat", a->beat) &&
         add_num(o, "choice", a->choice) && add_num(o, "ms", (double)a->ms) && add_num(o, "at", (double)a->at);
}

static int add_ref_fields(cJSON *o, const WsDecisionRef *d) {
  return add_num(o, "seq", d->seq) && add_str(o, "thread", d->thread) && add_str(o, "beat", d->beat);
}

static int add_step_fields(cJSON *o, const WsStep *s) {
  int ok = add_num(o, "seq", s->seq);
  if (ok && s->thread[0]) {
    ok = add_str(o, "thread", s->thread) && add_str(o, "beat", s->beat);
  }
  return ok && add_num(o, "room", s->room) && add_num(o, "ms", (double)s->ms);
}

static int add_start_fields(cJSON *o, const WsStart *s) {
  char hash[17];
  snprintf(hash, sizeof hash, "%016" PRIx64, s->hash);
  return add_str(o, "scenario", s->scenario) && add_str(o, "hash", hash) && add_num(o, "seed", (double)s->seed) &&
         add_str(o, "pace", ws_pace_names[s->pace]) && add_str(o, "lang", s->lang);
}

/* --- from a participant ------------------------------------------------ */

char *ws_build_hello(const char *code, const char *name, const char *pid, int time_factor) {
  cJSON *o = message(WS_HELLO);
  int ok = o && add_num(o, "v", WS_VERSION) && add_str(o, "code", code) && add_str(o, "name", name);
  if (ok && pid && pid[0]) {
    ok = add_str(o, "pid", pid);
  }
  if (ok && time_factor != 1) {
    ok = add_num(o, "time_factor", time_factor);
  }
  return finish(o, ok);
}

char *ws_build_answer(const WsAnswer *a) {
  cJSON *o = message(WS_ANSWER);
  return finish(o, o && add_answer_fields(o, a));
}

char *ws_build_done(void) {
  cJSON *o = message(WS_DONE);
  return finish(o, o != NULL);
}

char *ws_build_ping(void) {
  cJSON *o = message(WS_PING);
  return finish(o, o != NULL);
}

char *ws_build_control(const char *secret, WsControlDo what, int choice) {
  cJSON *o = message(WS_CONTROL);
  int ok = o && add_str(o, "secret", secret) && add_str(o, "do", ws_control_names[what]);
  if (ok && what == WS_DO_BRANCH) {
    ok = add_num(o, "choice", choice);
  }
  return finish(o, ok);
}

/* --- from the facilitator ---------------------------------------------- */

static cJSON *state_json(const WsState *st) {
  cJSON *o = cJSON_CreateObject();
  int ok = o && add_str(o, "phase", ws_phase_names[st->phase]);
  if (ok && st->has_start) {
    cJSON *start = cJSON_AddObjectToObject(o, "start");
    ok = start && add_start_fields(start, &st->start);
  }
  cJSON *steps = ok ? cJSON_AddArrayToObject(o, "steps") : NULL;
  ok = steps != NULL;
  for (int i = 0; ok && i < st->n_steps; i++) {
    cJSON *s = cJSON_CreateObject();
    ok = s && cJSON_AddItemToArray(steps, s) && add_step_fields(s, &st->steps[i]);
  }
  if (ok && st->has_open) {
    cJSON *open = cJSON_AddObjectToObject(o, "open");
    ok = open && add_ref_fields(open, &st->open);
  }
  cJSON *mine = ok ? cJSON_AddArrayToObject(o, "mine") : NULL;
  ok = mine != NULL;
  for (int i = 0; ok && i < st->n_mine; i++) {
    cJSON *a = cJSON_CreateObject();
    ok = a && cJSON_AddItemToArray(mine, a) && add_answer_fields(a, &st->mine[i]);
  }
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

char *ws_build_welcome(const char *sid, const char *pid, const char *attempt, const char *name, int time_factor,
                       const WsState *state) {
  cJSON *o = message(WS_WELCOME);
  int ok = o && add_num(o, "v", WS_VERSION) && add_str(o, "sid", sid) && add_str(o, "pid", pid) &&
           add_str(o, "attempt", attempt) && add_str(o, "name", name) && add_num(o, "time_factor", time_factor);
  cJSON *st = ok ? state_json(state) : NULL;
  ok = st && cJSON_AddItemToObject(o, "state", st);
  if (!ok) {
    cJSON_Delete(st);
  }
  return finish(o, ok);
}

char *ws_build_refuse(WsRefuseWhy why, const char *msg) {
  cJSON *o = message(WS_REFUSE);
  return finish(o, o && add_str(o, "why", ws_refuse_names[why]) && add_str(o, "msg", msg));
}

char *ws_build_start(const WsStart *s) {
  cJSON *o = message(WS_START);
  return finish(o, o && add_start_fields(o, s));
}

char *ws_build_open(const WsDecisionRef *d) {
  cJSON *o = message(WS_OPEN);
  return finish(o, o && add_ref_fields(o, d));
}

char *ws_build_count(int seq, int answered, int of) {
  cJSON *o = message(WS_COUNT);
  return finish(o, o && add_num(o, "seq", seq) && add_num(o, "answered", answered) && add_num(o, "of", of));
}

char *ws_build_ack(int seq) {
  cJSON *o = message(WS_ACK);
  return finish(o, o && add_num(o, "seq", seq));
}

char *ws_build_reveal(const WsReveal *r) {
  cJSON *o = message(WS_REVEAL);
  int ok = o && add_num(o, "seq", r->seq);
  cJSON *counts = ok ? cJSON_CreateIntArray(r->counts, r->n_counts) : NULL;
  ok = counts && cJSON_AddItemToObject(o, "counts", counts);
  if (!ok) {
    cJSON_Delete(counts);
  }
  return finish(o, ok && add_num(o, "best", r->best) && add_num(o, "room", r->room));
}

char *ws_build_continue(const WsStep *s) {
  cJSON *o = message(WS_CONTINUE);
  return finish(o, o && add_step_fields(o, s));
}

char *ws_build_error(const char *msg) {
  cJSON *o = message(WS_ERROR);
  return finish(o, o && add_str(o, "msg", msg));
}

/* --- results ----------------------------------------------------------- */

static cJSON *mistake_json(const WsMistake *m) {
  cJSON *o = cJSON_CreateObject();
  int ok = o && add_num(o, "seq", m->seq) && add_str(o, "beat", m->beat) && add_num(o, "choice", m->choice) &&
           add_num(o, "count", m->count);
  cJSON *list = ok ? cJSON_AddArrayToObject(o, "principles") : NULL;
  ok = list != NULL;
  for (int i = 0; ok && i < m->n_principles; i++) {
    cJSON *p = cJSON_CreateString(m->principles[i]);
    ok = p && cJSON_AddItemToArray(list, p);
  }
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

cJSON *ws_results_json(const WsResults *r) {
  cJSON *o = cJSON_CreateObject();
  int ok = o && add_num(o, "seats", r->seats) && add_num(o, "finished", r->finished);
  cJSON *axes = ok ? cJSON_AddObjectToObject(o, "axes") : NULL;
  ok = axes != NULL;
  for (int a = 0; ok && a < AXIS_COUNT; a++) {
    cJSON *ax = cJSON_AddObjectToObject(axes, axis_name((Axis)a));
    cJSON *bins = ax ? cJSON_CreateIntArray(r->axes[a].bins, WS_BINS) : NULL;
    ok = bins && add_num(ax, "mean", r->axes[a].mean) && cJSON_AddItemToObject(ax, "bins", bins);
    if (!ok) {
      cJSON_Delete(bins);
    }
  }
  cJSON *list = ok ? cJSON_AddArrayToObject(o, "mistakes") : NULL;
  ok = list != NULL;
  for (int i = 0; ok && i < r->n_mistakes; i++) {
    cJSON *m = mistake_json(&r->mistakes[i]);
    ok = m && cJSON_AddItemToArray(list, m);
  }
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

char *ws_build_end(const WsResults *r) {
  cJSON *o = message(WS_END);
  cJSON *res = o ? ws_results_json(r) : NULL;
  int ok = res && cJSON_AddItemToObject(o, "results", res);
  if (!ok) {
    cJSON_Delete(res);
  }
  return finish(o, ok);
}
