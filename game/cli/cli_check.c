/* cli_check.c — thickskin check [--cap N] [PATH…] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "cli/cli.h"
#include "scenario.h"

static int check_path(const char *path, const CheckOpts *o, int *files) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stdout, "%s: no such file or folder\n", path);
    return 1;
  }
  if (!S_ISDIR(st.st_mode)) {
    (*files)++;
    return check_file(path, o, stdout) > 0;
  }
  char **paths;
  int n = scn_list_dir(path, &paths);
  int failed = 0;
  if (n <= 0) {
    fprintf(stdout, "%s: no .lua scenarios in this folder\n", path);
    failed = 1;
  }
  for (int i = 0; i < n; i++) {
    (*files)++;
    failed += check_file(paths[i], o, stdout) > 0;
    free(paths[i]);
  }
  free(paths);
  return failed;
}

int cli_check(int argc, char **argv) {
  CheckOpts o = {0};
  int files = 0, failed = 0, named = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--cap") == 0 && i + 1 < argc) {
      o.cap = atol(argv[++i]);
    } else if (argv[i][0] == '-') {
      fprintf(stderr, "usage: thickskin check [--cap PATHS] [FILE|FOLDER…]\n");
      return 2;
    } else {
      named++;
      failed += check_path(argv[i], &o, &files);
    }
  }
  if (!named) {
    failed += check_path(cli_scenario_dir(), &o, &files);
  }
  printf("%d scenario%s checked, %d failed\n", files, files == 1 ? "" : "s", failed);
  return failed ? 1 : 0;
}
