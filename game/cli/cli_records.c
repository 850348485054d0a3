/* cli_records.c — thickskin records, export and erase: the trainee records
   from the command line, for trainers' scripts and admins. Each takes
   --data DIR (default: the XDG data folder, journal_default_dir). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli.h"
#include "export.h"
#include "journal.h"
#include "progress.h"
#include "scenario.h"
#include "track.h"
#include "xapi.h"

#define MAX_HISTORY 4096
#define MAX_TRACK 32

typedef struct RecArgs {
  const char *data, *trainee, *xapi, *csv, *track;
  char *default_dir; /* owned, when --data was not given */
} RecArgs;

static int rec_usage(const char *cmd) {
  fprintf(stderr, "usage: thickskin records [--data DIR] [--trainee NAME] [--track FILE.json | ID:MARK,…]\n"
                  "       thickskin export [--data DIR] [--xapi FILE] [--csv FILE] [--trainee NAME]\n"
                  "       thickskin erase [--data DIR] --trainee NAME\n");
  (void)cmd;
  return 2;
}

static int parse_rec_args(const char *cmd, int argc, char **argv, RecArgs *a) {
  memset(a, 0, sizeof *a);
  for (int i = 0; i < argc; i++) {
    const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
    const char **slot = strcmp(opt, "--data") == 0      ? &a->data
                        : strcmp(opt, "--trainee") == 0 ? &a->trainee
                        : strcmp(opt, "--xapi") == 0    ? &a->xapi
                        : strcmp(opt, "--csv") == 0     ? &a->csv
                        : strcmp(opt, "--track") == 0   ? &a->track
                                                        : NULL;
    if (!slot) {
      fprintf(stderr, "thickskin %s: unexpected '%s'\n", cmd, opt);
      return -1;
    }
    if (!val) {
      fprintf(stderr, "thickskin %s: %s needs a value\n", cmd, opt);
      return -1;
    }
    *slot = val;
    i++;
  }
  if (!a->data) {
    a->default_dir = journal_default_dir();
    a->data = a->default_dir;
    if (!a->data) {
      fprintf(stderr, "thickskin %s: no records folder: give --data DIR (HOME is not set)\n", cmd);
      return -1;
    }
  }
  return 0;
}

/* Reads the journal, printing a warning per damaged line and copying them
   aside for the admin. 0, or -1 said. */
static int read_journal(const char *cmd, const char *dir, JournalRead *jr) {
  Diag warn = {0};
  char err[512];
  int rc = journal_read(dir, jr, &warn, err, sizeof err);
  for (int i = 0; i < warn.count; i++) {
    fprintf(stderr, "%s\n", warn.items[i].msg);
  }
  diag_free(&warn);
  if (rc != 0) {
    fprintf(stderr, "thickskin %s: %s\n", cmd, err);
    return -1;
  }
  if (jr->n_damaged > 0) {
    if (journal_report_damage(dir, jr, err, sizeof err) == 0) {
      fprintf(stderr, "thickskin %s: %d damaged line%s copied to %s/%s for inspection\n", cmd, jr->n_damaged,
              jr->n_damaged == 1 ? "" : "s", dir, JOURNAL_DAMAGED_FILE);
    } else {
      fprintf(stderr, "thickskin %s: %s\n", cmd, err);
    }
  }
  return 0;
}

/* --- thickskin records ------------------------------------------------------------ */

/* By name ignoring case, then journal order (the names point into the
   attempts array), so each trainee shows as first spelled. */
static int by_name(const void *x, const void *y) {
  const char *a = *(const char *const *)x, *b = *(const char *const *)y;
  int c = strcasecmp(a, b);
  return c ? c : (a > b) - (a < b);
}

/* Each trainee once, with a count. */
static void print_trainees(const JournalRead *jr) {
  printf("%d attempt%s recorded", jr->n, jr->n == 1 ? "" : "s");
  const char **names = jr->n > 0 ? malloc((size_t)jr->n * sizeof *names) : NULL;
  if (!names) {
    printf(".\n");
    return;
  }
  printf(" by:\n");
  for (int i = 0; i < jr->n; i++) {
    names[i] = jr->attempts[i].trainee;
  }
  qsort(names, (size_t)jr->n, sizeof *names, by_name);
  for (int first = 0, i = 0; i < jr->n; i++) {
    if (i + 1 == jr->n || strcasecmp(names[i], names[i + 1]) != 0) {
      printf("  %-24s %d\n", names[first], i + 1 - first);
      first = i + 1;
    }
  }
  free(names);
}

static void print_history(const Attempt *const *hist, int n) {
  printf("History (%d attempt%s):\n", n, n == 1 ? "" : "s");
  for (int i = 0; i < n; i++) {
    const Attempt *a = hist[i];
    printf("  %.16s  %-20s %-10s ", a->started, a->scenario, attempt_mode_names[a->mode]);
    if (a->finished) {
      printf("overall %5.1f %-7s  empathy %5.1f  speed %5.1f  policy %5.1f\n", a->overall, a->pass ? "PASS" : "not yet",
             a->axis[AXIS_EMPATHY], a->axis[AXIS_SPEED], a->axis[AXIS_POLICY]);
    } else {
      printf("abandoned after %d decision%s\n", a->n_decisions, a->n_decisions == 1 ? "" : "s");
    }
  }
}

static void print_best(const Attempt *const *hist, int n) {
  BestScore best[256];
  int nb = progress_best(hist, n, best, 256);
  printf("\nBest per scenario:\n");
  for (int i = 0; i < nb; i++) {
    printf("  %-20s ", best[i].scenario);
    if (best[i].best) {
      printf("%5.1f %-7s", best[i].best->overall, best[i].passed ? "passed" : "");
    } else {
      printf("  -          ");
    }
    printf("  (%d attempt%s)\n", best[i].attempts, best[i].attempts == 1 ? "" : "s");
  }
}

/* The catalogue for a recommendation: the shipped scenarios' weights. */
static int load_catalog(ScenarioInfo *out, Scenario **loaded, int max) {
  char **paths;
  int n = scn_list_dir(cli_scenario_dir(), &paths), count = 0;
  for (int i = 0; i < n; i++) {
    Diag d = {0};
    Scenario *s = count < max ? scn_load_file(paths[i], NULL, &d) : NULL;
    diag_free(&d);
    if (s) {
      loaded[count] = s;
      out[count].id = s->id;
      memcpy(out[count].weights, s->weights, sizeof out[count].weights);
      count++;
    }
    free(paths[i]);
  }
  if (n > 0) {
    free(paths);
  }
  return count;
}

static void print_recommendation(const Attempt *const *hist, int n) {
  ScenarioInfo catalog[64];
  Scenario *loaded[64];
  int nc = load_catalog(catalog, loaded, 64);
  Recommendation rec;
  if (progress_recommend(hist, n, catalog, nc, &rec)) {
    printf("\nPractise next: %s\n  %s\n", rec.scenario, rec.why);
  }
  for (int i = 0; i < nc; i++) {
    scn_free(loaded[i]);
  }
}

/* --track late-parcel:60,rule-appeal:-1 (a negative mark: the scenario's
   own) into 'steps', whose ids point into 'buf'. Returns the step count. */
static int steps_from_spec(const char *spec, char *buf, size_t size, ProgressStep *steps) {
  int ns = 0;
  snprintf(buf, size, "%s", spec);
  for (char *tok = strtok(buf, ","); tok && ns < MAX_TRACK; tok = strtok(NULL, ",")) {
    char *colon = strrchr(tok, ':');
    steps[ns].pass_mark = colon ? atof(colon + 1) : -1;
    if (colon) {
      *colon = '\0';
    }
    steps[ns].scenario = tok;
    ns++;
  }
  return ns;
}

/* The steps of a track file (the shipped onboarding track by default);
   'steps' points into 't', which the caller frees. Returns the step count,
   or -1 with the file's problems printed. */
static int steps_from_file(const char *path, Track **t, ProgressStep *steps) {
  Diag d = {0};
  *t = track_load_file(path, &d);
  for (int i = 0; i < d.count; i++) {
    fprintf(stderr, "%s\n", d.items[i].msg);
  }
  diag_free(&d);
  if (!*t) {
    return -1;
  }
  int ns = (*t)->n_steps < MAX_TRACK ? (*t)->n_steps : MAX_TRACK;
  for (int i = 0; i < ns; i++) {
    steps[i] = (ProgressStep){(*t)->steps[i].scenario, (*t)->steps[i].pass};
  }
  return ns;
}

static void print_steps(const ProgressStep *steps, int ns, const Attempt *const *hist, int n) {
  StepStatus st[MAX_TRACK];
  TrackProgress tp;
  progress_track(hist, n, steps, ns, 0, st, &tp);
  printf("\nTrack: %d of %d steps passed%s\n", tp.n_passed, ns, tp.complete ? " — complete" : "");
  for (int i = 0; i < ns; i++) {
    printf("  %d. %-20s %s", i + 1, steps[i].scenario,
           st[i].passed      ? "passed"
           : !st[i].unlocked ? "locked"
           : i == tp.next    ? "next"
                             : "open");
    if (st[i].best) {
      printf(" (best %.1f)", st[i].best->overall);
    }
    printf("\n");
  }
}

/* --track FILE.json or ID:MARK,…; without it the shipped onboarding track. */
static int print_track(const char *spec, const Attempt *const *hist, int n) {
  char buf[2048], fallback[4096];
  ProgressStep steps[MAX_TRACK];
  Track *t = NULL;
  int ns;
  if (!spec || strstr(spec, ".json")) {
    snprintf(fallback, sizeof fallback, "%s/tracks/onboarding.json", cli_scenario_dir());
    ns = steps_from_file(spec ? spec : fallback, &t, steps);
  } else {
    ns = steps_from_spec(spec, buf, sizeof buf, steps);
  }
  if (ns >= 0) {
    print_steps(steps, ns, hist, n);
  }
  track_free(t);
  return ns >= 0 ? 0 : 1;
}

static int show_trainee(const JournalRead *jr, const RecArgs *a) {
  static const Attempt *hist[MAX_HISTORY];
  int n = progress_history(jr->attempts, jr->n, a->trainee, hist, MAX_HISTORY);
  if (n > MAX_HISTORY) {
    n = MAX_HISTORY;
  }
  if (n == 0) {
    printf("No attempts recorded for '%s'.\n", a->trainee);
    return 0;
  }
  printf("Trainee: %s\n", hist[0]->trainee);
  print_history(hist, n);
  print_best(hist, n);
  AxisPoint points[MAX_HISTORY];
  int np = progress_axes(hist, n, points, MAX_HISTORY);
  printf("\nAxes over %d finished attempt%s (empathy / speed / policy):\n", np, np == 1 ? "" : "s");
  for (int i = 0; i < np; i++) {
    printf("  %2d  %5.1f / %5.1f / %5.1f\n", i + 1, points[i].axis[0], points[i].axis[1], points[i].axis[2]);
  }
  print_recommendation(hist, n);
  return print_track(a->track, hist, n);
}

int cli_records(int argc, char **argv) {
  RecArgs a;
  if (parse_rec_args("records", argc, argv, &a) != 0 || a.xapi || a.csv) {
    free(a.default_dir);
    return rec_usage("records");
  }
  JournalRead jr;
  int status = 1;
  if (read_journal("records", a.data, &jr) == 0) {
    printf("Records in %s\n", a.data);
    status = a.trainee ? show_trainee(&jr, &a) : (print_trainees(&jr), 0);
    journal_read_free(&jr);
  }
  free(a.default_dir);
  return status;
}

/* --- thickskin export ---------------------------------------------------------------- */

static int write_export(const char *what, const char *path, char *text) {
  char err[512];
  if (!text) {
    fprintf(stderr, "thickskin export: out of memory building the %s export\n", what);
    return 1;
  }
  int rc = export_write(path, text, err, sizeof err);
  free(text);
  if (rc != 0) {
    fprintf(stderr, "thickskin export: %s\n", err);
    return 1;
  }
  return 0;
}

int cli_export(int argc, char **argv) {
  RecArgs a;
  if (parse_rec_args("export", argc, argv, &a) != 0 || (!a.xapi && !a.csv) || a.track) {
    if (!a.xapi && !a.csv) {
      fprintf(stderr, "thickskin export: say what to write: --xapi FILE, --csv FILE or both\n");
    }
    free(a.default_dir);
    return rec_usage("export");
  }
  JournalRead jr;
  if (read_journal("export", a.data, &jr) != 0) {
    free(a.default_dir);
    return 1;
  }
  /* with --trainee only that trainee's attempts, still in journal order */
  int n = 0;
  for (int i = 0; i < jr.n; i++) {
    if (!a.trainee || attempt_is_trainee(&jr.attempts[i], a.trainee)) {
      Attempt keep = jr.attempts[i];
      jr.attempts[i] = jr.attempts[n];
      jr.attempts[n++] = keep;
    }
  }
  int status = 0;
  if (a.xapi) {
    status |= write_export("xAPI", a.xapi, xapi_export(jr.attempts, n, NULL));
  }
  if (a.csv) {
    status |= write_export("CSV", a.csv, export_csv(jr.attempts, n));
  }
  if (status == 0) {
    printf("%d attempt%s exported\n", n, n == 1 ? "" : "s");
  }
  journal_read_free(&jr);
  free(a.default_dir);
  return status;
}

/* --- thickskin erase ------------------------------------------------------------------ */

int cli_erase(int argc, char **argv) {
  RecArgs a;
  if (parse_rec_args("erase", argc, argv, &a) != 0 || !a.trainee || a.xapi || a.csv || a.track) {
    if (!a.trainee) {
      fprintf(stderr, "thickskin erase: say whose records to erase with --trainee NAME\n");
    }
    free(a.default_dir);
    return rec_usage("erase");
  }
  int erased;
  char err[512];
  int rc = journal_erase(a.data, a.trainee, &erased, err, sizeof err);
  if (rc != 0) {
    fprintf(stderr, "thickskin erase: %s\n", err);
  } else {
    printf("%d attempt%s of '%s' erased from %s/%s\n", erased, erased == 1 ? "" : "s", a.trainee, a.data, JOURNAL_FILE);
  }
  free(a.default_dir);
  return rc == 0 ? 0 : 1;
}
