/* kconfig_keys.c — the keys of the kiosk configuration file: a table that
   maps each key to a reader for its type, and the readers. Every reader
   checks its value, reports each problem as "path: key: problem (expected
   …)" and writes only a valid value, so the rest keep their defaults. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kconfig_internal.h"
#include "text.h"

typedef struct KeySpec KeySpec;
typedef void (*KeyReader)(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k);

struct KeySpec {
  const char *name;
  KeyReader read;
  size_t offset;            /* the field written: int, or unsigned for sets */
  int min, max;             /* range of a whole number */
  const char *const *names; /* choices, NULL-terminated, with their 'values' */
  const int *values;
  const char *expected; /* said after a problem; choices build theirs */
};

/* Enum fields are written as int through 'offset'; that needs enums of int
   size, which is what the compilers we build with use. */
_Static_assert(sizeof(RenderMode) == sizeof(int), "RenderMode is written as an int");
_Static_assert(sizeof(Theme) == sizeof(int), "Theme is written as an int");

static int *int_field(KcfgReader *r, const KeySpec *k) {
  return (int *)(void *)((char *)r->c + k->offset);
}

/* ---- describing values and expectations ---- */

/* 's' for a message in 'buf': cut on a character boundary to fit (with "…"
   when cut; a 48-byte buffer keeps 40 bytes), control characters shown as
   '?' so that a value from the file cannot drive the terminal. */
static const char *clip(const char *s, char *buf, size_t size) {
  size_t n = 0, limit = size - 8;
  while (s[n] && n < limit) {
    n++;
  }
  int cut = s[n] != '\0';
  while (cut && n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) {
    n--;
  }
  for (size_t i = 0; i < n; i++) {
    buf[i] = (unsigned char)s[i] < 0x20 || s[i] == 0x7F ? '?' : s[i];
  }
  snprintf(buf + n, size - n, "%s", cut ? "…" : "");
  return buf;
}

/* "a string, \"yes\"" and the like, for a wrong type. */
static void describe(const cJSON *v, char *buf, size_t size) {
  char cut[48];
  if (cJSON_IsString(v)) {
    snprintf(buf, size, "a string, \"%s\"", clip(v->valuestring, cut, sizeof cut));
  } else if (cJSON_IsNumber(v)) {
    snprintf(buf, size, "a number, %g", v->valuedouble);
  } else if (cJSON_IsBool(v)) {
    snprintf(buf, size, "a boolean, %s", cJSON_IsTrue(v) ? "true" : "false");
  } else if (cJSON_IsArray(v)) {
    snprintf(buf, size, "a list");
  } else if (cJSON_IsObject(v)) {
    snprintf(buf, size, "an object");
  } else {
    snprintf(buf, size, "null");
  }
}

/* '"a", "b" or "c"' from a NULL-terminated list. */
static void list_choices(const char *const *names, char *buf, size_t size) {
  size_t used = 0;
  buf[0] = '\0';
  for (int i = 0; names[i] && used < size; i++) {
    const char *sep = i == 0 ? "" : names[i + 1] ? ", " : " or ";
    used += (size_t)snprintf(buf + used, size - used, "%s\"%s\"", sep, names[i]);
  }
}

static const char *expected(const KeySpec *k, char *buf, size_t size) {
  if (k->expected) {
    return k->expected;
  }
  list_choices(k->names, buf, size);
  return buf;
}

static void wrong_type(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  char got[96], want[200];
  describe(v, got, sizeof got);
  kcfg_problem(r, key, "wrong type: %s (expected %s)", got, expected(k, want, sizeof want));
}

/* Index of 's' among 'names', or -1. */
static int choice_index(const char *const *names, const char *s) {
  for (int i = 0; names[i]; i++) {
    if (strcmp(names[i], s) == 0) {
      return i;
    }
  }
  return -1;
}

/* The choice a string names, or -1 with the problem reported. */
static int read_one_choice(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  if (!cJSON_IsString(v)) {
    wrong_type(r, key, v, k);
    return -1;
  }
  int i = choice_index(k->names, v->valuestring);
  if (i < 0) {
    char want[200], cut[48];
    kcfg_problem(r, key, "\"%s\" is not a known value (expected %s)", clip(v->valuestring, cut, sizeof cut),
                 expected(k, want, sizeof want));
  }
  return i;
}

/* ---- readers, one per type ---- */

static void read_int(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  if (!cJSON_IsNumber(v)) {
    wrong_type(r, key, v, k);
    return;
  }
  double d = v->valuedouble;
  if (d != floor(d)) {
    kcfg_problem(r, key, "%g is not a whole number (expected %s)", d, k->expected);
  } else if (d < k->min || d > k->max) {
    kcfg_problem(r, key, "%g is out of range (expected %s)", d, k->expected);
  } else {
    *int_field(r, k) = (int)d;
  }
}

static void read_bool(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  if (!cJSON_IsBool(v)) {
    wrong_type(r, key, v, k);
    return;
  }
  *int_field(r, k) = cJSON_IsTrue(v);
}

static void read_choice(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  int i = read_one_choice(r, key, v, k);
  if (i >= 0) {
    *int_field(r, k) = k->values[i];
  }
}

/* A list of choices as a bit set. Valid items are kept even when others are
   wrong; an empty list, or one with nothing valid, keeps the default. */
static void read_choice_set(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  if (!cJSON_IsArray(v)) {
    wrong_type(r, key, v, k);
    return;
  }
  char want[200];
  if (cJSON_GetArraySize(v) == 0) {
    kcfg_problem(r, key, "the list is empty (expected at least one of %s)", expected(k, want, sizeof want));
    return;
  }
  unsigned set = 0;
  int n = 0;
  for (const cJSON *item = v->child; item; item = item->next, n++) {
    char item_key[96];
    snprintf(item_key, sizeof item_key, "%s[%d]", key, n);
    int i = read_one_choice(r, item_key, item, k);
    if (i >= 0 && (set & (1u << k->values[i]))) {
      kcfg_problem(r, item_key, "\"%s\" is listed twice (expected each value once)", k->names[i]);
    } else if (i >= 0) {
      set |= 1u << k->values[i];
    }
  }
  if (set) {
    *(unsigned *)(void *)((char *)r->c + k->offset) = set;
  }
}

/* The default language is checked against "languages" once every key has
   been read (kcfg_load), so the keys may come in any order. */
static void read_default_language(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  int i = read_one_choice(r, key, v, k);
  if (i >= 0) {
    r->default_lang = k->values[i];
  }
}

/* A name ("normal", "double", "extended", "off") or a whole factor. */
static void read_timer(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  if (cJSON_IsNumber(v)) {
    read_int(r, key, v, k);
  } else if (cJSON_IsString(v)) {
    read_choice(r, key, v, k);
  } else {
    wrong_type(r, key, v, k);
  }
}

static void read_pin_hash(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  if (!cJSON_IsString(v)) {
    wrong_type(r, key, v, k);
    return;
  }
  const char *why = NULL;
  if (!kcfg_hash_is_valid(v->valuestring, &why)) {
    kcfg_problem(r, key, "%s (expected %s)", why, k->expected);
    return;
  }
  char *copy = strdup(v->valuestring);
  if (!copy) {
    kcfg_problem(r, key, "out of memory");
    return;
  }
  free(r->c->pin_hash);
  r->c->pin_hash = copy;
  r->c->pin_is_default = 0;
}

/* ---- folders ---- */

/* 'written' resolved against the configuration file's folder; malloc'd. */
static char *resolve(const KcfgReader *r, const char *written) {
  if (written[0] == '/' || !r->dir) {
    return strdup(written);
  }
  size_t len = strlen(r->dir) + strlen(written) + 2;
  char *s = malloc(len);
  if (s) {
    snprintf(s, len, "%s%s%s", r->dir, strcmp(r->dir, "/") == 0 ? "" : "/", written);
  }
  return s;
}

/* The resolved folder (malloc'd) if it is an existing folder (writable when
   asked), else NULL with the problem reported. */
static char *folder(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k, int writable) {
  if (!cJSON_IsString(v)) {
    wrong_type(r, key, v, k);
    return NULL;
  }
  if (v->valuestring[0] == '\0') {
    kcfg_problem(r, key, "the folder name is empty (expected %s)", k->expected);
    return NULL;
  }
  char *dir = resolve(r, v->valuestring);
  struct stat st;
  const char *problem = !dir                                 ? "cannot be resolved: out of memory"
                        : stat(dir, &st) != 0                ? "does not exist"
                        : !S_ISDIR(st.st_mode)               ? "is not a folder"
                        : writable && access(dir, W_OK) != 0 ? "is not writable"
                                                             : NULL;
  if (problem) {
    char shown[512];
    kcfg_problem(r, key, "\"%s\" %s (expected %s)", clip(dir ? dir : v->valuestring, shown, sizeof shown), problem,
                 k->expected);
    free(dir);
    return NULL;
  }
  return dir;
}

static void read_data_folder(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  char *dir = folder(r, key, v, k, 1);
  if (dir) {
    free(r->c->data_dir);
    r->c->data_dir = dir;
  }
}

static void clear_scenario_dirs(KioskConfig *c) {
  for (int i = 0; i < c->n_scenario_dirs; i++) {
    free(c->scenario_dirs[i]);
    c->scenario_dirs[i] = NULL;
  }
  c->n_scenario_dirs = 0;
}

/* Folders that exist are kept even when others in the list do not. */
static void read_scenario_folders(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  if (!cJSON_IsArray(v)) {
    char got[96];
    describe(v, got, sizeof got);
    kcfg_problem(r, key, "wrong type: %s (expected a list of 1 to %d folders)", got, KCFG_MAX_DIRS);
    return;
  }
  int n = cJSON_GetArraySize(v);
  if (n == 0 || n > KCFG_MAX_DIRS) {
    kcfg_problem(r, key, "%d folders (expected 1 to %d; leave the key out for the shipped scenarios)", n,
                 KCFG_MAX_DIRS);
    return;
  }
  clear_scenario_dirs(r->c);
  n = 0;
  for (const cJSON *item = v->child; item; item = item->next, n++) {
    char item_key[96];
    snprintf(item_key, sizeof item_key, "%s[%d]", key, n);
    char *dir = folder(r, item_key, item, k, 0);
    if (dir) {
      r->c->scenario_dirs[r->c->n_scenario_dirs++] = dir;
    }
  }
}

/* ---- the tables ---- */

static const char *const lang_names[] = {"en", "it", "es", NULL};
static const int lang_values[] = {LANG_EN, LANG_IT, LANG_ES};
static const char *const mode_names[] = {"practice", "onboarding", "case-studies", "workshop", NULL};
static const int mode_values[] = {MODE_PRACTICE, MODE_ONBOARDING, MODE_CASES, MODE_WORKSHOP};
static const char *const render_names[] = {"auto", "software", "hardware", NULL};
static const int render_values[] = {RENDER_AUTO, RENDER_SOFTWARE, RENDER_HARDWARE};
static const char *const theme_names[] = {"light", "dark", "high-contrast", NULL};
static const int theme_values[] = {THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST};
static const char *const timer_names[] = {"normal", "double", "extended", "off", NULL};
static const int timer_values[] = {1, 2, 3, 0};

#define F(field) offsetof(KioskConfig, field)

static void read_window(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k);

static const KeySpec window_keys[] = {
    {"width", read_int, F(width), 600, 7680, NULL, NULL, "a whole number of pixels, 600 to 7680"},
    {"height", read_int, F(height), 600, 7680, NULL, NULL, "a whole number of pixels, 600 to 7680"},
    {NULL, NULL, 0, 0, 0, NULL, NULL, NULL},
};

static const KeySpec top_keys[] = {
    {"idle_timeout_seconds", read_int, F(idle_timeout_s), 10, 3600, NULL, NULL,
     "a whole number of seconds, 10 to 3600"},
    {"still_there_seconds", read_int, F(still_there_s), 5, 300, NULL, NULL, "a whole number of seconds, 5 to 300"},
    {"admin_pin_hash", read_pin_hash, 0, 0, 0, NULL, NULL, "the line 'thickskin config pin' prints"},
    {"languages", read_choice_set, F(languages), 0, 0, lang_names, lang_values, NULL},
    {"default_language", read_default_language, 0, 0, 0, lang_names, lang_values, NULL},
    {"modes", read_choice_set, F(modes), 0, 0, mode_names, mode_values, NULL},
    {"scenario_folders", read_scenario_folders, 0, 0, 0, NULL, NULL, "an existing folder of scenarios"},
    {"data_folder", read_data_folder, 0, 0, 0, NULL, NULL, "an existing, writable folder for the records"},
    {"fullscreen", read_bool, F(fullscreen), 0, 0, NULL, NULL, "true or false"},
    {"window", read_window, 0, 0, 0, NULL, NULL, "an object: { \"width\": 1280, \"height\": 720 }"},
    {"renderer", read_choice, F(render), 0, 0, render_names, render_values, NULL},
    {"theme", read_choice, F(theme), 0, 0, theme_names, theme_values, NULL},
    {"text_scale_percent", read_int, F(text_scale_pct), 100, 200, NULL, NULL, "a whole number, 100 to 200"},
    {"decision_timer", read_timer, F(timer_factor), 0, 10, timer_names, timer_values,
     "\"normal\", \"double\", \"extended\", \"off\" or a whole factor 0 to 10"},
    {"assessed", read_bool, F(assessed), 0, 0, NULL, NULL, "true or false"},
    {NULL, NULL, 0, 0, 0, NULL, NULL, NULL},
};

/* ---- objects and unknown keys ---- */

/* Edit distance, case-insensitive, capped: enough to suggest a key. */
static int distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 40 || lb > 40) {
    return 99;
  }
  int row[41];
  for (size_t j = 0; j <= lb; j++) {
    row[j] = (int)j;
  }
  for (size_t i = 1; i <= la; i++) {
    int diag = row[0];
    row[0] = (int)i;
    for (size_t j = 1; j <= lb; j++) {
      int cost = (a[i - 1] | 0x20) != (b[j - 1] | 0x20);
      int best = diag + cost;
      best = row[j] + 1 < best ? row[j] + 1 : best;
      best = row[j - 1] + 1 < best ? row[j - 1] + 1 : best;
      diag = row[j];
      row[j] = best;
    }
  }
  return row[lb];
}

static void unknown_key(KcfgReader *r, const char *key, const char *name, const KeySpec *table) {
  const char *best = NULL;
  int best_d = 4;
  char known[512];
  size_t used = 0;
  known[0] = '\0';
  for (const KeySpec *k = table; k->name; k++) {
    int d = distance(name, k->name);
    if (d < best_d) {
      best_d = d;
      best = k->name;
    }
    used += (size_t)snprintf(known + used, used < sizeof known ? sizeof known - used : 0, "%s%s",
                             k == table ? "" : ", ", k->name);
  }
  if (best) {
    kcfg_problem(r, key, "unknown key (did you mean \"%s\"?)", best);
  } else {
    kcfg_problem(r, key, "unknown key (expected one of: %s)", known);
  }
}

static int seen_before(const cJSON *obj, const cJSON *item) {
  for (const cJSON *p = obj->child; p != item; p = p->next) {
    if (strcmp(p->string, item->string) == 0) {
      return 1;
    }
  }
  return 0;
}

/* Every key of 'obj' through 'table'; 'prefix' names the enclosing object. */
static void read_object(KcfgReader *r, const char *prefix, const cJSON *obj, const KeySpec *table) {
  for (const cJSON *item = obj->child; item; item = item->next) {
    char key[128], cut[48];
    snprintf(key, sizeof key, "%s%s%s", prefix, prefix[0] ? "." : "", clip(item->string, cut, sizeof cut));
    const KeySpec *k = table;
    while (k->name && strcmp(k->name, item->string) != 0) {
      k++;
    }
    if (!k->name) {
      unknown_key(r, key, item->string, table);
    } else if (seen_before(obj, item)) {
      kcfg_problem(r, key, "the key is given twice (expected each key once; the first one counts)");
    } else {
      k->read(r, key, item, k);
    }
  }
}

static void read_window(KcfgReader *r, const char *key, const cJSON *v, const KeySpec *k) {
  if (!cJSON_IsObject(v)) {
    wrong_type(r, key, v, k);
    return;
  }
  read_object(r, key, v, window_keys);
}

void kcfg_read_keys(KcfgReader *r, const cJSON *root) {
  read_object(r, "", root, top_keys);
}
