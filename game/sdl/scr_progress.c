/* scr_progress.c — "My progress" for a named trainee: what to practise
   next (with a button to play it), the three scores over their attempts as
   a bar chart, the best score per scenario, and their attempts, newest
   first. Only the typed name's records are read; a guest has none. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"

#define PROGRESS_SCROLL 2
#define CHART_MAX_GROUPS 24
#define HISTORY_SHOWN 40

static SDL_Color axis_colour(const Palette *p, int axis) {
  return axis == AXIS_EMPATHY ? p->accent : axis == AXIS_SPEED ? p->warn : p->good;
}

/* A scenario's title in the trainee's language, else the recorded one. */
static const char *scenario_title(const Kiosk *k, const char *id, const char *recorded) {
  for (int i = 0; i < k->cat.n; i++) {
    const Scenario *s = k->cat.items[i].s;
    if (s && strcmp(s->id, id) == 0) {
      return text_get(&s->title, k->lang, s->lang);
    }
  }
  return recorded && recorded[0] ? recorded : id;
}

static int heading(Ui *ui, int x, int y, int w, const char *s) {
  return ui_text(ui, box_make(x, y, w, 0), T_H2, ui->pal.text, s, AL_LEFT) + ui_px(ui, 14);
}

static int recommendation(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  const KRecMine *m = &k->rec.mine;
  if (!m->has_rec || m->rec_item < 0) {
    return 0;
  }
  int lang = k->lang, pad = ui_px(ui, 28), inner = w - 2 * pad;
  const char *title = scenario_title(k, m->rec.scenario, NULL);
  char why[600];
  snprintf(why, sizeof why, tr(lang, S_REC_FMT), tr(lang, (StrId)(S_AXIS_EMPATHY + m->rec.axis)),
           (int)lround(m->rec.average), m->rec.over);
  int bw = inner > ui_px(ui, 360) ? ui_px(ui, 360) : inner, bh = ui_button_height(ui, tr(lang, S_PLAY_IT), bw);
  int h = pad + ui_measure(ui, T_CAPTION, tr(lang, S_PRACTISE_NEXT), inner, NULL) + ui_px(ui, 6) +
          ui_measure(ui, T_H2, title, inner, NULL) + ui_px(ui, 8) + ui_measure(ui, T_BODY, why, inner, NULL) +
          ui_px(ui, 18) + bh + pad;
  ui_panel_edged(ui, box_make(x, y, w, h), p->surface, p->accent, ui_px(ui, 24), ui_px(ui, 3));
  int cy = y + pad;
  cy += ui_text(ui, box_make(x + pad, cy, inner, 0), T_CAPTION, p->accent, tr(lang, S_PRACTISE_NEXT), AL_LEFT);
  cy += ui_px(ui, 6) + ui_text(ui, box_make(x + pad, cy, inner, 0), T_H2, p->text, title, AL_LEFT);
  cy += ui_px(ui, 8) + ui_text(ui, box_make(x + pad, cy, inner, 0), T_BODY, p->muted, why, AL_LEFT) + ui_px(ui, 18);
  if (ui_button(ui, box_make(x + pad, cy, bw, bh), tr(lang, S_PLAY_IT), BTN_PRIMARY)) {
    kiosk_play(k, m->rec_item, ui->now);
  }
  return h;
}

static int legend(Ui *ui, int lang, int x, int y) {
  int sw = ui_px(ui, 22), lh = ui_measure(ui, T_SMALL, "Ag", 0, NULL), cx = x;
  for (int ax = 0; ax < AXIS_COUNT; ax++) {
    const char *name = tr(lang, (StrId)(S_AXIS_EMPATHY + ax));
    int nw;
    ui_measure(ui, T_SMALL, name, 0, &nw);
    gfx_round(ui->g, box_make(cx, y + (lh - sw) / 2, sw, sw), ui_px(ui, 5), axis_colour(&ui->pal, ax));
    ui_text(ui, box_make(cx + sw + ui_px(ui, 10), y, nw + 2, lh), T_SMALL, ui->pal.text, name, AL_LEFT);
    cx += sw + ui_px(ui, 10) + nw + ui_px(ui, 30);
  }
  return lh;
}

/* Three bars per finished attempt (the latest that fit), 0..100. */
static int axes_chart(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const KRecMine *m = &a->k.rec.mine;
  int y0 = y;
  y += heading(ui, x, y, w, tr(a->k.lang, S_AXES_OVER_TIME));
  y += legend(ui, a->k.lang, x, y) + ui_px(ui, 14);
  int lab_w;
  ui_measure(ui, T_CAPTION, "100", 0, &lab_w);
  int plot_x = x + lab_w + ui_px(ui, 14), plot_w = w - (plot_x - x), plot_h = ui_px(ui, 260);
  int group_min = ui_px(ui, 54);
  int groups = plot_w / group_min < CHART_MAX_GROUPS ? plot_w / group_min : CHART_MAX_GROUPS;
  int n = m->n_points < groups ? m->n_points : groups, first = m->n_points - n;
  gfx_round(ui->g, box_make(plot_x, y, plot_w, plot_h), ui_px(ui, 12), p->surface);
  int cap_h = ui_measure(ui, T_CAPTION, "100", 0, NULL);
  for (int v = 0; v <= 100; v += 50) {
    int ly = y + plot_h - plot_h * v / 100;
    gfx_fill(ui->g, box_make(plot_x, ly - (v == 100 ? 0 : 1), plot_w, 1), p->border);
    char s[8];
    snprintf(s, sizeof s, "%d", v);
    int ty = ly - cap_h / 2;
    ty = ty < y ? y : ty + cap_h > y + plot_h ? y + plot_h - cap_h : ty;
    ui_text(ui, box_make(x, ty, lab_w, cap_h), T_CAPTION, p->muted, s, AL_RIGHT);
  }
  int gw = n > 0 ? plot_w / (n > 6 ? n : 6) : plot_w, bar = (gw - ui_px(ui, 16)) / 3;
  for (int i = 0; i < n; i++) {
    const AxisPoint *pt = &m->points[first + i];
    for (int ax = 0; ax < AXIS_COUNT; ax++) {
      int bh = (int)(plot_h * pt->axis[ax] / 100.0);
      bh = bh < ui_px(ui, 3) ? ui_px(ui, 3) : bh;
      gfx_fill(ui->g, box_make(plot_x + i * gw + ui_px(ui, 8) + ax * bar, y + plot_h - bh, bar - 1, bh),
               axis_colour(p, ax));
    }
  }
  return y + plot_h - y0;
}

static int best_scores(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  const KRecMine *m = &k->rec.mine;
  int lang = k->lang, y0 = y, row = ui_px(ui, 14);
  y += heading(ui, x, y, w, tr(lang, S_BEST_SCORES));
  int score_w;
  ui_measure(ui, T_H2, "100", 0, &score_w);
  score_w += ui_px(ui, 36);
  for (int i = 0; i < m->n_best; i++) {
    const BestScore *b = &m->best[i];
    char count[64], score[16];
    snprintf(count, sizeof count, tr(lang, S_ATTEMPTS_FMT), b->attempts);
    snprintf(score, sizeof score, "%s", b->best ? "" : "–");
    if (b->best) {
      snprintf(score, sizeof score, "%.0f", b->best->overall);
    }
    int tw = w - score_w - ui_px(ui, 20);
    const char *title = scenario_title(k, b->scenario, b->best ? b->best->title : NULL);
    int h = ui_measure(ui, T_LABEL, title, tw, NULL) + ui_px(ui, 4) + tag_height(ui);
    ui_text(ui, box_make(x, y, score_w, h), T_H2, b->passed ? p->good : p->text, score, AL_LEFT);
    int ty = y + ui_text(ui, box_make(x + score_w, y, tw, 0), T_LABEL, p->text, title, AL_LEFT) + ui_px(ui, 4);
    int cw = draw_tag(ui, x + score_w, ty, count, p->surface2, p->text);
    if (b->passed) {
      draw_tag(ui, x + score_w + cw + ui_px(ui, 10), ty, tr(lang, S_PASS), p->good, p->on_accent);
    }
    y += h + row;
  }
  return y - y0;
}

/* A record's UTC time as the kiosk's local date and time. */
static void local_time(const char *iso, char *out, size_t cap) {
  int64_t ms;
  struct tm tm;
  time_t t;
  if (attempt_parse_time(iso, &ms) != 0 || (t = (time_t)(ms / 1000), !localtime_r(&t, &tm))) {
    snprintf(out, cap, "%.16s", iso);
    return;
  }
  strftime(out, cap, "%Y-%m-%d %H:%M", &tm);
}

static const char *mode_name(int lang, AttemptMode mode) {
  return tr(lang, mode == REC_ASSESSED     ? S_MODE_ASSESSED
                  : mode == REC_ONBOARDING ? S_MODE_ONBOARDING
                  : mode == REC_CASE_STUDY ? S_MODE_CASE
                                           : S_MODE_PRACTICE);
}

static int history(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  const KRecMine *m = &k->rec.mine;
  int lang = k->lang, y0 = y;
  y += heading(ui, x, y, w, tr(lang, S_HISTORY));
  int date_w;
  ui_measure(ui, T_SMALL, "2026-12-01 19:02", 0, &date_w);
  date_w += ui_px(ui, 24);
  int stacked = w - date_w < ui_px(ui, 420);
  for (int i = m->n_hist - 1; i >= 0 && i >= m->n_hist - HISTORY_SHOWN; i--) {
    const Attempt *at = m->hist[i];
    char when[32], line[400];
    local_time(at->started, when, sizeof when);
    const char *title = scenario_title(k, at->scenario, at->title);
    if (at->finished) {
      snprintf(line, sizeof line, "%s · %.0f · %s", title, at->overall, tr(lang, at->pass ? S_PASS : S_NOT_YET));
    } else {
      snprintf(line, sizeof line, "%s · %s", title, tr(lang, S_LEFT_EARLY));
    }
    int tx = stacked ? x : x + date_w, tw = w - (tx - x);
    int dh = ui_text(ui, box_make(x, y, date_w, 0), T_SMALL, p->muted, when, AL_LEFT);
    int ty = stacked ? y + dh + ui_px(ui, 4) : y;
    ty += ui_text(ui, box_make(tx, ty, tw, 0), T_BODY, at->finished ? p->text : p->muted, line, AL_LEFT);
    draw_tag(ui, tx, ty + ui_px(ui, 6), mode_name(lang, at->mode), p->surface2, p->text);
    y = ty + ui_px(ui, 6) + tag_height(ui) + ui_px(ui, 22);
  }
  return y - y0;
}

void scr_progress(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang;
  char name[OSK_MAX_BYTES + 1];
  osk_trimmed(&k->name, name, sizeof name);
  if (!krec_is_named(name)) { /* guests have no history */
    kiosk_go(k, SCR_HOME, ui->now);
    return;
  }
  krec_load_mine(&k->rec, name, &k->cat);
  const KRecMine *m = &k->rec.mine;
  int mg = margin(ui), g = gap(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), mg, mg / 2);
  Box bar = box_cut_bottom(&body, ui_px(ui, 88));
  box_cut_bottom(&body, g);
  int cw = body.w > ui_px(ui, 1500) ? ui_px(ui, 1500) : body.w, ring = ui_px(ui, 10);
  Box col = box_make(body.x + (body.w - cw) / 2 - ring, body.y, cw + 2 * ring, body.h);
  int x = col.x + ring, w = cw - ui_px(ui, 18);
  int y = ui_scroll_begin(ui, PROGRESS_SCROLL, col) + g / 2;
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, tr(lang, S_MY_PROGRESS), AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, m->who, AL_LEFT) + g;
  if (m->error[0]) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->bad, tr(lang, S_RECORDS_UNREADABLE), AL_LEFT);
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->muted, m->error, AL_LEFT) + g;
  } else if (m->n_hist == 0) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, tr(lang, S_NO_HISTORY), AL_LEFT) + g;
  } else {
    int r = recommendation(a, x, y, w);
    if (k->screen != SCR_PROGRESS) {
      ui_scroll_end(ui, y + r);
      return;
    }
    y += r ? r + g * 2 : 0;
    if (m->n_points > 0) {
      y += axes_chart(a, x, y, w) + g * 2;
    }
    y += best_scores(a, x, y, w) + g;
    y += history(a, x, y, w);
  }
  ui_scroll_end(ui, y + g);
  int bw = bar.w > ui_px(ui, 420) ? ui_px(ui, 420) : bar.w;
  if (ui_button(ui, box_make(bar.x + bar.w - bw, bar.y, bw, bar.h), tr(lang, S_HOME), BTN_PRIMARY) || ui->key_back) {
    kiosk_go(k, SCR_HOME, ui->now);
  }
}
