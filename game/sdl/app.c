/* app.c — the kiosk's window and loop: picks the renderer (software where
   there is no GPU), creates the window hidden and shows it with the first
   frame, turns touch, mouse and keys into widget input, sleeps in
   SDL_WaitEventTimeout whenever nothing moves, and shuts down cleanly on
   SIGTERM. Escape and the window manager's close do not leave a kiosk. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "kiosk_main.h"

#define FRAME_MS 16

static volatile sig_atomic_t term_requested;
static struct sigaction sdl_term_action, sdl_int_action;

/* SIGTERM and SIGINT: remember it was a signal (not a window close), then
   let SDL's own handler queue the quit event that wakes the loop. */
static void on_term(int sig) {
  term_requested = 1;
  const struct sigaction *sdl = sig == SIGINT ? &sdl_int_action : &sdl_term_action;
  if (sdl->sa_handler != SIG_DFL && sdl->sa_handler != SIG_IGN && sdl->sa_handler != NULL) {
    sdl->sa_handler(sig);
  }
}

/* Only where SDL handles the signal: one that was ignored when the kiosk
   started (SIGINT in a background job) stays ignored. */
static void watch_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_term;
  sigemptyset(&sa.sa_mask);
  const int sigs[2] = {SIGTERM, SIGINT};
  struct sigaction *saved[2] = {&sdl_term_action, &sdl_int_action};
  for (int i = 0; i < 2; i++) {
    sigaction(sigs[i], NULL, saved[i]);
    if (saved[i]->sa_handler != SIG_IGN && saved[i]->sa_handler != SIG_DFL) {
      sigaction(sigs[i], &sa, NULL);
    }
  }
}

/* --- drawing --------------------------------------------------------------- */

static void notice_changes(App *a) {
  Kiosk *k = &a->k;
  if (k->session != a->seen_session) {
    gfx_cache_clear(&a->g); /* the last trainee's name and replies were in there */
    a->seen_session = k->session;
    a->attract_t0 = a->ui.now;
  }
  if (k->screen != a->seen_screen) {
    ui_new_screen(&a->ui);
    a->seen_screen = k->screen;
    a->seen_events = -1;
  }
  if (k->overlay != a->seen_overlay) {
    focus_reset(&a->ui.focus);
    a->seen_overlay = k->overlay;
  }
  if (k->ws.view != a->seen_view) { /* a workshop screen's content changed wholesale */
    focus_reset(&a->ui.focus);
    a->seen_view = k->ws.view;
  }
}

static void draw_screen(App *a) {
  switch (a->k.screen) {
  case SCR_ATTRACT: scr_attract(a); break;
  case SCR_IDENTIFY: scr_identify(a); break;
  case SCR_HOME: scr_home(a); break;
  case SCR_PLAY: scr_play(a); break;
  case SCR_FEEDBACK: scr_feedback(a); break;
  case SCR_DEBRIEF: scr_debrief(a); break;
  case SCR_ADMIN: scr_admin(a); break;
  case SCR_ONBOARDING: scr_onboarding(a); break;
  case SCR_PROGRESS: scr_progress(a); break;
  case SCR_CERTIFICATE: scr_certificate(a); break;
  case SCR_WS_JOIN: scr_ws_join(a); break;
  case SCR_WS_LOBBY: scr_ws_lobby(a); break;
  case SCR_WS_PLAY: scr_play(a); break; /* the usual play screen over the room's story */
  case SCR_WS_REVEAL: scr_ws_reveal(a); break;
  case SCR_WS_SETUP: scr_ws_setup(a); break;
  case SCR_WS_PROJECTOR: scr_ws_projector(a); break;
  default: break;
  }
}

static void draw_overlay(App *a) {
  switch (a->k.overlay) {
  case OV_STILL_THERE: ov_still_there(a); break;
  case OV_PIN: ov_pin(a); break;
  case OV_RULES: ov_rules(a); break;
  case OV_SETTINGS: ov_settings(a); break;
  default: break;
  }
}

/* The projector is read from the back of a room: its type is larger. */
#define PROJECTOR_TEXT_SCALE 1.3f

void app_draw(App *a, int w, int h, int64_t now) {
  Ui *ui = &a->ui;
  ui_palette(&ui->pal, a->k.cfg.theme == THEME_DARK, a->k.high_contrast);
  float scale = (float)a->k.text_scale_pct / 100.0f;
  if (a->k.screen == SCR_WS_PROJECTOR && scale < PROJECTOR_TEXT_SCALE) {
    scale = PROJECTOR_TEXT_SCALE;
  }
  ui_begin_frame(ui, w, h, scale, now);
  notice_changes(a);
  Overlay before = a->k.overlay;
  ui->inert = before != OV_NONE;
  draw_screen(a);
  ws_link_notice(a);
  if (a->k.overlay != OV_NONE && a->k.overlay == before) {
    ui_begin_overlay(ui);
    draw_overlay(a);
  }
  ui_end_frame(ui);
}

int64_t app_next_frame(const App *a, int64_t now) {
  const Kiosk *k = &a->k;
  if (k->screen != a->seen_screen || k->overlay != a->seen_overlay || k->ws.view != a->seen_view ||
      k->session != a->seen_session) {
    return 1; /* the last frame moved to another screen: draw it now, so the next key acts on it */
  }
  if (a->ui.anim || a->ui.down) {
    return FRAME_MS;
  }
  int64_t due = kiosk_next_due(&a->k, now);
  if (a->k.screen == SCR_ATTRACT) {
    int64_t next = a->attract_t0 + 7000 - now;
    due = next < due ? next : due;
  }
  if (a->k.overlay == OV_STILL_THERE) {
    due = due < 1000 ? due : 1000; /* the countdown */
  }
  if (a->hold_down) {
    int64_t left = a->hold_since + ADMIN_HOLD_MS - now;
    due = left < due ? left : due;
  }
  return due < 1 ? 1 : due;
}

/* --- input ------------------------------------------------------------------- */

/* A field takes the keyboard: the name, or a workshop's code or address. */
int app_typing(const App *a) {
  const Kiosk *k = &a->k;
  int field = k->screen == SCR_IDENTIFY || (k->screen == SCR_WS_JOIN && (k->ws.stage == KW_CODE || k->ws.stage == KW_ADDRESS));
  return field && k->overlay == OV_NONE;
}

static int in_corner(const App *a, int x, int y) {
  int c = ui_px(&a->ui, ADMIN_CORNER_UNITS);
  return x < c && y < c;
}

static void pointer_down(App *a, int x, int y, int64_t now) {
  ui_pointer_down(&a->ui, x, y);
  a->hold_down = in_corner(a, x, y);
  a->hold_since = now;
}

static void pointer_move(App *a, int x, int y) {
  ui_pointer_move(&a->ui, x, y);
  if (a->hold_down && !in_corner(a, x, y)) {
    a->hold_down = 0;
  }
}

static void check_hold(App *a, int64_t now) {
  if (a->hold_down && a->ui.down && now - a->hold_since >= ADMIN_HOLD_MS) {
    a->hold_down = 0;
    a->ui.press_consumed = 1;
    kiosk_admin_gesture(&a->k, now);
  }
}

static void key_down(App *a, const SDL_KeyboardEvent *e, int64_t now) {
  Ui *ui = &a->ui;
  Kiosk *k = &a->k;
  SDL_Keycode key = e->keysym.sym;
  Uint16 mod = e->keysym.mod;
  if ((mod & KMOD_CTRL) && (mod & KMOD_ALT) && key == SDLK_a) {
    kiosk_admin_gesture(k, now);
    return;
  }
  int typing = app_typing(a);
  int pin = k->overlay == OV_PIN;
  if (k->screen == SCR_ATTRACT && k->overlay == OV_NONE) {
    kiosk_go(k, SCR_IDENTIFY, now); /* any key starts, as any touch does */
    return;
  }
  if (key == SDLK_PAGEUP || key == SDLK_PAGEDOWN) {
    ui_key_scroll(ui, key == SDLK_PAGEUP ? -1 : 1);
  } else if (key == SDLK_TAB) {
    ui_key_nav(ui, 0, 0, (mod & KMOD_SHIFT) ? -1 : 1);
  } else if (key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_UP || key == SDLK_DOWN) {
    ui_key_nav(ui,
               key == SDLK_LEFT    ? -1
               : key == SDLK_RIGHT ? 1
                                   : 0,
               key == SDLK_UP     ? -1
               : key == SDLK_DOWN ? 1
                                  : 0,
               0);
  } else if (key == SDLK_RETURN || key == SDLK_KP_ENTER || (key == SDLK_SPACE && !typing)) {
    if (pin && ui->focus.current < 0) {
      kiosk_pin_submit(k, now);
    } else {
      ui->key_activate = 1;
    }
  } else if (key == SDLK_ESCAPE) {
    ui->key_back = 1;
  } else if (key == SDLK_BACKSPACE) {
    if (pin) {
      kiosk_pin_delete(k);
    } else if (typing && k->screen == SCR_WS_JOIN) {
      kw_backspace(k);
    } else if (typing) {
      osk_backspace(&k->name);
    }
  } else if ((key >= SDLK_0 && key <= SDLK_9) || (key >= SDLK_KP_1 && key <= SDLK_KP_0)) {
    int d = key >= SDLK_0 && key <= SDLK_9 ? (int)(key - SDLK_0) : key == SDLK_KP_0 ? 0 : (int)(key - SDLK_KP_1 + 1);
    if (pin) {
      kiosk_pin_digit(k, (char)('0' + d));
    } else if (!typing) {
      ui->key_digit = d == 0 ? 10 : d;
    }
  }
}

/* A touch in pixels: SDL gives it normalised to the window (0..1, where 1
   may mean the last pixel or one past it, depending on the video driver). */
static int touch_px(float at, int size) {
  int px = (int)(at * (float)size);
  return px < 0 ? 0 : px >= size ? size - 1 : px;
}

int app_handle_event(App *a, const SDL_Event *e, int64_t now, int w, int h) {
  Kiosk *k = &a->k;
  /* The touch, click or key that answers "still there?" only closes it: it
     must not also press what lies under the card, or continue, or reply. */
  int answering = k->overlay == OV_STILL_THERE;
  switch (e->type) {
  case SDL_QUIT:
    if (term_requested || a->windowed) {
      k->quit = 1;
    }
    return 0;
  case SDL_MOUSEBUTTONDOWN:
    if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT) {
      return 0;
    }
    pointer_down(a, e->button.x, e->button.y, now);
    a->ui.press_consumed = answering;
    break;
  case SDL_MOUSEMOTION:
    if (e->motion.which == SDL_TOUCH_MOUSEID) {
      return 0;
    }
    pointer_move(a, e->motion.x, e->motion.y);
    return a->ui.down;
  case SDL_MOUSEBUTTONUP:
    if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT) {
      return 0;
    }
    ui_pointer_up(&a->ui, e->button.x, e->button.y);
    a->hold_down = 0;
    break;
  case SDL_FINGERDOWN:
    pointer_down(a, touch_px(e->tfinger.x, w), touch_px(e->tfinger.y, h), now);
    a->ui.press_consumed = answering;
    break;
  case SDL_FINGERMOTION: pointer_move(a, touch_px(e->tfinger.x, w), touch_px(e->tfinger.y, h)); return 1;
  case SDL_FINGERUP:
    ui_pointer_up(&a->ui, touch_px(e->tfinger.x, w), touch_px(e->tfinger.y, h));
    a->hold_down = 0;
    break;
  case SDL_MOUSEWHEEL: {
    int mx, my;
    SDL_GetMouseState(&mx, &my);
    ui_wheel(&a->ui, mx, my, e->wheel.y);
    break;
  }
  case SDL_KEYDOWN:
    if (!answering) {
      key_down(a, &e->key, now);
    }
    break;
  case SDL_TEXTINPUT:
    if (k->screen == SCR_IDENTIFY && k->overlay == OV_NONE) {
      osk_type(&k->name, e->text.text);
    } else if (app_typing(a)) {
      kw_type(k, e->text.text);
    }
    break;
  case SDL_WINDOWEVENT:
    return e->window.event == SDL_WINDOWEVENT_EXPOSED || e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED;
  default: return 0;
  }
  kiosk_input(k, now);
  return 1;
}

/* --- the loop ------------------------------------------------------------------ */

static void frame(App *a, SDL_Renderer *r, int64_t now) {
  int w, h;
  SDL_GetRendererOutputSize(r, &w, &h);
  app_draw(a, w, h, now);
  SDL_RenderPresent(r);
  int typing = app_typing(a);
  if (typing != (SDL_IsTextInputActive() == SDL_TRUE)) {
    typing ? SDL_StartTextInput() : SDL_StopTextInput();
  }
}

/* The loop sleeps until the next event or the next frame due; while a
   workshop is on it also wakes every few tens of milliseconds to move the
   network, and draws then only when the room changed what is shown. */
static void run_loop(App *a, SDL_Window *win, SDL_Renderer *r) {
  int64_t frame_due = 0;
  while (!a->k.quit) {
    int64_t now = app_now();
    int64_t wait = frame_due - now, net = kw_next_due(&a->k);
    wait = net < wait ? net : wait;
    SDL_Event ev;
    int got = SDL_WaitEventTimeout(&ev, (int)(wait < 1 ? 1 : wait));
    while (got && !a->k.quit) {
      int w, h;
      SDL_GetWindowSize(win, &w, &h);
      if (app_handle_event(a, &ev, app_now(), w, h)) {
        frame(a, r, app_now()); /* each tap or key acts on the screen it was made on */
        frame_due = app_now() + app_next_frame(a, app_now());
      }
      got = SDL_PollEvent(&ev);
    }
    if (term_requested) {
      a->k.quit = 1;
    }
    now = app_now();
    check_hold(a, now);
    if (kiosk_tick(&a->k, now) || now >= frame_due) {
      frame(a, r, now);
      frame_due = now + app_next_frame(a, now);
    }
  }
}

static int has_gpu(void) {
  return access("/dev/dri/renderD128", R_OK | W_OK) == 0;
}

static int open_window(const KioskOptions *o, RenderMode mode, int fullscreen, SDL_Window **win, SDL_Renderer **r) {
  int software = mode == RENDER_SOFTWARE || (mode == RENDER_AUTO && !has_gpu());
  if (software) { /* the real software path: no OpenGL behind the window surface either */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
  }
  /* A kiosk starts as a borderless window over the whole display, so its
     first frame has the final size; it turns full screen right after. */
  SDL_Rect at = {SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, o->width, o->height};
  if (fullscreen && SDL_GetDisplayBounds(0, &at) != 0) {
    at = (SDL_Rect){0, 0, o->width, o->height};
  }
  Uint32 flags = SDL_WINDOW_HIDDEN | (fullscreen ? SDL_WINDOW_BORDERLESS : SDL_WINDOW_RESIZABLE);
  *win = SDL_CreateWindow("Thick Skin", at.x, at.y, at.w, at.h, flags);
  if (!*win) {
    fprintf(stderr, "thickskin: cannot open a window: %s\n", SDL_GetError());
    return -1;
  }
  *r = SDL_CreateRenderer(*win, -1, software ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED);
  if (!*r) {
    *r = SDL_CreateRenderer(*win, -1, SDL_RENDERER_SOFTWARE);
  }
  if (!*r) {
    fprintf(stderr, "thickskin: cannot draw in the window: %s\n", SDL_GetError());
    return -1;
  }
  return 0;
}

static double since_start_ms(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) * 1000.0 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

int app_load_library(App *a, const struct timespec *t0) {
  if (a->k.library_loaded) {
    return 0;
  }
  if (kiosk_load_library(&a->k) != 0) {
    fprintf(stderr, "thickskin: out of memory loading the scenarios\n");
    return -1;
  }
  if (getenv("THICKSKIN_TIMING")) {
    fprintf(stderr, "thickskin: scenarios loaded after %.1f ms\n", since_start_ms(t0));
  }
  const Catalog *lists[2] = {&a->k.cat, &a->k.cases};
  for (int l = 0; l < 2; l++) {
    for (int i = 0; i < lists[l]->n; i++) {
      if (lists[l]->items[i].errors) {
        fprintf(stderr, "%s", lists[l]->items[i].errors);
      }
    }
  }
  return 0;
}

int app_run(App *a, const KioskOptions *o, const struct timespec *t0) {
  SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    fprintf(stderr, "thickskin: cannot start the display: %s\n", SDL_GetError());
    return 1;
  }
  watch_signals();
  SDL_DisableScreenSaver();
  int status = 1;
  SDL_Window *win = NULL;
  SDL_Renderer *r = NULL;
  char err[1400];
  a->windowed = o->windowed;
  int fullscreen = o->windowed ? 0 : a->k.cfg.fullscreen;
  if (TTF_Init() != 0) {
    fprintf(stderr, "thickskin: cannot start the font renderer: %s\n", TTF_GetError());
  } else if (open_window(o, o->render >= 0 ? (RenderMode)o->render : a->k.cfg.render, fullscreen, &win, &r) == 0) {
    if (gfx_init(&a->g, r, gfx_asset_dir(), err, sizeof err) != 0) {
      fprintf(stderr, "thickskin: %s\n", err);
    } else {
      a->ui.g = &a->g;
      a->ui.key_digit = -1;
      if (getenv("THICKSKIN_TIMING")) {
        fprintf(stderr, "thickskin: window ready after %.1f ms\n", since_start_ms(t0));
      }
      frame(a, r, app_now());
      SDL_ShowWindow(win);
      SDL_RenderPresent(r); /* the frame drawn while hidden, now that it can be seen */
      if (getenv("THICKSKIN_TIMING")) {
        SDL_RendererInfo info;
        SDL_GetRendererInfo(r, &info);
        struct timespec cpu;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        fprintf(stderr, "thickskin: first frame on screen after %.1f ms (%s renderer; %.1f ms of processor time)\n",
                since_start_ms(t0), info.name, (double)cpu.tv_sec * 1000.0 + (double)cpu.tv_nsec / 1e6);
      }
      if (app_load_library(a, t0) == 0) {
        frame(a, r, app_now()); /* the attract screen's posts come from the library */
        if (fullscreen) {       /* after the first frame: without a window manager SDL waits for one here */
          SDL_SetWindowFullscreen(win, SDL_WINDOW_FULLSCREEN_DESKTOP);
        }
        run_loop(a, win, r);
        status = 0;
      }
    }
    gfx_free(&a->g);
  }
  if (r) {
    SDL_DestroyRenderer(r);
  }
  if (win) {
    SDL_DestroyWindow(win);
  }
  TTF_Quit();
  SDL_Quit();
  return status;
}
