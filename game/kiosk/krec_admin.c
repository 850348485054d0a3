/* krec_admin.c — the records on the admin screen: the trainees in the
   journal (to erase one), the journal's damaged lines and where they were
   copied, the folders an export can go to (the data folder and mounted
   removable media), and the export and erase themselves. */
#define _POSIX_C_SOURCE 200809L
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "export.h"
#include "krecords.h"

static void add_folder(KRecAdmin *ad, const char *path) {
  if (ad->n_folders < KREC_MAX_FOLDERS && strlen(path) < sizeof ad->folders[0]) {
    snprintf(ad->folders[ad->n_folders++], sizeof ad->folders[0], "%s", path);
  }
}

/* USB sticks and cards as desktop systems mount them: /media/USER/LABEL,
   /run/media/USER/LABEL. */
static void find_media(KRecAdmin *ad) {
  static const char *const patterns[] = {"/media/*/*", "/run/media/*/*"};
  for (int p = 0; p < 2; p++) {
    glob_t g;
    if (glob(patterns[p], 0, NULL, &g) != 0) {
      continue;
    }
    for (size_t i = 0; i < g.gl_pathc; i++) {
      struct stat st;
      if (stat(g.gl_pathv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
        add_folder(ad, g.gl_pathv[i]);
      }
    }
    globfree(&g);
  }
}

static void list_trainees(KRecAdmin *ad, const JournalRead *jr) {
  ad->trainees =
      jr->n > 0 ? calloc((size_t)(jr->n < KREC_MAX_TRAINEES ? jr->n : KREC_MAX_TRAINEES), sizeof *ad->trainees) : NULL;
  for (int i = 0; i < jr->n && ad->trainees; i++) {
    int t = 0;
    while (t < ad->n_trainees && strcasecmp(ad->trainees[t].name, jr->attempts[i].trainee) != 0) {
      t++;
    }
    if (t == ad->n_trainees) {
      if (t == KREC_MAX_TRAINEES) {
        continue;
      }
      snprintf(ad->trainees[t].name, sizeof ad->trainees[t].name, "%s", jr->attempts[i].trainee);
      ad->n_trainees++;
    }
    ad->trainees[t].attempts++;
  }
}

/* The warnings of the read, and where the damaged lines were copied. */
static void note_damage(KRecAdmin *ad, const char *dir, const JournalRead *jr, const Diag *warn) {
  size_t n = 0;
  for (int i = 0; i < warn->count && n + 1 < sizeof ad->damage; i++) {
    n += (size_t)snprintf(ad->damage + n, sizeof ad->damage - n, "%s\n", warn->items[i].msg);
  }
  if (jr->n_damaged == 0 || n + 1 >= sizeof ad->damage) {
    return;
  }
  char err[512];
  if (journal_report_damage(dir, jr, err, sizeof err) == 0) {
    snprintf(ad->damage + n, sizeof ad->damage - n, "→ %s/%s", dir, JOURNAL_DAMAGED_FILE);
  } else {
    snprintf(ad->damage + n, sizeof ad->damage - n, "%s", err);
  }
}

static void admin_read(KRecords *r) {
  KRecAdmin *ad = &r->admin;
  free(ad->trainees);
  ad->trainees = NULL;
  ad->n_trainees = ad->n_attempts = 0;
  ad->damage[0] = '\0';
  ad->erase_pick = -1;
  if (!r->dir) {
    return;
  }
  JournalRead jr;
  Diag warn = {0};
  char err[512];
  if (journal_read(r->dir, &jr, &warn, err, sizeof err) != 0) {
    snprintf(ad->damage, sizeof ad->damage, "%s", err);
  } else {
    ad->n_attempts = jr.n;
    list_trainees(ad, &jr);
    note_damage(ad, r->dir, &jr, &warn);
  }
  diag_free(&warn);
  journal_read_free(&jr);
}

void krec_admin_open(KRecords *r) {
  krec_admin_close(r);
  KRecAdmin *ad = &r->admin;
  admin_read(r);
  if (r->dir) {
    add_folder(ad, r->dir);
  }
  find_media(ad);
  ad->loaded = 1;
}

void krec_admin_close(KRecords *r) {
  KRecAdmin *ad = &r->admin;
  if (ad->trainees) {
    memset(ad->trainees, 0, sizeof *ad->trainees * (size_t)ad->n_trainees);
  }
  free(ad->trainees);
  memset(ad, 0, sizeof *ad);
  ad->erase_pick = -1;
}

int krec_admin_export(KRecords *r, int folder) {
  KRecAdmin *ad = &r->admin;
  if (folder < 0 || folder >= ad->n_folders || !r->dir) {
    return -1;
  }
  JournalRead jr;
  char csv[1024], xapi[1024];
  int rc = journal_read(r->dir, &jr, NULL, ad->msg, sizeof ad->msg);
  if (rc == 0) {
    rc = export_to_folder(jr.attempts, jr.n, ad->folders[folder], attempt_now_ms(), csv, xapi, sizeof csv, ad->msg,
                          sizeof ad->msg);
  }
  if (rc == 0) {
    ad->count = jr.n;
    snprintf(ad->msg, sizeof ad->msg, "%s\n%s", csv, xapi);
  }
  ad->outcome = rc == 0 ? KREC_EXPORTED : KREC_EXPORT_FAILED;
  journal_read_free(&jr);
  return rc;
}

int krec_admin_erase(KRecords *r, int trainee) {
  KRecAdmin *ad = &r->admin;
  if (trainee < 0 || trainee >= ad->n_trainees || !r->dir) {
    return -1;
  }
  char name[REC_MAX_TRAINEE];
  snprintf(name, sizeof name, "%s", ad->trainees[trainee].name);
  int erased = 0;
  int rc = journal_erase(r->dir, name, &erased, ad->msg, sizeof ad->msg);
  admin_read(r);
  ad->outcome = rc == 0 ? KREC_ERASED : KREC_ERASE_FAILED;
  ad->count = erased;
  if (rc == 0) {
    snprintf(ad->msg, sizeof ad->msg, "%s", name);
  }
  r->mine.loaded = 0;
  return rc;
}
