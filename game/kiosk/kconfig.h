/* kconfig.h — the kiosk's configuration file (JSON): what it holds, its
   defaults, and a loader whose every complaint names the file, the place and
   the problem. Plain C, no SDL: the kiosk reads the struct, tests load files. */
#ifndef TS_KCONFIG_H
#define TS_KCONFIG_H

#include "diag.h"

typedef enum { RENDER_AUTO, RENDER_SOFTWARE, RENDER_HARDWARE } RenderMode;
typedef enum { THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST } Theme;
typedef enum { MODE_PRACTICE, MODE_ONBOARDING, MODE_CASES, MODE_WORKSHOP, MODE_COUNT } KioskMode;

#define KCFG_MAX_DIRS 8

typedef struct KioskConfig {
  char *path;              /* the file read, NULL when running on defaults */
  int idle_timeout_s;      /* no input this long shows "still there?" */
  int still_there_s;       /* …which resets to the attract screen after this */
  char *pin_hash;          /* crypt(3) hash of the admin PIN */
  int pin_is_default;      /* no PIN was configured: the default one is in force */
  unsigned languages;      /* bit per LANG_* (text.h) offered to trainees */
  int default_lang;        /* LANG_*, one of 'languages' */
  unsigned modes;          /* bit per KioskMode enabled on the home screen */
  char *scenario_dirs[KCFG_MAX_DIRS];
  int n_scenario_dirs;     /* 0: the shipped scenarios folder */
  char *data_dir;          /* records folder; NULL: the default (records issue) */
  int fullscreen;          /* 1 for a kiosk, 0 for a window */
  int width, height;       /* window size when not full screen */
  RenderMode render;
  Theme theme;
  int text_scale_pct;      /* 100 = normal; 125, 150 larger */
  int timer_factor;        /* decision timer: 1 normal, 2/3 extended, 0 off */
  int assessed;            /* 1: feedback waits for the debrief */
} KioskConfig;

/* Fills 'c' with the defaults a kiosk comes up with when there is no file. */
void kcfg_defaults(KioskConfig *c);
/* Reads 'path' over the defaults already in 'c'. Returns 0 when the file is
   valid; -1 otherwise, with every problem added to 'diag' as
   "path:line:col: problem" (syntax) or "path: key: problem" (values). On -1
   the fields that were valid are kept and the rest stay at their defaults. */
int kcfg_load(const char *path, KioskConfig *c, Diag *diag);
/* The file a kiosk reads when none is given: $THICKSKIN_CONFIG, else
   $XDG_CONFIG_HOME/thickskin/kiosk.json (~/.config/…), else
   /etc/thickskin/kiosk.json; the first that exists. NULL if none does.
   $THICKSKIN_CONFIG, when set and not empty, is returned even if it does not
   exist, so that a wrong path is reported by kcfg_load, never ignored.
   Returns a malloc'd path the caller frees. */
char *kcfg_find(void);
void kcfg_free(KioskConfig *c);

/* The admin PIN in force when the file sets none (pin_is_default is then 1):
   the admin screen and the terminal warn about it (kcfg_warnings). */
#define KCFG_DEFAULT_PIN "2468"

/* 1 if 'pin' matches the configured (or default) admin PIN. */
int kcfg_check_pin(const KioskConfig *c, const char *pin);
/* A new salted crypt(3) hash of 'pin' for the config file; malloc'd, NULL on
   failure. */
char *kcfg_hash_pin(const char *pin);

/* 1 if 'pin' has the form of an admin PIN: 4 to 12 ASCII digits. */
int kcfg_pin_is_valid(const char *pin);
/* Adds a warning to 'diag' for each setting that works but should not stay
   as it is (today: the default admin PIN), as "path: message". */
void kcfg_warnings(const KioskConfig *c, Diag *diag);

#endif
