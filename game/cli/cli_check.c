/* cli_check.c — thickskin check [--cap N] [PATH…]: scenarios, and the
   tracks in a scenario folder's tracks/ (or a track named by its .json) */
#define _POSIX_C_SOURCE 200809L
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "cli/cli.h"
#include "scenario.h"
#include "track.h"

/* Counts of what was checked, for the closing summary. */
typedef struct Tally {
  int files, tracks, failed;
} Tally;

static int ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), t = strlen(tail);
  return n >= t && strcmp(s + n - t, tail) == 0;
}

static void check_track(const char *path, const char *scenario_dir, Tally *tally) {
  tally->tracks++;
  tally->failed += track_check_file(path, scenario_dir, stdout) > 0;
}

/* Every track in DIR/tracks, resolved against DIR; no such folder is fine. */
static void check_tracks(const char *dir, Tally *tally) {
  char sub[PATH_MAX];
  snprintf(sub, sizeof sub, "%s/tracks", dir);
  char **paths;
  int n = track_list_dir(sub, &paths);
  for (int i = 0; i < n; i++) {
    check_track(paths[i], dir, tally);
    free(paths[i]);
  }
  free(paths);
}

static void check_path(const char *path, const CheckOpts *o, Tally *tally) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stdout, "%s: no such file or folder\n", path);
    tally->failed++;
    return;
  }
  if (!S_ISDIR(st.st_mode) && ends_with(path, ".json")) {
    char *dir = track_scenario_dir(path);
    check_track(path, dir ? dir : ".", tally);
    free(dir);
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    tally->files++;
    tally->failed += check_file(path, o, stdout) > 0;
    return;
  }
  char **paths;
  int n = scn_list_dir(path, &paths);
  if (n <= 0) {
    fprintf(stdout, "%s: no .lua scenarios in this folder\n", path);
    tally->failed++;
  }
  for (int i = 0; i < n; i++) {
    tally->files++;
    tally->failed += check_file(paths[i], o, stdout) > 0;
    free(paths[i]);
  }
  free(paths);
  check_tracks(path, tally);
}

int cli_check(int argc, char **argv) {
  CheckOpts o = {0};
  Tally tally = {0};
  int named = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--cap") == 0 && i + 1 < argc) {
      o.cap = atol(argv[++i]);
    } else if (argv[i][0] == '-') {
      fprintf(stderr, "usage: thickskin check [--cap PATHS] [FILE|FOLDER…]\n");
      return 2;
    } else {
      named++;
      check_path(argv[i], &o, &tally);
    }
  }
  if (!named) {
    check_path(cli_scenario_dir(), &o, &tally);
  }
  printf("%d scenario%s", tally.files, tally.files == 1 ? "" : "s");
  if (tally.tracks > 0) {
    printf(" and %d track%s", tally.tracks, tally.tracks == 1 ? "" : "s");
  }
  printf(" checked, %d failed\n", tally.failed);
  return tally.failed ? 1 : 0;
}
