/* records_internal.h — what every file of the trainee records shares. Not
   for callers of the records' public headers. */
#ifndef TS_RECORDS_INTERNAL_H
#define TS_RECORDS_INTERNAL_H

#include <stddef.h>

#include "record.h"

/* Writes the message into 'err' (errlen bytes, cut if longer) and returns
   -1, so that a failure is reported and returned in one statement. */
int rec_fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* attempt_to_line, saying why not in 'err' ("the record is invalid:
   'lang' is not a known language code", "out of memory") when it gives
   NULL. The line is malloc'd; the caller frees it with free. */
char *rec_attempt_to_line(const Attempt *a, char *err, size_t errlen);

#endif
