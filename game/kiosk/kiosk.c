/* kiosk.c — screens, idle timer, session reset, admin PIN */
#define _POSIX_C_SOURCE 200809L
#include "kiosk.h"

#include <stdlib.h>
#include <string.h>

#include "kstrings.h"

static void default_settings(Kiosk *k) {
  k->lang = kstr_is_ui_lang(k->cfg.default_lang) ? k->cfg.default_lang : LANG_EN;
  k->text_scale_pct = k->cfg.text_scale_pct > 0 ? k->cfg.text_scale_pct : 100;
  k->high_contrast = k->cfg.theme == THEME_HIGH_CONTRAST;
  k->timer_factor = k->cfg.timer_factor;
  k->filter_channel = -1;
}

void kiosk_begin(Kiosk *k, KioskConfig *cfg, char *problems, const char *default_dir, int64_t now_ms) {
  memset(k, 0, sizeof *k);
  k->cfg = *cfg;
  memset(cfg, 0, sizeof *cfg);
  k->cfg_problems = problems;
  k->default_dir = default_dir;
  k->play.last_record = -1;
  k->ws.problem = -1;
  k->ws.setup_item = -1;
  default_settings(k);
  k->last_input_ms = now_ms;
}

int kiosk_init(Kiosk *k, KioskConfig *cfg, char *problems, const char *default_dir, int64_t now_ms) {
  kiosk_begin(k, cfg, problems, default_dir, now_ms);
  return kiosk_load_library(k);
}

int kiosk_load_library(Kiosk *k) {
  char *fallback[1] = {(char *)k->default_dir};
  k->library_loaded = 1;
  int rc = k->cfg.n_scenario_dirs > 0 ? catalog_load(&k->cat, k->cfg.scenario_dirs, k->cfg.n_scenario_dirs)
                                      : catalog_load(&k->cat, fallback, 1);
  if (rc == 0) {
    rc = k->cfg.n_scenario_dirs > 0 ? catalog_load_cases(&k->cases, k->cfg.scenario_dirs, k->cfg.n_scenario_dirs)
                                    : catalog_load_cases(&k->cases, fallback, 1);
  }
  if (rc == 0) {
    int own = k->cfg.n_scenario_dirs > 0;
    rc = krec_init(&k->rec, k->cfg.data_dir, own ? k->cfg.scenario_dirs : fallback, own ? k->cfg.n_scenario_dirs : 1,
                   &k->cat);
  }
  return rc;
}

void kiosk_free(Kiosk *k) {
  kw_free(k);
  play_end(&k->play);
  krec_free(&k->rec);
  catalog_free(&k->cat);
  catalog_free(&k->cases);
  kcfg_free(&k->cfg);
  free(k->cfg_problems);
  osk_clear(&k->name);
  memset(k->pin, 0, sizeof k->pin);
}

/* The attempt so far goes to the records (finished or not), then the run goes. */
static void hand_over(Kiosk *k) {
  kiosk_attempt_done(k);
}

void kiosk_input(Kiosk *k, int64_t now_ms) {
  k->last_input_ms = now_ms;
  if (k->overlay == OV_STILL_THERE) {
    kiosk_close_overlay(k, now_ms);
  }
}

/* Screens where the idle timer runs: all but the attract screen and the
   staff's (the admin screen, and a workshop's set-up and projector). */
static int idle_applies(const Kiosk *k) {
  return k->screen != SCR_ATTRACT && k->screen != SCR_ADMIN && k->screen != SCR_WS_SETUP &&
         k->screen != SCR_WS_PROJECTOR;
}

static int64_t idle_ms(const Kiosk *k) {
  return (int64_t)(k->cfg.idle_timeout_s > 0 ? k->cfg.idle_timeout_s : 90) * 1000;
}

static int64_t still_ms(const Kiosk *k) {
  return (int64_t)(k->cfg.still_there_s > 0 ? k->cfg.still_there_s : 20) * 1000;
}

/* The event times of the run, for the story clock. */
static int event_times(const Kiosk *k, int64_t *out) {
  int n;
  const RunEvent *ev = run_events(k->play.run, &n);
  n = n < RUN_MAX_EVENTS ? n : RUN_MAX_EVENTS;
  for (int i = 0; i < n; i++) {
    out[i] = ev[i].sim_ms;
  }
  return n;
}

/* A case study: the story clock moves on, and the play runs only while the
   clock has caught up with it (the replay is not thinking time). Returns 1
   when what is shown changed. */
static int case_gate(Kiosk *k, int64_t now_ms) {
  if (!k->case_mode || !k->play.run) {
    return 0;
  }
  static int64_t times[RUN_MAX_EVENTS]; /* the kiosk is single-threaded; kept off the stack */
  int n = event_times(k, times);
  int changed = replay_tick(&k->replay, times, n, run_sim_ms(k->play.run), now_ms);
  if (kiosk_case_replaying(k)) {
    k->play.paused = 1; /* nothing of the time since the last tick goes to the run */
  } else {
    play_resume(&k->play, now_ms);
  }
  return changed;
}

int kiosk_case_replaying(const Kiosk *k) {
  if (!k->case_mode || !k->play.run) {
    return 0;
  }
  int n;
  run_events(k->play.run, &n);
  n = n < RUN_MAX_EVENTS ? n : RUN_MAX_EVENTS;
  return !k->replay.following && !replay_caught_up(&k->replay, n, run_sim_ms(k->play.run));
}

void kiosk_case_pause(Kiosk *k, int paused, int64_t now_ms) {
  replay_set_paused(&k->replay, paused, now_ms);
}

void kiosk_case_speed(Kiosk *k, int speed_index, int64_t now_ms) {
  replay_set_speed(&k->replay, speed_index, now_ms);
}

int kiosk_tick(Kiosk *k, int64_t now_ms) {
  int room = kw_poll(k, now_ms); /* the workshop's network, every tick */
  if (idle_applies(k) || k->overlay == OV_PIN) {
    if (k->overlay == OV_STILL_THERE) {
      if (now_ms - k->still_since_ms >= still_ms(k)) {
        kiosk_reset(k, now_ms);
        return 1;
      }
    } else if (now_ms - k->last_input_ms >= idle_ms(k)) {
      if (k->screen == SCR_ATTRACT) { /* an abandoned PIN pad on the attract screen */
        kiosk_close_overlay(k, now_ms);
        return 1;
      }
      kiosk_open(k, OV_STILL_THERE, now_ms);
      return 1;
    }
  }
  if (k->screen == SCR_PLAY && k->overlay == OV_NONE) {
    int changed = case_gate(k, now_ms) | room;
    changed |= play_tick(&k->play, now_ms) > 0;
    kw_report_moves(k); /* own pace: a decision that timed out on its own */
    if (k->play.run && (run_done(k->play.run) || run_error(k->play.run))) {
      /* the story ended on its own (a last decision timed out, or a hook failed) */
      hand_over(k);
      kiosk_go(k, SCR_DEBRIEF, now_ms);
      return 1;
    }
    return changed;
  }
  return room;
}

int64_t kiosk_next_due(const Kiosk *k, int64_t now_ms) {
  int64_t due = 60000;
  if (idle_applies(k) || k->overlay == OV_PIN) {
    int64_t left = k->overlay == OV_STILL_THERE ? k->still_since_ms + still_ms(k) - now_ms
                                                : k->last_input_ms + idle_ms(k) - now_ms;
    due = left < due ? left : due;
  }
  if (k->screen == SCR_PLAY && k->overlay == OV_NONE) {
    due = due < 250 ? due : 250; /* posts arrive and timers move on the story's clock */
    if (kiosk_case_replaying(k) && !k->replay.paused) {
      due = due < 50 ? due : 50; /* the story clock runs */
    }
  }
  return due < 0 ? 0 : due;
}

void kiosk_reset(Kiosk *k, int64_t now_ms) {
  if (k->play.run && !run_done(k->play.run) && !kw_play_is_workshop(k)) {
    hand_over(k); /* a workshop's play is not abandoned: its seat stays in the room */
  }
  kw_reset(k);
  play_end(&k->play);
  krec_forget(&k->rec);
  osk_clear(&k->name);
  memset(k->pin, 0, sizeof k->pin);
  k->pin_wrong = 0;
  default_settings(k);
  k->scenario = -1;
  k->case_mode = 0;
  k->overlay = OV_NONE;
  k->screen = SCR_ATTRACT;
  k->last_input_ms = now_ms;
  k->session++;
}

void kiosk_go(Kiosk *k, Screen s, int64_t now_ms) {
  if (s == SCR_HOME) {
    k->rec.step = -1; /* plays started from home are practice */
  }
  k->screen = s;
  k->overlay = OV_NONE;
  k->last_input_ms = now_ms;
}

void kiosk_open(Kiosk *k, Overlay o, int64_t now_ms) {
  if (k->overlay == OV_NONE || o == OV_STILL_THERE || o == OV_PIN) {
    k->overlay = o;
  }
  if (o == OV_STILL_THERE) {
    k->still_since_ms = now_ms;
  }
  if (o == OV_STILL_THERE || o == OV_PIN) {
    play_pause(&k->play, now_ms);
  }
}

void kiosk_close_overlay(Kiosk *k, int64_t now_ms) {
  k->overlay = OV_NONE;
  memset(k->pin, 0, sizeof k->pin);
  k->pin_wrong = 0;
  if (k->screen == SCR_PLAY && !kiosk_case_replaying(k)) {
    play_resume(&k->play, now_ms);
  }
  k->replay.last_ms = now_ms; /* the story clock stood still too */
}

void kiosk_set_lang(Kiosk *k, int lang) {
  if (kstr_is_ui_lang(lang) && (k->cfg.languages & (1u << lang))) {
    k->lang = lang;
  }
}

/* Starts 's' (entry 'i' of the practice catalogue or of the case studies). */
static int start_play(Kiosk *k, const Scenario *s, int i, int case_mode, int64_t now_ms) {
  uint64_t seed = k->seed ? k->seed : (uint64_t)now_ms * 2654435761u + 1;
  int step = !case_mode && k->rec.step >= 0 && k->rec.step_item[k->rec.step] == i ? k->rec.step
                                                                                  : -1; /* a replay stays a step */
  krec_play_started(&k->rec, step);
  k->scenario = i;
  k->case_mode = case_mode;
  replay_start(&k->replay, now_ms);
  int rc = play_start(&k->play, s, k->lang, k->timer_factor, seed, now_ms);
  if (rc != 0 && !k->play.run) {
    return -1;
  }
  if (run_done(k->play.run) || run_error(k->play.run)) {
    hand_over(k);
  }
  kiosk_go(k, run_done(k->play.run) ? SCR_DEBRIEF : SCR_PLAY, now_ms);
  case_gate(k, now_ms);
  return 0;
}

int kiosk_play(Kiosk *k, int i, int64_t now_ms) {
  if (i < 0 || i >= k->cat.n || !k->cat.items[i].s) {
    return -1;
  }
  return start_play(k, k->cat.items[i].s, i, 0, now_ms);
}

int kiosk_play_case(Kiosk *k, int i, int64_t now_ms) {
  if (i < 0 || i >= k->cases.n || !k->cases.items[i].s) {
    return -1;
  }
  return start_play(k, k->cases.items[i].s, i, 1, now_ms);
}

int kiosk_play_again(Kiosk *k, int64_t now_ms) {
  int i = k->scenario, case_mode = k->case_mode;
  play_end(&k->play);
  return case_mode ? kiosk_play_case(k, i, now_ms) : kiosk_play(k, i, now_ms);
}

int kiosk_answer(Kiosk *k, int thread, int choice_k, int64_t now_ms) {
  if (k->screen == SCR_WS_PLAY) { /* together: the answer goes to the room */
    return kw_answer(k, choice_k, now_ms) == 0 ? RUN_OK : RUN_INVALID;
  }
  if (k->screen != SCR_PLAY || !k->play.run) {
    return RUN_INVALID;
  }
  int rc = choice_k < 0 ? play_silence(&k->play, thread, now_ms) : play_answer(&k->play, thread, choice_k, now_ms);
  if (rc == RUN_INVALID || rc == RUN_ERROR) {
    if (run_error(k->play.run)) {
      hand_over(k);
      kiosk_go(k, SCR_DEBRIEF, now_ms);
    }
    return rc;
  }
  if (k->case_mode) {
    replay_moved(&k->replay, now_ms); /* the story went on: replay it from here */
  }
  kw_report_moves(k); /* own pace: the room hears of it at once */
  if (run_done(k->play.run)) {
    hand_over(k);
  }
  if (!k->cfg.assessed) {
    play_pause(&k->play, now_ms);
    kiosk_go(k, SCR_FEEDBACK, now_ms);
  } else if (run_done(k->play.run)) {
    kiosk_go(k, SCR_DEBRIEF, now_ms);
  }
  return rc;
}

void kiosk_continue(Kiosk *k, int64_t now_ms) {
  if (k->play.run && run_done(k->play.run)) {
    kiosk_go(k, SCR_DEBRIEF, now_ms);
    return;
  }
  kiosk_go(k, SCR_PLAY, now_ms);
  k->replay.last_ms = now_ms; /* reading the feedback does not move the story clock */
  if (!kiosk_case_replaying(k)) {
    play_resume(&k->play, now_ms);
  }
  if (!play_pending(&k->play, k->play.view_thread, &(Pending){0})) {
    int other = play_other_pending(&k->play, k->play.view_thread);
    k->play.view_thread = other >= 0 ? other : k->play.view_thread;
  }
}

void kiosk_leave_play(Kiosk *k, int64_t now_ms) {
  if (kw_play_is_workshop(k)) {
    kw_leave(k, now_ms);
    return;
  }
  if (k->play.run && !run_done(k->play.run)) {
    hand_over(k);
  }
  play_end(&k->play);
  kiosk_go(k, SCR_HOME, now_ms);
}

int kiosk_play_step(Kiosk *k, int step, int64_t now_ms) {
  if (step < 0 || step >= k->rec.n_steps || k->rec.step_item[step] < 0) {
    return -1;
  }
  k->rec.step = step;
  return kiosk_play(k, k->rec.step_item[step], now_ms);
}

void kiosk_admin_gesture(Kiosk *k, int64_t now_ms) {
  if (k->screen == SCR_ADMIN) {
    return;
  }
  memset(k->pin, 0, sizeof k->pin);
  k->pin_wrong = 0;
  k->overlay = OV_NONE;
  kiosk_open(k, OV_PIN, now_ms);
  k->last_input_ms = now_ms;
}

void kiosk_pin_digit(Kiosk *k, char digit) {
  size_t n = strlen(k->pin);
  if (n < KIOSK_PIN_MAX && digit >= '0' && digit <= '9') {
    k->pin[n] = digit;
    k->pin_wrong = 0;
  }
}

void kiosk_pin_delete(Kiosk *k) {
  size_t n = strlen(k->pin);
  if (n > 0) {
    k->pin[n - 1] = '\0';
  }
}

int kiosk_pin_submit(Kiosk *k, int64_t now_ms) {
  int ok = kcfg_check_pin(&k->cfg, k->pin);
  memset(k->pin, 0, sizeof k->pin);
  if (!ok) {
    k->pin_wrong = 1;
    return 0;
  }
  k->admin_return = k->screen;
  k->overlay = OV_NONE;
  k->screen = SCR_ADMIN;
  krec_admin_open(&k->rec);
  k->last_input_ms = now_ms;
  return 1;
}
