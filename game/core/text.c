/* text.c — localised text lookup with fallback */
#include "text.h"

#include <stdlib.h>
#include <string.h>

static const char *const lang_codes[LANG_COUNT] = {"en", "it", "es", "fr", "de", "pt"};

int lang_from_code(const char *code) {
  for (int i = 0; i < LANG_COUNT; i++) {
    if (code && strcmp(code, lang_codes[i]) == 0) {
      return i;
    }
  }
  return -1;
}

const char *lang_code(int lang) {
  return (lang >= 0 && lang < LANG_COUNT) ? lang_codes[lang] : "?";
}

const char *text_get(const Text *t, int lang, int fallback) {
  if (lang >= 0 && lang < LANG_COUNT && t->s[lang]) {
    return t->s[lang];
  }
  if (fallback >= 0 && fallback < LANG_COUNT && t->s[fallback]) {
    return t->s[fallback];
  }
  for (int i = 0; i < LANG_COUNT; i++) {
    if (t->s[i]) {
      return t->s[i];
    }
  }
  return "";
}

int text_has(const Text *t, int lang) {
  return lang >= 0 && lang < LANG_COUNT && t->s[lang] != NULL;
}

int text_empty(const Text *t) {
  for (int i = 0; i < LANG_COUNT; i++) {
    if (t->s[i]) {
      return 0;
    }
  }
  return 1;
}

void text_free(Text *t) {
  for (int i = 0; i < LANG_COUNT; i++) {
    free(t->s[i]);
    t->s[i] = NULL;
  }
}
