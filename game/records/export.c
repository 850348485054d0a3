/* export.c — the CSV table of attempts, and atomic export files */
#include "export.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "journal.h"
#include "xapi.h"

static const char *const columns[] = {"attempt_id",  "trainee",       "scenario", "title",     "mode",    "started",
                                      "ended",       "duration_s",    "finished", "outcome",   "empathy", "speed",
                                      "policy",      "overall",       "pass",     "pass_mark", "seed",    "lang",
                                      "time_factor", "scenario_hash", "session",  "decisions", "choices", NULL};

/* A growing text buffer; 'failed' sticks once memory runs out. */
typedef struct Buf {
  char *s;
  size_t len, cap;
  int failed;
} Buf;

static void put(Buf *b, const char *s, size_t n) {
  if (b->failed) {
    return;
  }
  if (b->len + n + 1 > b->cap) {
    size_t cap = (b->cap ? b->cap * 2 : 4096) + n;
    char *grown = realloc(b->s, cap);
    if (!grown) {
      b->failed = 1;
      return;
    }
    b->s = grown;
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void put_field(Buf *b, const char *s, int first) {
  if (!first) {
    put(b, ",", 1);
  }
  int formula = strchr("=+-@", s[0]) != NULL && s[0] != '\0';
  if (!strpbrk(s, ",\"\r\n") && !formula) {
    put(b, s, strlen(s));
    return;
  }
  put(b, "\"", 1);
  if (formula) {
    put(b, "'", 1);
  }
  for (const char *p = s; *p; p++) {
    put(b, p, 1);
    if (*p == '"') {
      put(b, "\"", 1);
    }
  }
  put(b, "\"", 1);
}

static void put_fmt(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put_fmt(Buf *b, const char *fmt, ...) {
  char tmp[64];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  put_field(b, tmp, 0);
}

/* "beat:choice@seconds" for each decision, ';' between: one cell. */
static void put_choices(Buf *b, const Attempt *a) {
  Buf cell = {0};
  for (int k = 0; k < a->n_decisions; k++) {
    char one[REC_MAX_ID + 48];
    const AttemptDecision *d = &a->decisions[k];
    snprintf(one, sizeof one, "%s%s:%d@%.1fs", k ? ";" : "", d->beat, d->choice, (double)d->reaction_ms / 1000.0);
    put(&cell, one, strlen(one));
  }
  b->failed |= cell.failed;
  put_field(b, cell.s ? cell.s : "", 0);
  free(cell.s);
}

static void put_row(Buf *b, const Attempt *a) {
  put_field(b, a->id, 1);
  put_field(b, a->trainee, 0);
  put_field(b, a->scenario, 0);
  put_field(b, a->title, 0);
  put_field(b, attempt_mode_names[a->mode], 0);
  put_field(b, a->started, 0);
  put_field(b, a->ended, 0);
  put_fmt(b, "%.1f", (double)a->real_ms / 1000.0);
  put_field(b, a->finished ? "yes" : "no", 0);
  put_field(b, a->outcome, 0);
  for (int k = 0; k < AXIS_COUNT; k++) {
    put_fmt(b, "%.1f", a->axis[k]);
  }
  put_fmt(b, "%.1f", a->overall);
  put_field(b, a->pass ? "yes" : "no", 0);
  put_fmt(b, "%g", a->pass_mark);
  put_fmt(b, "%" PRIu64, a->seed);
  put_field(b, a->lang, 0);
  put_fmt(b, "%d", a->time_factor);
  put_field(b, a->hash, 0);
  put_field(b, a->session, 0);
  put_fmt(b, "%d", a->n_decisions);
  put_choices(b, a);
  put(b, "\r\n", 2);
}

char *export_csv(const Attempt *a, int n) {
  Buf b = {0};
  for (int i = 0; columns[i]; i++) {
    put_field(&b, columns[i], i == 0);
  }
  put(&b, "\r\n", 2);
  for (int i = 0; i < n; i++) {
    put_row(&b, &a[i]);
  }
  if (b.failed) {
    free(b.s);
    return NULL;
  }
  return b.s;
}

int export_write(const char *path, const char *text, char *err, size_t errlen) {
  return journal_write_atomic(path, text, strlen(text), 0600, err, errlen);
}

/* "thickskin-20261201-185424" from the time, for the export file names. */
static void stamp(int64_t now_ms, char out[32]) {
  char iso[32];
  attempt_format_time(now_ms, iso); /* 2026-12-01T18:54:24.125Z */
  snprintf(out, 32, "thickskin-%.4s%.2s%.2s-%.2s%.2s%.2s", iso, iso + 5, iso + 8, iso + 11, iso + 14, iso + 17);
}

static int export_one(const char *path, char *text, const char *what, char *err, size_t errlen) {
  if (!text) {
    snprintf(err, errlen, "%s: out of memory building the %s export", path, what);
    return -1;
  }
  int rc = export_write(path, text, err, errlen);
  free(text);
  return rc;
}

int export_to_folder(const Attempt *a, int n, const char *folder, int64_t now_ms, char *csv_path, char *xapi_path,
                     size_t cap, char *err, size_t errlen) {
  char name[32];
  stamp(now_ms, name);
  int c = snprintf(csv_path, cap, "%s/%s.csv", folder, name);
  int x = snprintf(xapi_path, cap, "%s/%s.xapi.json", folder, name);
  if (c < 0 || x < 0 || (size_t)c >= cap || (size_t)x >= cap) {
    snprintf(err, errlen, "%s: the folder name is too long", folder);
    return -1;
  }
  if (export_one(csv_path, export_csv(a, n), "CSV", err, errlen) != 0) {
    return -1;
  }
  return export_one(xapi_path, xapi_export(a, n, NULL), "xAPI", err, errlen);
}
