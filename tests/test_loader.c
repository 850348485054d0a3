/* test_loader.c — the schema diagnostics of scenario_load.c. Each bad case
   is tests/data/worked-example.lua with one defect, made by a text
   substitution and loaded from memory under a tests/bad/ name; the test pins
   the exact message and its line. Also: languages (complete_langs and
   text_get's fallback) for an Italian scenario loaded from memory. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"
#include "scenario.h"
#include "testing.h"

#define B "tests/bad/"
#define WORKED "tests/data/worked-example.lua"

/* The i-th diagnostic, or NULL (so that a missing one fails an EXPECT). */
static const char *item(const Diag *d, int i) {
  return i < d->count ? d->items[i].msg : NULL;
}

static char *worked_example; /* the source every bad case edits */

typedef struct Edit {
  const char *find, *with; /* every occurrence of find becomes with */
} Edit;

typedef struct BadCase {
  const char *test;    /* what the case shows, printed as a test name */
  const char *path;    /* the name it is loaded under */
  Edit edits[3];       /* applied in order, up to the first empty one */
  int errors;          /* how many errors the load reports */
  const char *want[2]; /* the first messages contain these, in order */
} BadCase;

static const BadCase bad_cases[] = {
    {"a_misspelt_field_is_unknown_and_the_real_one_missing",
     B "typo.lua",
     {{"text = \"X\", empathy", "text = \"X\", emapthy"}},
     2,
     {B "typo.lua:31: unknown field 'emapthy' in choice (expected one of: text, empathy,",
      B "typo.lua:31: missing 'empathy'"}},
    {"a_choice_without_feedback_is_reported_at_the_choice",
     B "missing-feedback.lua",
     {{"feedback = \"fb\", ", ""}},
     1,
     {B "missing-feedback.lua:21: missing 'feedback'"}},
    {"a_scenario_without_a_title_is_reported_at_the_scenario",
     B "missing-title.lua",
     {{"  title = \"Worked example\",\n", ""}},
     1,
     {B "missing-title.lua:2: missing 'title'"}},
    {"an_unknown_principle_tag_is_reported",
     B "unknown-tag.lua",
     {{"\"reply-fast\"", "\"be-nice\""}},
     1,
     {B "unknown-tag.lua:20: unknown principle tag 'be-nice'"}},
    {"next_naming_a_missing_beat_is_reported",
     B "missing-beat.lua",
     {{"feedback = \"fz\", next = \"angry\"", "feedback = \"fz\", next = \"furious\""}},
     1,
     {B "missing-beat.lua:33: 'next' names a beat \"furious\" that does not exist"}},
    {"a_beat_with_no_way_out_is_reported",
     B "no-way-out.lua",
     {{"ending = ending { outcome = \"resolved\", text = \"Ana is happy.\" }",
       "posts = { post { from = \"ana\", text = \"Thanks.\" } }"}},
     1,
     {B "no-way-out.lua:37: beat 'calm' has no way out: give it a decision, an ending or a next"}},
    {"a_decision_with_one_choice_is_reported",
     B "one-choice.lua",
     {{"          choice { text = \"Y\", empathy = 4, policy = 9, feedback = \"fy\", next = \"angry\" },\n", ""},
      {"          choice { text = \"Z\", empathy = 4, policy = 9, feedback = \"fz\", next = \"angry\" },\n", ""}},
     1,
     {B "one-choice.lua:29: a decision needs 2 to 5 choices, this one has 1"}},
    {"a_decision_with_six_choices_is_reported",
     B "six-choices.lua",
     {{"feedback = \"fz\", next = \"angry\" },\n",
       "feedback = \"fz\", next = \"angry\" },\n"
       "          choice { text = \"V\", empathy = 1, policy = 1, feedback = \"fv\", next = \"angry\" },\n"
       "          choice { text = \"W\", empathy = 2, policy = 2, feedback = \"fw\", next = \"angry\" },\n"
       "          choice { text = \"U\", empathy = 3, policy = 3, feedback = \"fu\", next = \"angry\" },\n"}},
     1,
     {B "six-choices.lua:29: a decision needs 2 to 5 choices, this one has 6"}},
    {"a_timeout_without_silence_is_reported",
     B "timeout-without-silence.lua",
     {{"        silence = choice { empathy = 0, policy = 5, feedback = \"fs\", next = \"d2\" },\n", ""}},
     1,
     {B "timeout-without-silence.lua:18: a decision with a 'timeout' needs 'silence = choice{ ... }'"}},
    {"a_silence_without_timeout_is_reported",
     B "silence-without-timeout.lua",
     {{" timeout = \"2h\",", ""}},
     1,
     {B "silence-without-timeout.lua:18: 'silence' needs a 'timeout'"}},
    {"a_rating_out_of_range_is_reported",
     B "rating-range.lua",
     {{"empathy = 9,", "empathy = 12,"}},
     1,
     {B "rating-range.lua:20: 'empathy' is 12, outside 0..10"}},
    {"a_fractional_count_of_minutes_is_reported",
     B "fractional-minutes.lua",
     {{"minutes = 2,", "minutes = 2.5,"}},
     1,
     {B "fractional-minutes.lua:2: 'minutes' is 2.5, it must be a whole number"}},
    {"an_undeclared_state_variable_in_effects_is_reported",
     B "undeclared-var.lua",
     {{"breaks = { 2 },", "breaks = { 2 }, effects = { set = { refunded = true } },"}},
     1,
     {B "undeclared-var.lua:21: effects.set names 'refunded', which is not declared in state = { ... }"}},
    {"a_duration_in_words_is_reported",
     B "bad-duration.lua",
     {{"cost = \"48h\"", "cost = \"2 hours\""}},
     1,
     {B "bad-duration.lua:22: 'cost' = \"2 hours\" is not a duration"}},
    {"a_text_missing_the_scenario_language_is_reported",
     B "missing-lang.lua",
     {{"id = \"worked-example\",", "id = \"worked-example\", lang = \"it\","},
      {"feedback = \"fx\"", "feedback = { en = \"fx\" }"}},
     1,
     {B "missing-lang.lua:31: 'feedback' has no text in the scenario's language 'it'"}},
    {"an_unknown_scenario_language_is_reported",
     B "unknown-lang.lua",
     {{"id = \"worked-example\",", "id = \"worked-example\", lang = \"xx\","}},
     1,
     {B "unknown-lang.lua:2: 'lang' = \"xx\" is not a supported language"}},
    {"a_translation_in_an_unknown_language_is_reported",
     B "unknown-translation.lua",
     {{"text = \"Ana is happy.\"", "text = { en = \"Ana is happy.\", tlh = \"Qapla'\" }"}},
     1,
     {B "unknown-translation.lua:37: 'text' has a translation in an unknown language 'tlh'"}},
    {"a_persona_called_brand_is_reported", /* its posts follow it, so that only the id is wrong */
     B "brand-persona.lua",
     {{"\"ana\"", "\"brand\""}},
     1,
     {B "brand-persona.lua:13: persona id 'brand' must be a name other than \"brand\""}},
    {"duplicate_beat_ids_are_reported_at_the_second",
     B "duplicate-beat.lua",
     {{"text = \"Ana is not happy.\" } },\n",
       "text = \"Ana is not happy.\" } },\n"
       "    beat { id = \"angry\", ending = ending { outcome = \"crisis\", text = \"Ana is furious.\" } },\n"}},
     1,
     {B "duplicate-beat.lua:39: two beats are called 'angry'"}},
    {"the_wrong_constructor_is_reported",
     B "wrong-constructor.lua",
     {{"decision = decision { prompt = \"Answer again\"", "decision = choice { prompt = \"Answer again\""}},
     1,
     {B "wrong-constructor.lua:29: expected decision{ } here, found choice{ }"}},
    {"a_file_that_does_not_return_a_table_is_reported",
     B "not-a-table.lua",
     {{"return scenario {", "do return \"worked-example\" end return scenario {"}},
     1,
     {B "not-a-table.lua:1: the file must end with 'return scenario { ... }' (it returned a string)"}},
    {"a_syntax_error_is_reported_with_its_line", /* the comma after choice B is gone */
     B "syntax-error.lua",
     {{"breaks = { 2 }, next = \"d2\" },", "breaks = { 2 }, next = \"d2\" }"}},
     1,
     {B "syntax-error.lua:22: '}' expected (to close '{' at line 19) near 'choice'"}},
};

/* Applies the case's edits to the worked example (each must find its text),
   loads the result under the case's path and expects it refused with the
   expected errors, the first message naming the path. */
static void expect_refused(const BadCase *c) {
  char *src = strdup(worked_example ? worked_example : "");
  for (int e = 0; e < 3 && c->edits[e].find; e++) {
    int found;
    char *edited = replace_all(src, c->edits[e].find, c->edits[e].with, &found);
    if (found == 0) {
      T_FAIL("%s: the worked example has no \"%s\" to edit", c->path, c->edits[e].find);
    }
    t_checks++;
    free(src);
    src = edited;
  }
  Diag diag = {0};
  Scenario *s = scn_load_buffer(c->path, src, strlen(src), NULL, &diag);
  EXPECT(s == NULL);
  EXPECT_INT(diag.errors, c->errors);
  EXPECT(item(&diag, 0) && strncmp(item(&diag, 0), c->path, strlen(c->path)) == 0);
  for (int i = 0; i < 2 && c->want[i]; i++) {
    EXPECT_CONTAINS(item(&diag, i), c->want[i]);
  }
  scn_free(s);
  diag_free(&diag);
  free(src);
}

static void the_worked_example_loads_cleanly(void) {
  Diag diag = {0};
  Scenario *s = scn_load_file(WORKED, NULL, &diag);
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

static void a_missing_file_is_reported(void) {
  Diag diag = {0};
  Scenario *s = scn_load_file(B "no-such-file.lua", NULL, &diag);
  EXPECT(s == NULL);
  EXPECT_INT(diag.errors, 1);
  EXPECT_CONTAINS(item(&diag, 0), B "no-such-file.lua: cannot open the file");
  scn_free(s);
  diag_free(&diag);
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

/* The Italian scenario with every 'from' replaced by 'to' (none if NULL). */
static Scenario *load_italian(const char *from, const char *to, Diag *diag) {
  int found = 0;
  char *src = from ? replace_all(italian, from, to, &found) : strdup(italian);
  if (from && found == 0) {
    T_FAIL("the Italian scenario has no \"%s\" to edit", from);
  }
  Scenario *s = scn_load_buffer("mem/pacco.lua", src, strlen(src), NULL, diag);
  free(src);
  return s;
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
  worked_example = read_text(WORKED);
  EXPECT(worked_example != NULL);
  RUN_TEST(the_worked_example_loads_cleanly);
  for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
    RUN_NAMED(bad_cases[i].test, expect_refused(&bad_cases[i]));
  }
  RUN_TEST(a_missing_file_is_reported);
  RUN_TEST(an_italian_scenario_with_english_translations_is_complete_in_both);
  RUN_TEST(text_get_picks_the_language_then_the_scenario_language);
  RUN_TEST(a_plain_string_counts_only_in_the_scenario_language);
  RUN_TEST(a_third_language_on_some_texts_is_not_complete);
  RUN_TEST(a_buffer_error_names_the_given_path);
  free(worked_example);
  return t_summary();
}
