/* civil.h — "YYYY-MM-DD HH:MM" date-times on the proleptic Gregorian
   calendar, as whole minutes since 1970-01-01 00:00 of the same calendar.
   Pure arithmetic: no time zone, no locale, no daylight saving; a case
   study's stamps are local to the event and only ever compared and
   subtracted among themselves. */
#ifndef TS_CIVIL_H
#define TS_CIVIL_H

#include <stddef.h>
#include <stdint.h>

#define CIVIL_STAMP_LEN 16 /* "2014-01-30 18:05" */
#define CIVIL_DAY_HOUR 12  /* where a date-only stamp is placed, unless its neighbours say otherwise */

/* How precisely a stamp gives the time of day. */
typedef enum {
  CIVIL_EXACT = 0, /* "2014-01-30 18:05" */
  CIVIL_APPROX,    /* "2014-01-30 ~18:05": about that time */
  CIVIL_DAY        /* "2014-01-30": the day is known, the time of day is not */
} CivilPrecision;

/* Parses exactly "YYYY-MM-DD HH:MM" (years 1900-2199, a real day of that
   month, 00:00-23:59) into *out_min. Returns 0, or -1 if malformed. */
int civil_parse(const char *s, int64_t *out_min);
/* Parses exactly "YYYY-MM-DD" (a source's date). Returns 0 or -1. */
int civil_parse_date(const char *s, int64_t *out_min);
/* Parses a stamp in any of the three forms above; a date-only stamp is
   placed at CIVIL_DAY_HOUR. Returns 0, or -1 if malformed. */
int civil_parse_stamp(const char *s, int64_t *out_min, CivilPrecision *out_precision);
/* Writes "YYYY-MM-DD HH:MM" for 'min' into buf (at least 17 bytes). */
void civil_format(int64_t min, char *buf, size_t len);
/* Writes 'min' as a stamp of that precision (the form it is parsed from):
   "YYYY-MM-DD HH:MM", "YYYY-MM-DD ~HH:MM" or "YYYY-MM-DD". */
void civil_format_as(int64_t min, CivilPrecision precision, char *buf, size_t len);
/* Days since 1970-01-01 of a proleptic Gregorian date (any valid y-m-d;
   the caller checks the ranges it needs). */
int64_t civil_days(int64_t y, int m, int d);
/* The civil day (days since 1970-01-01) that minute 'min' falls on. */
int64_t civil_day(int64_t min);

#endif
