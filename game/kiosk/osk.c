#define _POSIX_C_SOURCE 200809L
/* osk.c — the on-screen keyboard: layout, typing and the name buffer */
#include "osk.h"

#include <string.h>

#define K(l, r, c)                                                                                                     \
  { OSK_CHAR, l, r, c, 1 }

static const OskKey keys[] = {
    K("1", 0, 0),
    K("2", 0, 1),
    K("3", 0, 2),
    K("4", 0, 3),
    K("5", 0, 4),
    K("6", 0, 5),
    K("7", 0, 6),
    K("8", 0, 7),
    K("9", 0, 8),
    K("0", 0, 9),
    K("Q", 1, 0),
    K("W", 1, 1),
    K("E", 1, 2),
    K("R", 1, 3),
    K("T", 1, 4),
    K("Y", 1, 5),
    K("U", 1, 6),
    K("I", 1, 7),
    K("O", 1, 8),
    K("P", 1, 9),
    K("A", 2, 0),
    K("S", 2, 1),
    K("D", 2, 2),
    K("F", 2, 3),
    K("G", 2, 4),
    K("H", 2, 5),
    K("J", 2, 6),
    K("K", 2, 7),
    K("L", 2, 8),
    K("'", 2, 9),
    K("Z", 3, 0),
    K("X", 3, 1),
    K("C", 3, 2),
    K("V", 3, 3),
    K("B", 3, 4),
    K("N", 3, 5),
    K("M", 3, 6),
    K("-", 3, 7),
    K(".", 3, 8),
    {OSK_DELETE, "", 3, 9, 1},
    {OSK_SPACE, "", 4, 2, 6},
};

const OskKey *osk_keys(int *n) {
  *n = (int)(sizeof keys / sizeof keys[0]);
  return keys;
}

int osk_rows(void) {
  return 5;
}

int osk_row_units(int row) {
  (void)row;
  return 10;
}

static int utf8_len(unsigned char c) {
  return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
}

int osk_chars(const Osk *o) {
  int n = 0;
  for (int i = 0; i < o->len; i++) {
    n += ((unsigned char)o->text[i] & 0xC0) != 0x80;
  }
  return n;
}

static int append(Osk *o, const char *s, int bytes) {
  if (osk_chars(o) >= OSK_MAX_CHARS || o->len + bytes > OSK_MAX_BYTES) {
    return 0;
  }
  memcpy(o->text + o->len, s, (size_t)bytes);
  o->len += bytes;
  o->text[o->len] = '\0';
  return 1;
}

int osk_type(Osk *o, const char *utf8) {
  int added = 0;
  for (const char *p = utf8; *p;) {
    int n = utf8_len((unsigned char)*p);
    if (n == 0 || (int)strnlen(p, 4) < n) {
      break; /* malformed: stop rather than store half a character */
    }
    if (n > 1 || ((unsigned char)*p >= 0x20 && *p != 0x7f)) {
      added |= append(o, p, n);
    }
    p += n;
  }
  return added;
}

int osk_backspace(Osk *o) {
  if (o->len == 0) {
    return 0;
  }
  do {
    o->len--;
  } while (o->len > 0 && ((unsigned char)o->text[o->len] & 0xC0) == 0x80);
  memset(o->text + o->len, 0, sizeof o->text - (size_t)o->len);
  return 1;
}

int osk_press(Osk *o, const OskKey *k) {
  switch (k->kind) {
  case OSK_SPACE: return o->len > 0 ? append(o, " ", 1) : 0;
  case OSK_DELETE: return osk_backspace(o);
  default: {
    /* letters type in lower case after the first of a word */
    char c[2] = {k->label[0], 0};
    int word_start = o->len == 0 || o->text[o->len - 1] == ' ' || o->text[o->len - 1] == '-';
    if (!word_start && c[0] >= 'A' && c[0] <= 'Z') {
      c[0] = (char)(c[0] - 'A' + 'a');
    }
    return append(o, c, 1);
  }
  }
}

void osk_clear(Osk *o) {
  memset(o, 0, sizeof *o);
}

void osk_trimmed(const Osk *o, char *out, int cap) {
  int a = 0, b = o->len;
  while (a < b && o->text[a] == ' ') {
    a++;
  }
  while (b > a && o->text[b - 1] == ' ') {
    b--;
  }
  int n = b - a < cap - 1 ? b - a : cap - 1;
  memcpy(out, o->text + a, (size_t)(n > 0 ? n : 0));
  out[n > 0 ? n : 0] = '\0';
}
