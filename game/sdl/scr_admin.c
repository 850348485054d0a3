/* scr_admin.c — the staff's side and the modal cards: the PIN pad, the
   admin screen (exit, reset, configuration problems, scenarios that failed
   to load with their messages), "still there?", house rules and settings. */
#include <stdio.h>
#include <string.h>

#include "app.h"

#define ADMIN_SCROLL 5
#define RULES_SCROLL 6

/* A row of buttons of equal width at 'y'; returns the index pressed or -1. */
static int button_row(Ui *ui, int x, int y, int w, int h, const char *const *labels, int n, int selected) {
  int g = ui_px(ui, 12), bw = (w - (n - 1) * g) / n, hit = -1;
  for (int i = 0; i < n; i++) {
    ButtonStyle st = selected < 0 ? BTN_SECONDARY : i == selected ? BTN_CHIP_ON : BTN_CHIP;
    if (ui_button(ui, box_make(x + i * (bw + g), y, bw, h), labels[i], st)) {
      hit = i;
    }
  }
  return hit;
}

void ov_pin(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int key = ui_px(ui, 96), g = ui_px(ui, 14);
  int pad_h = 4 * key + 3 * g;
  int title_h = ui_measure(ui, T_H2, tr(k->lang, S_STAFF_PIN), 0, NULL);
  int dots_h = ui_px(ui, 60), msg_h = ui_measure(ui, T_SMALL, tr(k->lang, S_WRONG_PIN), 0, NULL);
  int total = title_h + g + dots_h + msg_h + g + pad_h + g + ui_px(ui, 76) + ui_px(ui, 72);
  Box in = modal_card(ui, 560, total);
  int kw = (in.w - 2 * g) / 3;
  kw = kw > ui_px(ui, 150) ? ui_px(ui, 150) : kw;
  int x0 = in.x + (in.w - (3 * kw + 2 * g)) / 2, y = in.y;
  y += ui_text(ui, box_make(in.x, y, in.w, title_h), T_H2, p->text, tr(k->lang, S_STAFF_PIN), AL_CENTER) + g;
  int len = (int)strlen(k->pin), dot = ui_px(ui, 22);
  for (int i = 0; i < KIOSK_PIN_MAX; i++) {
    int cx = in.x + in.w / 2 + (i - KIOSK_PIN_MAX / 2) * (dot + g) + (dot + g) / 2;
    gfx_circle(ui->g, cx, y + dots_h / 2, dot / 2, i < len ? p->text : p->surface2);
  }
  y += dots_h;
  ui_text(ui, box_make(in.x, y, in.w, msg_h), T_SMALL, p->bad, k->pin_wrong ? tr(k->lang, S_WRONG_PIN) : "", AL_CENTER);
  y += msg_h + g;
  static const char *const labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"};
  for (int i = 0; i < 12; i++) {
    Box b = box_make(x0 + (i % 3) * (kw + g), y + (i / 3) * (key + g), kw, key);
    const char *label = i == 11 ? tr(k->lang, S_OK) : labels[i];
    if (ui_button(ui, b, label, i == 11 ? BTN_PRIMARY : BTN_SECONDARY)) {
      if (i == 9) {
        kiosk_pin_delete(k);
      } else if (i == 11) {
        kiosk_pin_submit(k, ui->now);
        return;
      } else {
        kiosk_pin_digit(k, labels[i][0]);
      }
    }
  }
  y += pad_h + g;
  if (ui_button(ui, box_make(x0, y, 3 * kw + 2 * g, ui_px(ui, 76)), tr(k->lang, S_CANCEL), BTN_GHOST) || ui->key_back) {
    kiosk_close_overlay(k, ui->now);
  }
}

void ov_still_there(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int left = (int)((k->still_since_ms + (int64_t)k->cfg.still_there_s * 1000 - ui->now + 999) / 1000);
  char msg[300];
  snprintf(msg, sizeof msg, tr(k->lang, S_RESET_IN_FMT), left < 0 ? 0 : left);
  int w = ui_px(ui, 760) > ui->w - 2 * margin(ui) ? ui->w - 2 * margin(ui) - ui_px(ui, 80) : ui_px(ui, 680);
  int th = ui_measure(ui, T_TITLE, tr(k->lang, S_STILL_THERE), w, NULL);
  int mh = ui_measure(ui, T_BODY, msg, w, NULL);
  int bh = ui_button_height(ui, tr(k->lang, S_IM_HERE), w);
  Box in = modal_card(ui, 760, th + mh + bh + 2 * gap(ui) + ui_px(ui, 72));
  int y = in.y;
  y += ui_text(ui, box_make(in.x, y, in.w, 0), T_TITLE, p->text, tr(k->lang, S_STILL_THERE), AL_LEFT) + gap(ui) / 2;
  y += ui_text(ui, box_make(in.x, y, in.w, 0), T_BODY, p->muted, msg, AL_LEFT) + gap(ui) * 3 / 2;
  if (ui_button(ui, box_make(in.x, y, in.w, bh), tr(k->lang, S_IM_HERE), BTN_PRIMARY)) {
    kiosk_input(k, ui->now);
  }
}

void ov_rules(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  const Scenario *s = k->play.s;
  if (!s) {
    kiosk_close_overlay(k, ui->now);
    return;
  }
  int bh = ui_px(ui, 80);
  Box in = modal_card(ui, 1100, ui->h);
  Box close = box_cut_bottom(&in, bh);
  box_cut_bottom(&in, gap(ui));
  int y = ui_scroll_begin(ui, RULES_SCROLL, in), w = in.w - ui_px(ui, 18);
  y += ui_text(ui, box_make(in.x, y, w, 0), T_TITLE, p->text, tr(k->lang, S_HOUSE_RULES), AL_LEFT) + gap(ui);
  for (int i = 0; i < s->n_rules; i++) {
    char num[16];
    snprintf(num, sizeof num, "%d", i + 1);
    int nw = ui_px(ui, 56);
    gfx_circle(ui->g, in.x + nw / 2, y + nw / 2, nw / 2, p->surface2);
    ui_text(ui, box_make(in.x, y, nw, nw), T_LABEL, p->text, num, AL_CENTER);
    int h = ui_text(ui, box_make(in.x + nw + ui_px(ui, 20), y + ui_px(ui, 8), w - nw - ui_px(ui, 20), 0), T_BODY,
                    p->text, text_get(&s->rules[i], k->lang, s->lang), AL_LEFT);
    y += (h + ui_px(ui, 8) > nw ? h + ui_px(ui, 8) : nw) + gap(ui);
  }
  ui_scroll_end(ui, y);
  int bw = close.w > ui_px(ui, 360) ? ui_px(ui, 360) : close.w;
  if (ui_button(ui, box_make(close.x + close.w - bw, close.y, bw, bh), tr(k->lang, S_CLOSE), BTN_PRIMARY) ||
      ui->key_back) {
    kiosk_close_overlay(k, ui->now);
  }
}

void ov_settings(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, bh = ui_px(ui, 76), g = gap(ui);
  int cap = ui_measure(ui, T_CAPTION, "Ag", 0, NULL) + ui_px(ui, 8);
  int title_h = ui_measure(ui, T_TITLE, tr(lang, S_SETTINGS), 0, NULL);
  Box in = modal_card(ui, 900, title_h + g + 3 * (cap + bh + g) + g + bh + ui_px(ui, 72));
  int y = in.y;
  y += ui_text(ui, box_make(in.x, y, in.w, 0), T_TITLE, p->text, tr(lang, S_SETTINGS), AL_LEFT) + g;
  const char *sizes[3] = {"100 %", "125 %", "150 %"};
  y += ui_text(ui, box_make(in.x, y, in.w, cap), T_CAPTION, p->muted, tr(lang, S_TEXT_SIZE), AL_LEFT);
  int sel = k->text_scale_pct >= 150 ? 2 : k->text_scale_pct >= 125 ? 1 : 0;
  int hit = button_row(ui, in.x, y, in.w, bh, sizes, 3, sel);
  if (hit >= 0) {
    k->text_scale_pct = 100 + 25 * hit;
  }
  y += bh + g;
  const char *contrast[2] = {tr(lang, S_STANDARD), tr(lang, S_HIGH_CONTRAST)};
  y += ui_text(ui, box_make(in.x, y, in.w, cap), T_CAPTION, p->muted, tr(lang, S_CONTRAST), AL_LEFT);
  hit = button_row(ui, in.x, y, in.w, bh, contrast, 2, k->high_contrast);
  if (hit >= 0) {
    k->high_contrast = hit;
  }
  y += bh + g;
  const char *timer[3] = {tr(lang, S_TIMER_NORMAL), tr(lang, S_TIMER_EXTENDED), tr(lang, S_TIMER_OFF)};
  y += ui_text(ui, box_make(in.x, y, in.w, cap), T_CAPTION, p->muted, tr(lang, S_TIMER), AL_LEFT);
  hit = button_row(ui, in.x, y, in.w, bh, timer, 3, k->timer_factor == 0 ? 2 : k->timer_factor > 1 ? 1 : 0);
  if (hit >= 0) {
    k->timer_factor = hit == 2 ? 0 : hit + 1;
  }
  y += bh + g * 2;
  int bw = in.w > ui_px(ui, 360) ? ui_px(ui, 360) : in.w;
  if (ui_button(ui, box_make(in.x + in.w - bw, y, bw, bh), tr(lang, S_DONE), BTN_PRIMARY) || ui->key_back) {
    kiosk_close_overlay(k, ui->now);
  }
}

static int section(App *a, int x, int y, int w, StrId title, const char *body, SDL_Color c) {
  Ui *ui = &a->ui;
  int y0 = y;
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, ui->pal.text, tr(a->k.lang, title), AL_LEFT) + ui_px(ui, 10);
  y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, c, body, AL_LEFT);
  return y - y0 + gap(ui) * 3 / 2;
}

void scr_admin(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, m = margin(ui), g = gap(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, m / 2);
  int bh = ui_px(ui, 84);
  Box bar = box_cut_bottom(&body, bh);
  box_cut_bottom(&body, g);
  int x = body.x, w = body.w - ui_px(ui, 18);
  int y = ui_scroll_begin(ui, ADMIN_SCROLL, body);
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, tr(lang, S_ADMIN), AL_LEFT) + ui_px(ui, 8);
  char line[200];
  snprintf(line, sizeof line, tr(lang, S_SCENARIOS_LOADED_FMT), k->cat.n_ready + k->cases.n_ready,
           k->cat.n_failed + k->cases.n_failed);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, line, AL_LEFT) + g;
  int rw = w > ui_px(ui, 520) ? ui_px(ui, 520) : w, rh = ui_button_height(ui, tr(lang, S_WS_RUN), rw);
  if (ui_button(ui, box_make(x, y, rw, rh), tr(lang, S_WS_RUN), BTN_PRIMARY)) { /* the projector's side */
    ui_scroll_end(ui, y + rh);
    kw_setup_begin(k, ui->now);
    return;
  }
  y += rh + g * 3 / 2;
  char cfg[4096];
  const char *state = k->cfg_problems ? k->cfg_problems
                      : k->cfg.path   ? tr(lang, S_CONFIG_OK)
                                      : tr(lang, S_CONFIG_DEFAULTS);
  if (k->cfg_problems) { /* the messages name the file already */
    snprintf(cfg, sizeof cfg, "%s", state);
  } else {
    snprintf(cfg, sizeof cfg, "%s%s%s", k->cfg.path ? k->cfg.path : "", k->cfg.path ? "\n" : "", state);
  }
  y += section(a, x, y, w, S_CONFIG, cfg, k->cfg_problems ? p->bad : p->text);
  if (k->cfg.pin_is_default) {
    y += ui_text(ui, box_make(x, y - g, w, 0), T_SMALL, p->warn, tr(lang, S_DEFAULT_PIN), AL_LEFT) + g / 2;
  }
  int any = 0;
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, tr(lang, S_FAILED_SCENARIOS), AL_LEFT) + ui_px(ui, 10);
  if (k->cat.problems) {
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->bad, k->cat.problems, AL_LEFT) + ui_px(ui, 10);
    any = 1;
  }
  for (int c = 0; c < 2; c++) { /* the practice scenarios, then the case studies */
    const Catalog *cat = c ? &k->cases : &k->cat;
    if (cat->problems && c) {
      y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->bad, cat->problems, AL_LEFT) + ui_px(ui, 10);
      any = 1;
    }
    for (int i = 0; i < cat->n; i++) {
      if (cat->items[i].errors) {
        y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->bad, cat->items[i].errors, AL_LEFT) + ui_px(ui, 10);
        any = 1;
      }
    }
  }
  if (!any) {
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->text, tr(lang, S_NONE), AL_LEFT);
  }
  y += admin_records(a, x, y, w);
  ui_scroll_end(ui, y + g);
  const char *labels[3] = {tr(lang, S_BACK), tr(lang, S_RESET_SESSION), tr(lang, S_EXIT_KIOSK)};
  int bw = (bar.w - 2 * g) / 3;
  bw = bw > ui_px(ui, 420) ? ui_px(ui, 420) : bw;
  int bx = bar.x + bar.w - 3 * bw - 2 * g;
  if (ui_button(ui, box_make(bx, bar.y, bw, bh), labels[0], BTN_SECONDARY) || ui->key_back) {
    kiosk_go(k, k->admin_return, ui->now);
    play_resume(&k->play, ui->now);
    kiosk_case_pause(k, k->replay.paused, ui->now); /* the story clock stood still too */
    krec_admin_close(&k->rec);                      /* the trainee list stays on the admin screen only */
  } else if (ui_button(ui, box_make(bx + bw + g, bar.y, bw, bh), labels[1], BTN_SECONDARY)) {
    kiosk_reset(k, ui->now);
  } else if (ui_button(ui, box_make(bx + 2 * (bw + g), bar.y, bw, bh), labels[2], BTN_DANGER)) {
    k->quit = 1;
  }
}
