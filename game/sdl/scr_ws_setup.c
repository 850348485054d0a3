/* scr_ws_setup.c — "Run a workshop", reached from the admin screen: what
   the room plays (a practice scenario or a case study from the kiosk's
   catalogues), the pace (together or each at their own), then the room is
   opened on the projector; above them, an unfinished session of this
   kiosk's to resume. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"

#define SETUP_SCROLL 7

/* One pick: the title, and the channel or the organisation below it. */
static int pick_row(App *a, int x, int y, int w, const Scenario *s, int on, int *hit) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, pad = ui_px(ui, 22);
  const char *title = text_get(&s->title, lang, s->lang);
  char sub[300];
  if (s->case_info) {
    snprintf(sub, sizeof sub, "%s · %s · %s", tr(lang, S_CASE_STUDY), s->case_info->organisation,
             text_get(&s->case_info->period, lang, s->lang));
  } else {
    snprintf(sub, sizeof sub, "%s · %s", str_channel(lang, s->channel), str_difficulty(lang, s->difficulty));
  }
  int iw = w - 2 * pad - ui_px(ui, 40);
  int h = pad + ui_measure(ui, T_LABEL, title, iw, NULL) + ui_px(ui, 4) + ui_measure(ui, T_SMALL, sub, iw, NULL) + pad;
  h = h < ui_px(ui, 88) ? ui_px(ui, 88) : h;
  Box b = box_make(x, y, w, h);
  *hit = ui_target(ui, b, title);
  ui_panel_edged(ui, b, on ? p->brand_bubble : p->surface, on ? p->accent : p->border, ui_px(ui, 18), on ? 3 : 1);
  int r = ui_px(ui, 12), cx = x + w - pad - r, cy = y + h / 2;
  gfx_circle(ui->g, cx, cy, r, on ? p->accent : p->border);
  if (!on) {
    gfx_circle(ui->g, cx, cy, r - 3, p->surface);
  }
  int ty = y + pad;
  ty += ui_text(ui, box_make(x + pad, ty, iw, 0), T_LABEL, p->text, title, AL_LEFT) + ui_px(ui, 4);
  ui_text(ui, box_make(x + pad, ty, iw, 0), T_SMALL, p->muted, sub, AL_LEFT);
  return h;
}

static int picks(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  Kiosk *k = &a->k;
  int y0 = y;
  const Catalog *lists[2] = {&k->cat, &k->cases};
  for (int l = 0; l < 2; l++) {
    for (int i = 0; i < lists[l]->n; i++) {
      const Scenario *s = lists[l]->items[i].s;
      if (!s) {
        continue;
      }
      int hit = 0, on = k->ws.setup_item == i && k->ws.setup_case == l;
      y += pick_row(a, x, y, w, s, on, &hit) + ui_px(ui, 10);
      if (hit) {
        k->ws.setup_item = i;
        k->ws.setup_case = l;
      }
    }
  }
  return y - y0;
}

/* The card offering the unfinished session: what it was, when it began,
   how many had joined, and "Resume it". */
static int resume_card(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  const KwResumable *rs = &k->ws.resumable;
  int lang = k->lang, pad = ui_px(ui, 24), iw = w - 2 * pad, bh = ui_px(ui, 72);
  char when[64] = "", started[128], people[64], line[700], others[300] = "";
  time_t t = (time_t)(rs->started_unix_ms / 1000);
  struct tm tm;
  if (localtime_r(&t, &tm)) {
    strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
  }
  snprintf(started, sizeof started, tr(lang, S_WS_RESUME_STARTED_FMT), when);
  if (rs->participants == 1) {
    snprintf(people, sizeof people, "%s", tr(lang, S_WS_RESUME_PERSON));
  } else {
    snprintf(people, sizeof people, tr(lang, S_WS_RESUME_PEOPLE_FMT), rs->participants);
  }
  snprintf(line, sizeof line, "%s · %s · %s · %s", kw_resumable_title(k),
           tr(lang, rs->pace == WS_TOGETHER ? S_WS_TOGETHER : S_WS_OWN), started, people);
  if (rs->others > 0) {
    snprintf(others, sizeof others, tr(lang, S_WS_RESUME_OTHERS_FMT), rs->others);
  }
  const char *head = tr(lang, S_WS_RESUME_HEAD);
  int h = pad + ui_measure(ui, T_H2, head, iw, NULL) + ui_px(ui, 8) + ui_measure(ui, T_BODY, line, iw, NULL) +
          (others[0] ? ui_px(ui, 6) + ui_measure(ui, T_SMALL, others, iw, NULL) : 0) + ui_px(ui, 18) + bh + pad;
  ui_panel_edged(ui, box_make(x, y, w, h), p->surface, p->warn, ui_px(ui, 18), 3); /* not an option to pick */
  int ty = y + pad;
  ty += ui_text(ui, box_make(x + pad, ty, iw, 0), T_H2, p->text, head, AL_LEFT) + ui_px(ui, 8);
  ty += ui_text(ui, box_make(x + pad, ty, iw, 0), T_BODY, p->text, line, AL_LEFT);
  if (others[0]) {
    ty += ui_px(ui, 6) + ui_text(ui, box_make(x + pad, ty + ui_px(ui, 6), iw, 0), T_SMALL, p->muted, others, AL_LEFT);
  }
  int bw = iw > ui_px(ui, 420) ? ui_px(ui, 420) : iw;
  if (ui_button(ui, box_make(x + pad, ty + ui_px(ui, 18), bw, bh), tr(lang, S_WS_RESUME), BTN_PRIMARY)) {
    kw_resume_room(k, ui->now);
  }
  return h;
}

/* Together or own pace, each with what it means. */
static int pace_choice(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui), pad = ui_px(ui, 24);
  int cols = w >= ui_px(ui, 900) ? 2 : 1, cw = cols == 2 ? (w - g) / 2 : w;
  static const StrId title[2] = {S_WS_TOGETHER, S_WS_OWN}, sub[2] = {S_WS_PACE_TOGETHER_SUB, S_WS_PACE_OWN_SUB};
  int h = 0;
  for (int i = 0; i < 2; i++) {
    int hi = pad + ui_measure(ui, T_H2, tr(lang, title[i]), cw - 2 * pad, NULL) + ui_px(ui, 6) +
             ui_measure(ui, T_SMALL, tr(lang, sub[i]), cw - 2 * pad, NULL) + pad;
    h = hi > h ? hi : h;
  }
  for (int i = 0; i < 2; i++) {
    Box b = cols == 2 ? box_make(x + i * (cw + g), y, cw, h) : box_make(x, y + i * (h + ui_px(ui, 12)), cw, h);
    int on = (int)k->ws.setup_pace == i;
    if (ui_target(ui, b, tr(lang, title[i]))) {
      k->ws.setup_pace = (WsPace)i;
      on = 1;
    }
    ui_panel_edged(ui, b, on ? p->brand_bubble : p->surface, on ? p->accent : p->border, ui_px(ui, 18), on ? 3 : 1);
    int ty = b.y + pad;
    ty += ui_text(ui, box_make(b.x + pad, ty, cw - 2 * pad, 0), T_H2, p->text, tr(lang, title[i]), AL_LEFT) +
          ui_px(ui, 6);
    ui_text(ui, box_make(b.x + pad, ty, cw - 2 * pad, 0), T_SMALL, p->muted, tr(lang, sub[i]), AL_LEFT);
  }
  return cols == 2 ? h : 2 * h + ui_px(ui, 12);
}

void scr_ws_setup(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, m = margin(ui), g = gap(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, m / 2);
  int bh = ui_px(ui, 84);
  Box bar = box_cut_bottom(&body, bh);
  box_cut_bottom(&body, g);
  int cw = body.w > ui_px(ui, 1500) ? ui_px(ui, 1500) : body.w;
  Box col = box_make(body.x + (body.w - cw) / 2, body.y, cw, body.h);
  int x = col.x, w = col.w - ui_px(ui, 18);
  int y = ui_scroll_begin(ui, SETUP_SCROLL, col) + g / 2;
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, tr(lang, S_WS_RUN), AL_LEFT) + ui_px(ui, 8);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, tr(lang, S_WS_RUN_SUB), AL_LEFT) + g * 3 / 2;
  if (k->ws.facil_error[0]) { /* why the room did not open */
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->bad, k->ws.facil_error, AL_LEFT) + g;
  }
  if (k->ws.has_resumable) {
    y += resume_card(a, x, y, w) + g * 3 / 2;
  }
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, tr(lang, S_WS_PACE), AL_LEFT) + ui_px(ui, 12);
  y += pace_choice(a, x, y, w) + g * 3 / 2;
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, tr(lang, S_WS_PICK), AL_LEFT) + ui_px(ui, 12);
  y += picks(a, x, y, w);
  ui_scroll_end(ui, y + g);
  int bw = (bar.w - g) / 2;
  bw = bw > ui_px(ui, 420) ? ui_px(ui, 420) : bw;
  Box open = box_make(bar.x + bar.w - bw, bar.y, bw, bh), back = box_make(open.x - g - bw, bar.y, bw, bh);
  if (ui_button(ui, back, tr(lang, S_BACK), BTN_SECONDARY) || ui->key_back) {
    kiosk_go(k, SCR_ADMIN, ui->now);
    return;
  }
  if (ui_button(ui, open, tr(lang, S_WS_OPEN_ROOM), BTN_PRIMARY)) {
    kw_open_room(k, ui->now);
  }
}
