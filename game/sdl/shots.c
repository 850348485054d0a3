/* shots.c — every screen drawn off screen (SDL's dummy video driver, the
   software renderer on a plain surface) at the standard sizes, with the
   layout checks run on the boxes each frame recorded, and the images saved.
   `thickskin kiosk --render-check DIR` runs it; the tests and the
   screenshots script use it. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "kiosk_main.h"
#include "shots.h"

typedef struct Size {
  int w, h;
} Size;

static const Size standard[] = {{1024, 600}, {1920, 1080}, {1080, 1920}};

static int find_scenario(const Kiosk *k, const char *id, int channel) {
  for (int i = 0; i < k->cat.n; i++) {
    const Scenario *s = k->cat.items[i].s;
    if (s && ((id && strcmp(s->id, id) == 0) || (!id && (int)s->channel == channel))) {
      return i;
    }
  }
  return -1;
}

/* Draws twice (scroll views learn their content on the first), checks the
   second frame's boxes, saves the image. Returns the problems found. */
static int shoot(App *a, SDL_Surface *surf, const char *dir, const char *name, int64_t now) {
  LayoutLog log = {0};
  a->ui.log = NULL;
  app_draw(a, surf->w, surf->h, now);
  a->ui.log = &log;
  app_draw(a, surf->w, surf->h, now);
  a->ui.log = NULL;
  SDL_RenderPresent(a->g.r);
  char report[4096];
  int min = (int)(UI_MIN_TARGET * a->ui.u) - 1;
  int problems = layout_check(&log, box_make(0, 0, surf->w, surf->h), min, report, sizeof report);
  char path[1200];
  snprintf(path, sizeof path, "%s/%s-%dx%d.bmp", dir, name, surf->w, surf->h);
  if (SDL_SaveBMP(surf, path) != 0) {
    fprintf(stderr, "%s: cannot save: %s\n", path, SDL_GetError());
    problems++;
  }
  printf("%-4s %s (%d boxes)\n", problems ? "FAIL" : "ok", path, log.n);
  if (problems) {
    printf("%s", report);
  }
  layout_log_free(&log);
  return problems;
}

/* Plays the best reply at every decision until the end. */
static void play_best(App *a, int64_t *now) {
  PlayCtl *pc = &a->k.play;
  for (int guard = 0; guard < 64 && pc->run && !run_done(pc->run); guard++) {
    Pending d[SCN_MAX_THREADS];
    int n = run_pending(pc->run, d, SCN_MAX_THREADS);
    if (n == 0) {
      *now += 60000;
      kiosk_tick(&a->k, *now);
      continue;
    }
    const Decision *dec = pc->s->beats[d[0].beat].decision;
    unsigned mask = d[0].deadline_sim_ms >= 0 ? OFFERED_SILENCE : 0;
    for (int k = 0; k < d[0].n_offered; k++) {
      mask |= 1u << d[0].offered[k];
    }
    int best = score_best(pc->s, dec, mask), pick = -1;
    for (int k = 0; k < d[0].n_offered; k++) {
      pick = d[0].offered[k] == best ? k : pick;
    }
    *now += 5000;
    kiosk_answer(&a->k, d[0].thread, pick, *now);
    if (a->k.screen == SCR_FEEDBACK) {
      kiosk_continue(&a->k, *now);
    }
  }
}

/* A finished attempt of 'trainee' in the records, 'days' ago. */
static void seed_attempt(Kiosk *k, const char *trainee, const char *scenario, AttemptMode mode, double e, double s,
                         double p, int days) {
  Attempt at;
  memset(&at, 0, sizeof at);
  attempt_new_id(at.id);
  snprintf(at.trainee, sizeof at.trainee, "%s", trainee);
  snprintf(at.scenario, sizeof at.scenario, "%s", scenario);
  snprintf(at.hash, sizeof at.hash, "0123456789abcdef");
  snprintf(at.lang, sizeof at.lang, "en");
  snprintf(at.outcome, sizeof at.outcome, "resolved");
  at.mode = mode;
  at.seed = 1;
  at.time_factor = 1;
  int64_t end = attempt_now_ms() - (int64_t)days * 86400000 - 3600000;
  attempt_format_time(end - 300000, at.started);
  attempt_format_time(end, at.ended);
  at.real_ms = 300000;
  at.finished = 1;
  at.axis[AXIS_EMPATHY] = e;
  at.axis[AXIS_SPEED] = s;
  at.axis[AXIS_POLICY] = p;
  at.overall = (e + s + p) / 3.0;
  at.pass_mark = 60;
  at.pass = at.overall >= 60;
  char err[512];
  if (journal_append(k->rec.dir, &at, err, sizeof err) != 0) {
    fprintf(stderr, "%s\n", err);
  }
}

/* Onboarding steps [from, to) passed by 'trainee', with scores that vary. */
static void seed_steps(Kiosk *k, const char *trainee, int from, int to) {
  for (int i = from; i < to && i < k->rec.n_steps; i++) {
    double base = k->rec.steps[i].pass_mark + 4 + (i * 5) % 20;
    base = base > 92 ? 92 : base;
    seed_attempt(k, trainee, k->rec.steps[i].scenario, REC_ONBOARDING, base + 6, base - 8, base + 2, 30 - i);
  }
  k->rec.mine.loaded = 0;
}

static ssize_t disk_full(int fd, const void *buf, size_t len) {
  (void)fd, (void)buf, (void)len;
  errno = ENOSPC;
  return -1;
}

/* The next onboarding step played on a full disk: the debrief's notice. */
static int shoot_not_saved(App *a, SDL_Surface *surf, const char *dir, int64_t *now) {
  Kiosk *k = &a->k;
  krec_load_mine(&k->rec, "Ada Lovelace", &k->cat);
  if (k->rec.mine.track.next < 0 || kiosk_play_step(k, k->rec.mine.track.next, *now) != 0) {
    return 0;
  }
  journal_set_write_fn(disk_full);
  play_best(a, now);
  journal_set_write_fn(NULL);
  int bad = shoot(a, surf, dir, "debrief-not-saved", *now);
  play_end(&k->play);
  k->rec.save_error[0] = '\0';
  k->rec.n_failures = 0;
  return bad;
}

/* The records' screens: onboarding half done, my progress, then the track
   completed and its certificate saved as an image. */
static int shoot_records(App *a, SDL_Surface *surf, const char *dir, int64_t now) {
  Kiosk *k = &a->k;
  int bad = 0;
  if (!k->rec.track) { /* a scenario folder without tracks: nothing to show */
    return 0;
  }
  seed_steps(k, "Ada Lovelace", 0, 5);
  seed_attempt(k, "Grace Hopper", "late-parcel", REC_PRACTICE, 70, 55, 80, 3);
  kiosk_go(k, SCR_HOME, now); /* the track and "My progress" head the home screen */
  bad += shoot(a, surf, dir, "home-records", now);
  kiosk_go(k, SCR_ONBOARDING, now);
  bad += shoot(a, surf, dir, "onboarding", now);
  kiosk_go(k, SCR_PROGRESS, now);
  bad += shoot(a, surf, dir, "progress", now);
  bad += shoot_not_saved(a, surf, dir, &now);
  seed_steps(k, "Ada Lovelace", 5, k->rec.n_steps);
  kiosk_go(k, SCR_CERTIFICATE, now);
  if (certificate_save(a) != 0) {
    fprintf(stderr, "certificate: %s\n", k->rec.cert_error);
    bad++;
  }
  bad += shoot(a, surf, dir, "certificate", now);
  if (k->rec.cert_path[0]) { /* the saved page, beside the screens */
    char page[1200];
    snprintf(page, sizeof page, "%s/certificate-page-%dx%d.bmp", dir, surf->w, surf->h);
    rename(k->rec.cert_path, page);
  }
  return bad;
}

void shot_take(Shoot *sh, const char *name, int64_t later) {
  sh->bad += shoot(sh->a, sh->surf, sh->dir, name, sh->now + later);
}

static void take(Shoot *sh, const char *name, int64_t later) {
  shot_take(sh, name, later);
}

static void shoot_arrival(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  kiosk_reset(k, sh->now);
  sh->a->attract_t0 = sh->now - 2000;
  sh->a->attract_shown = 2;
  sh->a->seen_session = k->session;
  take(sh, "attract", 0);
  kiosk_go(k, SCR_IDENTIFY, sh->now);
  osk_type(&k->name, "Ada Lovelace");
  take(sh, "identify", 0);
  kiosk_go(k, SCR_HOME, sh->now);
  take(sh, "home", 0);
  kiosk_open(k, OV_SETTINGS, sh->now);
  take(sh, "settings", 0);
  kiosk_close_overlay(k, sh->now);
}

/* House rules, feedback on a weak reply, and the debrief of a good play. */
static void shoot_one_play(Shoot *sh, const char *suffix, int reply) {
  Kiosk *k = &sh->a->k;
  char name[64];
  if (!suffix[0]) {
    kiosk_open(k, OV_RULES, sh->now);
    take(sh, "rules", 0);
    kiosk_close_overlay(k, sh->now);
  }
  Pending d;
  if (play_pending(&k->play, k->play.view_thread, &d)) {
    kiosk_answer(k, d.thread, reply, sh->now + 8000);
    snprintf(name, sizeof name, "feedback%s", suffix);
    take(sh, name, 9000);
    kiosk_continue(k, sh->now + 9000);
  }
  play_best(sh->a, &sh->now);
  snprintf(name, sizeof name, "debrief%s", suffix);
  take(sh, name, 1000);
}

static void shoot_channels(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  /* the shipped scenarios by id, then the first of the channels they do not use */
  const char *plays[][2] = {{"late-parcel", "play-feed"},
                            {"bridge-troll", "play-forum"},
                            {"rule-appeal", "play-chat"},
                            {NULL, "play-page"},
                            {NULL, "play-email"}};
  for (int i = 0; i < 5; i++) {
    int idx = find_scenario(k, plays[i][0], i == 3 ? CH_PAGE : CH_EMAIL);
    if (idx < 0 || kiosk_play(k, idx, sh->now) != 0) {
      continue;
    }
    for (int step = 0; step < 3; step++) { /* the next posts of the first beat arrive */
      sh->now += 6000;
      kiosk_input(k, sh->now);
      kiosk_tick(k, sh->now);
    }
    take(sh, plays[i][1], 1000);
    if (i == 0) {
      shoot_one_play(sh, "", 1);
    }
    play_end(&k->play);
  }
}

/* Real ms pass in small steps, as the loop would tick. */
static void run_clock(Shoot *sh, int64_t ms) {
  for (int64_t t = 0; t < ms; t += 250) {
    sh->now += 250;
    kiosk_input(&sh->a->k, sh->now);
    kiosk_tick(&sh->a->k, sh->now);
  }
}

/* One frame to learn the conversation's height, then its end in view, as
   the loop's next frames would show it. */
static void settle_channel(Shoot *sh) {
  app_draw(sh->a, sh->surf->w, sh->surf->h, sh->now);
  ui_scroll_to_end(&sh->a->ui, 1); /* the play's conversation */
}

static int answered(int rc) {
  return rc == RUN_OK || rc == RUN_TIMED_OUT;
}

/* An offered reply of the open decision that is not the real one and leads
   into what might have happened ('want_alt') or not, else the first that is
   not the real one; -1 when none is open. */
static int pick_not_real(const Kiosk *k, int want_alt, int *thread) {
  Pending d;
  if (!play_pending(&k->play, k->play.view_thread, &d)) {
    return -1;
  }
  const Decision *dec = k->play.s->beats[d.beat].decision;
  int pick = -1;
  for (int i = 0; i < d.n_offered; i++) {
    const Choice *c = &dec->choices[d.offered[i]];
    int alt = c->next >= 0 && k->play.s->beats[c->next].alternative;
    if (!c->real && alt == want_alt) {
      pick = i;
      break;
    }
    pick = pick < 0 && !c->real ? i : pick;
  }
  *thread = d.thread;
  return pick;
}

/* The case studies: the home section, a play on the story clock (stamped
   posts, uncertain notes, counts), the reveal, what might have happened,
   and the debrief. */
static void shoot_cases(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  int idx = -1;
  for (int i = 0; i < k->cases.n; i++) {
    idx = idx < 0 && k->cases.items[i].s ? i : idx;
    if (k->cases.items[i].s && strcmp(k->cases.items[i].s->id, "case-mynypd") == 0) {
      idx = i;
    }
  }
  if (idx < 0) { /* a scenario folder without case studies */
    return;
  }
  kiosk_go(k, SCR_HOME, sh->now);
  app_draw(sh->a, sh->surf->w, sh->surf->h, sh->now); /* learns the content, then scrolls to the cases */
  sh->a->ui.scrolls[0].offset = sh->a->shot_anchor_y - gap(&sh->a->ui);
  take(sh, "home-cases", 0);
  if (kiosk_play_case(k, idx, sh->now) != 0) {
    return;
  }
  run_clock(sh, 20000); /* the story clock reaches the first turning point */
  int thread, pick = pick_not_real(k, 0, &thread);
  if (pick >= 0 && answered(kiosk_answer(k, thread, pick, sh->now + 8000))) {
    sh->now += 8000;
    take(sh, "case-reveal", 1000);
    kiosk_continue(k, sh->now + 1000);
  }
  run_clock(sh, 9000); /* the next posts arrive on the story clock */
  settle_channel(sh);
  take(sh, "case-play", 1000); /* with the last post in place */
  for (int guard = 0; guard < 8 && k->play.run && !run_done(k->play.run); guard++) {
    run_clock(sh, 30000);
    pick = pick_not_real(k, 1, &thread);
    if (pick < 0 || !answered(kiosk_answer(k, thread, pick, sh->now + 5000))) {
      break;
    }
    sh->now += 5000;
    kiosk_continue(k, sh->now);
    run_clock(sh, 6000);
    int n, alt = 0;
    const RunEvent *ev = run_events(k->play.run, &n);
    for (int i = 0; i < k->replay.shown && i < n; i++) {
      alt |= k->play.s->beats[ev[i].beat].alternative && ev[i].kind == EV_POST;
    }
    if (alt) {
      settle_channel(sh);
      app_draw(sh->a, sh->surf->w, sh->surf->h, sh->now); /* the band's place, then the band at the top */
      sh->a->ui.scrolls[1].offset = sh->a->shot_anchor_y - gap(&sh->a->ui);
      take(sh, "case-alternative", 1000);
      break;
    }
  }
  play_best(sh->a, &sh->now);
  take(sh, "case-debrief", 1000);
  sh->a->ui.scrolls[4].offset = sh->a->shot_anchor_y - gap(&sh->a->ui); /* the debrief's scroll view, at the chart */
  take(sh, "case-debrief-chart", 1000);
  play_end(&k->play);
}

/* The largest text in high contrast: still nothing may overflow. */
static void shoot_large(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  k->text_scale_pct = 150;
  k->high_contrast = 1;
  kiosk_go(k, SCR_HOME, sh->now);
  take(sh, "home-large", 0);
  int idx = find_scenario(k, "rule-appeal", -1);
  if (idx >= 0 && kiosk_play(k, idx, sh->now) == 0) {
    sh->now += 6000;
    kiosk_tick(k, sh->now);
    take(sh, "play-large", 0);
    shoot_one_play(sh, "-large", 0);
    play_end(&k->play);
  }
  k->text_scale_pct = 100;
  k->high_contrast = 0;
  Theme theme = k->cfg.theme; /* and the dark theme */
  k->cfg.theme = THEME_DARK;
  kiosk_go(k, SCR_HOME, sh->now);
  take(sh, "home-dark", 0);
  k->cfg.theme = theme;
}

static void shoot_staff(Shoot *sh) {
  Kiosk *k = &sh->a->k;
  kiosk_go(k, SCR_HOME, sh->now);
  k->last_input_ms = sh->now - (int64_t)k->cfg.idle_timeout_s * 1000;
  kiosk_tick(k, sh->now);
  take(sh, "still-there", 3000);
  kiosk_admin_gesture(k, sh->now);
  kiosk_pin_digit(k, '2');
  kiosk_pin_digit(k, '4');
  take(sh, "pin", 0);
  kiosk_pin_digit(k, '6');
  kiosk_pin_digit(k, '8');
  kiosk_pin_submit(k, sh->now);
  take(sh, "admin", 0);
  krec_admin_export(&k->rec, 0);
  for (int i = 0; i < k->rec.admin.n_trainees; i++) {
    k->rec.admin.erase_pick = strcmp(k->rec.admin.trainees[i].name, "Grace Hopper") == 0 ? i : k->rec.admin.erase_pick;
  }
  app_draw(sh->a, sh->surf->w, sh->surf->h, sh->now); /* learns the longer content, then scrolls to its end */
  ui_scroll_to_end(&sh->a->ui, 5);                    /* the admin screen's scroll view: the records are at its end */
  take(sh, "admin-records", 0);
  kiosk_reset(k, sh->now);
}

static int shoot_journey(App *a, SDL_Surface *surf, const char *dir) {
  Shoot sh = {a, surf, dir, 200000, 0};
  char journal[1200];
  if (journal_path(a->k.rec.dir, journal, sizeof journal) == 0) {
    unlink(journal); /* each size starts from no records */
  }
  shoot_arrival(&sh);
  shoot_channels(&sh);
  shoot_cases(&sh);
  shoot_large(&sh);
  sh.bad += shoot_records(a, surf, dir, sh.now);
  shots_workshop(&sh);
  shoot_staff(&sh);
  return sh.bad;
}

static double cpu_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec * 1000.0 + (double)t.tv_nsec / 1e6;
}

/* Processor milliseconds per full redraw of the screen now up, over
   'frames' frames (after one to fill the text cache). CPU time rather than
   wall time, so other work on the machine does not count. */
static double time_frames(App *a, SDL_Surface *surf, int frames, int64_t now) {
  app_draw(a, surf->w, surf->h, now);
  SDL_RenderPresent(a->g.r);
  double t0 = cpu_ms();
  for (int i = 0; i < frames; i++) {
    app_draw(a, surf->w, surf->h, now);
    SDL_RenderPresent(a->g.r);
  }
  return (cpu_ms() - t0) / frames;
}

/* The frame-time figures of bench/: every busy screen redrawn in full. */
static void bench_screens(App *a, SDL_Surface *surf, int frames) {
  Kiosk *k = &a->k;
  int64_t now = 200000;
  kiosk_reset(k, now);
  a->attract_t0 = now - 2000;
  printf("attract   %.3f ms per frame\n", time_frames(a, surf, frames, now));
  kiosk_go(k, SCR_HOME, now);
  printf("home      %.3f ms per frame\n", time_frames(a, surf, frames, now));
  const char *ids[] = {"late-parcel", "bridge-troll", "rule-appeal"};
  for (int i = 0; i < 3; i++) {
    int idx = find_scenario(k, ids[i], -1);
    if (idx < 0 || kiosk_play(k, idx, now) != 0) {
      continue;
    }
    for (int step = 0; step < 3; step++) {
      now += 6000;
      kiosk_input(k, now);
      kiosk_tick(k, now);
    }
    printf("play %-13s %.3f ms per frame\n", ids[i], time_frames(a, surf, frames, now));
    if (i == 0) {
      play_best(a, &now);
      printf("debrief   %.3f ms per frame\n", time_frames(a, surf, frames, now));
    }
    play_end(&k->play);
  }
}

static int check_size(App *a, Size sz, const char *dir) {
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, sz.w, sz.h, 32, SDL_PIXELFORMAT_RGB888);
  SDL_Renderer *r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
  char err[1400];
  int bad = 1;
  if (!r) {
    fprintf(stderr, "thickskin: cannot draw off screen: %s\n", SDL_GetError());
  } else if (gfx_init(&a->g, r, gfx_asset_dir(), err, sizeof err) != 0) {
    fprintf(stderr, "thickskin: %s\n", err);
  } else {
    a->ui.g = &a->g;
    a->ui.key_digit = -1;
    bad = dir ? shoot_journey(a, surf, dir) : 0;
    if (!dir) {
      bench_screens(a, surf, 300);
    }
  }
  gfx_free(&a->g);
  if (r) {
    SDL_DestroyRenderer(r);
  }
  SDL_FreeSurface(surf);
  return bad;
}

int render_check(App *a, const KioskOptions *o) {
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
    fprintf(stderr, "thickskin: cannot start SDL off screen: %s\n", SDL_GetError());
    return 1;
  }
  a->k.seed = a->k.seed ? a->k.seed : 1;
  int bad = 0;
  if (o->frame_bench) {
    bad = check_size(a, (Size){o->width, o->height}, NULL);
  } else if (o->check_w) {
    bad = check_size(a, (Size){o->check_w, o->check_h}, o->render_check);
  } else {
    for (size_t i = 0; i < sizeof standard / sizeof standard[0]; i++) {
      bad += check_size(a, standard[i], o->render_check);
    }
  }
  TTF_Quit();
  SDL_Quit();
  if (!o->frame_bench) {
    printf("%d layout problem%s\n", bad, bad == 1 ? "" : "s");
  }
  return bad;
}
