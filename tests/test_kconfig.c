/* test_kconfig.c — the kiosk configuration file: defaults, a full file, every
   kind of problem with its exact message and place, relative folders, the
   admin PIN hash and finding the file. Files live in a mkdtemp folder. */
#define _XOPEN_SOURCE 700
#include <crypt.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kconfig.h"
#include "kconfig_internal.h"
#include "testing.h"
#include "text.h"

static char tmp[64];

static char *tmp_path(const char *name) {
  static char path[256];
  snprintf(path, sizeof path, "%s/%s", tmp, name);
  return path;
}

static void write_file(const char *name, const char *text) {
  FILE *f = fopen(tmp_path(name), "wb");
  if (!f) {
    T_FAIL("cannot write %s", name);
    return;
  }
  fputs(text, f);
  fclose(f);
}

static void make_dir(const char *name) {
  mkdir(tmp_path(name), 0755);
}

/* Loads 'text' as tmp/kiosk.json over the defaults. */
static int load_text(const char *text, KioskConfig *c, Diag *d) {
  write_file("kiosk.json", text);
  kcfg_defaults(c);
  memset(d, 0, sizeof *d);
  return kcfg_load(tmp_path("kiosk.json"), c, d);
}

/* The file 'text' gives exactly one problem: "<path>: <msg>" or, for a
   syntax error, "<path>:<msg>" where msg starts with "line:col:". */
static void expect_one(const char *text, const char *msg, int line) {
  KioskConfig c;
  Diag d;
  int rc = load_text(text, &c, &d);
  char want[1024];
  snprintf(want, sizeof want, "%s%s%s", tmp_path("kiosk.json"), msg[0] >= '0' && msg[0] <= '9' ? ":" : ": ", msg);
  if (rc != -1 || d.errors != 1 || d.count != 1 || strcmp(d.items[0].msg, want) != 0) {
    t_failures++;
    fprintf(stderr, "%s:%d: for %s\n  expected one error: %s\n  got rc %d and %d:\n", __FILE__, line, text, want, rc,
            d.count);
    for (int i = 0; i < d.count; i++) {
      fprintf(stderr, "    %s\n", d.items[i].msg);
    }
  }
  t_checks++;
  diag_free(&d);
  kcfg_free(&c);
}
#define EXPECT_ONE(text, msg) expect_one(text, msg, __LINE__)

static void test_defaults(void) {
  KioskConfig c;
  kcfg_defaults(&c);
  EXPECT(c.path == NULL);
  EXPECT_INT(c.idle_timeout_s, 90);
  EXPECT_INT(c.still_there_s, 20);
  EXPECT(c.pin_hash == NULL);
  EXPECT_INT(c.pin_is_default, 1);
  EXPECT_INT(c.languages, (1u << LANG_EN) | (1u << LANG_IT) | (1u << LANG_ES));
  EXPECT_INT(c.default_lang, LANG_EN);
  EXPECT_INT(c.modes, (1u << MODE_PRACTICE) | (1u << MODE_ONBOARDING) | (1u << MODE_CASES) | (1u << MODE_WORKSHOP));
  EXPECT_INT(c.n_scenario_dirs, 0);
  EXPECT(c.data_dir == NULL);
  EXPECT_INT(c.fullscreen, 1);
  EXPECT_INT(c.width, 1280);
  EXPECT_INT(c.height, 720);
  EXPECT_INT(c.render, RENDER_AUTO);
  EXPECT_INT(c.theme, THEME_LIGHT);
  EXPECT_INT(c.text_scale_pct, 100);
  EXPECT_INT(c.timer_factor, 1);
  EXPECT_INT(c.assessed, 0);
  EXPECT_INT(kcfg_check_pin(&c, "2468"), 1);
  EXPECT_INT(kcfg_check_pin(&c, "1234"), 0);
  Diag d = {0};
  kcfg_warnings(&c, &d);
  EXPECT_INT(d.warnings, 1);
  EXPECT_STR(d.items[0].msg, "the default admin PIN 2468 is in force; set your own with 'thickskin config pin' and "
                             "put it in \"admin_pin_hash\"");
  diag_free(&d);
  kcfg_free(&c);
}

static void test_full_file(void) {
  make_dir("scen-a");
  make_dir("scen-b");
  make_dir("records");
  char *hash = kcfg_hash_pin("9081726354");
  EXPECT(hash != NULL);
  char text[2048];
  snprintf(text, sizeof text,
           "{\n"
           "  \"idle_timeout_seconds\": 120, \"still_there_seconds\": 30,\n"
           "  \"admin_pin_hash\": \"%s\",\n"
           "  \"languages\": [\"it\", \"es\"], \"default_language\": \"es\",\n"
           "  \"modes\": [\"practice\", \"workshop\"],\n"
           "  \"scenario_folders\": [\"scen-a\", \"%s\"], \"data_folder\": \"records\",\n"
           "  \"fullscreen\": false, \"window\": {\"width\": 1024, \"height\": 600},\n"
           "  \"renderer\": \"software\", \"theme\": \"high-contrast\", \"text_scale_percent\": 150,\n"
           "  \"decision_timer\": \"extended\", \"assessed\": true\n"
           "}\n",
           hash ? hash : "", tmp_path("scen-b"));
  KioskConfig c;
  Diag d;
  EXPECT_INT(load_text(text, &c, &d), 0);
  EXPECT_INT(d.count, 0);
  EXPECT_STR(c.path, tmp_path("kiosk.json"));
  EXPECT_INT(c.idle_timeout_s, 120);
  EXPECT_INT(c.still_there_s, 30);
  EXPECT_STR(c.pin_hash, hash ? hash : "");
  EXPECT_INT(c.pin_is_default, 0);
  EXPECT_INT(c.languages, (1u << LANG_IT) | (1u << LANG_ES));
  EXPECT_INT(c.default_lang, LANG_ES);
  EXPECT_INT(c.modes, (1u << MODE_PRACTICE) | (1u << MODE_WORKSHOP));
  EXPECT_INT(c.n_scenario_dirs, 2);
  EXPECT_STR(c.scenario_dirs[0], tmp_path("scen-a"));
  EXPECT_STR(c.scenario_dirs[1], tmp_path("scen-b"));
  EXPECT_STR(c.data_dir, tmp_path("records"));
  EXPECT_INT(c.fullscreen, 0);
  EXPECT_INT(c.width, 1024);
  EXPECT_INT(c.height, 600);
  EXPECT_INT(c.render, RENDER_SOFTWARE);
  EXPECT_INT(c.theme, THEME_HIGH_CONTRAST);
  EXPECT_INT(c.text_scale_pct, 150);
  EXPECT_INT(c.timer_factor, 3);
  EXPECT_INT(c.assessed, 1);
  EXPECT_INT(kcfg_check_pin(&c, "9081726354"), 1);
  EXPECT_INT(kcfg_check_pin(&c, "2468"), 0);
  Diag w = {0};
  kcfg_warnings(&c, &w);
  EXPECT_INT(w.count, 0);
  /* A second load over the same struct replaces the strings without leaks. */
  EXPECT_INT(kcfg_load(tmp_path("kiosk.json"), &c, &d), 0);
  EXPECT_INT(c.n_scenario_dirs, 2);
  diag_free(&d);
  kcfg_free(&c);
  EXPECT(c.path == NULL && c.pin_hash == NULL && c.n_scenario_dirs == 0);
  free(hash);
}

static void test_timer_and_languages(void) {
  KioskConfig c;
  Diag d;
  EXPECT_INT(load_text("{\"decision_timer\": \"off\"}", &c, &d), 0);
  EXPECT_INT(c.timer_factor, 0);
  kcfg_free(&c);
  EXPECT_INT(load_text("{\"decision_timer\": \"double\"}", &c, &d), 0);
  EXPECT_INT(c.timer_factor, 2);
  kcfg_free(&c);
  EXPECT_INT(load_text("{\"decision_timer\": 10}", &c, &d), 0);
  EXPECT_INT(c.timer_factor, 10);
  kcfg_free(&c);
  /* English is not offered and no default is named: the first offered. */
  EXPECT_INT(load_text("{\"languages\": [\"es\", \"it\"]}", &c, &d), 0);
  EXPECT_INT(c.default_lang, LANG_IT);
  kcfg_free(&c);
  diag_free(&d);
}

static void test_value_problems(void) {
  EXPECT_ONE("{\"idle_timeout_seconds\": \"ninety\"}",
             "idle_timeout_seconds: wrong type: a string, \"ninety\" (expected a whole number of seconds, 10 to 3600)");
  EXPECT_ONE("{\"idle_timeout_seconds\": 5}",
             "idle_timeout_seconds: 5 is out of range (expected a whole number of seconds, 10 to 3600)");
  EXPECT_ONE("{\"still_there_seconds\": 20.5}",
             "still_there_seconds: 20.5 is not a whole number (expected a whole number of seconds, 5 to 300)");
  EXPECT_ONE("{\"idle_timout_seconds\": 90}", "idle_timout_seconds: unknown key (did you mean "
                                              "\"idle_timeout_seconds\"?)");
  EXPECT_ONE("{\"Fullscreen\": true}", "Fullscreen: unknown key (did you mean \"fullscreen\"?)");
  EXPECT_ONE("{\"colour\": 1}",
             "colour: unknown key (expected one of: idle_timeout_seconds, still_there_seconds, admin_pin_hash, "
             "languages, default_language, modes, scenario_folders, data_folder, fullscreen, window, renderer, theme, "
             "text_scale_percent, decision_timer, assessed)");
  /* a value quoted in a message cannot drive the terminal, C1 included */
  EXPECT_ONE("{\"theme\": \"\\u009b2J\\u001b\"}",
             "theme: \"??2J?\" is not a known value (expected \"light\", \"dark\" or \"high-contrast\")");
  EXPECT_ONE("{\"theme\": \"blue\"}",
             "theme: \"blue\" is not a known value (expected \"light\", \"dark\" or \"high-contrast\")");
  EXPECT_ONE("{\"renderer\": null}", "renderer: wrong type: null (expected \"auto\", \"software\" or \"hardware\")");
  EXPECT_ONE("{\"fullscreen\": \"yes\"}", "fullscreen: wrong type: a string, \"yes\" (expected true or false)");
  EXPECT_ONE("{\"assessed\": 1}", "assessed: wrong type: a number, 1 (expected true or false)");
  EXPECT_ONE("{\"text_scale_percent\": 90}",
             "text_scale_percent: 90 is out of range (expected a whole number, 100 to 200)");
  EXPECT_ONE("{\"decision_timer\": \"slow\"}", "decision_timer: \"slow\" is not a known value (expected \"normal\", "
                                               "\"double\", \"extended\", \"off\" or a whole factor 0 to 10)");
  EXPECT_ONE("{\"decision_timer\": 1.5}", "decision_timer: 1.5 is not a whole number (expected \"normal\", \"double\", "
                                          "\"extended\", \"off\" or a whole factor 0 to 10)");
  EXPECT_ONE("{\"window\": [1280, 720]}",
             "window: wrong type: a list (expected an object: { \"width\": 1280, \"height\": 720 })");
  EXPECT_ONE("{\"window\": {\"width\": 1280, \"hight\": 720}}", "window.hight: unknown key (did you mean \"height\"?)");
  EXPECT_ONE("{\"window\": {\"width\": 9000}}",
             "window.width: 9000 is out of range (expected a whole number of pixels, 600 to 7680)");
  EXPECT_ONE("{\"theme\": \"dark\", \"theme\": \"light\"}",
             "theme: the key is given twice (expected each key once; the first one counts)");
}

static void test_list_problems(void) {
  EXPECT_ONE("{\"languages\": []}", "languages: the list is empty (expected at least one of \"en\", \"it\" or \"es\")");
  EXPECT_ONE("{\"languages\": \"en\"}", "languages: wrong type: a string, \"en\" (expected \"en\", \"it\" or \"es\")");
  EXPECT_ONE("{\"languages\": [\"en\", \"fr\"]}",
             "languages[1]: \"fr\" is not a known value (expected \"en\", \"it\" or \"es\")");
  EXPECT_ONE("{\"languages\": [\"en\", \"en\"]}", "languages[1]: \"en\" is listed twice (expected each value once)");
  EXPECT_ONE("{\"languages\": [\"en\", \"it\"], \"default_language\": \"es\"}",
             "default_language: \"es\" is not one of the languages offered (expected a code listed in \"languages\")");
  EXPECT_ONE("{\"modes\": [\"practice\", \"games\"]}",
             "modes[1]: \"games\" is not a known value (expected \"practice\", \"onboarding\", \"case-studies\" or "
             "\"workshop\")");
  EXPECT_ONE("{\"modes\": []}", "modes: the list is empty (expected at least one of \"practice\", \"onboarding\", "
                                "\"case-studies\" or \"workshop\")");
  /* The valid items of a list with a wrong one are kept. */
  KioskConfig c;
  Diag d;
  EXPECT_INT(load_text("{\"languages\": [\"it\", 3]}", &c, &d), -1);
  EXPECT_STR(d.items[0].msg + strlen(tmp_path("kiosk.json")),
             ": languages[1]: wrong type: a number, 3 (expected \"en\", \"it\" or \"es\")");
  EXPECT_INT(c.languages, 1u << LANG_IT);
  EXPECT_INT(c.default_lang, LANG_IT);
  diag_free(&d);
  kcfg_free(&c);
}

static void test_folder_problems(void) {
  char text[512], msg[512];
  write_file("plain.txt", "x");
  snprintf(msg, sizeof msg, "scenario_folders[0]: \"%s\" does not exist (expected an existing folder of scenarios)",
           tmp_path("missing"));
  EXPECT_ONE("{\"scenario_folders\": [\"missing\"]}", msg);
  snprintf(msg, sizeof msg, "scenario_folders[0]: \"%s\" is not a folder (expected an existing folder of scenarios)",
           tmp_path("plain.txt"));
  EXPECT_ONE("{\"scenario_folders\": [\"plain.txt\"]}", msg);
  EXPECT_ONE("{\"scenario_folders\": []}",
             "scenario_folders: 0 folders (expected 1 to 8; leave the key out for the shipped scenarios)");
  EXPECT_ONE("{\"scenario_folders\": \"scen-a\"}",
             "scenario_folders: wrong type: a string, \"scen-a\" (expected a list of 1 to 8 folders)");
  EXPECT_ONE("{\"scenario_folders\": [\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\"]}",
             "scenario_folders: 9 folders (expected 1 to 8; leave the key out for the shipped scenarios)");
  EXPECT_ONE("{\"data_folder\": \"\"}",
             "data_folder: the folder name is empty (expected an existing, writable folder for the records)");
  snprintf(text, sizeof text, "{\"data_folder\": \"%s\"}", tmp_path("nowhere"));
  snprintf(msg, sizeof msg,
           "data_folder: \"%s\" does not exist (expected an existing, writable folder for the records)",
           tmp_path("nowhere"));
  EXPECT_ONE(text, msg);
}

/* Relative folders are taken from the file's folder, not the working one. */
static void test_relative_folders(void) {
  make_dir("site");
  make_dir("site/scenarios");
  make_dir("shared");
  write_file("site/kiosk.json", "{\"scenario_folders\": [\"scenarios\", \"../shared\", \"/tmp\"], "
                                "\"data_folder\": \"../shared\"}");
  KioskConfig c;
  Diag d = {0};
  kcfg_defaults(&c);
  char path[256];
  snprintf(path, sizeof path, "%s", tmp_path("site/kiosk.json"));
  EXPECT_INT(kcfg_load(path, &c, &d), 0);
  EXPECT_INT(c.n_scenario_dirs, 3);
  EXPECT_STR(c.scenario_dirs[0], tmp_path("site/scenarios"));
  EXPECT_STR(c.scenario_dirs[1], tmp_path("site/../shared"));
  EXPECT_STR(c.scenario_dirs[2], "/tmp");
  EXPECT_STR(c.data_dir, tmp_path("site/../shared"));
  diag_free(&d);
  kcfg_free(&c);
}

static void test_several_problems(void) {
  KioskConfig c;
  Diag d;
  const char *text = "{\n"
                     "  \"idle_timeout_seconds\": 0,\n"
                     "  \"theme\": \"dark\",\n"
                     "  \"languages\": [\"it\"],\n"
                     "  \"default_language\": \"en\",\n"
                     "  \"window\": {\"width\": \"wide\", \"height\": 800},\n"
                     "  \"admin_pin_hash\": \"2468\",\n"
                     "  \"fullscren\": false\n"
                     "}\n";
  EXPECT_INT(load_text(text, &c, &d), -1);
  EXPECT_INT(d.errors, 5);
  const char *want[] = {
      ": idle_timeout_seconds: 0 is out of range (expected a whole number of seconds, 10 to 3600)",
      ": window.width: wrong type: a string, \"wide\" (expected a whole number of pixels, 600 to 7680)",
      ": admin_pin_hash: a hash made with an outdated method (expected the line 'thickskin config pin' prints)",
      ": fullscren: unknown key (did you mean \"fullscreen\"?)",
      ": default_language: \"en\" is not one of the languages offered (expected a code listed in \"languages\")",
  };
  size_t skip = strlen(tmp_path("kiosk.json"));
  for (int i = 0; i < 5 && i < d.count; i++) {
    EXPECT_STR(d.items[i].msg + skip, want[i]);
  }
  /* What was valid is kept, the rest stays at the defaults. */
  EXPECT_INT(c.idle_timeout_s, 90);
  EXPECT_INT(c.theme, THEME_DARK);
  EXPECT_INT(c.languages, 1u << LANG_IT);
  EXPECT_INT(c.default_lang, LANG_IT);
  EXPECT_INT(c.width, 1280);
  EXPECT_INT(c.height, 800);
  EXPECT_INT(c.fullscreen, 1);
  EXPECT_INT(c.pin_is_default, 1);
  EXPECT_INT(kcfg_check_pin(&c, "2468"), 1);
  diag_free(&d);
  kcfg_free(&c);
}

static void test_syntax_problems(void) {
  EXPECT_ONE("{\n  \"theme\": \"dark\",\n}\n", "2:18: a comma after the last item (JSON allows none there)");
  EXPECT_ONE("{\n  \"theme\": \"dark\"\n  \"assessed\": true\n}", "3:3: a missing comma before '\"assessed\": '");
  EXPECT_ONE("{\"theme\" \"dark\"}", "1:10: a missing colon before '\"dark\"}'");
  EXPECT_ONE("{\"theme\": \"dark\" \xC2\x9B}", "1:18: unexpected '??}' (expected JSON: \"key\": value pairs in { })");
  EXPECT_ONE("{\n  \"theme\": \"dark\n}", "2:12: a string that is never closed (expected a closing '\"')");
  EXPECT_ONE("{\"assessed\": True}",
             "1:14: 'True' is not a value (strings need double quotes; true, false and null are lowercase)");
  EXPECT_ONE("{'theme': 'dark'}", "1:3: a single quote (JSON strings and keys need double quotes)");
  EXPECT_ONE("{\n  // the kiosk\n  \"theme\": \"dark\"\n}",
             "2:3: a comment (JSON has no comments; the keys are explained in docs/kiosk-config.md)");
  EXPECT_ONE("{\"theme\": \"dark\" /* why */}",
             "1:18: a comment (JSON has no comments; the keys are explained in docs/kiosk-config.md)");
  EXPECT_ONE("{\"theme\": \"dark\"", "1:17: unexpected end of the file (a string, list or object is not closed)");
  EXPECT_ONE("{\"theme\": \"dark\"}\n}", "2:1: '}' after the end of the object (expected nothing more)");
  EXPECT_ONE("{\"theme\": }", "1:11: a missing value after ':'");
  EXPECT_ONE("{theme: 1}", "1:2: a key without double quotes: 'theme' (expected \"theme\")");
  EXPECT_ONE("{\"theme\": \"\\q\"}", "1:12: an invalid escape '\\q' in a string");
  /* Columns count characters, not bytes; a byte-order mark is not one. */
  EXPECT_ONE("\xEF\xBB\xBF{\"data_folder\": \"caf\xC3\xA9\" x}", "1:24: 'x' is not a value (strings need double "
                                                                 "quotes; true, false and null are lowercase)");
}

static void test_file_problems(void) {
  EXPECT_ONE("", "the file is empty (expected a JSON object; 'thickskin config example' prints one)");
  EXPECT_ONE(" \n\t\n", "the file is empty (expected a JSON object; 'thickskin config example' prints one)");
  EXPECT_ONE("[\"en\"]", "the file holds a list (expected a JSON object: { \"key\": value, … })");
  EXPECT_ONE("{\n  \"theme\": \"d\xE9\"\n}", "2:14: not UTF-8 text (expected a JSON file saved as UTF-8)");
  EXPECT_ONE("{\"theme\": \"\xC0\xAF\"}", "1:12: not UTF-8 text (expected a JSON file saved as UTF-8)");
  KioskConfig c;
  Diag d = {0};
  kcfg_defaults(&c);
  char want[512];
  EXPECT_INT(kcfg_load(tmp_path("absent.json"), &c, &d), -1);
  snprintf(want, sizeof want, "%s: cannot open the file: No such file or directory", tmp_path("absent.json"));
  EXPECT_STR(d.count ? d.items[0].msg : "", want);
  EXPECT(c.path == NULL);
  diag_free(&d);
  EXPECT_INT(kcfg_load(tmp, &c, &d), -1);
  snprintf(want, sizeof want, "%s: cannot read the file: it is a folder (expected a JSON file)", tmp);
  EXPECT_STR(d.count ? d.items[0].msg : "", want);
  EXPECT_INT(c.idle_timeout_s, 90);
  diag_free(&d);
  kcfg_free(&c);
}

static void test_pin(void) {
  char *a = kcfg_hash_pin("1357");
  char *b = kcfg_hash_pin("1357");
  EXPECT(a && b);
  if (!a || !b) {
    free(a);
    free(b);
    return;
  }
  EXPECT(strncmp(a, "$y$", 3) == 0);
  EXPECT(strcmp(a, b) != 0); /* salted */
  const char *why = NULL;
  EXPECT_INT(kcfg_hash_is_valid(a, &why), 1);
  KioskConfig c;
  kcfg_defaults(&c);
  c.pin_hash = a;
  c.pin_is_default = 0;
  EXPECT_INT(kcfg_check_pin(&c, "1357"), 1);
  EXPECT_INT(kcfg_check_pin(&c, "1358"), 0);
  EXPECT_INT(kcfg_check_pin(&c, "2468"), 0);
  EXPECT_INT(kcfg_check_pin(&c, "13570"), 0);
  EXPECT_INT(kcfg_check_pin(&c, ""), 0);
  kcfg_free(&c);
  free(b);
  EXPECT(kcfg_hash_pin("123") == NULL);
  EXPECT(kcfg_hash_pin("1234567890123") == NULL);
  EXPECT(kcfg_hash_pin("12a4") == NULL);
  EXPECT_INT(kcfg_pin_is_valid("0000"), 1);
  EXPECT_INT(kcfg_pin_is_valid("123456789012"), 1);
  EXPECT_INT(kcfg_pin_is_valid(" 1234"), 0);
  /* SHA-512 hashes made elsewhere are accepted too. */
  struct crypt_data *cd = calloc(1, sizeof *cd);
  const char *sha = cd ? crypt_rn("8642", "$6$saltsaltsalt$", cd, (int)sizeof *cd) : NULL;
  EXPECT(sha != NULL);
  char text[512];
  snprintf(text, sizeof text, "{\"admin_pin_hash\": \"%s\"}", sha ? sha : "");
  Diag d;
  EXPECT_INT(load_text(text, &c, &d), 0);
  EXPECT_INT(kcfg_check_pin(&c, "8642"), 1);
  EXPECT_INT(kcfg_check_pin(&c, "2468"), 0);
  kcfg_free(&c);
  free(cd);
}

static void test_malformed_hashes(void) {
  const char *tail = " (expected the line 'thickskin config pin' prints)";
  char msg[256];
  snprintf(msg, sizeof msg, "admin_pin_hash: not a complete crypt(3) hash%s", tail);
  EXPECT_ONE("{\"admin_pin_hash\": \"$y$j9T$abc\"}", msg);
  EXPECT_ONE("{\"admin_pin_hash\": \"$6$salt$tooshort\"}", msg);
  snprintf(msg, sizeof msg, "admin_pin_hash: empty%s", tail);
  EXPECT_ONE("{\"admin_pin_hash\": \"\"}", msg);
  snprintf(msg, sizeof msg, "admin_pin_hash: a hash made with an outdated method%s", tail);
  EXPECT_ONE("{\"admin_pin_hash\": \"$1$saltsalt$qjXMvbEw8oaL.CzflDugX/\"}", msg);
  EXPECT_ONE("{\"admin_pin_hash\": 2468}",
             "admin_pin_hash: wrong type: a number, 2468 (expected the line 'thickskin config pin' prints)");
}

static void test_find(void) {
  char xdg[256], home[256], want[512];
  make_dir("xdg");
  make_dir("home");
  snprintf(xdg, sizeof xdg, "%s", tmp_path("xdg"));
  snprintf(home, sizeof home, "%s", tmp_path("home"));
  setenv("THICKSKIN_CONFIG", tmp_path("named.json"), 1);
  char *found = kcfg_find();
  EXPECT_STR(found, tmp_path("named.json")); /* reported by kcfg_load even though it is missing */
  free(found);
  setenv("THICKSKIN_CONFIG", "", 1);
  setenv("XDG_CONFIG_HOME", xdg, 1);
  setenv("HOME", home, 1);
  int etc = access("/etc/thickskin/kiosk.json", F_OK) == 0;
  found = kcfg_find();
  EXPECT(etc ? found && strcmp(found, "/etc/thickskin/kiosk.json") == 0 : found == NULL);
  free(found);
  make_dir("xdg/thickskin");
  write_file("xdg/thickskin/kiosk.json", "{}");
  snprintf(want, sizeof want, "%s/thickskin/kiosk.json", xdg);
  found = kcfg_find();
  EXPECT_STR(found, want);
  free(found);
  unsetenv("XDG_CONFIG_HOME");
  make_dir("home/.config");
  make_dir("home/.config/thickskin");
  write_file("home/.config/thickskin/kiosk.json", "{}");
  snprintf(want, sizeof want, "%s/.config/thickskin/kiosk.json", home);
  found = kcfg_find();
  EXPECT_STR(found, want);
  free(found);
}

/* Whatever the bytes, a load never crashes, reports every failure with the
   file's name, and leaves a struct the kiosk can use as it is. */
static void check_mutant(const char *text, size_t len) {
  FILE *f = fopen(tmp_path("mutant.json"), "wb");
  if (!f) {
    T_FAIL("cannot write mutant.json");
    return;
  }
  fwrite(text, 1, len, f);
  fclose(f);
  KioskConfig c;
  Diag d = {0};
  kcfg_defaults(&c);
  int rc = kcfg_load(tmp_path("mutant.json"), &c, &d);
  int ok = (rc == 0) == (d.errors == 0);
  for (int i = 0; i < d.count; i++) {
    ok = ok && strncmp(d.items[i].msg, tmp_path("mutant.json"), strlen(tmp_path("mutant.json"))) == 0;
  }
  ok = ok && (c.languages & (1u << c.default_lang)) && c.modes && c.n_scenario_dirs <= KCFG_MAX_DIRS;
  ok = ok && c.timer_factor >= 0 && c.timer_factor <= 10 && c.width >= 600 && c.height >= 600;
  ok = ok && c.idle_timeout_s >= 10 && c.text_scale_pct >= 100 && kcfg_check_pin(&c, "2468") == c.pin_is_default;
  if (!ok) {
    T_FAIL("mutant gave rc %d, %d errors, first \"%s\": %.*s", rc, d.errors, d.count ? d.items[0].msg : "", (int)len,
           text);
  }
  t_checks++;
  diag_free(&d);
  kcfg_free(&c);
}

static void test_mutations(void) {
  make_dir("scen-a");
  make_dir("records");
  const char *base = "{\"idle_timeout_seconds\": 120, \"languages\": [\"it\", \"es\"], \"default_language\": "
                     "\"es\", \"modes\": [\"workshop\"], \"scenario_folders\": [\"scen-a\"], \"data_folder\": "
                     "\"records\", \"window\": {\"width\": 1024, \"height\": 600}, \"theme\": \"dark\", "
                     "\"decision_timer\": 2, \"assessed\": true}";
  static const char bytes[] = "{}[]\",:\\/ a1e-.\n\xC3\xA9\xFF";
  size_t len = strlen(base);
  char text[512];
  unsigned seed = 12345;
  for (int round = 0; round < 3000; round++) {
    memcpy(text, base, len);
    size_t n = len;
    for (int m = 0; m < 1 + round % 3; m++) {
      seed = seed * 1103515245u + 12345u;
      size_t at = (seed >> 8) % n;
      char b = bytes[(seed >> 20) % (sizeof bytes - 1)];
      if ((seed >> 4) % 3 == 0 && n > 1) {
        memmove(text + at, text + at + 1, n - at - 1); /* delete */
        n--;
      } else if ((seed >> 4) % 3 == 1 && n < sizeof text) {
        memmove(text + at + 1, text + at, n - at); /* insert */
        text[at] = b;
        n++;
      } else {
        text[at] = b;
      }
    }
    check_mutant(text, n);
  }
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st;
  (void)flag;
  (void)ftw;
  return remove(path);
}

int main(void) {
  snprintf(tmp, sizeof tmp, "/tmp/thickskin-kconfig-XXXXXX");
  if (!mkdtemp(tmp)) {
    perror("mkdtemp");
    return 1;
  }
  RUN_TEST(test_defaults);
  RUN_TEST(test_full_file);
  RUN_TEST(test_timer_and_languages);
  RUN_TEST(test_value_problems);
  RUN_TEST(test_list_problems);
  RUN_TEST(test_folder_problems);
  RUN_TEST(test_relative_folders);
  RUN_TEST(test_several_problems);
  RUN_TEST(test_syntax_problems);
  RUN_TEST(test_file_problems);
  RUN_TEST(test_pin);
  RUN_TEST(test_malformed_hashes);
  RUN_TEST(test_find);
  RUN_TEST(test_mutations);
  nftw(tmp, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
  return t_summary();
}
