/* kiosk_main.c — starting the kiosk: options, the configuration (its
   problems go to the terminal and to the admin screen), the catalogue. */
#define _POSIX_C_SOURCE 200809L
#include "kiosk_main.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "cli/cli.h"

static int usage(void) {
  fprintf(stderr, "usage: thickskin kiosk [--window] [--config FILE] [--scenarios DIR] [--seed N]\n"
                  "                       [--render software|hardware] [--size WxH] [--data DIR]\n"
                  "       thickskin kiosk --render-check DIR [--size WxH]\n"
                  "       thickskin kiosk --frame-bench [--size WxH]\n");
  return 2;
}

static int parse(int argc, char **argv, KioskOptions *o) {
  memset(o, 0, sizeof *o);
  o->render = -1;
  o->width = 1280;
  o->height = 720;
  for (int i = 0; i < argc; i++) {
    const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(opt, "--window") == 0) {
      o->windowed = 1;
      continue;
    }
    if (strcmp(opt, "--frame-bench") == 0) {
      o->frame_bench = 1;
      continue;
    }
    if (!val) {
      fprintf(stderr, "thickskin kiosk: '%s' %s\n", opt, opt[0] == '-' ? "needs a value" : "is not an option");
      return -1;
    }
    i++;
    if (strcmp(opt, "--config") == 0) {
      o->config = val;
    } else if (strcmp(opt, "--scenarios") == 0) {
      o->scenarios = val;
    } else if (strcmp(opt, "--seed") == 0) {
      o->seed = strtoull(val, NULL, 10);
    } else if (strcmp(opt, "--data") == 0) {
      o->data = val;
    } else if (strcmp(opt, "--render-check") == 0) {
      o->render_check = val;
    } else if (strcmp(opt, "--render") == 0 && (strcmp(val, "software") == 0 || strcmp(val, "hardware") == 0)) {
      o->render = strcmp(val, "software") == 0 ? RENDER_SOFTWARE : RENDER_HARDWARE;
    } else if (strcmp(opt, "--size") == 0 && sscanf(val, "%dx%d", &o->width, &o->height) == 2 && o->width >= 320 &&
               o->height >= 320 && o->width <= 7680 && o->height <= 7680) {
      o->check_w = o->width;
      o->check_h = o->height;
    } else {
      fprintf(stderr, "thickskin kiosk: bad option '%s %s'\n", opt, val);
      return -1;
    }
  }
  return 0;
}

/* Reads the configuration over the defaults. Problems are printed and
   returned (malloc'd, one per line) for the admin screen; the kiosk carries
   on with what was valid. */
static char *load_config(const char *given, KioskConfig *cfg) {
  kcfg_defaults(cfg);
  char *found = given ? NULL : kcfg_find();
  const char *path = given ? given : found;
  char *problems = NULL;
  if (path) {
    Diag diag = {0};
    if (kcfg_load(path, cfg, &diag) != 0 || diag.count > 0) {
      size_t len = 1;
      for (int i = 0; i < diag.count; i++) {
        len += strlen(diag.items[i].msg) + 1;
      }
      problems = calloc(1, len);
      for (int i = 0; i < diag.count; i++) {
        fprintf(stderr, "%s\n", diag.items[i].msg);
        if (problems) {
          strcat(strcat(problems, diag.items[i].msg), "\n");
        }
      }
      if (problems && !problems[0]) {
        free(problems);
        problems = strdup(path);
      }
    }
    diag_free(&diag);
    if (!cfg->path) {
      cfg->path = strdup(path);
    }
  }
  free(found);
  return problems;
}

/* --data DIR, or for the render check a 'data' folder beside its images
   and for the frame bench a temporary one, so that drawing the screens
   never touches real records. */
static char bench_dir[64];

static int use_data_dir(const KioskOptions *o, KioskConfig *cfg) {
  char own[4096];
  const char *dir = o->data;
  if (!dir && o->render_check) {
    snprintf(own, sizeof own, "%s/data", o->render_check);
    dir = own;
  } else if (!dir && o->frame_bench) {
    snprintf(bench_dir, sizeof bench_dir, "/tmp/thickskin-bench-XXXXXX");
    dir = mkdtemp(bench_dir);
    if (!dir) {
      fprintf(stderr, "thickskin: cannot make a temporary records folder: %s\n", strerror(errno));
      return -1;
    }
  }
  if (!dir) {
    return 0;
  }
  free(cfg->data_dir);
  cfg->data_dir = strdup(dir);
  if (!cfg->data_dir) {
    fprintf(stderr, "thickskin: out of memory\n");
    return -1;
  }
  return 0;
}

int kiosk_main(int argc, char **argv) {
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  KioskOptions o;
  if (parse(argc, argv, &o) != 0) {
    return usage();
  }
  static App app; /* large (text cache, focus); one per process */
  KioskConfig cfg;
  char *problems = load_config(o.config, &cfg);
  if (o.scenarios) {
    for (int i = 0; i < cfg.n_scenario_dirs; i++) {
      free(cfg.scenario_dirs[i]);
    }
    cfg.n_scenario_dirs = 0;
  }
  if (o.windowed) {
    cfg.fullscreen = 0;
  }
  if (!o.check_w && cfg.width >= 320 && cfg.height >= 320) { /* no --size: the configured window size */
    o.width = cfg.width;
    o.height = cfg.height;
  }
  if (use_data_dir(&o, &cfg) != 0) {
    kcfg_free(&cfg);
    free(problems);
    return 1;
  }
  int offscreen = o.render_check || o.frame_bench;
  int64_t now = offscreen ? 100000 : app_now();
  /* a window shows its first frame before the library is read (app_run) */
  kiosk_begin(&app.k, &cfg, problems, o.scenarios ? o.scenarios : cli_scenario_dir(), now);
  app.k.seed = o.seed;
  app.seen_session = app.k.session;
  int status;
  if (offscreen) {
    status = app_load_library(&app, &t0) == 0 && render_check(&app, &o) == 0 ? 0 : 1;
  } else {
    status = app_run(&app, &o, &t0);
  }
  kiosk_free(&app.k);
  if (bench_dir[0]) {
    char path[128];
    snprintf(path, sizeof path, "%s/%s", bench_dir, JOURNAL_FILE);
    unlink(path);
    rmdir(bench_dir);
  }
  return status;
}

/* `thickskin facilitate SCENARIO` without --headless: the same room as the
   admin screen's "Run a workshop" opens, on its own, full screen (or in a
   window as configured); End session quits. */
int kiosk_projector(const FacilOpts *o) {
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  static App app;
  KioskConfig cfg;
  char *problems = load_config(NULL, &cfg);
  KioskOptions ko = {.render = -1, .width = cfg.width >= 320 ? cfg.width : 1280,
                     .height = cfg.height >= 320 ? cfg.height : 720};
  kiosk_begin(&app.k, &cfg, problems, cli_scenario_dir(), 0);
  FacilOpts fo = *o;
  char *own_dir = NULL; /* without --data, the records go where the kiosk's do */
  if (!fo.data_dir) {
    own_dir = app.k.cfg.data_dir ? strdup(app.k.cfg.data_dir) : journal_default_dir();
    fo.data_dir = own_dir;
  }
  char err[1024];
  app.k.ws.facil = facil_open(&fo, err, sizeof err);
  if (!app.k.ws.facil) {
    fprintf(stderr, "thickskin facilitate: %s\n", err);
    kiosk_free(&app.k);
    free(own_dir);
    return 1;
  }
  app.k.ws.quit_on_leave = 1;
  app.k.screen = SCR_WS_PROJECTOR;
  printf("workshop: listening on port %d, code %s, session %s\n", facil_port(app.k.ws.facil),
         facil_code(app.k.ws.facil), facil_sid(app.k.ws.facil));
  fflush(stdout);
  int status = app_run(&app, &ko, &t0);
  kiosk_free(&app.k); /* closes the room, which held on to 'own_dir' */
  free(own_dir);
  return status;
}
