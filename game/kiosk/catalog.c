/* catalog.c — loading the kiosk's scenario folders */
#define _POSIX_C_SOURCE 200809L
#include "catalog.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends 'line' and a newline to the malloc'd string *s. */
static int append_line(char **s, const char *line) {
  size_t old = *s ? strlen(*s) : 0, add = strlen(line);
  char *grown = realloc(*s, old + add + 2);
  if (!grown) {
    return -1;
  }
  memcpy(grown + old, line, add);
  grown[old + add] = '\n';
  grown[old + add + 1] = '\0';
  *s = grown;
  return 0;
}

static int add_entry(Catalog *c, char *path) {
  CatalogEntry *items = realloc(c->items, (size_t)(c->n + 1) * sizeof *items);
  if (!items) {
    free(path);
    return -1;
  }
  c->items = items;
  CatalogEntry *e = &c->items[c->n++];
  memset(e, 0, sizeof *e);
  e->path = path;
  Diag diag = {0};
  e->s = scn_load_file(path, NULL, &diag);
  int rc = 0;
  if (!e->s) {
    for (int i = 0; i < diag.count && rc == 0; i++) {
      rc = append_line(&e->errors, diag.items[i].msg);
    }
    if (!e->errors && rc == 0) {
      rc = append_line(&e->errors, path);
    }
    c->n_failed++;
  } else {
    c->n_ready++;
  }
  diag_free(&diag);
  return rc;
}

static int load_dir(Catalog *c, const char *dir) {
  char **paths = NULL;
  int n = scn_list_dir(dir, &paths);
  if (n < 0) {
    char line[1200];
    snprintf(line, sizeof line, "%s: cannot read this scenario folder", dir);
    return append_line(&c->problems, line);
  }
  int rc = 0;
  for (int i = 0; i < n; i++) {
    if (rc == 0) {
      rc = add_entry(c, paths[i]);
    } else {
      free(paths[i]);
    }
  }
  free(paths);
  return rc;
}

int catalog_load(Catalog *c, char *const *dirs, int n_dirs) {
  memset(c, 0, sizeof *c);
  for (int i = 0; i < n_dirs; i++) {
    if (load_dir(c, dirs[i]) != 0) {
      return -1;
    }
  }
  return 0;
}

int catalog_load_cases(Catalog *c, char *const *dirs, int n_dirs) {
  memset(c, 0, sizeof *c);
  for (int i = 0; i < n_dirs; i++) {
    char sub[1100];
    snprintf(sub, sizeof sub, "%s/cases", dirs[i]);
    FILE *probe = fopen(sub, "r"); /* a missing folder is no problem: only one that cannot be read */
    if (!probe && errno == ENOENT) {
      continue;
    }
    if (probe) {
      fclose(probe);
    }
    if (load_dir(c, sub) != 0) {
      return -1;
    }
  }
  return 0;
}

void catalog_free(Catalog *c) {
  for (int i = 0; i < c->n; i++) {
    free(c->items[i].path);
    free(c->items[i].errors);
    scn_free(c->items[i].s);
  }
  free(c->items);
  free(c->problems);
  memset(c, 0, sizeof *c);
}

int catalog_matches(const Catalog *c, int i, int channel) {
  if (i < 0 || i >= c->n || !c->items[i].s) {
    return 0;
  }
  return channel < 0 || (int)c->items[i].s->channel == channel;
}

unsigned catalog_channels(const Catalog *c) {
  unsigned bits = 0;
  for (int i = 0; i < c->n; i++) {
    if (c->items[i].s) {
      bits |= 1u << c->items[i].s->channel;
    }
  }
  return bits;
}
