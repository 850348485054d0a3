/* kiosk.h — the kiosk's session state machine, without SDL: which screen is
   up, the trainee's name, language and settings, the idle timer with its
   "still there?" step, the admin PIN, and the play. The SDL front end draws
   what this says and calls these functions on input; the tests drive it with
   a fake clock. Every time is a millisecond clock reading passed in. */
#ifndef TS_KIOSK_H
#define TS_KIOSK_H

#include <stdint.h>

#include "casereplay.h"
#include "catalog.h"
#include "kconfig.h"
#include "krecords.h"
#include "kworkshop.h"
#include "osk.h"
#include "playctl.h"

typedef enum {
  SCR_ATTRACT,
  SCR_IDENTIFY,
  SCR_HOME,
  SCR_PLAY,
  SCR_FEEDBACK,
  SCR_DEBRIEF,
  SCR_ADMIN,
  /* the trainee records' screens */
  SCR_ONBOARDING,
  SCR_PROGRESS,
  SCR_CERTIFICATE,
  /* workshops (kworkshop.h): the participant's screens, then the facilitator's */
  SCR_WS_JOIN,      /* the code, the search, the address, a problem */
  SCR_WS_LOBBY,     /* joined, waiting for the room */
  SCR_WS_PLAY,      /* together: the room's decision, then the wait for the reveal */
  SCR_WS_REVEAL,    /* together: the room's choices */
  SCR_WS_SETUP,     /* from the admin screen: what the room plays, the pace */
  SCR_WS_PROJECTOR, /* the room on the projector */
  SCR_COUNT
} Screen;
typedef enum { OV_NONE, OV_STILL_THERE, OV_PIN, OV_RULES, OV_SETTINGS } Overlay;

#define KIOSK_PIN_MAX 8
#define ADMIN_HOLD_MS 3000

typedef struct Kiosk {
  KioskConfig cfg;    /* owned */
  char *cfg_problems; /* owned; the configuration's messages, one per line, or NULL */
  Catalog cat;        /* owned */
  Catalog cases;      /* owned; the case studies ('cases' inside each scenario folder) */
  Screen screen;
  Overlay overlay;
  Screen admin_return; /* where the admin screen goes back to */
  int lang;
  Osk name;
  char pin[KIOSK_PIN_MAX + 1];
  int pin_wrong;
  int text_scale_pct, high_contrast, timer_factor; /* this trainee's settings */
  int filter_channel;                              /* -1: all */
  int scenario;                                    /* catalogue index being played */
  int case_mode;                                   /* the play is a case study: 'scenario' indexes 'cases' */
  PlayCtl play;
  CaseReplay replay; /* a case study's story clock (casereplay.h) */
  int64_t last_input_ms, still_since_ms;
  uint64_t seed;    /* 0: a new seed from the clock for each play */
  unsigned session; /* goes up at every reset, so views drop what they cached */
  int quit;
  const char *default_dir; /* not owned: the scenario folder when none is configured */
  int library_loaded;      /* kiosk_load_library has run */
  KRecords rec;            /* owned; the data folder, the onboarding track, this trainee's records */
  KWorkshop ws;            /* owned; a workshop joined, or run from this kiosk */
} Kiosk;

/* Takes over 'cfg' (and 'problems', malloc'd or NULL) and loads the catalogue
   from the configured folders ('default_dir' when none). Returns 0 or -1. */
int kiosk_init(Kiosk *k, KioskConfig *cfg, char *problems, const char *default_dir, int64_t now_ms);
/* kiosk_init in two steps, so that a kiosk shows its first frame (the
   attract screen, which needs no scenario) before it reads the library:
   kiosk_begin takes over the configuration and loads nothing ('default_dir'
   must outlive the kiosk); kiosk_load_library loads the scenarios, the cases
   and the records, once. */
void kiosk_begin(Kiosk *k, KioskConfig *cfg, char *problems, const char *default_dir, int64_t now_ms);
int kiosk_load_library(Kiosk *k);
void kiosk_free(Kiosk *k);

/* Any touch, click or key: the trainee is there. */
void kiosk_input(Kiosk *k, int64_t now_ms);
/* Time passes: idle timeout, "still there?" countdown, the play's clock.
   Returns 1 if something on screen changed. */
int kiosk_tick(Kiosk *k, int64_t now_ms);
/* Milliseconds until kiosk_tick has something to do (the loop may sleep that long). */
int64_t kiosk_next_due(const Kiosk *k, int64_t now_ms);
/* Back to the attract screen with nothing of the trainee left. */
void kiosk_reset(Kiosk *k, int64_t now_ms);

void kiosk_go(Kiosk *k, Screen s, int64_t now_ms);
void kiosk_open(Kiosk *k, Overlay o, int64_t now_ms);
void kiosk_close_overlay(Kiosk *k, int64_t now_ms);
void kiosk_set_lang(Kiosk *k, int lang);

/* Home: plays catalogue entry 'i'. Returns 0, or -1 if it cannot start. */
int kiosk_play(Kiosk *k, int i, int64_t now_ms);
/* Home: plays case study 'i' of k->cases. Returns 0, or -1 if it cannot start. */
int kiosk_play_case(Kiosk *k, int i, int64_t now_ms);
/* Debrief: the same scenario or case study again. */
int kiosk_play_again(Kiosk *k, int64_t now_ms);
/* A case study whose story clock is still replaying what the run has
   already reached: the decision waits (and the play is paused) till then. */
int kiosk_case_replaying(const Kiosk *k);
/* The story clock's controls. */
void kiosk_case_pause(Kiosk *k, int paused, int64_t now_ms);
void kiosk_case_speed(Kiosk *k, int speed_index, int64_t now_ms);
/* Play: the k-th offered reply of 'thread' (0-based), or silence (k = -1). */
int kiosk_answer(Kiosk *k, int thread, int choice_k, int64_t now_ms);
/* Feedback: back to the play, or on to the debrief when it is over. */
void kiosk_continue(Kiosk *k, int64_t now_ms);
/* Play: leaves before the end (the attempt is handed over as abandoned). */
void kiosk_leave_play(Kiosk *k, int64_t now_ms);

/* Admin: the gesture opens the PIN pad; digits, delete, submit. */
void kiosk_admin_gesture(Kiosk *k, int64_t now_ms);
void kiosk_pin_digit(Kiosk *k, char digit);
void kiosk_pin_delete(Kiosk *k);
/* Returns 1 and opens the admin screen when the PIN is right. */
int kiosk_pin_submit(Kiosk *k, int64_t now_ms);

/* The hand-over of the play's attempt, finished or abandoned, to the
   records (once per play); see attempt.c. */
void kiosk_attempt_done(Kiosk *k);
/* The pass mark the play is judged by (an onboarding step's, else the
   scenario's), and whether the play reached it. */
double kiosk_pass_mark(const Kiosk *k);
int kiosk_passed(const Kiosk *k);
/* Home: plays onboarding step 'step' of the track. Returns 0 or -1. */
int kiosk_play_step(Kiosk *k, int step, int64_t now_ms);

#endif
