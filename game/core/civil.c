/* civil.c — calendar arithmetic for case-study stamps. Days from a civil
   date and back use the era-based method (400-year cycles of 146097 days),
   which is exact over the whole proleptic Gregorian calendar. */
#include "civil.h"

#include <stdio.h>
#include <string.h>

/* H. Hinnant's method. */
int64_t civil_days(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

static int is_leap(int64_t y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int64_t y, int m) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* The digits s[from..from+n) as a number, or -1 if any is not a digit. */
static int digits(const char *s, int from, int n) {
  int v = 0;
  for (int i = from; i < from + n; i++) {
    if (s[i] < '0' || s[i] > '9') {
      return -1;
    }
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int civil_parse_date(const char *s, int64_t *out_min) {
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') {
    return -1;
  }
  int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
    return -1;
  }
  *out_min = civil_days(y, m, d) * 1440;
  return 0;
}

int civil_parse(const char *s, int64_t *out_min) {
  char date[11];
  if (!s || strlen(s) != CIVIL_STAMP_LEN || s[10] != ' ' || s[13] != ':') {
    return -1;
  }
  memcpy(date, s, 10);
  date[10] = '\0';
  int h = digits(s, 11, 2), mi = digits(s, 14, 2);
  int64_t day;
  if (civil_parse_date(date, &day) != 0 || h < 0 || h > 23 || mi < 0 || mi > 59) {
    return -1;
  }
  *out_min = day + h * 60 + mi;
  return 0;
}

int civil_parse_stamp(const char *s, int64_t *out_min, CivilPrecision *out_precision) {
  char exact[CIVIL_STAMP_LEN + 1];
  if (!s) {
    return -1;
  }
  if (civil_parse_date(s, out_min) == 0) {
    *out_min += CIVIL_DAY_HOUR * 60;
    *out_precision = CIVIL_DAY;
    return 0;
  }
  if (strlen(s) == CIVIL_STAMP_LEN + 1 && s[10] == ' ' && s[11] == '~') {
    memcpy(exact, s, 11);
    memcpy(exact + 11, s + 12, 6); /* "HH:MM" and the terminator */
    *out_precision = CIVIL_APPROX;
    return civil_parse(exact, out_min);
  }
  *out_precision = CIVIL_EXACT;
  return civil_parse(s, out_min);
}

int64_t civil_day(int64_t min) {
  return (min >= 0 ? min : min - 1439) / 1440;
}

void civil_format_as(int64_t min, CivilPrecision precision, char *buf, size_t len) {
  char full[32];
  civil_format(min, full, sizeof full);
  if (precision == CIVIL_DAY) {
    snprintf(buf, len, "%.10s", full);
  } else if (precision == CIVIL_APPROX) {
    snprintf(buf, len, "%.10s ~%s", full, full + 11);
  } else {
    snprintf(buf, len, "%s", full);
  }
}

void civil_format(int64_t min, char *buf, size_t len) {
  int64_t day = civil_day(min);
  int64_t rest = min - day * 1440;
  int64_t y;
  int m, d;
  civil_from_days(day, &y, &m, &d);
  snprintf(buf, len, "%04lld-%02d-%02d %02d:%02d", (long long)y, m, d, (int)(rest / 60), (int)(rest % 60));
}
