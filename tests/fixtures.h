/* fixtures.h — helpers shared by the test programs: loading a scenario file,
   and reading and editing the source text of a fixture. */
#ifndef TS_FIXTURES_H
#define TS_FIXTURES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

/* Loads 'path' with the default limits, prints its diagnostics to stderr and returns it (NULL if refused). */
static inline Scenario *load(const char *path) {
  Diag d = {0};
  Scenario *s = scn_load_file(path, NULL, &d);
  for (int i = 0; i < d.count; i++) {
    fprintf(stderr, "%s\n", d.items[i].msg);
  }
  diag_free(&d);
  return s;
}

/* 'src' with every 'find' replaced by 'with' (free it); *found is how many. */
static inline char *replace_all(const char *src, const char *find, const char *with, int *found) {
  size_t nf = strlen(find), nw = strlen(with);
  *found = 0;
  for (const char *at = strstr(src, find); at; at = strstr(at + nf, find)) {
    ++*found;
  }
  char *out = malloc(strlen(src) + (size_t)*found * nw + 1), *o = out;
  const char *p = src;
  for (const char *at; (at = strstr(p, find)) != NULL; p = at + nf) {
    memcpy(o, p, (size_t)(at - p));
    o += at - p;
    memcpy(o, with, nw);
    o += nw;
  }
  strcpy(o, p);
  return out;
}

/* The whole of 'path' as a string (free it), or NULL. */
static inline char *read_text(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    return NULL;
  }
  char *buf = NULL;
  size_t len = 0, got;
  char chunk[4096];
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    buf = realloc(buf, len + got + 1);
    memcpy(buf + len, chunk, got);
    len += got;
  }
  fclose(f);
  if (buf) {
    buf[len] = '\0';
  }
  return buf;
}

#endif
