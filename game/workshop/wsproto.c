/* wsproto.c — the bounded line reader and the small vocabularies of the
   workshop protocol: names on the wire, join codes, secrets, names.
   Messages are parsed in wsparse.c and built in wsbuild.c. */
#define _DEFAULT_SOURCE /* getrandom */
#include "wsproto.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "utf8.h"

const char *const ws_type_names[] = {"hello", "answer", "done",   "ping",     "control", "welcome", "refuse", "start",
                                     "open",  "count",  "ack",    "reveal",   "continue", "end",    "error",  NULL};
const char *const ws_pace_names[] = {"together", "own", NULL};
const char *const ws_phase_names[] = {"lobby", "play", "ended", NULL};
const char *const ws_refuse_names[] = {"code", "full", "version", "ended", "name", NULL};
const char *const ws_control_names[] = {"start", "close", "branch", "continue", "end", NULL};

/* --- the bounded line reader ------------------------------------------- */

void ws_reader_init(WsReader *r, size_t bound) {
  memset(r, 0, sizeof *r);
  r->bound = bound;
}

void ws_reader_free(WsReader *r) {
  free(r->buf);
  memset(r, 0, sizeof *r);
}

size_t ws_reader_pending(const WsReader *r) {
  return r->len;
}

/* The line held ends at its '\n': hand it over without a '\r' before it. */
static int deliver(WsReader *r, WsLineFn fn, void *ctx) {
  size_t len = r->len;
  if (len > 0 && r->buf[len - 1] == '\r') {
    len--;
  }
  r->len = 0;
  r->lines++;
  return fn(ctx, r->buf, len);
}

/* Takes bytes up to the next '\n' (or all of them): 1 when a line is
   complete, 0 when more is needed, -1 when the line passed the bound. The
   one byte past the bound may only be a '\r' waiting for its '\n'. */
static int take(WsReader *r, const char **data, size_t *left) {
  const char *nl = memchr(*data, '\n', *left);
  size_t n = nl ? (size_t)(nl - *data) : *left;
  size_t total = r->len + n;
  if (total > r->bound + 1) {
    return -1;
  }
  memcpy(r->buf + r->len, *data, n);
  r->len = total;
  if (total == r->bound + 1 && r->buf[total - 1] != '\r') {
    return -1;
  }
  *data += nl ? n + 1 : n;
  *left -= nl ? n + 1 : n;
  return nl != NULL;
}

int ws_reader_feed(WsReader *r, const char *data, size_t len, WsLineFn fn, void *ctx) {
  if (r->failed) {
    return WS_READ_TOO_LONG;
  }
  if (len > 0 && !r->buf) {
    r->buf = malloc(r->bound + 1);
    if (!r->buf) {
      r->failed = 1;
      return WS_READ_TOO_LONG;
    }
  }
  while (len > 0) {
    int got = take(r, &data, &len);
    if (got < 0) {
      r->failed = 1;
      r->len = 0;
      return WS_READ_TOO_LONG;
    }
    if (got) {
      int rc = deliver(r, fn, ctx);
      if (rc != 0) {
        return rc;
      }
    }
  }
  return 0;
}

/* --- small vocabularies ------------------------------------------------- */

static int random_bytes(unsigned char *b, size_t n) {
  size_t got = 0;
  while (got < n) {
    ssize_t k = getrandom(b + got, n - got, 0);
    if (k < 0 && errno != EINTR) {
      return -1;
    }
    got += k > 0 ? (size_t)k : 0;
  }
  return 0;
}

int ws_new_code(char out[WS_CODE_LEN + 1]) {
  static const char alphabet[] = WS_CODE_ALPHABET;
  unsigned char b[WS_CODE_LEN];
  if (random_bytes(b, sizeof b) != 0) {
    return -1;
  }
  /* 23 letters: the modulo bias over a byte (256 = 11 * 23 + 3) is harmless
     for a code that only keeps neighbours from joining by mistake */
  for (int i = 0; i < WS_CODE_LEN; i++) {
    out[i] = alphabet[b[i] % (sizeof alphabet - 1)];
  }
  out[WS_CODE_LEN] = '\0';
  return 0;
}

int ws_new_secret(char out[WS_SECRET_LEN + 1]) {
  unsigned char b[WS_SECRET_LEN / 2];
  if (random_bytes(b, sizeof b) != 0) {
    return -1;
  }
  for (size_t i = 0; i < sizeof b; i++) {
    snprintf(out + 2 * i, 3, "%02x", b[i]);
  }
  return 0;
}

int ws_code_matches(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    if (toupper((unsigned char)*a) != toupper((unsigned char)*b)) {
      return 0;
    }
  }
  return *a == *b;
}

int ws_code_valid(const char *code) {
  size_t n = strlen(code);
  if (n != WS_CODE_LEN) {
    return 0;
  }
  for (size_t i = 0; i < n; i++) {
    if (!strchr(WS_CODE_ALPHABET, toupper((unsigned char)code[i]))) {
      return 0;
    }
  }
  return 1;
}

int ws_name_check(const char *name, char *err, size_t errlen) {
  size_t n = strlen(name);
  const char *problem = NULL;
  if (n == 0) {
    problem = "is empty";
  } else if (n > WS_MAX_NAME) {
    problem = "is longer than 64 bytes";
  } else if (utf8_invalid_at(name, n) != n) {
    problem = "is not valid UTF-8";
  } else if (utf8_control_at(name, n) != n) {
    problem = "has a control character";
  }
  if (problem) {
    snprintf(err, errlen, "\"name\" %s", problem);
    return -1;
  }
  return 0;
}

void ws_format_problem(char *out, size_t cap, const char *peer, int line, const char *problem) {
  snprintf(out, cap, "%s: line %d: %s", peer, line, problem);
}
