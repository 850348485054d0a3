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

#include "civil.h"
#include "records_internal.h"
#include "utf8.h"

const char *const attempt_mode_names[] = {"practice", "assessed", "onboarding", "case-study", "workshop", NULL};

int rec_fail(char *err, size_t errlen, const char *fmt, ...) {
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
    return rec_fail(err, errlen, "the trainee's name is longer than %d bytes", REC_MAX_TRAINEE - 1);
  }
  /* the name reaches terminals, CSV files and xAPI stores: accents are
     welcome, bytes that are not UTF-8 and control characters are not */
  size_t bad = utf8_invalid_at(s, n);
  if (bad < n) {
    return rec_fail(err, errlen, "the trainee's name is not UTF-8 text at byte %zu", bad + 1);
  }
  bad = utf8_control_at(s, n);
  if (bad < n) {
    return rec_fail(err, errlen, "the trainee's name has a control character at byte %zu", bad + 1);
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

/* The last millisecond of year 9999: past it the form has no room, and no
   clock a kiosk trusts reads it. */
#define LAST_FORMATTED_MS 253402300799999LL

void attempt_format_time(int64_t unix_ms, char out[32]) {
  unix_ms = unix_ms < 0 ? 0 : unix_ms > LAST_FORMATTED_MS ? LAST_FORMATTED_MS : unix_ms;
  time_t secs = (time_t)(unix_ms / 1000);
  struct tm tm;
  if (!gmtime_r(&secs, &tm)) {
    memset(&tm, 0, sizeof tm); /* cannot happen within the clamp; never print garbage */
    tm.tm_year = 70;
    tm.tm_mday = 1;
  }
  char buf[96]; /* room for any int the compiler can imagine; the clamp keeps the text within 24 bytes */
  snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
           tm.tm_hour, tm.tm_min, tm.tm_sec, (int)(unix_ms % 1000));
  snprintf(out, 32, "%.31s", buf);
}

int64_t attempt_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* 1 if s[0..n) are all ASCII digits (sscanf would also take signs and
   spaces). */
static int digits(const char *s, int n) {
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') {
      return 0;
    }
  }
  return 1;
}

static int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

int attempt_parse_time(const char *s, int64_t *unix_ms) {
  /* YYYY-MM-DDTHH:MM:SS, every digit where it belongs */
  if (strlen(s) < 20 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2) ||
      s[10] != 'T' || !digits(s + 11, 2) || s[13] != ':' || !digits(s + 14, 2) || s[16] != ':' || !digits(s + 17, 2)) {
    return -1;
  }
  int y = atoi(s), mo = atoi(s + 5), d = atoi(s + 8), h = atoi(s + 11), mi = atoi(s + 14), sec = atoi(s + 17);
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 60) {
    return -1;
  }
  const char *p = s + 19;
  int ms = 0, n = 0;
  if (*p == '.') {
    for (p++; isdigit((unsigned char)*p) && n < 3; p++, n++) {
      ms = ms * 10 + (*p - '0');
    }
    if (n == 0) {
      return -1;
    }
    for (int k = n; k < 3; k++) {
      ms *= 10;
    }
  }
  if (strcmp(p, "Z") != 0) {
    return -1;
  }
  int64_t days = civil_days(y, mo, d);
  *unix_ms = ((days * 24 + h) * 60 + mi) * 60000 + (int64_t)sec * 1000 + ms;
  return 0;
}

/* --- from a run ---------------------------------------------------------------- */

static int copy_id(char *dst, size_t cap, const char *src, const char *what, char *err, size_t errlen) {
  if (strlen(src) >= cap) {
    return rec_fail(err, errlen, "the %s '%.40s…' is longer than %zu bytes", what, src, cap - 1);
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
    return rec_fail(err, errlen, "out of memory");
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
    return rec_fail(err, errlen,
                    meta->id ? "the attempt id '%.40s' is not a UUID" : "no randomness for an attempt id%s",
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
  /* a scenario's title is not checked by its loader, and readers refuse a
     record with control characters: scrubbed, the attempt is still saved */
  utf8_scrub(out->title, ' ');
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
  char err[8];
  return rec_attempt_to_line(a, err, sizeof err);
}

char *rec_attempt_to_line(const Attempt *a, char *err, size_t errlen) {
  if ((unsigned)a->mode >= REC_MODE_COUNT) {
    rec_fail(err, errlen, "the record is invalid: mode %d is not an AttemptMode", (int)a->mode);
    return NULL;
  }
  cJSON *o = cJSON_CreateObject();
  if (!o) {
    rec_fail(err, errlen, "out of memory");
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
  if (!line) {
    rec_fail(err, errlen, "out of memory");
    return NULL;
  }
  /* a field dropped for lack of memory, or a value out of range, must not
     reach the journal: the line is read back as a reader would */
  Attempt check = {0};
  char why[160];
  if (attempt_parse(line, strlen(line) - 1, &check, why, sizeof why) != 0) {
    rec_fail(err, errlen, "the record is invalid: %s", why);
    free(line);
    return NULL;
  }
  attempt_clear(&check);
  return line;
}
