/* duration.c — parse and print simulated durations */
#include "duration.h"

#include <ctype.h>
#include <stdio.h>

static int64_t unit_ms(char u) {
  switch (u) {
  case 's': return 1000;
  case 'm': return 60 * 1000;
  case 'h': return 3600 * 1000;
  case 'd': return (int64_t)24 * 3600 * 1000;
  default: return 0;
  }
}

int duration_parse(const char *s, int64_t *out_ms) {
  int64_t total = 0;
  int parts = 0;
  while (*s) {
    if (!isdigit((unsigned char)*s)) {
      return -1;
    }
    int64_t n = 0;
    while (isdigit((unsigned char)*s)) {
      n = n * 10 + (*s++ - '0');
      if (n > DURATION_MAX_MS) {
        return -1;
      }
    }
    int64_t unit = *s ? unit_ms(*s) : 1000;
    if (unit == 0) {
      return -1;
    }
    if (*s) {
      s++;
    }
    total += n * unit;
    if (total > DURATION_MAX_MS) {
      return -1;
    }
    parts++;
  }
  if (parts == 0) {
    return -1;
  }
  *out_ms = total;
  return 0;
}

void duration_format(int64_t ms, char *buf, size_t len) {
  int64_t s = ms / 1000;
  int64_t d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, sec = s % 60;
  if (d > 0) {
    snprintf(buf, len, h ? "%lldd %lldh" : "%lldd", (long long)d, (long long)h);
  } else if (h > 0) {
    snprintf(buf, len, m ? "%lldh %lldm" : "%lldh", (long long)h, (long long)m);
  } else if (m > 0) {
    snprintf(buf, len, sec ? "%lldm %llds" : "%lldm", (long long)m, (long long)sec);
  } else {
    snprintf(buf, len, "%llds", (long long)sec);
  }
}
