/* kiosk_main.h — `thickskin kiosk` (and `thickskin` with no arguments) */
#ifndef TS_KIOSK_MAIN_H
#define TS_KIOSK_MAIN_H

#include <time.h>

#include "facil.h"

typedef struct KioskOptions {
  int windowed;
  const char *config;
  const char *scenarios;   /* a folder instead of the configured ones (testing) */
  unsigned long long seed; /* 0: a new seed per play */
  int render;              /* -1: as configured; else a RenderMode */
  int width, height;
  const char *render_check; /* folder: draw every screen off screen, check, save images */
  int check_w, check_h;     /* one size for the render check; 0 for the three standard ones */
  int frame_bench;          /* time full redraws of the busy screens off screen (bench/) */
  const char *data;         /* the records folder instead of the configured one */
} KioskOptions;

/* argv without the command name. */
int kiosk_main(int argc, char **argv);
/* The projector of `thickskin facilitate` (without --headless): a room
   opened with 'o' (autopilot off: the facilitator drives it), drawn by the
   kiosk's projector screens until End session. Returns the exit status. */
int kiosk_projector(const FacilOpts *o);

struct App;
int app_run(struct App *a, const KioskOptions *o, const struct timespec *t0);
/* Reads the scenarios, cases and records once (kiosk_load_library) and
   prints the load problems; app_run does it after the first frame. */
int app_load_library(struct App *a, const struct timespec *t0);
/* Draws every screen off screen with the dummy video driver; returns the
   number of layout problems found (0: all clean). */
int render_check(struct App *a, const KioskOptions *o);

#endif
