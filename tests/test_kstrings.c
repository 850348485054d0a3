/* test_kstrings.c — every interface string exists in every interface
   language, with the same printf conversions as the English one. */
#include "kstrings.h"
#include "principles.h"
#include "testing.h"
#include "text.h"

/* The conversions of a format, e.g. "%d%s", into 'out'. */
static void conversions(const char *s, char *out, size_t cap) {
  size_t n = 0;
  for (const char *p = s; *p && n + 3 < cap; p++) {
    if (*p != '%') {
      continue;
    }
    p++;
    while (*p && strchr("+-. 0123456789", *p)) {
      p++;
    }
    if (*p && *p != '%') {
      out[n++] = '%';
      out[n++] = *p;
    }
  }
  out[n] = '\0';
}

static void every_table_is_complete(void) {
  const int langs[] = {LANG_EN, LANG_IT, LANG_ES};
  const char *const *en = kstr_table(LANG_EN);
  for (int l = 0; l < 3; l++) {
    const char *const *t = kstr_table(langs[l]);
    EXPECT(t != NULL);
    for (int i = 0; t && i < S_COUNT; i++) {
      if (!t[i] || !t[i][0]) {
        T_FAIL("%s: string %d is missing", lang_code(langs[l]), i);
        continue;
      }
      char a[32], b[32];
      conversions(en[i], a, sizeof a);
      conversions(t[i], b, sizeof b);
      if (strcmp(a, b) != 0) {
        T_FAIL("%s: string %d has conversions '%s', English has '%s'", lang_code(langs[l]), i, b, a);
      }
    }
    const char *const *p = kstr_principles(langs[l]);
    for (int i = 0; i < principle_count; i++) {
      EXPECT(p[i] && p[i][0]);
    }
  }
}

static void other_languages_fall_back_to_english(void) {
  EXPECT(!kstr_is_ui_lang(LANG_DE));
  EXPECT_STR(tr(LANG_DE, S_START), "Start");
  EXPECT_STR(tr(LANG_IT, S_START), "Inizia");
  EXPECT_STR(tr(LANG_ES, S_GUEST), "Continuar como invitado");
  EXPECT_STR(tr(LANG_EN, S_COUNT), "");
  EXPECT_STR(tr_principle(LANG_EN, principle_find("go-private")), principles[principle_find("go-private")].title);
  EXPECT_STR(tr_principle(LANG_IT, 999), "");
}

/* The screens name archetypes, channels, difficulties and outcomes by
   offset from the first of each run of ids: the runs must match the core's
   vocabularies one to one. */
static int count(const char *const *names) {
  int n = 0;
  while (names[n]) {
    n++;
  }
  return n;
}

static void vocabularies_line_up_with_the_core(void) {
  EXPECT_INT(S_AR_CRISIS - S_AR_ANGRY + 1, count(archetype_names));
  EXPECT_INT(S_CH_EMAIL - S_CH_FEED + 1, count(channel_names));
  EXPECT_INT(S_DIFF_HARD - S_DIFF_INTRO + 1, count(difficulty_names));
  EXPECT_INT(S_OUT_CRISIS - S_OUT_RESOLVED + 1, count(outcome_names));
  EXPECT_INT(S_AXIS_POLICY - S_AXIS_EMPATHY + 1, AXIS_COUNT);
  EXPECT_STR(tr(LANG_EN, (StrId)(S_AR_ANGRY + name_index(archetype_names, "troll"))), "Troll");
  EXPECT_STR(tr(LANG_IT, (StrId)(S_CH_FEED + CH_FORUM)), "Forum");
  EXPECT_STR(tr(LANG_ES, (StrId)(S_OUT_RESOLVED + OUT_ESCALATED)), "Escalado");
}

int main(void) {
  RUN_TEST(vocabularies_line_up_with_the_core);
  RUN_TEST(every_table_is_complete);
  RUN_TEST(other_languages_fall_back_to_english);
  return t_summary();
}
