/* text.h — localised text: one string per supported interface language */
#ifndef TS_TEXT_H
#define TS_TEXT_H

enum { LANG_EN, LANG_IT, LANG_ES, LANG_FR, LANG_DE, LANG_PT, LANG_COUNT };

/* A text owns its strings (malloc'd, NULL where a language is missing). */
typedef struct Text {
  char *s[LANG_COUNT];
} Text;

/* Language index for a code such as "it", or -1. */
int lang_from_code(const char *code);
const char *lang_code(int lang);

/* The text in 'lang', else in 'fallback', else English, else any; never NULL. */
const char *text_get(const Text *t, int lang, int fallback);
int text_has(const Text *t, int lang);
int text_empty(const Text *t);
void text_free(Text *t);

#endif
