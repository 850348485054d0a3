/* diag.c — diagnostics list */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void push(Diag *d, DiagLevel level, char *msg) {
  if (level == DIAG_ERROR) {
    d->errors++;
  } else {
    d->warnings++;
  }
  if (!msg) {
    return;
  }
  if (d->count == d->cap) {
    int cap = d->cap ? d->cap * 2 : 8;
    DiagItem *items = realloc(d->items, (size_t)cap * sizeof *items);
    if (!items) {
      free(msg);
      return;
    }
    d->items = items;
    d->cap = cap;
  }
  d->items[d->count].level = level;
  d->items[d->count].msg = msg;
  d->count++;
}

void diag_add(Diag *d, DiagLevel level, const char *file, int line, const char *fmt, ...) {
  char body[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(body, sizeof body, fmt, ap);
  va_end(ap);
  size_t len = strlen(file) + strlen(body) + 32;
  char *msg = malloc(len);
  if (msg) {
    if (line > 0) {
      snprintf(msg, len, "%s:%d: %s", file, line, body);
    } else {
      snprintf(msg, len, "%s: %s", file, body);
    }
  }
  push(d, level, msg);
}

void diag_add_raw(Diag *d, DiagLevel level, const char *msg) {
  char *copy = malloc(strlen(msg) + 1);
  if (copy) {
    strcpy(copy, msg);
  }
  push(d, level, copy);
}

void diag_free(Diag *d) {
  for (int i = 0; i < d->count; i++) {
    free(d->items[i].msg);
  }
  free(d->items);
  memset(d, 0, sizeof *d);
}
