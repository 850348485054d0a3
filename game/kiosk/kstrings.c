/* kstrings.c — picks the table of the interface language */
#include "kstrings.h"

#include <stddef.h>

#include "principles.h"
#include "text.h"

extern const char *const kstrings_en[S_COUNT], *const kstrings_it[S_COUNT], *const kstrings_es[S_COUNT];
extern const char *const kprinciples_en[], *const kprinciples_it[], *const kprinciples_es[];

const char *const *kstr_table(int lang) {
  switch (lang) {
  case LANG_EN: return kstrings_en;
  case LANG_IT: return kstrings_it;
  case LANG_ES: return kstrings_es;
  default: return NULL;
  }
}

const char *const *kstr_principles(int lang) {
  switch (lang) {
  case LANG_EN: return kprinciples_en;
  case LANG_IT: return kprinciples_it;
  case LANG_ES: return kprinciples_es;
  default: return NULL;
  }
}

int kstr_is_ui_lang(int lang) {
  return kstr_table(lang) != NULL;
}

const char *tr(int lang, StrId id) {
  const char *const *t = kstr_table(lang);
  if (id < 0 || id >= S_COUNT) {
    return "";
  }
  if (t && t[id]) {
    return t[id];
  }
  return kstrings_en[id] ? kstrings_en[id] : "";
}

const char *tr_principle(int lang, int principle) {
  if (principle < 0 || principle >= principle_count) {
    return "";
  }
  const char *const *t = kstr_principles(lang);
  return t && t[principle] ? t[principle] : principles[principle].title;
}
