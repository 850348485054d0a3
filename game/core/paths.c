/* paths.c — the program's own folders, found from the working directory or
   from /proc/self/exe */
#define _POSIX_C_SOURCE 200809L
#include "paths.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int path_is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *path_find_dir(const char *name, char *buf, size_t size) {
  if (path_is_dir(name)) {
    return name;
  }
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) {
    return name;
  }
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash) {
    return name;
  }
  *slash = '\0';
  int len = snprintf(buf, size, "%s/../%s", exe, name);
  return len > 0 && (size_t)len < size && path_is_dir(buf) ? buf : name;
}
