/* diag.h — a list of diagnostics ("file:line: message") gathered while loading or checking */
#ifndef TS_DIAG_H
#define TS_DIAG_H

typedef enum { DIAG_ERROR, DIAG_WARNING } DiagLevel;

typedef struct DiagItem {
  DiagLevel level;
  char *msg; /* owned; already prefixed with "file:line: " */
} DiagItem;

typedef struct Diag {
  DiagItem *items;
  int count, cap;
  int errors, warnings;
} Diag;

/* Adds "file:line: message" ('line' <= 0 leaves the line out). Never fails
   loudly: if memory runs out the item is dropped but still counted. */
void diag_add(Diag *d, DiagLevel level, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Adds a message that already carries its position. */
void diag_add_raw(Diag *d, DiagLevel level, const char *msg);
void diag_free(Diag *d);

#endif
