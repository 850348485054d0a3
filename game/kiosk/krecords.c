/* krecords.c — the data folder, the onboarding track, recording each
   attempt, and the trainee's own view of their records. The admin's part
   is in krec_admin.c. */
#define _POSIX_C_SOURCE 200809L
#include "krecords.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int find_item(const Catalog *cat, const char *id) {
  for (int i = 0; i < cat->n; i++) {
    if (cat->items[i].s && strcmp(cat->items[i].s->id, id) == 0) {
      return i;
    }
  }
  return -1;
}

/* The problems of a track that would not load, one per line (malloc'd). */
static char *join_diag(const Diag *d, const char *fallback) {
  size_t len = strlen(fallback) + 2;
  for (int i = 0; i < d->count; i++) {
    len += strlen(d->items[i].msg) + 1;
  }
  char *out = calloc(1, len);
  if (!out) {
    return NULL;
  }
  for (int i = 0; i < d->count; i++) {
    strcat(strcat(out, d->items[i].msg), "\n");
  }
  if (!out[0]) {
    strcat(strcat(out, fallback), "\n");
  }
  return out;
}

static void load_track(KRecords *r, char *const *dirs, int n_dirs, const Catalog *cat) {
  char path[4096];
  for (int i = 0; i < n_dirs && !r->track; i++) {
    snprintf(path, sizeof path, "%s/tracks/onboarding.json", dirs[i]);
    if (access(path, F_OK) != 0) {
      continue;
    }
    Diag d = {0};
    r->track = track_load_file(path, &d);
    if (!r->track || d.count > 0) {
      free(r->track_problems);
      r->track_problems = join_diag(&d, path);
    }
    diag_free(&d);
  }
  if (!r->track) {
    return;
  }
  r->n_steps = r->track->n_steps < KREC_MAX_STEPS ? r->track->n_steps : KREC_MAX_STEPS;
  for (int i = 0; i < r->n_steps; i++) {
    r->steps[i] = (ProgressStep){r->track->steps[i].scenario, r->track->steps[i].pass};
    r->step_item[i] = find_item(cat, r->track->steps[i].scenario);
  }
}

int krec_init(KRecords *r, const char *data_dir, char *const *scenario_dirs, int n_dirs, const Catalog *cat) {
  memset(r, 0, sizeof *r);
  r->step = -1;
  r->admin.erase_pick = -1;
  r->mine.rec_item = -1;
  r->dir = data_dir ? strdup(data_dir) : journal_default_dir();
  if (data_dir && !r->dir) {
    return -1;
  }
  load_track(r, scenario_dirs, n_dirs, cat);
  return 0;
}

static void mine_clear(KRecMine *m) {
  for (int i = 0; i < m->n_attempts; i++) {
    attempt_clear(&m->attempts[i]);
  }
  free(m->attempts);
  memset(m, 0, sizeof *m);
  m->rec_item = -1;
}

void krec_free(KRecords *r) {
  mine_clear(&r->mine);
  krec_admin_close(r);
  track_free(r->track);
  free(r->track_problems);
  free(r->dir);
  memset(r, 0, sizeof *r);
}

void krec_forget(KRecords *r) {
  mine_clear(&r->mine);
  krec_admin_close(r);
  r->step = -1;
  r->recorded = 0;
  memset(r->save_error, 0, sizeof r->save_error);
  memset(r->cert_path, 0, sizeof r->cert_path);
  memset(r->cert_error, 0, sizeof r->cert_error);
}

void krec_play_started(KRecords *r, int step) {
  r->step = step >= 0 && step < r->n_steps ? step : -1;
  r->started_ms = attempt_now_ms();
  r->recorded = 0;
  r->save_error[0] = '\0';
}

double krec_pass_mark(const KRecords *r, double own) {
  return r->step >= 0 && r->steps[r->step].pass_mark >= 0 ? r->steps[r->step].pass_mark : own;
}

static void note_failure(KRecords *r, const char *why) {
  snprintf(r->save_error, sizeof r->save_error, "%s", why);
  if (r->n_failures == KREC_MAX_FAILURES) { /* keep the latest */
    memmove(r->failures[0], r->failures[1], sizeof r->failures[0] * (KREC_MAX_FAILURES - 1));
    r->n_failures--;
  }
  char when[32];
  attempt_format_time(attempt_now_ms(), when);
  snprintf(r->failures[r->n_failures++], KREC_MSG, "%.19s  %s", when, why);
  fprintf(stderr, "thickskin: %s\n", why);
}

int krec_record(KRecords *r, const Run *run, const ScoreCard *card, const char *typed, AttemptMode mode, int lang) {
  if (r->recorded || !run) {
    return 0;
  }
  r->recorded = 1;
  char err[KREC_MSG - 64];
  if (!r->dir) {
    note_failure(r, "no records folder: set data_folder in the configuration (HOME is not set)");
    return -1;
  }
  AttemptMeta meta = {
      .trainee = typed, .mode = mode, .lang = lang, .started_ms = r->started_ms, .ended_ms = attempt_now_ms()};
  Attempt a;
  if (attempt_from_run(run, card, &meta, &a, err, sizeof err) != 0) {
    note_failure(r, err);
    return -1;
  }
  if (r->step >= 0 && r->steps[r->step].pass_mark >= 0) { /* the step asks for its own mark */
    a.pass_mark = r->steps[r->step].pass_mark;
    a.pass = a.finished && a.overall >= a.pass_mark;
  }
  int rc = journal_append(r->dir, &a, err, sizeof err);
  attempt_clear(&a);
  if (rc != 0) {
    note_failure(r, err);
    return -1;
  }
  r->save_error[0] = '\0';
  r->mine.loaded = 0; /* the screens read it again */
  return 0;
}

int krec_record_attempt(KRecords *r, const Attempt *a, const char *why) {
  if (r->recorded) {
    return 0;
  }
  r->recorded = 1;
  char err[KREC_MSG - 64];
  if (!a || !r->dir) {
    note_failure(r, !a ? why : "no records folder: set data_folder in the configuration (HOME is not set)");
    return -1;
  }
  if (journal_append(r->dir, a, err, sizeof err) != 0) {
    note_failure(r, err);
    return -1;
  }
  r->save_error[0] = '\0';
  r->mine.loaded = 0;
  return 0;
}

int krec_is_named(const char *typed) {
  char name[REC_MAX_TRAINEE], err[8];
  return attempt_trainee_name(typed ? typed : "", name, sizeof name, err, sizeof err) == 0 &&
         strcasecmp(name, REC_GUEST) != 0;
}

/* Keeps only the attempts of 'who' from a journal read (the rest are freed). */
static void keep_only(JournalRead *jr, const char *who, KRecMine *m) {
  int n = 0;
  for (int i = 0; i < jr->n; i++) {
    if (attempt_is_trainee(&jr->attempts[i], who)) {
      Attempt keep = jr->attempts[i];
      jr->attempts[i] = jr->attempts[n];
      jr->attempts[n++] = keep;
    }
  }
  for (int i = n; i < jr->n; i++) {
    attempt_clear(&jr->attempts[i]);
  }
  m->attempts = jr->attempts;
  m->n_attempts = n;
  jr->attempts = NULL;
  jr->n = 0;
}

static void summarise(KRecords *r, const Catalog *cat) {
  KRecMine *m = &r->mine;
  m->n_hist = progress_history(m->attempts, m->n_attempts, m->who, m->hist, KREC_MAX_HISTORY);
  m->n_hist = m->n_hist < KREC_MAX_HISTORY ? m->n_hist : KREC_MAX_HISTORY;
  m->n_best = progress_best(m->hist, m->n_hist, m->best, KREC_MAX_BEST);
  m->n_points = progress_axes(m->hist, m->n_hist, m->points, KREC_MAX_HISTORY);
  ScenarioInfo info[256];
  int ni = 0;
  for (int i = 0; i < cat->n && ni < 256; i++) {
    if (cat->items[i].s) {
      info[ni].id = cat->items[i].s->id;
      memcpy(info[ni++].weights, cat->items[i].s->weights, sizeof info[0].weights);
    }
  }
  m->has_rec = progress_recommend(m->hist, m->n_hist, info, ni, &m->rec);
  m->rec_item = m->has_rec ? find_item(cat, m->rec.scenario) : -1;
  /* only attempts played as onboarding steps count for the track */
  progress_track(m->hist, m->n_hist, r->steps, r->n_steps, PROGRESS_MODE_BIT(REC_ONBOARDING), m->steps, &m->track);
}

int krec_load_mine(KRecords *r, const char *typed, const Catalog *cat) {
  KRecMine *m = &r->mine;
  char who[REC_MAX_TRAINEE] = "", err[8];
  if (krec_is_named(typed)) {
    attempt_trainee_name(typed, who, sizeof who, err, sizeof err);
  }
  if (m->loaded && strcmp(m->who, who) == 0) {
    return m->error[0] ? -1 : 0;
  }
  mine_clear(m);
  snprintf(m->who, sizeof m->who, "%s", who);
  m->loaded = 1;
  int rc = 0;
  if (who[0] && r->dir) { /* a guest has no history: nobody else's is ever shown */
    JournalRead jr;
    char why[KREC_MSG - 8];
    rc = journal_read(r->dir, &jr, NULL, why, sizeof why);
    if (rc == 0) {
      keep_only(&jr, who, m);
    } else {
      snprintf(m->error, sizeof m->error, "%s", why);
    }
    journal_read_free(&jr);
  }
  summarise(r, cat);
  return rc;
}

/* Letters and digits of the name, the rest as '-', for a file name. */
static void file_safe(const char *name, char *out, size_t cap) {
  size_t n = 0;
  for (const char *p = name; *p && n + 1 < cap && n < 40; p++) {
    unsigned char c = (unsigned char)*p;
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (ok || (n > 0 && out[n - 1] != '-')) {
      out[n++] = ok ? (char)c : '-';
    }
  }
  while (n > 0 && out[n - 1] == '-') {
    n--;
  }
  out[n] = '\0';
  if (n == 0) {
    snprintf(out, cap, "trainee");
  }
}

int krec_certificate_path(const KRecords *r, const char *typed, int64_t now_ms, char *out, size_t cap, char *err,
                          size_t errlen) {
  if (!r->dir) {
    snprintf(err, errlen, "no records folder: set data_folder in the configuration");
    return -1;
  }
  if (mkdir(r->dir, 0700) != 0 && errno != EEXIST) {
    snprintf(err, errlen, "%s: cannot create the folder: %s", r->dir, strerror(errno));
    return -1;
  }
  char name[64], when[32];
  file_safe(typed, name, sizeof name);
  time_t t = (time_t)(now_ms / 1000);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(when, sizeof when, "%Y%m%d-%H%M%S", &tm);
  if ((size_t)snprintf(out, cap, "%s/certificate-%s-%s.bmp", r->dir, name, when) >= cap) {
    snprintf(err, errlen, "%s: the folder's name is too long", r->dir);
    return -1;
  }
  return 0;
}
