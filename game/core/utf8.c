/* utf8.c — UTF-8 validation, control characters and scrubbing */
#include "utf8.h"

#include <string.h>

/* Length of the UTF-8 sequence at 's' (at most 'left' bytes), 0 if invalid:
   overlong forms, surrogates, code points past U+10FFFF and NUL are refused.
   The code point goes to *cp. */
static size_t utf8_seq(const unsigned char *s, size_t left, unsigned *cp_out) {
  unsigned c = s[0];
  size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (c == 0 || n == 0 || n > left) {
    return 0;
  }
  unsigned cp = n == 1 ? c : c & (0x7Fu >> n);
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      return 0;
    }
    cp = (cp << 6) | (s[i] & 0x3Fu);
  }
  static const unsigned min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_len[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  *cp_out = cp;
  return n;
}

static int is_control(unsigned cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

size_t utf8_invalid_at(const char *text, size_t len) {
  size_t i = 0;
  unsigned cp;
  while (i < len) {
    size_t n = utf8_seq((const unsigned char *)text + i, len - i, &cp);
    if (n == 0) {
      return i;
    }
    i += n;
  }
  return len;
}

size_t utf8_control_at(const char *text, size_t len) {
  size_t i = 0;
  unsigned cp;
  while (i < len) {
    size_t n = utf8_seq((const unsigned char *)text + i, len - i, &cp);
    if (n == 0 && text[i] == '\0') {
      return i;
    }
    if (n == 0) {
      i++; /* an invalid byte is utf8_invalid_at's to report */
      continue;
    }
    if (is_control(cp)) {
      return i;
    }
    i += n;
  }
  return len;
}

size_t utf8_scrub(char *s, char mask) {
  size_t len = strlen(s), changed = 0;
  unsigned cp;
  for (size_t i = 0; i < len;) {
    size_t n = utf8_seq((const unsigned char *)s + i, len - i, &cp);
    if (n == 0) {
      s[i++] = '?';
      changed++;
      continue;
    }
    if (is_control(cp)) {
      memset(s + i, mask, n);
      changed += n;
    }
    i += n;
  }
  return changed;
}
