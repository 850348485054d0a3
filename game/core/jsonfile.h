/* jsonfile.h — small JSON files that people edit by hand (the kiosk
   configuration, tracks): reading one with a size limit, and parsing it so
   that every slip is reported as "path:line:col: what is wrong". Plain C
   and cJSON, no SDL. */
#ifndef TS_JSONFILE_H
#define TS_JSONFILE_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "diag.h"

/* The bytes of 'path', NUL-terminated, in *out (malloc'd; the caller frees
   it with free), their count in *len. A folder, a FIFO or device, or a file
   larger than 'max_bytes' is refused. Returns 0, or -1 with "path: cannot
   open the file: …" or "path: cannot read the file: …" added to 'diag'. */
int jsonfile_read(const char *path, size_t max_bytes, char **out, size_t *len, Diag *diag);

/* Parses 'text' ('len' bytes, NUL-terminated) as UTF-8 holding one JSON
   value and nothing after it. Returns the value (the caller frees it with
   cJSON_Delete), or NULL with "path:line:col: problem" added to 'diag'. A
   comment in the file is explained with 'comment_hint' (where the keys are
   documented) when it is not NULL. */
cJSON *jsonfile_parse(const char *path, const char *text, size_t len, const char *comment_hint, Diag *diag);

/* Adds "path:line:col: msg" for byte 'pos' of the UTF-8 'text'; columns
   count characters, as editors show them. */
void jsonfile_error_at(Diag *diag, const char *path, const char *text, size_t pos, const char *msg);

#endif
