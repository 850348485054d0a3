/* kconfig.c — defaults only, for now: the file loader and the PIN hashing
   arrive with the configuration work. */
#include "kconfig.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

void kcfg_defaults(KioskConfig *c) {
  memset(c, 0, sizeof *c);
  c->idle_timeout_s = 90;
  c->still_there_s = 20;
  c->pin_is_default = 1;
  c->languages = (1u << LANG_EN) | (1u << LANG_IT) | (1u << LANG_ES);
  c->default_lang = LANG_EN;
  c->modes = (1u << MODE_PRACTICE) | (1u << MODE_ONBOARDING) | (1u << MODE_CASES);
  c->fullscreen = 1;
  c->width = 1280;
  c->height = 720;
  c->render = RENDER_AUTO;
  c->theme = THEME_LIGHT;
  c->text_scale_pct = 100;
  c->timer_factor = 1;
}

int kcfg_load(const char *path, KioskConfig *c, Diag *diag) {
  diag_add(diag, DIAG_ERROR, path, 0, "configuration files are not read yet");
  (void)c;
  return -1;
}

char *kcfg_find(void) {
  return NULL;
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

/* The default PIN until the configuration work lands. */
int kcfg_check_pin(const KioskConfig *c, const char *pin) {
  (void)c;
  return strcmp(pin, "2468") == 0;
}

char *kcfg_hash_pin(const char *pin) {
  (void)pin;
  return NULL;
}
