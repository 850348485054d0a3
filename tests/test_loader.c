/* test_loader.c — the schema diagnostics of scenario_load.c. Each file in
   tests/bad/ is a copy of tests/data/worked-example.lua with one defect; the
   test pins the exact message and its line. Also: languages (complete_langs
   and text_get's fallback) for an Italian scenario loaded from memory. */
#include <stdlib.h>
#include <string.h>

#include "scenario.h"
#include "testing.h"

#define B "tests/bad/"

/* The i-th diagnostic, or NULL (so that a missing one fails an EXPECT). */
static const char *item(const Diag *d, int i) {
  return i < d->count ? d->items[i].msg : NULL;
}

/* Loads a bad file and expects it refused with exactly one error whose
   message contains 'want' (which starts with "path:line: "). */
static void expect_one_error(const char *path, const char *want) {
  Diag diag = {0};
  Scenario *s = scn_load_file(path, NULL, &diag);
  EXPECT(s == NULL);
  EXPECT_INT(diag.errors, 1);
  EXPECT_CONTAINS(item(&diag, 0), want);
  scn_free(s);
  diag_free(&diag);
}

static void the_worked_example_loads_cleanly(void) {
  Diag diag = {0};
  Scenario *s = scn_load_file("tests/data/worked-example.lua", NULL, &diag);
  EXPECT(s != NULL);
  EXPECT_INT(diag.errors + diag.warnings, 0);
  if (s) {
    EXPECT_STR(s->id, "worked-example");
    EXPECT_INT(s->n_beats, 4);
    EXPECT_INT(s->beats[0].line, 16);
    EXPECT_INT(s->beats[0].decision->line, 18);
    EXPECT_INT(s->beats[0].decision->n_choices, 3);
    EXPECT_INT(s->beats[0].decision->choices[2].line, 22);
    EXPECT_INT(s->beats[0].decision->choices[2].cost_ms, 48LL * 3600 * 1000);
    EXPECT_INT(s->beats[0].decision->timeout_ms, 2LL * 3600 * 1000);
    EXPECT_INT(s->beats[3].ending->outcome, OUT_ESCALATED);
    EXPECT_INT(s->complete_langs, 1u << LANG_EN);
  }
  scn_free(s);
  diag_free(&diag);
}

static void a_misspelt_field_is_unknown_and_the_real_one_missing(void) {
  Diag diag = {0};
  Scenario *s = scn_load_file(B "typo.lua", NULL, &diag);
  EXPECT(s == NULL);
  EXPECT_INT(diag.errors, 2);
  EXPECT_CONTAINS(item(&diag, 0), B "typo.lua:31: unknown field 'emapthy' in choice (expected one of: text, empathy,");
  EXPECT_CONTAINS(item(&diag, 1), B "typo.lua:31: missing 'empathy'");
  scn_free(s);
  diag_free(&diag);
}

static void a_choice_without_feedback_is_reported_at_the_choice(void) {
  expect_one_error(B "missing-feedback.lua", B "missing-feedback.lua:21: missing 'feedback'");
}

static void a_scenario_without_a_title_is_reported_at_the_scenario(void) {
  expect_one_error(B "missing-title.lua", B "missing-title.lua:2: missing 'title'");
}

static void an_unknown_principle_tag_is_reported(void) {
  expect_one_error(B "unknown-tag.lua", B "unknown-tag.lua:20: unknown principle tag 'be-nice'");
}

static void next_naming_a_missing_beat_is_reported(void) {
  expect_one_error(B "missing-beat.lua", B "missing-beat.lua:33: 'next' names a beat \"furious\" that does not exist");
}

static void a_beat_with_no_way_out_is_reported(void) {
  expect_one_error(B "no-way-out.lua",
                   B "no-way-out.lua:37: beat 'calm' has no way out: give it a decision, an ending or a next");
}

static void a_decision_with_one_choice_is_reported(void) {
  expect_one_error(B "one-choice.lua", B "one-choice.lua:29: a decision needs 2 to 5 choices, this one has 1");
}

static void a_decision_with_six_choices_is_reported(void) {
  expect_one_error(B "six-choices.lua", B "six-choices.lua:29: a decision needs 2 to 5 choices, this one has 6");
}

static void a_timeout_without_silence_is_reported(void) {
  expect_one_error(B "timeout-without-silence.lua",
                   B "timeout-without-silence.lua:18: a decision with a 'timeout' needs 'silence = choice{ ... }'");
}

static void a_silence_without_timeout_is_reported(void) {
  expect_one_error(B "silence-without-timeout.lua", B "silence-without-timeout.lua:18: 'silence' needs a 'timeout'");
}

static void a_rating_out_of_range_is_reported(void) {
  expect_one_error(B "rating-range.lua", B "rating-range.lua:20: 'empathy' is 12, outside 0..10");
}

static void a_fractional_count_of_minutes_is_reported(void) {
  expect_one_error(B "fractional-minutes.lua",
                   B "fractional-minutes.lua:2: 'minutes' is 2.5, it must be a whole number");
}

static void an_undeclared_state_variable_in_effects_is_reported(void) {
  expect_one_error(B "undeclared-var.lua",
                   B "undeclared-var.lua:21: effects.set names 'refunded', which is not declared in state = { ... }");
}

static void a_duration_in_words_is_reported(void) {
  expect_one_error(B "bad-duration.lua", B "bad-duration.lua:22: 'cost' = \"2 hours\" is not a duration");
}

static void a_text_missing_the_scenario_language_is_reported(void) {
  expect_one_error(B "missing-lang.lua",
                   B "missing-lang.lua:31: 'feedback' has no text in the scenario's language 'it'");
}

static void an_unknown_scenario_language_is_reported(void) {
  expect_one_error(B "unknown-lang.lua", B "unknown-lang.lua:2: 'lang' = \"xx\" is not a supported language");
}

static void a_translation_in_an_unknown_language_is_reported(void) {
  expect_one_error(B "unknown-translation.lua",
                   B "unknown-translation.lua:37: 'text' has a translation in an unknown language 'tlh'");
}

static void a_persona_called_brand_is_reported(void) {
  expect_one_error(B "brand-persona.lua",
                   B "brand-persona.lua:13: persona id 'brand' must be a name other than \"brand\"");
}

static void duplicate_beat_ids_are_reported_at_the_second(void) {
  expect_one_error(B "duplicate-beat.lua", B "duplicate-beat.lua:39: two beats are called 'angry'");
}

static void the_wrong_constructor_is_reported(void) {
  expect_one_error(B "wrong-constructor.lua",
                   B "wrong-constructor.lua:29: expected decision{ } here, found choice{ }");
}

static void a_file_that_does_not_return_a_table_is_reported(void) {
  expect_one_error(B "not-a-table.lua",
                   B "not-a-table.lua:1: the file must end with 'return scenario { ... }' (it returned a string)");
}

static void a_syntax_error_is_reported_with_its_line(void) {
  expect_one_error(B "syntax-error.lua", B "syntax-error.lua:22: '}' expected (to close '{' at line 19) near 'choice'");
}

static void a_missing_file_is_reported(void) {
  expect_one_error(B "no-such-file.lua", B "no-such-file.lua: cannot open the file");
}

static void every_bad_file_is_refused(void) {
  char **paths = NULL;
  int n = scn_list_dir("tests/bad", &paths);
  EXPECT_INT(n, 22);
  for (int i = 0; i < n; i++) {
    Diag diag = {0};
    Scenario *s = scn_load_file(paths[i], NULL, &diag);
    if (s || diag.errors == 0 || !item(&diag, 0) || strncmp(item(&diag, 0), paths[i], strlen(paths[i])) != 0) {
      T_FAIL("%s was not refused with a message naming it", paths[i]);
    }
    t_checks++;
    scn_free(s);
    diag_free(&diag);
    free(paths[i]);
  }
  free(paths);
}

/* --- languages ---------------------------------------------------------- */

static const char italian[] =
    "return scenario {\n"
    "  id = 'pacco', lang = 'it',\n"
    "  title = { it = 'Il pacco', en = 'The parcel' },\n"
    "  summary = { it = 'Un pacco in ritardo.', en = 'A late parcel.' },\n"
    "  archetype = 'angry-customer', channel = 'feed', difficulty = 'intro', minutes = 2,\n"
    "  brand = { name = 'Rondine', handle = '@rondine' },\n"
    "  rules = { { it = 'Niente dati in pubblico.', en = 'No data in public.' } },\n"
    "  personas = { persona { id = 'giulia', name = 'Giulia', handle = '@giulia',\n"
    "                         role = { it = 'cliente', en = 'customer' } } },\n"
    "  beats = {\n"
    "    beat { id = 'inizio',\n"
    "      posts = { post { from = 'giulia', text = { it = 'Dov\\'e il mio pacco?', en = 'Where is my parcel?' } } },\n"
    "      decision = decision { prompt = { it = 'Rispondi', en = 'Answer' },\n"
    "        choices = {\n"
    "          choice { text = { it = 'Scusa', en = 'Sorry' }, empathy = 8, policy = 7,\n"
    "                   feedback = { it = 'Bene', en = 'Good' }, next = 'fine' },\n"
    "          choice { text = { it = 'Aspetta', en = 'Wait' }, empathy = 2, policy = 5,\n"
    "                   feedback = { it = 'Freddo', en = 'Cold' }, next = 'fine' },\n"
    "        },\n"
    "      },\n"
    "    },\n"
    "    beat { id = 'fine', ending = ending { outcome = 'resolved', text = { it = 'Risolto', en = 'Solved' } } },\n"
    "  },\n"
    "}\n";

static Scenario *load_italian(const char *from, const char *to, Diag *diag) {
  char src[sizeof italian + 64];
  const char *at = from ? strstr(italian, from) : NULL;
  if (at) {
    snprintf(src, sizeof src, "%.*s%s%s", (int)(at - italian), italian, to, at + strlen(from));
  } else {
    snprintf(src, sizeof src, "%s", italian);
  }
  return scn_load_buffer("mem/pacco.lua", src, strlen(src), NULL, diag);
}

static void an_italian_scenario_with_english_translations_is_complete_in_both(void) {
  Diag diag = {0};
  Scenario *s = load_italian(NULL, NULL, &diag);
  EXPECT(s != NULL);
  EXPECT_INT(diag.errors, 0);
  if (s) {
    EXPECT_INT(s->lang, LANG_IT);
    EXPECT_INT(s->complete_langs, (1u << LANG_IT) | (1u << LANG_EN));
  }
  scn_free(s);
  diag_free(&diag);
}

static void text_get_picks_the_language_then_the_scenario_language(void) {
  Diag diag = {0};
  Scenario *s = load_italian(NULL, NULL, &diag);
  EXPECT(s != NULL);
  if (s) {
    EXPECT_STR(text_get(&s->title, LANG_EN, s->lang), "The parcel");
    EXPECT_STR(text_get(&s->title, LANG_IT, s->lang), "Il pacco");
    EXPECT_STR(text_get(&s->title, LANG_DE, s->lang), "Il pacco"); /* no German: the scenario's own */
    EXPECT(!text_has(&s->title, LANG_DE));
  }
  scn_free(s);
  diag_free(&diag);
}

static void a_plain_string_counts_only_in_the_scenario_language(void) {
  Diag diag = {0};
  Scenario *s = load_italian("text = { it = 'Risolto', en = 'Solved' }", "text = 'Risolto'", &diag);
  EXPECT(s != NULL);
  EXPECT_INT(diag.errors, 0);
  if (s) {
    const Text *t = &s->beats[1].ending->text;
    EXPECT_INT(s->complete_langs, 1u << LANG_IT);
    EXPECT(text_has(t, LANG_IT));
    EXPECT(!text_has(t, LANG_EN));
    EXPECT_STR(text_get(t, LANG_EN, s->lang), "Risolto");
    EXPECT_STR(text_get(&s->title, LANG_EN, s->lang), "The parcel"); /* other texts keep English */
  }
  scn_free(s);
  diag_free(&diag);
}

static void a_third_language_on_some_texts_is_not_complete(void) {
  Diag diag = {0};
  Scenario *s = load_italian("{ it = 'Il pacco', en = 'The parcel' }",
                             "{ it = 'Il pacco', en = 'The parcel', es = 'El paquete' }", &diag);
  EXPECT(s != NULL);
  if (s) {
    EXPECT_INT(s->complete_langs, (1u << LANG_IT) | (1u << LANG_EN));
    EXPECT_STR(text_get(&s->title, LANG_ES, s->lang), "El paquete");
    EXPECT_STR(text_get(&s->summary, LANG_ES, s->lang), "Un pacco in ritardo.");
  }
  scn_free(s);
  diag_free(&diag);
}

static void a_buffer_error_names_the_given_path(void) {
  Diag diag = {0};
  Scenario *s = load_italian("minutes = 2", "minutes = 500", &diag);
  EXPECT(s == NULL);
  EXPECT_INT(diag.errors, 1);
  EXPECT_CONTAINS(item(&diag, 0), "mem/pacco.lua:1: 'minutes' is 500, outside 1..120");
  scn_free(s);
  diag_free(&diag);
}

int main(void) {
  RUN_TEST(the_worked_example_loads_cleanly);
  RUN_TEST(a_misspelt_field_is_unknown_and_the_real_one_missing);
  RUN_TEST(a_choice_without_feedback_is_reported_at_the_choice);
  RUN_TEST(a_scenario_without_a_title_is_reported_at_the_scenario);
  RUN_TEST(an_unknown_principle_tag_is_reported);
  RUN_TEST(next_naming_a_missing_beat_is_reported);
  RUN_TEST(a_beat_with_no_way_out_is_reported);
  RUN_TEST(a_decision_with_one_choice_is_reported);
  RUN_TEST(a_decision_with_six_choices_is_reported);
  RUN_TEST(a_timeout_without_silence_is_reported);
  RUN_TEST(a_silence_without_timeout_is_reported);
  RUN_TEST(a_rating_out_of_range_is_reported);
  RUN_TEST(a_fractional_count_of_minutes_is_reported);
  RUN_TEST(an_undeclared_state_variable_in_effects_is_reported);
  RUN_TEST(a_duration_in_words_is_reported);
  RUN_TEST(a_text_missing_the_scenario_language_is_reported);
  RUN_TEST(an_unknown_scenario_language_is_reported);
  RUN_TEST(a_translation_in_an_unknown_language_is_reported);
  RUN_TEST(a_persona_called_brand_is_reported);
  RUN_TEST(duplicate_beat_ids_are_reported_at_the_second);
  RUN_TEST(the_wrong_constructor_is_reported);
  RUN_TEST(a_file_that_does_not_return_a_table_is_reported);
  RUN_TEST(a_syntax_error_is_reported_with_its_line);
  RUN_TEST(a_missing_file_is_reported);
  RUN_TEST(every_bad_file_is_refused);
  RUN_TEST(an_italian_scenario_with_english_translations_is_complete_in_both);
  RUN_TEST(text_get_picks_the_language_then_the_scenario_language);
  RUN_TEST(a_plain_string_counts_only_in_the_scenario_language);
  RUN_TEST(a_third_language_on_some_texts_is_not_complete);
  RUN_TEST(a_buffer_error_names_the_given_path);
  return t_summary();
}
