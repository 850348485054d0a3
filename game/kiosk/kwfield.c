/* kwfield.c — the fields a participant types to join a workshop: the
   join code (letters and digits, upper-cased) and the facilitator's address
   (a host and maybe a port), with the keys of their on-screen keyboards;
   and the key a seat is remembered under for a rejoin. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "kiosk.h"
#include "kstrings.h"
#include "kworkshop.h"

/* --- the fields ---------------------------------------------------------------- */

#define K(l, r, c)                                                                                                     \
  { OSK_CHAR, l, r, c, 1 }

/* The code: only the characters a code is made of (WS_CODE_ALPHABET, no
   look-alikes such as 0 and O), in reading order, six to a row: fewer and
   larger keys than a full keyboard, and none that cannot be right. */
static const OskKey code_keys[] = {
    K("3", 0, 0), K("4", 0, 1), K("6", 0, 2), K("7", 0, 3), K("9", 0, 4), K("A", 0, 5),
    K("C", 1, 0), K("D", 1, 1), K("E", 1, 2), K("F", 1, 3), K("H", 1, 4), K("J", 1, 5),
    K("K", 2, 0), K("M", 2, 1), K("N", 2, 2), K("P", 2, 3), K("R", 2, 4), K("T", 2, 5),
    K("U", 3, 0), K("V", 3, 1), K("W", 3, 2), K("X", 3, 3), K("Y", 3, 4), {OSK_DELETE, "", 3, 5, 1},
};

/* The address: the same, with what host names and ports need. */
static const OskKey address_keys[] = {
    K("1", 0, 0), K("2", 0, 1), K("3", 0, 2), K("4", 0, 3), K("5", 0, 4), K("6", 0, 5), K("7", 0, 6),
    K("8", 0, 7), K("9", 0, 8), K("0", 0, 9), K("Q", 1, 0), K("W", 1, 1), K("E", 1, 2), K("R", 1, 3),
    K("T", 1, 4), K("Y", 1, 5), K("U", 1, 6), K("I", 1, 7), K("O", 1, 8), K("P", 1, 9), K("A", 2, 0),
    K("S", 2, 1), K("D", 2, 2), K("F", 2, 3), K("G", 2, 4), K("H", 2, 5), K("J", 2, 6), K("K", 2, 7),
    K("L", 2, 8), K(":", 2, 9), K("Z", 3, 0), K("X", 3, 1), K("C", 3, 2), K("V", 3, 3), K("B", 3, 4),
    K("N", 3, 5), K("M", 3, 6), K("-", 3, 7), K(".", 3, 8), {OSK_DELETE, "", 3, 9, 1},
};

const OskKey *kw_keys(const Kiosk *k, int *n, int *rows, int *cols) {
  *rows = 4;
  *cols = k->ws.stage == KW_ADDRESS ? 10 : 6;
  if (k->ws.stage == KW_ADDRESS) {
    *n = (int)(sizeof address_keys / sizeof address_keys[0]);
    return address_keys;
  }
  *n = (int)(sizeof code_keys / sizeof code_keys[0]);
  return code_keys;
}

static int is_alnum(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static int type_char(KWorkshop *w, char c) {
  char *field = w->stage == KW_ADDRESS ? w->address : w->code;
  size_t cap = w->stage == KW_ADDRESS ? KW_ADDRESS_MAX : WS_CODE_LEN, n = strlen(field);
  int ok = w->stage == KW_ADDRESS ? is_alnum(c) || c == '.' || c == '-' || c == ':' : is_alnum(c);
  if (!ok || n >= cap) {
    return 0;
  }
  field[n] = w->stage == KW_ADDRESS ? (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c)
                                    : (char)(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  field[n + 1] = '\0';
  w->problem = -1;
  return 1;
}

int kw_type(Kiosk *k, const char *utf8) {
  if (k->ws.stage != KW_CODE && k->ws.stage != KW_ADDRESS) {
    return 0;
  }
  int changed = 0;
  for (const char *p = utf8; *p; p++) {
    changed |= type_char(&k->ws, *p);
  }
  return changed;
}

int kw_key(Kiosk *k, const OskKey *key) {
  if (key->kind == OSK_DELETE) {
    return kw_backspace(k);
  }
  return key->kind == OSK_CHAR ? kw_type(k, key->label) : 0;
}

int kw_backspace(Kiosk *k) {
  char *field = k->ws.stage == KW_ADDRESS ? k->ws.address : k->ws.stage == KW_CODE ? k->ws.code : NULL;
  size_t n = field ? strlen(field) : 0;
  if (n == 0) {
    return 0;
  }
  field[n - 1] = '\0';
  k->ws.problem = -1;
  return 1;
}

int kw_address_valid(const char *s) {
  const char *colon = strchr(s, ':');
  size_t host = colon ? (size_t)(colon - s) : strlen(s);
  if (host == 0 || host > 253) {
    return 0;
  }
  for (size_t i = 0; i < host; i++) {
    if (!is_alnum(s[i]) && s[i] != '.' && s[i] != '-') {
      return 0;
    }
  }
  if (!colon) {
    return 1;
  }
  char *end;
  long port = strtol(colon + 1, &end, 10);
  return colon[1] >= '0' && colon[1] <= '9' && *end == '\0' && port >= 1 && port <= 65535;
}

int kw_can_submit(const Kiosk *k) {
  if (k->ws.stage == KW_ADDRESS) {
    return k->ws.address[0] != '\0';
  }
  return k->ws.stage == KW_CODE && strlen(k->ws.code) == WS_CODE_LEN;
}

/* FNV-1a over the name (trimmed, ASCII case folded) and the code (upper case). */
uint64_t kw_rejoin_key(const char *name, const char *code) {
  uint64_t h = HASH_START;
  const char *parts[2] = {name, code};
  for (int p = 0; p < 2; p++) {
    for (const unsigned char *c = (const unsigned char *)parts[p]; *c; c++) {
      unsigned char v = *c >= 'A' && *c <= 'Z' ? (unsigned char)(*c - 'A' + 'a') : *c;
      h = hash_bytes(h, &v, 1);
    }
    h = hash_bytes(h, "\xff", 1); /* a separator no UTF-8 text contains */
  }
  return h;
}
