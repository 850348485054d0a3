/* wsparse.c — one line of the workshop protocol into a WsMsg, each field
   checked for type and range. The first problem found is the reason
   given, naming the field, so a peer's author can fix it. */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "record.h"
#include "utf8.h"
#include "wsproto.h"

#define MAX_WIRE_INT 9007199254740991.0 /* 2^53 - 1: exact in a JSON number */

typedef struct Reader {
  char *err;
  size_t errlen;
  int failed;
} Reader;

static void complain(Reader *rd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void complain(Reader *rd, const char *fmt, ...) {
  if (rd->failed) {
    return; /* the first problem is the one reported */
  }
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(rd->err, rd->errlen, fmt, ap);
  va_end(ap);
  utf8_scrub(rd->err, '?'); /* it may quote the peer's bytes, and goes to a terminal */
  rd->failed = 1;
}

static const cJSON *field(const cJSON *o, const char *key) {
  return cJSON_GetObjectItemCaseSensitive(o, key);
}

/* An integer in lo..hi; 'dflt' when absent and not required. */
static int64_t get_int(Reader *rd, const cJSON *o, const char *key, double lo, double hi, int required,
                       int64_t dflt) {
  const cJSON *v = field(o, key);
  if (!v && !required) {
    return dflt;
  }
  if (!cJSON_IsNumber(v) || v->valuedouble != floor(v->valuedouble) || v->valuedouble < lo ||
      v->valuedouble > hi) {
    complain(rd, "\"%s\" must be an integer from %.0f to %.0f", key, lo, hi);
    return dflt;
  }
  return (int64_t)v->valuedouble;
}

/* A string of 'min'..cap-1 bytes of clean UTF-8 into 'out'. */
static void get_str(Reader *rd, const cJSON *o, const char *key, char *out, size_t cap, size_t min, int required) {
  const cJSON *v = field(o, key);
  out[0] = '\0';
  if (!v && !required) {
    return;
  }
  size_t n = cJSON_IsString(v) ? strlen(v->valuestring) : 0;
  if (!cJSON_IsString(v) || n < min || n >= cap) {
    complain(rd, "\"%s\" must be a string of %zu to %zu bytes", key, min, cap - 1);
  } else if (utf8_invalid_at(v->valuestring, n) != n || utf8_control_at(v->valuestring, n) != n) {
    complain(rd, "\"%s\" must be UTF-8 without control characters", key);
  } else {
    memcpy(out, v->valuestring, n + 1);
  }
}

static void get_id(Reader *rd, const cJSON *o, const char *key, char *out) {
  get_str(rd, o, key, out, WS_MAX_ID, 1, 1);
}

static void get_uuid(Reader *rd, const cJSON *o, const char *key, char *out, int required) {
  get_str(rd, o, key, out, WS_UUID_LEN + 1, 0, required);
  if (!rd->failed && (required || out[0]) && !attempt_is_uuid(out)) {
    complain(rd, "\"%s\" must be a UUID", key);
  }
}

/* One of the names of a NULL-terminated list: its index. */
static int get_enum(Reader *rd, const cJSON *o, const char *key, const char *const *names, const char *shown) {
  const cJSON *v = field(o, key);
  for (int i = 0; cJSON_IsString(v) && names[i]; i++) {
    if (strcmp(v->valuestring, names[i]) == 0) {
      return i;
    }
  }
  complain(rd, "\"%s\" must be one of %s", key, shown);
  return 0;
}

static const cJSON *get_object(Reader *rd, const cJSON *o, const char *key, int required) {
  const cJSON *v = field(o, key);
  if ((v || required) && !cJSON_IsObject(v)) {
    complain(rd, "\"%s\" must be an object", key);
    return NULL;
  }
  return v;
}

static const cJSON *get_array(Reader *rd, const cJSON *o, const char *key, int max) {
  const cJSON *v = field(o, key);
  if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) > max) {
    complain(rd, "\"%s\" must be an array of at most %d items", key, max);
    return NULL;
  }
  return v;
}

/* --- messages from a participant -------------------------------------- */

static void parse_hello(Reader *rd, const cJSON *o, WsMsg *m) {
  m->hello.v = (int)get_int(rd, o, "v", 1, 1000000, 1, 0);
  const cJSON *code = field(o, "code");
  if (!cJSON_IsString(code)) {
    complain(rd, "\"code\" must be a string");
  } else if (strlen(code->valuestring) == WS_CODE_LEN) {
    memcpy(m->hello.code, code->valuestring, WS_CODE_LEN + 1);
  } /* a code of another length is only a wrong code: refused as such */
  const cJSON *name = field(o, "name");
  if (!cJSON_IsString(name)) {
    complain(rd, "\"name\" must be a string");
  } else if (ws_name_check(name->valuestring, m->hello.name_problem, sizeof m->hello.name_problem) == 0) {
    memcpy(m->hello.name, name->valuestring, strlen(name->valuestring) + 1);
  }
  get_uuid(rd, o, "pid", m->hello.pid, 0);
  m->hello.time_factor = (int)get_int(rd, o, "time_factor", 0, WS_MAX_TIME_FACTOR, 0, 1);
}

static void parse_answer(Reader *rd, const cJSON *o, WsAnswer *a) {
  a->seq = (int)get_int(rd, o, "seq", 1, WS_MAX_STEPS, 1, 0);
  get_id(rd, o, "thread", a->thread);
  get_id(rd, o, "beat", a->beat);
  a->choice = (int)get_int(rd, o, "choice", 0, SCN_MAX_CHOICES, 1, 0);
  a->ms = get_int(rd, o, "ms", 0, MAX_WIRE_INT, 1, 0);
  a->at = get_int(rd, o, "at", 0, MAX_WIRE_INT, 0, 0);
}

static void parse_control(Reader *rd, const cJSON *o, WsMsg *m) {
  get_str(rd, o, "secret", m->control.secret, sizeof m->control.secret, 1, 1);
  m->control.what = (WsControlDo)get_enum(rd, o, "do", ws_control_names, "start, close, branch, continue, end");
  int branch = !rd->failed && m->control.what == WS_DO_BRANCH;
  m->control.choice = (int)get_int(rd, o, "choice", 1, SCN_MAX_CHOICES, branch, 0);
}

/* --- messages from the facilitator ------------------------------------ */

static void parse_start(Reader *rd, const cJSON *o, WsStart *s) {
  get_id(rd, o, "scenario", s->scenario);
  char hash[17];
  get_str(rd, o, "hash", hash, sizeof hash, 16, 1);
  for (int i = 0; !rd->failed && i < 16; i++) {
    if (!isxdigit((unsigned char)hash[i])) {
      complain(rd, "\"hash\" must be 16 hex digits");
    }
  }
  s->hash = rd->failed ? 0 : strtoull(hash, NULL, 16);
  s->seed = (uint64_t)get_int(rd, o, "seed", 0, MAX_WIRE_INT, 1, 0);
  s->pace = (WsPace)get_enum(rd, o, "pace", ws_pace_names, "together, own");
  get_str(rd, o, "lang", s->lang, sizeof s->lang, 2, 1);
}

static void parse_decision_ref(Reader *rd, const cJSON *o, WsDecisionRef *d) {
  d->seq = (int)get_int(rd, o, "seq", 1, WS_MAX_STEPS, 1, 0);
  get_id(rd, o, "thread", d->thread);
  get_id(rd, o, "beat", d->beat);
}

static void parse_step(Reader *rd, const cJSON *o, WsStep *s) {
  s->seq = (int)get_int(rd, o, "seq", 1, WS_MAX_STEPS, 1, 0);
  if (field(o, "thread")) { /* in "steps"; a "continue" names only its seq */
    get_id(rd, o, "thread", s->thread);
    get_id(rd, o, "beat", s->beat);
  }
  s->room = (int)get_int(rd, o, "room", 1, SCN_MAX_CHOICES, 1, 0);
  s->ms = get_int(rd, o, "ms", 0, MAX_WIRE_INT, 1, 0);
}

/* Each item of a list through 'one', into a malloc'd array. */
static void *parse_list(Reader *rd, const cJSON *list, size_t size, int *n,
                        void (*one)(Reader *, const cJSON *, void *)) {
  *n = 0;
  int count = list ? cJSON_GetArraySize(list) : 0;
  char *items = count > 0 ? calloc((size_t)count, size) : NULL;
  if (count > 0 && !items) {
    complain(rd, "out of memory");
    return NULL;
  }
  const cJSON *it;
  cJSON_ArrayForEach(it, list) {
    if (!cJSON_IsObject(it)) {
      complain(rd, "an item of a list must be an object");
    } else {
      one(rd, it, items + (size_t)*n * size);
    }
    (*n)++;
  }
  return items;
}

static void step_item(Reader *rd, const cJSON *o, void *out) {
  WsStep *s = out;
  if (!field(o, "thread")) {
    complain(rd, "\"thread\" must be a string of 1 to %d bytes", WS_MAX_ID - 1);
  }
  parse_step(rd, o, s);
}

static void answer_item(Reader *rd, const cJSON *o, void *out) {
  parse_answer(rd, o, out);
}

static void parse_state(Reader *rd, const cJSON *o, WsState *st) {
  st->phase = (WsPhase)get_enum(rd, o, "phase", ws_phase_names, "lobby, play, ended");
  const cJSON *start = get_object(rd, o, "start", 0);
  if (start) {
    st->has_start = 1;
    parse_start(rd, start, &st->start);
  }
  const cJSON *open = get_object(rd, o, "open", 0);
  if (open) {
    st->has_open = 1;
    parse_decision_ref(rd, open, &st->open);
  }
  const cJSON *steps = get_array(rd, o, "steps", WS_MAX_STEPS);
  st->steps = parse_list(rd, steps, sizeof *st->steps, &st->n_steps, step_item);
  const cJSON *mine = get_array(rd, o, "mine", WS_MAX_STEPS);
  st->mine = parse_list(rd, mine, sizeof *st->mine, &st->n_mine, answer_item);
}

static void parse_welcome(Reader *rd, const cJSON *o, WsMsg *m) {
  m->welcome.v = (int)get_int(rd, o, "v", 1, 1000000, 1, 0);
  get_uuid(rd, o, "sid", m->welcome.sid, 1);
  get_uuid(rd, o, "pid", m->welcome.pid, 1);
  get_uuid(rd, o, "attempt", m->welcome.attempt, 1);
  get_str(rd, o, "name", m->welcome.name, sizeof m->welcome.name, 1, 1);
  m->welcome.time_factor = (int)get_int(rd, o, "time_factor", 0, WS_MAX_TIME_FACTOR, 0, 1);
  const cJSON *state = get_object(rd, o, "state", 1);
  if (state) {
    parse_state(rd, state, &m->welcome.state);
  }
}

static void parse_reveal(Reader *rd, const cJSON *o, WsReveal *r) {
  r->seq = (int)get_int(rd, o, "seq", 1, WS_MAX_STEPS, 1, 0);
  const cJSON *counts = field(o, "counts");
  int n = cJSON_IsArray(counts) ? cJSON_GetArraySize(counts) : 0;
  if (n < 2 || n > SCN_MAX_CHOICES + 1) {
    complain(rd, "\"counts\" must be an array of 2 to %d integers", SCN_MAX_CHOICES + 1);
    return;
  }
  r->n_counts = n;
  for (int i = 0; i < n; i++) {
    const cJSON *c = cJSON_GetArrayItem(counts, i);
    if (!cJSON_IsNumber(c) || c->valuedouble != floor(c->valuedouble) || c->valuedouble < 0 ||
        c->valuedouble > 1e6) {
      complain(rd, "\"counts\" must hold integers from 0 to 1000000");
      return;
    }
    r->counts[i] = (int)c->valuedouble;
  }
  r->best = (int)get_int(rd, o, "best", 0, n - 1, 1, 0);
  r->room = (int)get_int(rd, o, "room", 1, n - 1, 1, 1);
}

static void parse_axis(Reader *rd, const cJSON *axes, Axis a, WsAxisResult *out) {
  const cJSON *o = get_object(rd, axes, axis_name(a), 1);
  if (!o) {
    return;
  }
  const cJSON *mean = field(o, "mean");
  if (!cJSON_IsNumber(mean) || !(mean->valuedouble >= 0 && mean->valuedouble <= 100)) {
    complain(rd, "\"mean\" of %s must be a number from 0 to 100", axis_name(a));
    return;
  }
  out->mean = mean->valuedouble;
  const cJSON *bins = field(o, "bins");
  if (!cJSON_IsArray(bins) || cJSON_GetArraySize(bins) != WS_BINS) {
    complain(rd, "\"bins\" of %s must be an array of %d integers", axis_name(a), WS_BINS);
    return;
  }
  for (int i = 0; i < WS_BINS; i++) {
    const cJSON *b = cJSON_GetArrayItem(bins, i);
    if (!cJSON_IsNumber(b) || b->valuedouble != floor(b->valuedouble) || b->valuedouble < 0 || b->valuedouble > 1e6) {
      complain(rd, "\"bins\" of %s must hold integers from 0 to 1000000", axis_name(a));
      return;
    }
    out->bins[i] = (int)b->valuedouble;
  }
}

static void parse_mistake(Reader *rd, const cJSON *o, WsMistake *m) {
  m->seq = (int)get_int(rd, o, "seq", 1, WS_MAX_STEPS, 1, 0);
  get_id(rd, o, "beat", m->beat);
  m->choice = (int)get_int(rd, o, "choice", 1, SCN_MAX_CHOICES, 1, 1);
  m->count = (int)get_int(rd, o, "count", 1, 1000000, 1, 1);
  const cJSON *list = get_array(rd, o, "principles", WS_MAX_PRINCIPLES);
  const cJSON *p;
  cJSON_ArrayForEach(p, list) {
    size_t n = cJSON_IsString(p) ? strlen(p->valuestring) : 0;
    if (n == 0 || n >= WS_MAX_PRINCIPLE_ID) {
      complain(rd, "\"principles\" must hold strings of 1 to %d bytes", WS_MAX_PRINCIPLE_ID - 1);
      return;
    }
    memcpy(m->principles[m->n_principles++], p->valuestring, n + 1);
  }
}

static void parse_results(Reader *rd, const cJSON *o, WsResults *r) {
  r->seats = (int)get_int(rd, o, "seats", 0, 1000000, 1, 0);
  r->finished = (int)get_int(rd, o, "finished", 0, r->seats, 1, 0);
  const cJSON *axes = get_object(rd, o, "axes", 1);
  for (int a = 0; axes && a < AXIS_COUNT; a++) {
    parse_axis(rd, axes, (Axis)a, &r->axes[a]);
  }
  const cJSON *list = get_array(rd, o, "mistakes", WS_MAX_MISTAKES);
  const cJSON *it;
  cJSON_ArrayForEach(it, list) {
    if (!cJSON_IsObject(it)) {
      complain(rd, "\"mistakes\" must hold objects");
      return;
    }
    parse_mistake(rd, it, &r->mistakes[r->n_mistakes++]);
  }
}

/* --- the line ---------------------------------------------------------- */

static void parse_fields(Reader *rd, const cJSON *o, WsMsg *m) {
  switch (m->t) {
  case WS_HELLO: parse_hello(rd, o, m); break;
  case WS_ANSWER: parse_answer(rd, o, &m->answer); break;
  case WS_DONE:
  case WS_PING: break;
  case WS_CONTROL: parse_control(rd, o, m); break;
  case WS_WELCOME: parse_welcome(rd, o, m); break;
  case WS_REFUSE:
    m->refuse.why = (WsRefuseWhy)get_enum(rd, o, "why", ws_refuse_names, "code, full, version, ended, name");
    get_str(rd, o, "msg", m->refuse.msg, sizeof m->refuse.msg, 0, 1);
    break;
  case WS_START: parse_start(rd, o, &m->start); break;
  case WS_OPEN: parse_decision_ref(rd, o, &m->open); break;
  case WS_COUNT:
    m->count.seq = (int)get_int(rd, o, "seq", 1, WS_MAX_STEPS, 1, 0);
    m->count.of = (int)get_int(rd, o, "of", 0, 1000000, 1, 0);
    m->count.answered = (int)get_int(rd, o, "answered", 0, 1000000, 1, 0);
    break;
  case WS_ACK: m->ack = (int)get_int(rd, o, "seq", 1, WS_MAX_STEPS, 1, 0); break;
  case WS_REVEAL: parse_reveal(rd, o, &m->reveal); break;
  case WS_CONTINUE: parse_step(rd, o, &m->cont); break;
  case WS_END: {
    const cJSON *res = get_object(rd, o, "results", 1);
    if (res) {
      parse_results(rd, res, &m->end);
    }
    break;
  }
  case WS_ERROR: get_str(rd, o, "msg", m->error, sizeof m->error, 0, 1); break;
  case WS_TYPE_COUNT: break;
  }
}

/* The message's type, if 'from' may send it. */
static int parse_type(Reader *rd, const cJSON *o, WsSide from) {
  const cJSON *t = field(o, "t");
  if (!cJSON_IsString(t)) {
    complain(rd, "\"t\" must be a string naming the message");
    return -1;
  }
  for (int i = 0; i < WS_TYPE_COUNT; i++) {
    if (strcmp(t->valuestring, ws_type_names[i]) == 0) {
      int from_participant = i <= WS_CONTROL;
      if (from_participant != (from == WS_FROM_PARTICIPANT)) {
        complain(rd, "\"%.32s\" is not a message the %s sends", t->valuestring,
                 from == WS_FROM_PARTICIPANT ? "participant" : "facilitator");
        return -1;
      }
      return i;
    }
  }
  complain(rd, "\"t\" is \"%.32s\", not a message of this protocol", t->valuestring);
  return -1;
}

int ws_parse(const char *line, size_t len, WsSide from, WsMsg *out, char *err, size_t errlen) {
  memset(out, 0, sizeof *out);
  Reader rd = {err, errlen, 0};
  if (memchr(line, '\0', len)) {
    complain(&rd, "not text (a NUL byte)");
    return -1;
  }
  const char *end = NULL;
  cJSON *o = cJSON_ParseWithLengthOpts(line, len, &end, 0);
  if (!o || !cJSON_IsObject(o)) {
    size_t at = end && end >= line ? (size_t)(end - line) : 0;
    if (o) {
      complain(&rd, "not a JSON object");
    } else {
      complain(&rd, "not valid JSON at byte %zu", at + 1);
    }
    cJSON_Delete(o);
    return -1;
  }
  for (; (size_t)(end - line) < len && isspace((unsigned char)*end); end++) {
  }
  if ((size_t)(end - line) < len) {
    complain(&rd, "text after the message at byte %zu", (size_t)(end - line) + 1);
  }
  int t = rd.failed ? -1 : parse_type(&rd, o, from);
  if (t >= 0) {
    out->t = (WsType)t;
    parse_fields(&rd, o, out);
  }
  cJSON_Delete(o);
  if (rd.failed) {
    ws_msg_free(out);
    return -1;
  }
  return 0;
}

void ws_state_free(WsState *s) {
  free(s->steps);
  free(s->mine);
  s->steps = NULL;
  s->mine = NULL;
  s->n_steps = s->n_mine = 0;
}

void ws_msg_free(WsMsg *m) {
  ws_state_free(&m->welcome.state);
}
