/* kconfig_internal.h — shared between the configuration loader's files: the
   state of one load, and the checks the key readers need from the others. */
#ifndef TS_KCONFIG_INTERNAL_H
#define TS_KCONFIG_INTERNAL_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "kconfig.h"

/* One load in progress. Readers write valid values straight into 'c', so a
   file with problems still sets every field it got right. */
typedef struct KcfgReader {
  const char *path; /* the file, for messages */
  char *dir;        /* its folder, malloc'd; NULL when the path has no '/' */
  KioskConfig *c;
  Diag *diag;
  int default_lang; /* LANG_* given by "default_language", -1 if none */
} KcfgReader;

/* Adds "path: key: message" as an error. */
void kcfg_problem(KcfgReader *r, const char *key, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Reads every key of the top-level object 'root' (kconfig_keys.c). */
void kcfg_read_keys(KcfgReader *r, const cJSON *root);

/* 1 if 'hash' is a complete crypt(3) hash made with a method this system
   accepts as strong; 0 otherwise, with *why set to a short reason. */
int kcfg_hash_is_valid(const char *hash, const char **why);

/* Byte offset of the first invalid UTF-8 sequence (or NUL) in 'text', or
   'len' if there is none (kconfig_syntax.c). */
size_t kcfg_utf8_invalid_at(const char *text, size_t len);
/* Adds "path:line:col: msg" for byte 'pos' of the UTF-8 'text'. */
void kcfg_error_at(Diag *diag, const char *path, const char *text, size_t pos, const char *msg);
/* Adds the syntax error cJSON stopped at, byte 'pos' of 'text', explained;
   'complete' says that a whole value ends before 'pos'. */
void kcfg_syntax_error(Diag *diag, const char *path, const char *text, size_t len, size_t pos, int complete);

#endif
