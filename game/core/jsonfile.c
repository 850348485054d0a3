/* jsonfile.c — small JSON files edited by hand (the kiosk configuration,
   tracks): reading one with a size limit, and parsing it so that a slip is
   placed and explained. cJSON gives only a position, so the usual slips of
   a hand-edited file (a trailing comma, a comment, single quotes, a missing
   comma or colon, an unclosed string, a bare word) are told from the text
   around it. */
#define _POSIX_C_SOURCE 200809L
#include "jsonfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "utf8.h"

/* ---- reading ---- */

static int read_fd(int fd, char *buf, size_t len) {
  size_t got = 0;
  while (got < len) {
    ssize_t n = read(fd, buf + got, len - got);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return -1;
    }
    got += (size_t)n;
  }
  return 0;
}

/* O_NONBLOCK so that a FIFO named by mistake cannot hang a kiosk. */
int jsonfile_read(const char *path, size_t max_bytes, char **out, size_t *len, Diag *diag) {
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot open the file: %s", strerror(errno));
    return -1;
  }
  struct stat st;
  const char *problem = NULL;
  char too_big[96];
  if (fstat(fd, &st) != 0) {
    problem = strerror(errno);
  } else if (S_ISDIR(st.st_mode)) {
    problem = "it is a folder (expected a JSON file)";
  } else if (!S_ISREG(st.st_mode)) {
    problem = "it is not a regular file (expected a JSON file)";
  } else if ((unsigned long long)st.st_size > max_bytes) {
    snprintf(too_big, sizeof too_big, "it is larger than %zu bytes (expected a small JSON file)", max_bytes);
    problem = too_big;
  }
  char *buf = problem ? NULL : malloc((size_t)st.st_size + 1);
  if (!problem && !buf) {
    problem = "out of memory";
  }
  errno = 0;
  if (!problem && read_fd(fd, buf, (size_t)st.st_size) != 0) {
    problem = errno ? strerror(errno) : "the file changed while it was read";
  }
  close(fd);
  if (problem) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot read the file: %s", problem);
    free(buf);
    return -1;
  }
  buf[st.st_size] = '\0';
  *out = buf;
  *len = (size_t)st.st_size;
  return 0;
}

/* ---- positions ---- */

/* Line and column (both from 1) of byte 'pos'; columns count characters, as
   editors show them, and a leading byte-order mark is invisible there. */
static void line_col(const char *text, size_t pos, int *line, int *col) {
  *line = 1;
  *col = 1;
  size_t bom = strncmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  for (size_t i = bom; i < pos; i++) {
    if (text[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

void jsonfile_error_at(Diag *diag, const char *path, const char *text, size_t pos, const char *msg) {
  int line, col;
  line_col(text, pos, &line, &col);
  size_t len = strlen(path) + strlen(msg) + 48;
  char *full = malloc(len);
  if (full) {
    snprintf(full, len, "%s:%d:%d: %s", path, line, col, msg);
    diag_add_raw(diag, DIAG_ERROR, full);
    free(full);
  } else {
    diag_add_raw(diag, DIAG_ERROR, msg);
  }
}

/* ---- reading the text around an error ---- */

static int is_blank(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static int is_word(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

/* Offset of the last non-blank byte before 'pos', or -1. */
static long prev_nonblank(const char *text, size_t pos) {
  long i = (long)pos - 1;
  while (i >= 0 && is_blank(text[i])) {
    i--;
  }
  return i;
}

static int ends_value(char ch) {
  return ch == '"' || ch == ']' || ch == '}' || (ch >= '0' && ch <= '9') || ch == 'e' || ch == 'l';
}

static int starts_value(char ch) {
  return ch == '"' || ch == '[' || ch == '{' || ch == '-' || (ch >= '0' && ch <= '9') || ch == 't' || ch == 'f' ||
         ch == 'n';
}

/* Whether the string whose closing quote is at 'close' is a key: what comes
   before its opening quote is '{' or ','. */
static int string_is_key(const char *text, long close) {
  long open = close - 1;
  while (open >= 0 && !(text[open] == '"' && (open == 0 || text[open - 1] != '\\'))) {
    open--;
  }
  long before = open > 0 ? prev_nonblank(text, (size_t)open) : -1;
  return before >= 0 && (text[before] == '{' || text[before] == ',');
}

/* Up to 12 characters of the text at 's' for a message: the whole word if
   it is one, never past the line's end or through a UTF-8 sequence. */
static void excerpt(const char *s, char *buf, size_t size) {
  size_t n = 0;
  if (is_word(s[0])) {
    while (n < 12 && is_word(s[n])) {
      n++;
    }
  } else {
    while (n < 12 && s[n] && s[n] != '\n' && s[n] != '\r') {
      n++;
    }
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) {
      n--;
    }
  }
  snprintf(buf, size, "%.*s", (int)n, s);
  utf8_scrub(buf, '?'); /* nothing from the file drives a terminal, C1 included */
}

/* cJSON stops inside a bare word, on the second '/' of a comment, or on the
   last byte when only blanks remain: move to where a reader would look. */
static size_t settle(const char *text, size_t len, size_t pos) {
  if (pos + strspn(text + pos, " \t\r\n") >= len) {
    return len;
  }
  if (pos > 0 && text[pos - 1] == '/' && (text[pos] == '/' || text[pos] == '*')) {
    return pos - 1;
  }
  if (text[pos] == ':' && pos > 0 && is_word(text[pos - 1])) {
    pos--;
  }
  while (is_word(text[pos]) && pos > 0 && is_word(text[pos - 1])) {
    pos--;
  }
  return pos;
}

/* The message for the slip at *pos; *pos may move to the culprit. */
static void explain(const char *text, size_t len, size_t *pos, int complete, const char *hint, char *msg, size_t size) {
  long before = prev_nonblank(text, *pos);
  char at = text[*pos], prev = before >= 0 ? text[before] : '\0';
  char near[64];
  excerpt(text + *pos, near, sizeof near);
  long comma = (prev == '}' || prev == ']') && at == '\0' ? prev_nonblank(text, (size_t)before) : -1;
  comma = (at == '}' || at == ']') && prev == ',' ? before : comma;
  const char *after_word = text + *pos +
                           strspn(text + *pos, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                               "0123456789_");
  if (comma >= 0 && text[comma] == ',') {
    *pos = (size_t)comma;
    snprintf(msg, size, "a comma after the last item (JSON allows none there)");
  } else if (complete) {
    snprintf(msg, size, "'%s' after the end of the object (expected nothing more)", near);
  } else if (at == '\0') {
    snprintf(msg, size, "unexpected end of the file (a string, list or object is not closed)");
  } else if (*pos > 0 && text[*pos - 1] == '"' && !memchr(text + *pos, '"', len - *pos)) {
    *pos -= 1;
    snprintf(msg, size, "a string that is never closed (expected a closing '\"')");
  } else if (at == '/' || at == '#') {
    snprintf(msg, size, "a comment (JSON has no comments%s%s)", hint ? "; " : "", hint ? hint : "");
  } else if (at == '\'' || prev == '\'') {
    snprintf(msg, size, "a single quote (JSON strings and keys need double quotes)");
  } else if (at == '\\') {
    snprintf(msg, size, "an invalid escape '\\%c' in a string", *pos + 1 < len ? text[*pos + 1] : ' ');
  } else if (starts_value(at) && ends_value(prev)) {
    const char *missing = prev == '"' && string_is_key(text, before) ? "colon" : "comma";
    snprintf(msg, size, "a missing %s before '%s'", missing, near);
  } else if ((at == ',' || at == '}') && prev == ':') {
    snprintf(msg, size, "a missing value after ':'");
  } else if (is_word(at) && after_word[strspn(after_word, " \t\r\n")] == ':') {
    snprintf(msg, size, "a key without double quotes: '%s' (expected \"%s\")", near, near);
  } else if (is_word(at)) {
    snprintf(msg, size, "'%s' is not a value (strings need double quotes; true, false and null are lowercase)", near);
  } else {
    snprintf(msg, size, "unexpected '%s' (expected JSON: \"key\": value pairs in { })", near);
  }
}

static void syntax_error(Diag *diag, const char *path, const char *text, size_t len, size_t pos, int complete,
                         const char *hint) {
  char msg[256];
  pos = settle(text, len, pos < len ? pos : len);
  explain(text, len, &pos, complete, hint, msg, sizeof msg);
  jsonfile_error_at(diag, path, text, pos, msg);
}

/* ---- parsing ---- */

cJSON *jsonfile_parse(const char *path, const char *text, size_t len, const char *comment_hint, Diag *diag) {
  size_t bad = utf8_invalid_at(text, len);
  if (bad < len) {
    jsonfile_error_at(diag, path, text, bad, "not UTF-8 text (expected a JSON file saved as UTF-8)");
    return NULL;
  }
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithOpts(text, &end, 1);
  if (root) {
    return root;
  }
  size_t pos = end && end >= text ? (size_t)(end - text) : 0;
  const char *value_end = NULL;
  cJSON *prefix = cJSON_ParseWithOpts(text, &value_end, 0); /* did a value end before the junk? */
  int complete = prefix && value_end && value_end + strspn(value_end, " \t\r\n") == end;
  cJSON_Delete(prefix);
  syntax_error(diag, path, text, len, pos, complete, comment_hint);
  return NULL;
}
