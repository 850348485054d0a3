/* record_parse.c — reading one journal line back into an Attempt. Every
   field is checked for type and range; the first problem found is the
   reason given, naming the field. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "record.h"
#include "text.h"

typedef struct Reader {
  const cJSON *obj;
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
  rd->failed = 1;
}

/* A string field into 'out'; 'allow_empty' for the optional ones. */
static void get_string(Reader *rd, const char *key, char *out, size_t cap, int required, int allow_empty) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(rd->obj, key);
  out[0] = '\0';
  if (!v && !required) {
    return;
  }
  if (!cJSON_IsString(v)) {
    complain(rd, v ? "'%s' is not a string" : "'%s' is missing", key);
  } else if (strlen(v->valuestring) >= cap) {
    complain(rd, "'%s' is longer than %zu bytes", key, cap - 1);
  } else if (!allow_empty && v->valuestring[0] == '\0') {
    complain(rd, "'%s' is empty", key);
  } else {
    memcpy(out, v->valuestring, strlen(v->valuestring) + 1);
  }
}

static double get_number(Reader *rd, const cJSON *obj, const char *key, double lo, double hi) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (!cJSON_IsNumber(v)) {
    complain(rd, v ? "'%s' is not a number" : "'%s' is missing", key);
    return lo;
  }
  if (!(v->valuedouble >= lo && v->valuedouble <= hi)) {
    complain(rd, "'%s' is %g, outside %g..%g", key, v->valuedouble, lo, hi);
    return lo;
  }
  return v->valuedouble;
}

static int get_integer(Reader *rd, const cJSON *obj, const char *key, double lo, double hi) {
  double v = get_number(rd, obj, key, lo, hi);
  if (v != floor(v)) {
    complain(rd, "'%s' is %g, not a whole number", key, v);
  }
  return (int)v;
}

static int get_bool(Reader *rd, const cJSON *obj, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (!cJSON_IsBool(v)) {
    complain(rd, v ? "'%s' is not true or false" : "'%s' is missing", key);
    return 0;
  }
  return cJSON_IsTrue(v);
}

static void check_fields(Reader *rd, const Attempt *a) {
  int64_t t0, t1;
  if (!attempt_is_uuid(a->id)) {
    complain(rd, "'id' is not a UUID");
  }
  if (strspn(a->hash, "0123456789abcdef") != 16 || a->hash[16]) {
    complain(rd, "'hash' is not 16 hexadecimal digits");
  }
  if (lang_from_code(a->lang) < 0) {
    complain(rd, "'lang' is not a known language code");
  }
  if (attempt_parse_time(a->started, &t0) != 0 || attempt_parse_time(a->ended, &t1) != 0) {
    complain(rd, "'started' or 'ended' is not a UTC time like 2026-12-01T18:54:24.125Z");
  } else if (t1 < t0) {
    complain(rd, "'ended' is before 'started'");
  }
  char name[REC_MAX_TRAINEE], why[96];
  if (attempt_trainee_name(a->trainee, name, sizeof name, why, sizeof why) != 0 || strcmp(name, a->trainee) != 0) {
    complain(rd, "'trainee' is not a stored name (blank, padded or with control characters)");
  }
}

static void get_mode_and_seed(Reader *rd, Attempt *a) {
  char mode[32], seed[32];
  get_string(rd, "mode", mode, sizeof mode, 1, 0);
  int m = name_index(attempt_mode_names, mode);
  if (!rd->failed && m < 0) {
    complain(rd, "'mode' is '%s', not one of practice, assessed, onboarding, case-study, workshop", mode);
  }
  a->mode = m < 0 ? REC_PRACTICE : (AttemptMode)m;
  get_string(rd, "seed", seed, sizeof seed, 1, 0);
  char *end;
  errno = 0;
  a->seed = strtoull(seed, &end, 10);
  if (!rd->failed && (!isdigit((unsigned char)seed[0]) || *end || errno)) {
    complain(rd, "'seed' is not a whole number written as a string");
  }
}

static void get_scores(Reader *rd, Attempt *a) {
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive(rd->obj, "scores");
  if (!cJSON_IsObject(sc)) {
    complain(rd, sc ? "'scores' is not an object" : "'scores' is missing");
    return;
  }
  for (int k = 0; k < AXIS_COUNT; k++) {
    a->axis[k] = get_number(rd, sc, axis_name((Axis)k), 0, 100);
  }
  a->overall = get_number(rd, sc, "overall", 0, 100);
  a->pass = get_bool(rd, sc, "pass");
  a->pass_mark = get_number(rd, sc, "pass_mark", 0, 100);
}

static void get_decision(Reader *rd, const cJSON *o, int i, AttemptDecision *d) {
  if (!cJSON_IsObject(o)) {
    complain(rd, "decision %d is not an object", i + 1);
    return;
  }
  Reader sub = {o, rd->err, rd->errlen, 0};
  get_string(&sub, "thread", d->thread, sizeof d->thread, 1, 0);
  get_string(&sub, "beat", d->beat, sizeof d->beat, 1, 0);
  d->choice = get_integer(&sub, o, "choice", 0, SCN_MAX_CHOICES);
  d->reaction_ms = get_integer(&sub, o, "reaction_ms", 0, 1e9);
  if (sub.failed) {
    char inner[160];
    snprintf(inner, sizeof inner, "%s", rd->err);
    complain(rd, "decision %d: %s", i + 1, inner);
  }
}

static void get_decisions(Reader *rd, Attempt *a) {
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(rd->obj, "decisions");
  int n = cJSON_GetArraySize(list);
  if (!cJSON_IsArray(list) || n > REC_MAX_DECISIONS) {
    complain(rd, !list                   ? "'decisions' is missing"
                 : n > REC_MAX_DECISIONS ? "'decisions' has more than 64 entries"
                                         : "'decisions' is not a list");
    return;
  }
  a->decisions = n > 0 ? calloc((size_t)n, sizeof *a->decisions) : NULL;
  if (n > 0 && !a->decisions) {
    complain(rd, "out of memory");
    return;
  }
  a->n_decisions = n;
  int i = 0;
  for (const cJSON *o = list->child; o && !rd->failed; o = o->next, i++) {
    get_decision(rd, o, i, &a->decisions[i]);
  }
}

static void get_attempt(Reader *rd, Attempt *a) {
  int v = get_integer(rd, rd->obj, "v", 1, 1e9);
  if (!rd->failed && v > REC_FORMAT) {
    complain(rd, "written in record format %d; this version reads format %d", v, REC_FORMAT);
  }
  get_string(rd, "id", a->id, sizeof a->id, 1, 0);
  get_string(rd, "trainee", a->trainee, sizeof a->trainee, 1, 0);
  get_string(rd, "scenario", a->scenario, sizeof a->scenario, 1, 0);
  get_string(rd, "title", a->title, sizeof a->title, 0, 1);
  get_string(rd, "hash", a->hash, sizeof a->hash, 1, 0);
  get_mode_and_seed(rd, a);
  get_string(rd, "lang", a->lang, sizeof a->lang, 1, 0);
  a->time_factor = get_integer(rd, rd->obj, "time_factor", 0, 10);
  get_string(rd, "session", a->session, sizeof a->session, 0, 0);
  get_string(rd, "started", a->started, sizeof a->started, 1, 0);
  get_string(rd, "ended", a->ended, sizeof a->ended, 1, 0);
  a->real_ms = (int64_t)get_number(rd, rd->obj, "real_ms", 0, 1e12);
  a->finished = get_bool(rd, rd->obj, "finished");
  get_string(rd, "outcome", a->outcome, sizeof a->outcome, 1, 1);
  if (!rd->failed && a->outcome[0] && name_index(outcome_names, a->outcome) < 0) {
    complain(rd, "'outcome' is '%s', not a known outcome", a->outcome);
  }
  get_scores(rd, a);
  if (!rd->failed) {
    check_fields(rd, a);
  }
  if (!rd->failed) {
    get_decisions(rd, a);
  }
}

int attempt_parse(const char *line, size_t len, Attempt *out, char *err, size_t errlen) {
  memset(out, 0, sizeof *out);
  if (memchr(line, '\0', len)) {
    snprintf(err, errlen, "not text (a NUL byte)");
    return -1;
  }
  const char *end = NULL;
  cJSON *obj = cJSON_ParseWithLengthOpts(line, len, &end, 0);
  if (!obj || !cJSON_IsObject(obj)) {
    size_t at = end && end >= line ? (size_t)(end - line) : 0;
    snprintf(err, errlen, obj ? "not a JSON object" : "not valid JSON at byte %zu", at + 1);
    cJSON_Delete(obj);
    return -1;
  }
  for (; end && (size_t)(end - line) < len && isspace((unsigned char)*end); end++) {
  }
  Reader rd = {obj, err, errlen, 0};
  if (end && (size_t)(end - line) < len) {
    complain(&rd, "text after the record at byte %zu", (size_t)(end - line) + 1);
  }
  get_attempt(&rd, out);
  cJSON_Delete(obj);
  if (rd.failed) {
    attempt_clear(out);
    return -1;
  }
  return 0;
}
