/* test_osk.c — the on-screen keyboard's name buffer */
#include "osk.h"
#include "testing.h"

static const OskKey *key(const char *label, OskKeyKind kind) {
  int n;
  const OskKey *keys = osk_keys(&n);
  for (int i = 0; i < n; i++) {
    if (keys[i].kind == kind && (kind != OSK_CHAR || strcmp(keys[i].label, label) == 0)) {
      return &keys[i];
    }
  }
  return NULL;
}

static void keys_type_words_with_a_capital_first(void) {
  Osk o;
  osk_clear(&o);
  const char *seq[] = {"A", "D", "A"};
  for (int i = 0; i < 3; i++) {
    EXPECT_INT(osk_press(&o, key(seq[i], OSK_CHAR)), 1);
  }
  osk_press(&o, key("", OSK_SPACE));
  osk_press(&o, key("L", OSK_CHAR));
  osk_press(&o, key("O", OSK_CHAR));
  EXPECT_STR(o.text, "Ada Lo");
  osk_press(&o, key("", OSK_DELETE));
  EXPECT_STR(o.text, "Ada L");
}

static void a_space_cannot_start_the_name(void) {
  Osk o;
  osk_clear(&o);
  EXPECT_INT(osk_press(&o, key("", OSK_SPACE)), 0);
  EXPECT_INT(o.len, 0);
}

static void typing_keeps_printable_utf8_and_a_length_limit(void) {
  Osk o;
  osk_clear(&o);
  EXPECT_INT(osk_type(&o, "Zoë\tN"), 1);
  EXPECT_STR(o.text, "ZoëN");
  EXPECT_INT(osk_chars(&o), 4);
  osk_backspace(&o);
  osk_backspace(&o);
  EXPECT_STR(o.text, "Zo");
  for (int i = 0; i < 40; i++) {
    osk_type(&o, "x");
  }
  EXPECT_INT(osk_chars(&o), OSK_MAX_CHARS);
  EXPECT_INT(osk_type(&o, "y"), 0);
}

static void trimming_and_clearing(void) {
  Osk o;
  osk_clear(&o);
  osk_type(&o, "  Badge 42  ");
  char out[64];
  osk_trimmed(&o, out, sizeof out);
  EXPECT_STR(out, "Badge 42");
  osk_clear(&o);
  EXPECT_INT(o.len, 0);
  for (size_t i = 0; i < sizeof o.text; i++) {
    EXPECT_INT(o.text[i], 0);
  }
}

int main(void) {
  RUN_TEST(keys_type_words_with_a_capital_first);
  RUN_TEST(a_space_cannot_start_the_name);
  RUN_TEST(typing_keeps_printable_utf8_and_a_length_limit);
  RUN_TEST(trimming_and_clearing);
  return t_summary();
}
