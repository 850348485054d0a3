/* duration.h — "1h30m"-style durations, in milliseconds */
#ifndef TS_DURATION_H
#define TS_DURATION_H

#include <stddef.h>
#include <stdint.h>

#define DURATION_MAX_MS ((int64_t)366 * 24 * 3600 * 1000)

/* Parses "45s", "10m", "2h", "2d", "1h30m" or "90" (seconds) into ms.
   Returns 0 on success, -1 if malformed, negative or over a year. */
int duration_parse(const char *s, int64_t *out_ms);

/* Writes a short human form ("2h 30m", "45s") of 'ms' into buf. */
void duration_format(int64_t ms, char *buf, size_t len);

#endif
