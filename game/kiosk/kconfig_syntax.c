/* kconfig_syntax.c — where a configuration file's text goes wrong and why:
   UTF-8 validation, line and column of a byte, and a message for the spot
   where cJSON stopped. cJSON gives only a position, so the usual slips of a
   hand-edited file (a trailing comma, a comment, single quotes, a missing
   comma or colon, an unclosed string, a bare word) are told from the text
   around it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kconfig_internal.h"

/* ---- UTF-8 and positions ---- */

/* Length of the UTF-8 sequence at 's' (at most 'left' bytes), 0 if invalid:
   overlong forms, surrogates, code points past U+10FFFF and NUL are refused. */
static size_t utf8_seq(const unsigned char *s, size_t left) {
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
  return n;
}

size_t kcfg_utf8_invalid_at(const char *text, size_t len) {
  size_t i = 0;
  while (i < len) {
    size_t n = utf8_seq((const unsigned char *)text + i, len - i);
    if (n == 0) {
      return i;
    }
    i += n;
  }
  return len;
}

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

void kcfg_error_at(Diag *diag, const char *path, const char *text, size_t pos, const char *msg) {
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
  for (char *p = buf; *p; p++) {
    *p = (unsigned char)*p < 0x20 || *p == 0x7F ? '?' : *p; /* nothing from the file drives a terminal */
  }
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
static void explain(const char *text, size_t len, size_t *pos, int complete, char *msg, size_t size) {
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
    snprintf(msg, size, "a comment (JSON has no comments; the keys are explained in docs/kiosk-config.md)");
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

void kcfg_syntax_error(Diag *diag, const char *path, const char *text, size_t len, size_t pos, int complete) {
  char msg[256];
  pos = settle(text, len, pos < len ? pos : len);
  explain(text, len, &pos, complete, msg, sizeof msg);
  kcfg_error_at(diag, path, text, pos, msg);
}
