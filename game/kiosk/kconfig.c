/* kconfig.c — the kiosk configuration: defaults, finding the file, reading
   and parsing it, and the struct's lifetime. Reading and syntax errors
   (placed and explained) are jsonfile.c's, the keys are read in kconfig_keys.c, and
   the admin PIN is hashed and checked in kconfig_pin.c. */
#define _POSIX_C_SOURCE 200809L
#include "kconfig.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "jsonfile.h"
#include "kconfig_internal.h"
#include "text.h"

/* A kiosk configuration is a few hundred bytes; anything this big is the
   wrong file. */
#define KCFG_MAX_BYTES (1024 * 1024)

void kcfg_defaults(KioskConfig *c) {
  memset(c, 0, sizeof *c);
  c->idle_timeout_s = 90;
  c->still_there_s = 20;
  c->pin_is_default = 1;
  c->languages = (1u << LANG_EN) | (1u << LANG_IT) | (1u << LANG_ES);
  c->default_lang = LANG_EN;
  c->modes = (1u << MODE_PRACTICE) | (1u << MODE_ONBOARDING) | (1u << MODE_CASES) | (1u << MODE_WORKSHOP);
  c->fullscreen = 1;
  c->width = 1280;
  c->height = 720;
  c->render = RENDER_AUTO;
  c->theme = THEME_LIGHT;
  c->text_scale_pct = 100;
  c->timer_factor = 1;
}

void kcfg_free(KioskConfig *c) {
  free(c->path);
  free(c->pin_hash);
  free(c->data_dir);
  for (int i = 0; i < c->n_scenario_dirs; i++) {
    free(c->scenario_dirs[i]);
  }
  memset(c, 0, sizeof *c);
}

void kcfg_problem(KcfgReader *r, const char *key, const char *fmt, ...) {
  char body[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(body, sizeof body, fmt, ap);
  va_end(ap);
  diag_add(r->diag, DIAG_ERROR, r->path, 0, "%s: %s", key, body);
}

void kcfg_warnings(const KioskConfig *c, Diag *diag) {
  static const char warning[] = "the default admin PIN " KCFG_DEFAULT_PIN " is in force; set your own "
                                "with 'thickskin config pin' and put it in \"admin_pin_hash\"";
  if (c->pin_is_default && c->path) {
    diag_add(diag, DIAG_WARNING, c->path, 0, "%s", warning);
  } else if (c->pin_is_default) {
    diag_add_raw(diag, DIAG_WARNING, warning);
  }
}

/* ---- finding the file ---- */

static int exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

static char *join(const char *dir, const char *rest) {
  size_t len = strlen(dir) + strlen(rest) + 2;
  char *s = malloc(len);
  if (s) {
    snprintf(s, len, "%s/%s", dir, rest);
  }
  return s;
}

/* The per-user file: XDG says a relative $XDG_CONFIG_HOME is to be ignored. */
static char *user_config_path(void) {
  const char *xdg = getenv("XDG_CONFIG_HOME");
  if (xdg && xdg[0] == '/') {
    return join(xdg, "thickskin/kiosk.json");
  }
  const char *home = getenv("HOME");
  if (home && home[0] == '/') {
    return join(home, ".config/thickskin/kiosk.json");
  }
  return NULL;
}

char *kcfg_find(void) {
  const char *env = getenv("THICKSKIN_CONFIG");
  if (env && env[0]) {
    return strdup(env);
  }
  char *user = user_config_path();
  if (user && exists(user)) {
    return user;
  }
  free(user);
  if (exists("/etc/thickskin/kiosk.json")) {
    return strdup("/etc/thickskin/kiosk.json");
  }
  return NULL;
}

/* ---- reading the file ---- */

static const char *json_kind(const cJSON *v) {
  return cJSON_IsArray(v)    ? "a list"
         : cJSON_IsString(v) ? "a string"
         : cJSON_IsNumber(v) ? "a number"
         : cJSON_IsBool(v)   ? "a boolean"
                             : "null";
}

/* The parsed top-level object, or NULL with the problem reported. */
static cJSON *parse(const char *path, const char *text, size_t len, Diag *diag) {
  if (strspn(text, " \t\r\n") == len) {
    diag_add(diag, DIAG_ERROR, path, 0,
             "the file is empty (expected a JSON object; 'thickskin config example' "
             "prints one)");
    return NULL;
  }
  cJSON *root = jsonfile_parse(path, text, len, "the keys are explained in docs/kiosk-config.md", diag);
  if (root && !cJSON_IsObject(root)) {
    diag_add(diag, DIAG_ERROR, path, 0, "the file holds %s (expected a JSON object: { \"key\": value, … })",
             json_kind(root));
    cJSON_Delete(root);
    return NULL;
  }
  return root;
}

/* ---- loading ---- */

static char *folder_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) {
    return NULL;
  }
  size_t n = slash == path ? 1 : (size_t)(slash - path);
  char *dir = malloc(n + 1);
  if (dir) {
    memcpy(dir, path, n);
    dir[n] = '\0';
  }
  return dir;
}

/* The default language must be one that is offered: the one the file names
   if it is, else English, else the first offered in LANG_* order. */
static void settle_default_language(KcfgReader *r) {
  KioskConfig *c = r->c;
  if (r->default_lang >= 0 && (c->languages & (1u << r->default_lang))) {
    c->default_lang = r->default_lang;
  } else if (r->default_lang >= 0) {
    kcfg_problem(r, "default_language",
                 "\"%s\" is not one of the languages offered (expected a code listed in "
                 "\"languages\")",
                 lang_code(r->default_lang));
  }
  for (int l = 0; !(c->languages & (1u << c->default_lang)) && l < LANG_COUNT; l++) {
    c->default_lang = l;
  }
}

int kcfg_load(const char *path, KioskConfig *c, Diag *diag) {
  int errors_before = diag->errors;
  char *text = NULL;
  size_t len = 0;
  if (jsonfile_read(path, KCFG_MAX_BYTES, &text, &len, diag) != 0) {
    return -1;
  }
  cJSON *root = parse(path, text, len, diag);
  free(c->path);
  c->path = strdup(path);
  if (root) {
    KcfgReader r = {path, folder_of(path), c, diag, -1};
    kcfg_read_keys(&r, root);
    settle_default_language(&r);
    free(r.dir);
  }
  cJSON_Delete(root);
  free(text);
  return diag->errors > errors_before ? -1 : 0;
}
