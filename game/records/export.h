/* export.h — attempts as a CSV table for spreadsheets (one row per attempt,
   RFC 4180), and writing any export to a file atomically. The xAPI export is
   in xapi.h. */
#ifndef TS_EXPORT_H
#define TS_EXPORT_H

#include <stddef.h>

#include "record.h"

/* The header and one row per attempt, CRLF line ends, fields quoted when
   they hold a comma, a quote or a line end. A text field that a spreadsheet
   would run as a formula (starting with = + - @) gets a leading apostrophe.
   malloc'd; the caller frees it; NULL when out of memory. */
char *export_csv(const Attempt *a, int n);

/* Writes 'text' to 'path' atomically (journal_write_atomic, mode 0600).
   Returns 0 or -1 with a message naming the file in 'err'. */
int export_write(const char *path, const char *text, char *err, size_t errlen);

#endif
