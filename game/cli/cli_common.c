/* cli_common.c — finding scenarios for the headless commands */
#define _POSIX_C_SOURCE 200809L
#include "cli/cli.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"

static int is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

const char *cli_scenario_dir(void) {
  static char dir[4096];
  return path_find_dir("scenarios", dir, sizeof dir);
}

int cli_find_scenario(const char *arg, const char *dir, char *buf, unsigned len) {
  if (is_file(arg)) {
    snprintf(buf, len, "%s", arg);
    return 0;
  }
  snprintf(buf, len, "%s/%s.lua", dir, arg);
  if (strchr(arg, '/') == NULL && is_file(buf)) {
    return 0;
  }
  fprintf(stderr, "thickskin: no scenario '%s' (not a file, nor an id in %s/)\n", arg, dir);
  return -1;
}
