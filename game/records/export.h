/* export.h — attempts as a CSV table for spreadsheets (one row per attempt,
   RFC 4180), and writing any export to a file atomically. The xAPI export is
   in xapi.h. */
#ifndef TS_EXPORT_H
#define TS_EXPORT_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"

/* The header and one row per attempt, CRLF line ends, fields quoted when
   they hold a comma, a quote or a line end. A text field that a spreadsheet
   would run as a formula (starting with = + - @) gets a leading apostrophe.
   malloc'd; the caller frees it; NULL when out of memory. */
char *export_csv(const Attempt *a, int n);

/* Writes 'text' to 'path' atomically (journal_write_atomic, mode 0600).
   Returns 0 or -1 with a message naming the file in 'err'. */
int export_write(const char *path, const char *text, char *err, size_t errlen);

/* What the kiosk's admin screen does: both exports of 'n' attempts into
   'folder' (a USB stick), named thickskin-YYYYMMDD-HHMMSS.csv and
   thickskin-YYYYMMDD-HHMMSS.xapi.json from 'now_ms' (UTC), each written
   atomically. The paths written are copied to 'csv_path' and 'xapi_path'
   (cap bytes each). Returns 0, or -1 with 'err' naming the file and the
   reason; a CSV already written stays when the xAPI file fails. */
int export_to_folder(const Attempt *a, int n, const char *folder, int64_t now_ms, char *csv_path, char *xapi_path,
                     size_t cap, char *err, size_t errlen);

#endif
