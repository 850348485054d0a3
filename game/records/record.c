/* record.c — an attempt: built from a run, written as one JSON line, and
   read back with every field checked, so that a damaged line is refused
   with a reason instead of half-read. */
#define _DEFAULT_SOURCE
#include "record.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <time.h>

#include <cjson/cJSON.h>

const char *const attempt_mode_names[] = {"practice", "assessed", "onboarding", "case-study", "workshop", NULL};

static int fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(char *err, size_t errlen, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err, errlen, fmt, ap);
  va_end(ap);
  return -1;
}

static double round1(double v) {
  return round(v * 10.0) / 10.0;
}

/* --- names, ids and times --------------------------------------------------- */

int attempt_trainee_name(const char *typed, char *out, size_t outlen, char *err, size_t errlen) {
  const char *s = typed ? typed : "";
  while (*s == ' ' || *s == '\t') {
    s++;
  }
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) {
    n--;
  }
  if (n == 0) {
    snprintf(out, outlen, "%s", REC_GUEST);
    return 0;
  }
  if (n >= outlen || n >= REC_MAX_TRAINEE) {
    return fail(err, errlen, "the trainee's name is longer than %d bytes", REC_MAX_TRAINEE - 1);
  }
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) {
      return fail(err, errlen, "the trainee's name has a control character at byte %zu", i + 1);
    }
  }
  memcpy(out, s, n);
  out[n] = '\0';
  return 0;
}

int attempt_is_trainee(const Attempt *a, const char *trainee) {
  char name[REC_MAX_TRAINEE], err[8];
  if (attempt_trainee_name(trainee, name, sizeof name, err, sizeof err) != 0) {
    return 0;
  }
  return strcasecmp(a->trainee, name) == 0;
}

int attempt_new_id(char out[37]) {
  unsigned char b[16];
  size_t got = 0;
  while (got < sizeof b) {
    ssize_t n = getrandom(b + got, sizeof b - got, 0);
    if (n < 0 && errno != EINTR) {
      return -1;
    }
    got += n > 0 ? (size_t)n : 0;
  }
  b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4 */
  b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
  snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3],
           b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  return 0;
}

int attempt_is_uuid(const char *s) {
  static const char shape[] = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
  if (strlen(s) != sizeof shape - 1) {
    return 0;
  }
  for (size_t i = 0; shape[i]; i++) {
    if (shape[i] == '-' ? s[i] != '-' : !isxdigit((unsigned char)s[i])) {
      return 0;
    }
  }
  return strchr("89abAB", s[19]) != NULL;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's method). */
static int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void attempt_format_time(int64_t unix_ms, char out[32]) {
  if (unix_ms < 0) {
    unix_ms = 0;
  }
  time_t secs = (time_t)(unix_ms / 1000);
  struct tm tm;
  char buf[96];
  gmtime_r(&secs, &tm);
  snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
           tm.tm_hour, tm.tm_min, tm.tm_sec, (int)(unix_ms % 1000));
  size_t n = strlen(buf) < 31 ? strlen(buf) : 31; /* years past 9999 are not times a kiosk records */
  memcpy(out, buf, n);
  out[n] = '\0';
}

int64_t attempt_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int attempt_parse_time(const char *s, int64_t *unix_ms) {
  int y, mo, d, h, mi, sec, used = 0;
  if (strlen(s) < 20 || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &used) != 6 || used != 19) {
    return -1;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 || y < 1970) {
    return -1;
  }
  const char *p = s + 19;
  int ms = 0, digits = 0;
  if (*p == '.') {
    for (p++; isdigit((unsigned char)*p) && digits < 3; p++, digits++) {
      ms = ms * 10 + (*p - '0');
    }
    if (digits == 0) {
      return -1;
    }
    for (int k = digits; k < 3; k++) {
      ms *= 10;
    }
  }
  if (strcmp(p, "Z") != 0) {
    return -1;
  }
  int64_t days = days_from_civil(y, mo, d);
  *unix_ms = ((days * 24 + h) * 60 + mi) * 60000 + (int64_t)sec * 1000 + ms;
  return 0;
}

/* --- from a run ---------------------------------------------------------------- */

static int copy_id(char *dst, size_t cap, const char *src, const char *what, char *err, size_t errlen) {
  if (strlen(src) >= cap) {
    return fail(err, errlen, "the %s '%.40s…' is longer than %zu bytes", what, src, cap - 1);
  }
  snprintf(dst, cap, "%s", src);
  return 0;
}

static int fill_decisions(const Run *r, Attempt *out, char *err, size_t errlen) {
  const Scenario *s = run_scenario(r);
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  if (n > REC_MAX_DECISIONS) {
    n = REC_MAX_DECISIONS;
  }
  out->decisions = n > 0 ? calloc((size_t)n, sizeof *out->decisions) : NULL;
  if (n > 0 && !out->decisions) {
    return fail(err, errlen, "out of memory");
  }
  out->n_decisions = n;
  for (int i = 0; i < n; i++) {
    AttemptDecision *d = &out->decisions[i];
    if (copy_id(d->thread, sizeof d->thread, s->threads[recs[i].thread].id, "thread id", err, errlen) != 0 ||
        copy_id(d->beat, sizeof d->beat, s->beats[recs[i].beat].id, "beat id", err, errlen) != 0) {
      return -1;
    }
    d->choice = recs[i].choice + 1;
    d->reaction_ms = recs[i].reaction_ms;
  }
  return 0;
}

static void fill_scores(const Run *r, const ScoreCard *card, Attempt *out) {
  const Scenario *s = run_scenario(r);
  for (int a = 0; a < AXIS_COUNT; a++) {
    out->axis[a] = round1(card->axis[a]);
  }
  out->overall = round1(card->overall);
  out->pass = card->pass && run_done(r);
  out->pass_mark = s->pass_mark;
  out->finished = run_done(r) && !run_error(r);
  int ending = run_ending_beat(r);
  snprintf(out->outcome, sizeof out->outcome, "%s", ending >= 0 ? outcome_names[s->beats[ending].ending->outcome] : "");
}

int attempt_from_run(const Run *r, const ScoreCard *card, const AttemptMeta *meta, Attempt *out, char *err,
                     size_t errlen) {
  const Scenario *s = run_scenario(r);
  memset(out, 0, sizeof *out);
  if (meta->id ? !attempt_is_uuid(meta->id) : attempt_new_id(out->id) != 0) {
    return fail(err, errlen, meta->id ? "the attempt id '%.40s' is not a UUID" : "no randomness for an attempt id%s",
                meta->id ? meta->id : "");
  }
  if (meta->id) {
    snprintf(out->id, sizeof out->id, "%s", meta->id);
  }
  int lang = text_has(&s->title, meta->lang) ? meta->lang : s->lang;
  if (attempt_trainee_name(meta->trainee, out->trainee, sizeof out->trainee, err, errlen) != 0 ||
      copy_id(out->scenario, sizeof out->scenario, s->id, "scenario id", err, errlen) != 0 ||
      copy_id(out->session, sizeof out->session, meta->session ? meta->session : "", "session id", err, errlen) != 0) {
    return -1;
  }
  /* a long title is only for display: cut it at a character boundary */
  snprintf(out->title, sizeof out->title, "%s", text_get(&s->title, lang, s->lang));
  for (size_t k = strlen(out->title); k > 0 && ((unsigned char)out->title[k - 1] & 0xc0) == 0x80;) {
    out->title[--k] = '\0';
  }
  snprintf(out->hash, sizeof out->hash, "%016" PRIx64, s->hash);
  snprintf(out->lang, sizeof out->lang, "%s",
           lang_code(meta->lang >= 0 && meta->lang < LANG_COUNT ? meta->lang : lang));
  out->mode = meta->mode;
  out->seed = run_opts(r)->seed;
  out->time_factor = run_opts(r)->time_factor;
  attempt_format_time(meta->started_ms, out->started);
  /* a wall clock stepped back during the play must not make the record
     unreadable (readers refuse an end before the start) */
  attempt_format_time(meta->ended_ms < meta->started_ms ? meta->started_ms : meta->ended_ms, out->ended);
  out->real_ms = run_real_ms(r);
  fill_scores(r, card, out);
  if (fill_decisions(r, out, err, errlen) != 0) {
    attempt_clear(out);
    return -1;
  }
  return 0;
}

void attempt_clear(Attempt *a) {
  free(a->decisions);
  memset(a, 0, sizeof *a);
}

int attempt_copy(Attempt *dst, const Attempt *src) {
  *dst = *src;
  dst->decisions = NULL;
  if (src->n_decisions > 0) {
    dst->decisions = malloc((size_t)src->n_decisions * sizeof *dst->decisions);
    if (!dst->decisions) {
      dst->n_decisions = 0;
      return -1;
    }
    memcpy(dst->decisions, src->decisions, (size_t)src->n_decisions * sizeof *dst->decisions);
  }
  return 0;
}

/* --- to a line ---------------------------------------------------------------- */

static cJSON *decisions_json(const Attempt *a) {
  cJSON *list = cJSON_CreateArray();
  for (int i = 0; list && i < a->n_decisions; i++) {
    const AttemptDecision *d = &a->decisions[i];
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddItemToArray(list, o)) {
      cJSON_Delete(o);
      cJSON_Delete(list);
      return NULL;
    }
    cJSON_AddStringToObject(o, "thread", d->thread);
    cJSON_AddStringToObject(o, "beat", d->beat);
    cJSON_AddNumberToObject(o, "choice", d->choice);
    cJSON_AddNumberToObject(o, "reaction_ms", (double)d->reaction_ms);
  }
  return list;
}

static cJSON *scores_json(const Attempt *a) {
  cJSON *o = cJSON_CreateObject();
  for (int k = 0; o && k < AXIS_COUNT; k++) {
    cJSON_AddNumberToObject(o, axis_name((Axis)k), a->axis[k]);
  }
  cJSON_AddNumberToObject(o, "overall", a->overall);
  cJSON_AddBoolToObject(o, "pass", a->pass);
  cJSON_AddNumberToObject(o, "pass_mark", a->pass_mark);
  return o;
}

char *attempt_to_line(const Attempt *a) {
  cJSON *o = cJSON_CreateObject();
  if (!o) {
    return NULL;
  }
  char seed[24];
  snprintf(seed, sizeof seed, "%" PRIu64, a->seed);
  cJSON_AddNumberToObject(o, "v", REC_FORMAT);
  cJSON_AddStringToObject(o, "id", a->id);
  cJSON_AddStringToObject(o, "trainee", a->trainee);
  cJSON_AddStringToObject(o, "scenario", a->scenario);
  cJSON_AddStringToObject(o, "title", a->title);
  cJSON_AddStringToObject(o, "hash", a->hash);
  cJSON_AddStringToObject(o, "mode", attempt_mode_names[a->mode]);
  cJSON_AddStringToObject(o, "seed", seed);
  cJSON_AddStringToObject(o, "lang", a->lang);
  cJSON_AddNumberToObject(o, "time_factor", a->time_factor);
  if (a->session[0]) {
    cJSON_AddStringToObject(o, "session", a->session);
  }
  cJSON_AddStringToObject(o, "started", a->started);
  cJSON_AddStringToObject(o, "ended", a->ended);
  cJSON_AddNumberToObject(o, "real_ms", (double)a->real_ms);
  cJSON_AddBoolToObject(o, "finished", a->finished);
  cJSON_AddStringToObject(o, "outcome", a->outcome);
  cJSON_AddItemToObject(o, "scores", scores_json(a));
  cJSON_AddItemToObject(o, "decisions", decisions_json(a));
  char *json = cJSON_PrintUnformatted(o);
  cJSON_Delete(o);
  char *line = json ? malloc(strlen(json) + 2) : NULL;
  if (line) {
    sprintf(line, "%s\n", json);
  }
  cJSON_free(json);
  /* a field dropped for lack of memory, or a value out of range, must not
     reach the journal: the line is read back as a reader would */
  Attempt check = {0};
  char err[8];
  if (line && attempt_parse(line, strlen(line) - 1, &check, err, sizeof err) != 0) {
    free(line);
    return NULL;
  }
  attempt_clear(&check);
  return line;
}
