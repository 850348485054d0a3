/* scr_ws_results.c — the projector at own pace and at the end: a board of
   seats (anonymous "Participant 1…N" unless names are on) with how far
   each has got and a mark when done; then the room's results: each axis as
   five bins of scores with the mean, and the most common mistakes with the
   reply chosen, the decision it answered and the principle it breaks. */
#include <stdio.h>
#include <string.h>

#include "app.h"

#define ROOM_SCROLL 6

/* One seat: its label, answers so far, done or offline. */
static int board_card(App *a, const Room *r, int i, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, pad = ui_px(ui, 20);
  RoomSeatInfo si;
  if (room_seat_info(r, i, &si) != 0) {
    return 0;
  }
  char label[WS_MAX_NAME + 32], answers[64];
  if (room_names_shown(r)) {
    snprintf(label, sizeof label, "%s", si.name);
  } else {
    snprintf(label, sizeof label, tr(lang, S_WS_PARTICIPANT_FMT), i + 1);
  }
  snprintf(answers, sizeof answers, tr(lang, S_WS_ANSWERS_FMT), si.answers);
  int iw = w - 2 * pad;
  const char *mark = si.done ? tr(lang, S_WS_DONE) : !si.connected ? tr(lang, S_WS_OFFLINE) : "";
  int beside = !mark[0] || tag_width(ui, answers) + ui_px(ui, 8) + tag_width(ui, mark) <= iw; /* else below */
  int h = pad + ui_measure(ui, T_LABEL, label, iw, NULL) + ui_px(ui, 8) + tag_height(ui) + pad;
  h += beside ? 0 : tag_height(ui) + ui_px(ui, 8);
  if (!draw) {
    return h;
  }
  SDL_Color edge = si.done ? p->good : p->border;
  ui_panel_edged(ui, box_make(x, y, w, h), si.done ? p->surface2 : p->surface, edge, ui_px(ui, 18), si.done ? 3 : 1);
  int cy = y + pad;
  cy += ui_text(ui, box_make(x + pad, cy, iw, 0), T_LABEL, si.connected ? p->text : p->muted, label, AL_LEFT) +
        ui_px(ui, 8);
  int tx = x + pad + draw_tag(ui, x + pad, cy, answers, p->surface2, p->text) + ui_px(ui, 8);
  if (mark[0]) {
    draw_tag(ui, beside ? tx : x + pad, beside ? cy : cy + tag_height(ui) + ui_px(ui, 8), mark,
             si.done ? p->good : p->warn, p->on_accent);
  }
  return h;
}

void ws_room_board(App *a, Room *r, Box body, Box bar) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui), x = body.x, w = body.w - ui_px(ui, 18);
  int n = room_seats_total(r), done = 0, playing = 0;
  RoomSeatInfo si;
  for (int i = 0; i < n; i++) {
    if (room_seat_info(r, i, &si) == 0) {
      done += si.done;
      playing += !si.done;
    }
  }
  int y = ui_scroll_begin(ui, ROOM_SCROLL, body);
  y += ws_room_head(a, r, x, y, w) + ui_px(ui, 8);
  char line[160];
  snprintf(line, sizeof line, tr(lang, S_WS_PLAYING_FMT), playing, done);
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, line, AL_LEFT) + g;
  char widest[64]; /* columns as wide as the longest anonymous label needs */
  snprintf(widest, sizeof widest, tr(lang, S_WS_PARTICIPANT_FMT), n > 99 ? 888 : 88);
  int lw;
  ui_measure(ui, T_LABEL, widest, 0, &lw);
  int cols = layout_columns(w, lw + 2 * ui_px(ui, 20) + ui_px(ui, 4), g), cw = (w - (cols - 1) * g) / cols;
  for (int i = 0; i < n; i += cols) {
    int row_h = 0;
    for (int c = 0; c < cols && i + c < n; c++) {
      int h = board_card(a, r, i + c, 0, 0, cw, 0);
      row_h = h > row_h ? h : row_h;
    }
    for (int c = 0; c < cols && i + c < n; c++) {
      board_card(a, r, i + c, x + c * (cw + g), y, cw, 1);
    }
    y += row_h + g;
  }
  if (k->ws.facil_error[0]) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->bad, k->ws.facil_error, AL_LEFT) + g;
  }
  ui_scroll_end(ui, y);
  const char *labels[2] = {tr(lang, S_WS_END_RESULTS), tr(lang, room_names_shown(r) ? S_WS_HIDE_NAMES : S_WS_SHOW_NAMES)};
  const ButtonStyle st[2] = {done == n && n > 0 ? BTN_PRIMARY : BTN_SECONDARY, BTN_SECONDARY};
  switch (ws_room_buttons(a, bar, labels, st, 2)) {
  case 0: kw_room_end(k); break;
  case 1: kw_room_names(k, !room_names_shown(r)); break;
  default: break;
  }
}

/* --- the results --------------------------------------------------------------------- */

/* One axis: its name and mean, five columns of scores (0–20 … 80–100). */
static int axis_bins(App *a, const WsAxisResult *ax, StrId name, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, y0 = y, pad = ui_px(ui, 24);
  static const char *const bins[WS_BINS] = {"0–20", "20–40", "40–60", "60–80", "80–100"};
  char mean[64];
  snprintf(mean, sizeof mean, tr(lang, S_WS_MEAN_FMT), ax->mean);
  int iw = w - 2 * pad, chart = ui_px(ui, 220);
  int nh = ui_measure(ui, T_H2, tr(lang, name), iw, NULL), mh = ui_measure(ui, T_TITLE, mean, iw, NULL);
  int lh = ui_measure(ui, T_CAPTION, "0–20", 0, NULL);
  int h = pad + nh + mh + ui_px(ui, 16) + lh + chart + ui_px(ui, 8) + lh + pad;
  ui_panel_edged(ui, box_make(x, y, w, h), p->surface, p->border, ui_px(ui, 22), 1);
  y += pad;
  y += ui_text(ui, box_make(x + pad, y, iw, 0), T_H2, p->text, tr(lang, name), AL_LEFT);
  y += ui_text(ui, box_make(x + pad, y, iw, 0), T_TITLE, p->accent, mean, AL_LEFT) + ui_px(ui, 16);
  int most = 1;
  for (int b = 0; b < WS_BINS; b++) {
    most = ax->bins[b] > most ? ax->bins[b] : most;
  }
  int bg = ui_px(ui, 12), bw = (iw - (WS_BINS - 1) * bg) / WS_BINS, base = y + lh + chart;
  for (int b = 0; b < WS_BINS; b++) {
    int bx = x + pad + b * (bw + bg), bh = chart * ax->bins[b] / most;
    char count[16];
    snprintf(count, sizeof count, "%d", ax->bins[b]);
    ui_text(ui, box_make(bx, base - bh - lh, bw, lh), T_CAPTION, p->text, count, AL_CENTER);
    gfx_fill(ui->g, box_make(bx, base - ui_px(ui, 2), bw, ui_px(ui, 2)), p->border);
    if (bh > 0) {
      gfx_round(ui->g, box_make(bx, base - bh, bw, bh), ui_px(ui, 8) < bh / 2 ? ui_px(ui, 8) : bh / 2,
                b >= 3 ? p->good : b == 2 ? p->warn : p->bad);
    }
    ui_text(ui, box_make(bx - bg / 2, base + ui_px(ui, 8), bw + bg, lh), T_CAPTION, p->muted, bins[b], AL_CENTER);
  }
  return y + lh + chart + ui_px(ui, 8) + lh + pad - y0;
}

/* A common mistake: how many chose what, at which decision, and the principle it breaks. */
static int mistake(App *a, const Scenario *s, const WsMistake *mk, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, pad = ui_px(ui, 24), iw = w - 2 * pad;
  int beat = scn_beat_index(s, mk->beat);
  const Decision *dec = beat >= 0 ? s->beats[beat].decision : NULL;
  if (!dec || mk->choice < 1 || mk->choice > dec->n_choices) {
    return 0;
  }
  char who[64], at[600];
  snprintf(who, sizeof who, tr(lang, S_WS_MISTAKE_FMT), mk->count);
  char step[64];
  snprintf(step, sizeof step, tr(lang, S_WS_DECISION_FMT), mk->seq);
  snprintf(at, sizeof at, "%s · %s", step, text_get(&dec->prompt, lang, s->lang));
  const char *reply = text_get(&dec->choices[mk->choice - 1].text, lang, s->lang);
  int h = pad + ui_measure(ui, T_SMALL, at, iw, NULL) + ui_px(ui, 8) + ui_measure(ui, T_CAPTION, who, iw, NULL) +
          ui_px(ui, 4) + ui_measure(ui, T_H2, reply, iw, NULL) + pad;
  for (int i = 0; i < mk->n_principles; i++) {
    h += ui_px(ui, 8) + ui_measure(ui, T_BODY, tr_principle(lang, principle_find(mk->principles[i])), iw, NULL);
  }
  ui_panel_edged(ui, box_make(x, y, w, h), p->surface, p->bad, ui_px(ui, 22), 2);
  int cy = y + pad;
  cy += ui_text(ui, box_make(x + pad, cy, iw, 0), T_SMALL, p->muted, at, AL_LEFT) + ui_px(ui, 8);
  cy += ui_text(ui, box_make(x + pad, cy, iw, 0), T_CAPTION, p->bad, who, AL_LEFT) + ui_px(ui, 4);
  cy += ui_text(ui, box_make(x + pad, cy, iw, 0), T_H2, p->text, reply, AL_LEFT);
  for (int i = 0; i < mk->n_principles; i++) {
    cy += ui_px(ui, 8);
    cy += ui_text(ui, box_make(x + pad, cy, iw, 0), T_BODY, p->accent,
                  tr_principle(lang, principle_find(mk->principles[i])), AL_LEFT);
  }
  return h;
}

void ws_room_results(App *a, Room *r, Box body, Box bar) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui), x = body.x, w = body.w - ui_px(ui, 18);
  WsResults res;
  int have = room_results(r, &res) == 0;
  int y = ui_scroll_begin(ui, ROOM_SCROLL, body);
  y += ws_room_head(a, r, x, y, w) + ui_px(ui, 8);
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, tr(lang, S_WS_RESULTS), AL_LEFT) + ui_px(ui, 6);
  if (have) {
    char line[96];
    snprintf(line, sizeof line, tr(lang, S_WS_FINISHED_FMT), res.finished, res.seats);
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, line, AL_LEFT) + g;
    int lw; /* three side by side when each bin's label fits under it */
    ui_measure(ui, T_CAPTION, "80–100", 0, &lw);
    int third = (w - 2 * g) / 3 - 2 * ui_px(ui, 24) - 4 * ui_px(ui, 12);
    int cols = third / WS_BINS >= lw + ui_px(ui, 4) ? 3 : 1, cw = (w - (cols - 1) * g) / cols, row_h = 0;
    for (int ax = 0; ax < AXIS_COUNT; ax++) {
      int cx = x + (ax % cols) * (cw + g);
      int h = axis_bins(a, &res.axes[ax], (StrId)(S_AXIS_EMPATHY + ax), cx, y, cw);
      row_h = h > row_h ? h : row_h;
      if (ax % cols == cols - 1 || ax == AXIS_COUNT - 1) {
        y += row_h + g;
        row_h = 0;
      }
    }
    y += g / 2;
    y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, tr(lang, S_WS_MISTAKES), AL_LEFT) + g;
    for (int i = 0; i < res.n_mistakes; i++) {
      int h = mistake(a, room_scenario(r), &res.mistakes[i], x, y, w);
      y += h ? h + g : 0;
    }
    if (res.n_mistakes == 0) {
      y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, tr(lang, S_WS_NO_MISTAKES), AL_LEFT) + g;
    }
  }
  ui_scroll_end(ui, y);
  const char *labels[1] = {tr(lang, S_WS_END_SESSION)};
  const ButtonStyle st[1] = {BTN_PRIMARY};
  if (ws_room_buttons(a, bar, labels, st, 1) == 0 || ui->key_back) {
    kw_room_leave(k, ui->now);
  }
}
