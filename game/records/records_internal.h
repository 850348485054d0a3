/* records_internal.h — what every file of the trainee records shares. Not
   for callers of the records' public headers. */
#ifndef TS_RECORDS_INTERNAL_H
#define TS_RECORDS_INTERNAL_H

#include <stddef.h>

/* Writes the message into 'err' (errlen bytes, cut if longer) and returns
   -1, so that a failure is reported and returned in one statement. */
int rec_fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
