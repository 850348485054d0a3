/* sdl_touch.c — touch through the kiosk's own event handling: SDL finger
   events (normalised 0..1, as SDL gives them), each followed by the mouse
   event SDL makes up from a touch, go through SDL's queue into
   app_handle_event and the frames it asks for, drawn off screen (the dummy
   video driver, the software renderer) at a landscape and a portrait size
   that are not square. A tap acts like a click, exactly once, on the key or
   button under the finger; a drag scrolls the long list of the home screen
   by the distance dragged and presses nothing; a tap at the window's far
   edge still lands in it; and the tap that answers "still there?" presses
   nothing under the card. Built with the SDL front end's sources (not a
   test_*.c, which link the SDL-free library only). */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <unistd.h>

#include "app.h"
#include "journal.h"
#include "testing.h"

static App app; /* large: one per process, as in the kiosk */
static int W, H;
static int64_t now = 100000;
static LayoutLog log_;

/* Every queued event into the kiosk, then one frame, as the loop does. */
static void pump(void) {
  SDL_Event ev;
  while (SDL_PollEvent(&ev)) {
    if (app_handle_event(&app, &ev, now, W, H)) {
      app_draw(&app, W, H, now);
    }
  }
  now += 16;
  kiosk_tick(&app.k, now);
  app.ui.log = &log_;
  app_draw(&app, W, H, now);
  app.ui.log = NULL;
}

/* A finger event at window pixel (x, y), and the emulated mouse event SDL
   sends with it (which the kiosk must ignore, or a tap would count twice). */
static void finger(Uint32 type, float fx, float fy, float dx, float dy) {
  SDL_Event ev = {0};
  ev.type = type;
  ev.tfinger.timestamp = SDL_GetTicks();
  ev.tfinger.touchId = 1;
  ev.tfinger.fingerId = 7;
  ev.tfinger.x = fx;
  ev.tfinger.y = fy;
  ev.tfinger.dx = dx;
  ev.tfinger.dy = dy;
  ev.tfinger.pressure = 1.0f;
  EXPECT(SDL_PushEvent(&ev) == 1);
  SDL_Event m = {0};
  if (type == SDL_FINGERMOTION) {
    m.type = SDL_MOUSEMOTION;
    m.motion.which = SDL_TOUCH_MOUSEID;
    m.motion.x = (int)(fx * (float)W);
    m.motion.y = (int)(fy * (float)H);
    m.motion.state = SDL_BUTTON_LMASK;
  } else {
    m.type = type == SDL_FINGERDOWN ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
    m.button.which = SDL_TOUCH_MOUSEID;
    m.button.button = SDL_BUTTON_LEFT;
    m.button.state = type == SDL_FINGERDOWN ? SDL_PRESSED : SDL_RELEASED;
    m.button.clicks = 1;
    m.button.x = (int)(fx * (float)W);
    m.button.y = (int)(fy * (float)H);
  }
  EXPECT(SDL_PushEvent(&m) == 1);
  pump();
}

static void tap_at(float fx, float fy) {
  finger(SDL_FINGERDOWN, fx, fy, 0, 0);
  now += 80;
  finger(SDL_FINGERUP, fx, fy, 0, 0);
}

/* A tap on the centre of a box, in normalised coordinates of the window. */
static void tap(Box b) {
  tap_at(((float)b.x + (float)b.w / 2.0f) / (float)W, ((float)b.y + (float)b.h / 2.0f) / (float)H);
}

/* The live target of the last frame labelled 'label' (labels are cut to
   fit the log), on the top layer drawn; w is 0 when there is none. */
static Box target(const char *label) {
  Box found = {0, 0, 0, 0};
  int top = -1;
  size_t cap = sizeof log_.items[0].label - 1;
  for (int i = 0; i < log_.n; i++) {
    const LaidBox *lb = &log_.items[i];
    if (lb->kind == LB_TARGET && strncmp(lb->label, label, cap) == 0 && lb->layer > top) {
      found = box_intersect(lb->box, lb->clip);
      top = lb->layer;
    }
  }
  return found;
}

/* Attract: a tap at the bottom-right corner, where an X11 touch screen
   reports exactly 1.0, starts a session as any tap does. */
static void test_tap_at_far_edge_starts(void) {
  kiosk_reset(&app.k, now);
  pump();
  tap_at(1.0f, 1.0f);
  EXPECT_INT(app.k.screen, SCR_IDENTIFY);
}

/* Who are you: a tap on each character key types that character once. */
static void test_tap_each_key(void) {
  int n, tapped = 0;
  const OskKey *keys = osk_keys(&n);
  for (int i = 0; i < n; i++) {
    if (keys[i].kind != OSK_CHAR) {
      continue;
    }
    Box b = target(keys[i].label);
    EXPECT(b.w > 0);
    osk_clear(&app.k.name);
    tap(b);
    tapped++;
    if (strcmp(app.k.name.text, keys[i].label) != 0) {
      T_FAIL("%dx%d: a tap on key \"%s\" at (%d, %d) typed \"%s\"", W, H, keys[i].label, b.x + b.w / 2, b.y + b.h / 2,
             app.k.name.text);
    }
  }
  EXPECT(tapped >= 26);
  osk_clear(&app.k.name);
  pump();
  tap(target(tr(app.k.lang, S_GUEST)));
  EXPECT_INT(app.k.screen, SCR_HOME);
}

/* The scroll view on screen whose content is taller than it; -1 if none. */
static int long_list(void) {
  for (int i = 0; i < UI_MAX_SCROLLS; i++) {
    const Scroll *s = &app.ui.scrolls[i];
    if (s->view.w > 0 && s->content_h > s->view.h) {
      return i;
    }
  }
  return -1;
}

/* Home: a drag moves the list by the distance dragged and presses nothing;
   then a tap on a card, scrolled to a new place, plays that scenario. */
static void test_drag_scrolls_then_tap_plays(void) {
  int id = long_list();
  EXPECT(id >= 0);
  if (id < 0) {
    return;
  }
  Scroll *s = &app.ui.scrolls[id];
  int max = s->content_h - s->view.h;
  int dist = s->view.h / 3 < max ? s->view.h / 3 : max;
  float x = ((float)s->view.x + (float)s->view.w / 2.0f) / (float)W;
  float y0 = ((float)s->view.y + (float)s->view.h * 0.7f) / (float)H;
  float step = (float)dist / (float)H / 4.0f;
  EXPECT_INT(s->offset, 0);
  finger(SDL_FINGERDOWN, x, y0, 0, 0);
  for (int i = 1; i <= 4; i++) {
    now += 16;
    finger(SDL_FINGERMOTION, x, y0 - step * (float)i, 0, -step);
  }
  finger(SDL_FINGERUP, x, y0 - step * 4.0f, 0, 0);
  EXPECT(abs(s->offset - dist) <= 1); /* the normalised positions round to a pixel */
  EXPECT_INT(app.k.screen, SCR_HOME);
  EXPECT_INT(app.k.overlay, OV_NONE);
  /* the first card now wholly in view */
  for (int i = 0; i < app.k.cat.n; i++) {
    const Scenario *sc = app.k.cat.items[i].s;
    Box b = sc ? target(text_get(&sc->title, app.k.lang, sc->lang)) : (Box){0, 0, 0, 0};
    if (b.w > 0 && b.y > s->view.y && b.y + b.h < s->view.y + s->view.h) {
      tap(b);
      EXPECT_INT(app.k.screen, SCR_PLAY);
      EXPECT_INT(app.k.scenario, i);
      return;
    }
  }
  T_FAIL("%dx%d: no card wholly in view after the drag", W, H);
}

/* Play: with "still there?" up, a tap anywhere (here on each button of the
   play screen under the card) only says the trainee is back; then a tap on
   a reply answers it. */
static void test_still_there_tap_presses_nothing(void) {
  for (int guard = 0; guard < 200 && !play_pending(&app.k.play, app.k.play.view_thread, &(Pending){0}); guard++) {
    now += 500;
    pump();
  }
  EXPECT_INT(app.k.screen, SCR_PLAY);
  LayoutLog below = {0};
  for (int i = 0; i < log_.n; i++) {
    if (log_.items[i].kind == LB_TARGET && log_.items[i].layer == 0) {
      layout_log_add(&below, &log_.items[i]);
    }
  }
  EXPECT(below.n >= 3);
  for (int i = 0; i < below.n; i++) {
    kiosk_open(&app.k, OV_STILL_THERE, now);
    pump();
    tap(box_intersect(below.items[i].box, below.items[i].clip));
    if (app.k.screen != SCR_PLAY || app.k.overlay != OV_NONE) {
      T_FAIL("%dx%d: the tap that answered \"still there?\" also pressed \"%s\"", W, H, below.items[i].label);
      kiosk_go(&app.k, SCR_PLAY, now); /* so that the next button is tried on the play screen */
      pump();
    }
  }
  int replies = 0;
  for (int i = 0; i < below.n && app.k.screen == SCR_PLAY; i++) {
    Box decision = app.ui.scrolls[2].view;
    if (box_inside(below.items[i].box, decision)) {
      replies++;
      tap(box_intersect(below.items[i].box, below.items[i].clip));
    }
  }
  EXPECT(replies > 0);
  EXPECT_INT(app.k.screen, SCR_FEEDBACK);
  layout_log_free(&below);
}

static int journey(int w, int h) {
  W = w;
  H = h;
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGB888);
  SDL_Renderer *r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
  char err[1400];
  if (!r || gfx_init(&app.g, r, gfx_asset_dir(), err, sizeof err) != 0) {
    fprintf(stderr, "cannot draw off screen: %s\n", r ? err : SDL_GetError());
    return -1;
  }
  app.ui.g = &app.g;
  app.ui.key_digit = -1;
  char name[64];
  snprintf(name, sizeof name, "a tap at the far edge starts (%dx%d)", w, h);
  RUN_NAMED(name, test_tap_at_far_edge_starts());
  snprintf(name, sizeof name, "a tap types each key once (%dx%d)", w, h);
  RUN_NAMED(name, test_tap_each_key());
  snprintf(name, sizeof name, "a drag scrolls, a tap plays (%dx%d)", w, h);
  RUN_NAMED(name, test_drag_scrolls_then_tap_plays());
  snprintf(name, sizeof name, "answering still-there presses nothing (%dx%d)", w, h);
  RUN_NAMED(name, test_still_there_tap_presses_nothing());
  kiosk_reset(&app.k, now);
  gfx_free(&app.g);
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(surf);
  return 0;
}

int main(void) {
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  char data[] = "/tmp/thickskin-touch-XXXXXX";
  if (!mkdtemp(data) || SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
    fprintf(stderr, "cannot start: %s\n", SDL_GetError());
    return 1;
  }
  KioskConfig cfg;
  kcfg_defaults(&cfg);
  cfg.data_dir = strdup(data);
  if (kiosk_init(&app.k, &cfg, NULL, "scenarios", now) != 0) {
    fprintf(stderr, "cannot load the scenarios\n");
    return 1;
  }
  app.k.seed = 1;
  app.seen_session = app.k.session;
  int rc = journey(1024, 600) || journey(1080, 1920);
  kiosk_free(&app.k);
  layout_log_free(&log_);
  TTF_Quit();
  SDL_Quit();
  char path[64];
  snprintf(path, sizeof path, "%s/%s", data, JOURNAL_FILE);
  unlink(path);
  rmdir(data);
  return rc ? 1 : t_summary();
}
