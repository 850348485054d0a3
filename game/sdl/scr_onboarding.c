/* scr_onboarding.c — the onboarding track: its card on the home screen
   (beside "My progress" for a named trainee), its own screen with every
   step (title, intro, pass mark; passed with the best score, next, or
   locked) and the next step to start, and the debrief's notices about the
   records (a result that could not be saved, a track just completed). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"

#define ONBOARDING_SCROLL 1

static int onboarding_on(const Kiosk *k) {
  return (k->cfg.modes & (1u << MODE_ONBOARDING)) && k->rec.track && k->rec.n_steps > 0;
}

/* This trainee's records, read by the typed name only. */
static void load_mine(App *a, char *name, int cap) {
  osk_trimmed(&a->k.name, name, cap);
  krec_load_mine(&a->k.rec, name, &a->k.cat);
}

/* A card on the home screen: a tag, a title, a line; a target when 'live'. */
static int home_card(App *a, Box b, const char *tag, const char *title, const char *body, const char *status,
                     int live) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int pad = ui_px(ui, 28), inner = b.w - 2 * pad;
  int h = pad + tag_height(ui) + ui_px(ui, 14) + ui_measure(ui, T_H2, title, inner, NULL) + ui_px(ui, 8) +
          ui_measure(ui, T_BODY, body, inner, NULL) + pad;
  if (b.h == 0) {
    return h;
  }
  int hit = live && ui_target(ui, b, title);
  ui_panel_edged(ui, b, ui_pressed(ui, b) ? p->surface2 : p->surface, p->border, ui_px(ui, 24), 1);
  int x = b.x + pad, y = b.y + pad;
  int tw = draw_tag(ui, x, y, tag, p->accent, p->on_accent);
  if (status && status[0] && x + tw + ui_px(ui, 10) + tag_width(ui, status) <= x + inner) {
    draw_tag(ui, x + tw + ui_px(ui, 10), y, status, p->surface2, p->text);
  }
  y += tag_height(ui) + ui_px(ui, 14);
  y += ui_text(ui, box_make(x, y, inner, 0), T_H2, p->text, title, AL_LEFT) + ui_px(ui, 8);
  ui_text(ui, box_make(x, y, inner, 0), T_BODY, p->muted, body, AL_LEFT);
  return hit;
}

int home_records(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui);
  char name[OSK_MAX_BYTES + 1];
  load_mine(a, name, sizeof name);
  int named = krec_is_named(name), onb = onboarding_on(k);
  if (!onb && !named) {
    return 0;
  }
  const Track *t = k->rec.track;
  char status[96] = "";
  if (onb && named) {
    snprintf(status, sizeof status, tr(lang, S_ONB_PASSED_FMT), k->rec.mine.track.n_passed, k->rec.n_steps);
  }
  const char *onb_title = onb ? text_get(&t->title, lang, LANG_EN) : "";
  const char *onb_body = onb ? text_get(&t->intro, lang, LANG_EN) : "";
  int both = onb && named, side = both && layout_columns(w, ui_px(ui, 440), g) > 1;
  int cw = side ? (w - g) / 2 : w;
  int h1 = onb ? home_card(a, box_make(0, 0, cw, 0), tr(lang, S_ONBOARDING), onb_title, onb_body, status, 0) : 0;
  char count[64];
  snprintf(count, sizeof count, tr(lang, S_ATTEMPTS_FMT), k->rec.mine.n_hist);
  int h2 =
      named ? home_card(a, box_make(0, 0, cw, 0), count, tr(lang, S_MY_PROGRESS), tr(lang, S_MY_PROGRESS_SUB), NULL, 0)
            : 0;
  int row = h1 > h2 ? h1 : h2, y0 = y;
  if (onb &&
      home_card(a, box_make(x, y, cw, side ? row : h1), tr(lang, S_ONBOARDING), onb_title, onb_body, status, 1)) {
    kiosk_go(k, SCR_ONBOARDING, ui->now);
    return 0;
  }
  y += side ? 0 : (onb ? h1 + g : 0);
  int x2 = side ? x + cw + g : x;
  if (named && home_card(a, box_make(x2, y, cw, side ? row : h2), count, tr(lang, S_MY_PROGRESS),
                         tr(lang, S_MY_PROGRESS_SUB), NULL, 1)) {
    kiosk_go(k, SCR_PROGRESS, ui->now);
    return 0;
  }
  y += side ? row : (named ? h2 : -g);
  return y - y0 + g * 2;
}

/* A notice panel: a coloured edge, a line of text; returns its height. */
static int notice(Ui *ui, int x, int y, int w, SDL_Color edge, const char *head, const char *detail) {
  const Palette *p = &ui->pal;
  int pad = ui_px(ui, 24), inner = w - 2 * pad;
  int h = pad * 2 + ui_measure(ui, T_LABEL, head, inner, NULL);
  if (detail && detail[0]) {
    h += ui_px(ui, 8) + ui_measure(ui, T_SMALL, detail, inner, NULL);
  }
  ui_panel_edged(ui, box_make(x, y, w, h), p->surface, edge, ui_px(ui, 18), ui_px(ui, 3));
  int ty = y + pad + ui_text(ui, box_make(x + pad, y + pad, inner, 0), T_LABEL, p->text, head, AL_LEFT);
  if (detail && detail[0]) {
    ui_text(ui, box_make(x + pad, ty + ui_px(ui, 8), inner, 0), T_SMALL, p->muted, detail, AL_LEFT);
  }
  return h;
}

int records_guest_note(App *a, int x, int y, int w) {
  return notice(&a->ui, x, y, w, a->ui.pal.warn, tr(a->k.lang, S_GUEST_NOTE), NULL);
}

int debrief_records_notice(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui), y0 = y;
  if (k->rec.save_error[0]) {
    y += notice(ui, x, y, w, ui->pal.bad, tr(lang, S_NOT_SAVED), k->rec.save_error) + g;
  }
  if (k->rec.step < 0) {
    return y - y0;
  }
  char name[OSK_MAX_BYTES + 1];
  load_mine(a, name, sizeof name);
  if (!krec_is_named(name)) {
    return y - y0 + records_guest_note(a, x, y, w) + g;
  }
  if (k->rec.mine.track.complete) {
    y += notice(ui, x, y, w, ui->pal.good, tr(lang, S_TRACK_COMPLETE_NOTE), NULL) + ui_px(ui, 12);
    int bw = w > ui_px(ui, 520) ? ui_px(ui, 520) : w, bh = ui_button_height(ui, tr(lang, S_SEE_CERTIFICATE), bw);
    if (ui_button(ui, box_make(x, y, bw, bh), tr(lang, S_SEE_CERTIFICATE), BTN_PRIMARY)) {
      play_end(&k->play); /* recorded already */
      kiosk_go(k, SCR_CERTIFICATE, ui->now);
      return bh;
    }
    y += bh + g;
  }
  return y - y0;
}

/* --- the track's screen ------------------------------------------------------ */

typedef struct StepText {
  char num[16], status[96], mark[64];
  const char *title, *intro;
  int live, passed, next;
} StepText;

static void step_text(const App *a, int i, StepText *st) {
  const Kiosk *k = &a->k;
  const StepStatus *ss = &k->rec.mine.steps[i];
  const TrackStep *ts = &k->rec.track->steps[i];
  int lang = k->lang, named = k->rec.mine.who[0] != '\0';
  memset(st, 0, sizeof *st);
  st->title = text_get(&ts->title, lang, LANG_EN);
  st->intro = text_get(&ts->intro, lang, LANG_EN);
  snprintf(st->mark, sizeof st->mark, tr(lang, S_PASS_MARK_FMT), (int)lround(ts->pass));
  st->passed = named && ss->passed;
  st->next = named ? i == k->rec.mine.track.next : i == 0;
  st->live = k->rec.step_item[i] >= 0 && (named ? ss->unlocked || ss->passed : 1);
  snprintf(st->num, sizeof st->num, "%s", st->passed ? "✓" : "");
  if (!st->passed) {
    snprintf(st->num, sizeof st->num, "%d", i + 1);
  }
  if (k->rec.step_item[i] < 0) {
    snprintf(st->status, sizeof st->status, "%s", tr(lang, S_UNAVAILABLE));
  } else if (st->passed) {
    snprintf(st->status, sizeof st->status, tr(lang, S_STEP_PASSED_FMT), (int)lround(ss->best->overall));
  } else if (st->next) {
    snprintf(st->status, sizeof st->status, "%s", tr(lang, S_STEP_NEXT));
  } else if (!st->live) {
    snprintf(st->status, sizeof st->status, "%s", tr(lang, S_STEP_LOCKED));
  }
  if (!st->passed && named && ss->best) {
    size_t n = strlen(st->status);
    snprintf(st->status + n, sizeof st->status - n, "%s", n ? " · " : "");
    n = strlen(st->status);
    snprintf(st->status + n, sizeof st->status - n, tr(lang, S_STEP_TRIED_FMT), (int)lround(ss->best->overall));
  }
}

/* One step as a card; returns its height (measures only when b.h is 0). */
static int step_card(App *a, Box b, const StepText *st, int *hit) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int pad = ui_px(ui, 26), dot = ui_px(ui, 64);
  int tx = b.x + pad + dot + ui_px(ui, 24), tw = b.x + b.w - pad - tx;
  const char *intro = st->live ? st->intro : tr(a->k.lang, S_STEP_LOCKED_SUB);
  int h = pad + tag_height(ui) + ui_px(ui, 12) + ui_measure(ui, T_H2, st->title, tw, NULL) + ui_px(ui, 6) +
          ui_measure(ui, T_BODY, intro, tw, NULL) + pad;
  h = h > dot + 2 * pad ? h : dot + 2 * pad;
  if (b.h == 0) {
    return h;
  }
  *hit = st->live && ui_target(ui, b, st->title);
  SDL_Color fill = st->live ? (ui_pressed(ui, b) ? p->surface2 : p->surface) : p->surface2;
  ui_panel_edged(ui, b, fill, st->next ? p->accent : p->border, ui_px(ui, 22), st->next ? ui_px(ui, 3) : 1);
  SDL_Color dot_c = st->passed ? p->good : st->next ? p->accent : p->bg;
  gfx_circle(ui->g, b.x + pad + dot / 2, b.y + pad + dot / 2, dot / 2, dot_c);
  ui_text(ui, box_make(b.x + pad, b.y + pad, dot, dot), T_LABEL, st->passed || st->next ? p->on_accent : p->muted,
          st->num, AL_CENTER);
  int y = b.y + pad;
  int mw = draw_tag(ui, tx, y, st->mark, p->bg, p->text);
  if (st->status[0] && tx + mw + ui_px(ui, 10) + tag_width(ui, st->status) <= tx + tw) {
    SDL_Color bg = st->passed ? p->good : st->next ? p->accent : p->bg;
    draw_tag(ui, tx + mw + ui_px(ui, 10), y, st->status, bg, st->passed || st->next ? p->on_accent : p->muted);
  }
  y += tag_height(ui) + ui_px(ui, 12);
  y += ui_text(ui, box_make(tx, y, tw, 0), T_H2, st->live ? p->text : p->muted, st->title, AL_LEFT) + ui_px(ui, 6);
  ui_text(ui, box_make(tx, y, tw, 0), T_BODY, p->muted, intro, AL_LEFT);
  return h;
}

static int track_header(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  const Track *t = k->rec.track;
  int lang = k->lang, y0 = y, g = gap(ui);
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, tr(lang, S_ONBOARDING), AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, text_get(&t->title, lang, LANG_EN), AL_LEFT) + ui_px(ui, 10);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, text_get(&t->intro, lang, LANG_EN), AL_LEFT) + g;
  if (!k->rec.mine.who[0]) {
    y += records_guest_note(a, x, y, w) + g;
  } else {
    char line[128];
    snprintf(line, sizeof line, tr(lang, S_ONB_PASSED_FMT), k->rec.mine.track.n_passed, k->rec.n_steps);
    int tag_w = draw_tag(ui, x, y, line, k->rec.mine.track.complete ? p->good : p->surface2,
                         k->rec.mine.track.complete ? p->on_accent : p->text);
    if (k->rec.mine.track.complete) {
      draw_tag(ui, x + tag_w + ui_px(ui, 10), y, tr(lang, S_TRACK_DONE), p->good, p->on_accent);
    }
    y += tag_height(ui) + g;
  }
  if (k->rec.mine.error[0]) {
    y += notice(ui, x, y, w, p->bad, tr(lang, S_RECORDS_UNREADABLE), k->rec.mine.error) + g;
  }
  return y - y0;
}

/* Home, and the next step or the certificate. */
static void track_bar(App *a, Box bar) {
  Ui *ui = &a->ui;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui);
  int bw = (bar.w - g) / 2;
  bw = bw > ui_px(ui, 460) ? ui_px(ui, 460) : bw;
  Box main = box_make(bar.x + bar.w - bw, bar.y, bw, bar.h);
  Box home = box_make(main.x - g - bw, bar.y, bw, bar.h);
  if (ui_button(ui, home, tr(lang, S_HOME), BTN_SECONDARY) || ui->key_back) {
    kiosk_go(k, SCR_HOME, ui->now);
    return;
  }
  const KRecMine *m = &k->rec.mine;
  if (m->who[0] && m->track.complete) {
    if (ui_button(ui, main, tr(lang, S_SEE_CERTIFICATE), BTN_PRIMARY)) {
      kiosk_go(k, SCR_CERTIFICATE, ui->now);
    }
    return;
  }
  int next = m->who[0] ? m->track.next : 0;
  if (next >= 0 && k->rec.step_item[next] >= 0 && ui_button(ui, main, tr(lang, S_START_STEP), BTN_PRIMARY)) {
    kiosk_play_step(k, next, ui->now);
  }
}

void scr_onboarding(App *a) {
  Ui *ui = &a->ui;
  Kiosk *k = &a->k;
  if (!onboarding_on(k)) {
    kiosk_go(k, SCR_HOME, ui->now);
    return;
  }
  char name[OSK_MAX_BYTES + 1];
  load_mine(a, name, sizeof name);
  int m = margin(ui), g = gap(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, m / 2);
  Box bar = box_cut_bottom(&body, ui_px(ui, 88));
  box_cut_bottom(&body, g);
  int cw = body.w > ui_px(ui, 1500) ? ui_px(ui, 1500) : body.w;
  int ring = ui_px(ui, 10);
  Box col = box_make(body.x + (body.w - cw) / 2 - ring, body.y, cw + 2 * ring, body.h);
  int x = col.x + ring, w = cw - ui_px(ui, 18);
  int y = ui_scroll_begin(ui, ONBOARDING_SCROLL, col) + g / 2;
  y += track_header(a, x, y, w);
  StepText st;
  for (int i = 0; i < k->rec.n_steps; i++) {
    step_text(a, i, &st);
    int h = step_card(a, box_make(x, y, w, 0), &st, NULL), hit = 0;
    step_card(a, box_make(x, y, w, h), &st, &hit);
    if (hit) {
      kiosk_play_step(k, i, ui->now);
      ui_scroll_end(ui, y + h);
      return;
    }
    y += h + ui_px(ui, 14);
  }
  ui_scroll_end(ui, y + g);
  track_bar(a, bar);
}
