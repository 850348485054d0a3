/* catalog.h — the scenarios a kiosk offers: every *.lua file of its folders,
   loaded once, each either ready to play or unavailable with the loader's
   messages (for the admin screen). A bad file never stops the kiosk. */
#ifndef TS_CATALOG_H
#define TS_CATALOG_H

#include "scenario.h"

typedef struct CatalogEntry {
  char *path;   /* owned */
  Scenario *s;  /* owned; NULL when it failed to load */
  char *errors; /* owned; the loader's messages, one per line, NULL when loaded */
} CatalogEntry;

typedef struct Catalog {
  CatalogEntry *items; /* owned; sorted by folder, then file name */
  int n;
  int n_ready, n_failed;
  char *problems; /* owned; folders that could not be read, one per line, or NULL */
} Catalog;

/* Loads every scenario of 'dirs' (n_dirs folders). Returns 0, or -1 when out
   of memory; unreadable folders and bad files are recorded, not fatal. */
int catalog_load(Catalog *c, char *const *dirs, int n_dirs);
/* The case studies: the same for the 'cases' folder inside each of 'dirs';
   a scenario folder without one simply has no case studies. */
int catalog_load_cases(Catalog *c, char *const *dirs, int n_dirs);
void catalog_free(Catalog *c);

/* 1 if entry 'i' is ready and passes the filter: 'channel' is a Channel or
   -1 for any. */
int catalog_matches(const Catalog *c, int i, int channel);
/* Bit per Channel present among the ready scenarios. */
unsigned catalog_channels(const Catalog *c);

#endif
