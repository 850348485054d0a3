/* scr_ws_room.c — the room on the projector, drawn to be read from the
   back of a room (large type, strong contrast): the lobby with the join
   code as large as the screen allows, the address and the number joined
   (names only when the facilitator turns them on); a decision open to the
   room with how many have answered; the reveal, whose bars also pick the
   branch the room goes on with. The own-pace board and the results are in
   scr_ws_results.c. Every button answers Tab and Enter; number keys pick
   a bar. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "casepath.h"
#include "hash.h"

#define ROOM_SCROLL 6

#define BAR_GUARD_MS 800

/* 1 once the bar's main button (labels[0]) has been up long enough to be
   meant. Continue, then Close answers, then Continue again sit in one
   place: without the pause, a facilitator's double tap on Continue would
   close the next decision before anyone could answer it. */
static int bar_settled(App *a, const char *main_label) {
  KWorkshop *ws = &a->k.ws;
  uint64_t key = hash_bytes(HASH_START, main_label, strlen(main_label));
  if (key != ws->bar_key) {
    ws->bar_key = key;
    ws->bar_since_ms = a->ui.now;
  }
  return a->ui.now - ws->bar_since_ms >= BAR_GUARD_MS;
}

/* The bottom bar's buttons, right to left; returns the index pressed or -1
   (also while the bar has only just changed: see bar_settled). */
int ws_room_buttons(App *a, Box bar, const char *const *labels, const ButtonStyle *styles, int n) {
  Ui *ui = &a->ui;
  int settled = bar_settled(a, labels[0]);
  int g = gap(ui), x = bar.x + bar.w, hit = -1;
  int each = (bar.w - (n - 1) * g) / n;
  for (int i = 0; i < n; i++) {
    int w;
    ui_measure(ui, T_LABEL, labels[i], 0, &w);
    w += ui_px(ui, 72);
    w = w < ui_px(ui, 260) ? ui_px(ui, 260) : w;
    w = w > each ? each : w;
    x -= w;
    if (ui_button(ui, box_make(x, bar.y, w, bar.h), labels[i], styles[i])) {
      hit = i;
    }
    x -= g;
  }
  return settled ? hit : -1;
}

/* The scenario's title and the pace, over every projector screen; the height. */
int ws_room_head(App *a, const Room *r, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, y0 = y;
  const Scenario *s = room_scenario(r);
  char head[400];
  snprintf(head, sizeof head, "%s · %s", text_get(&s->title, lang, s->lang),
           tr(lang, room_pace(r) == WS_TOGETHER ? S_WS_TOGETHER : S_WS_OWN));
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, head, AL_LEFT);
  return y - y0;
}

/* Names as chips, in rows (only when the facilitator shows them). */
int ws_room_names(App *a, const Room *r, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int cx = x, y0 = y, th = tag_height(ui);
  RoomSeatInfo si;
  for (int i = 0; i < room_seats_total(r); i++) {
    if (room_seat_info(r, i, &si) != 0) {
      continue;
    }
    int tw = tag_width(ui, si.name);
    tw = tw > w ? w : tw;
    if (cx + tw > x + w && cx > x) {
      cx = x;
      y += th + ui_px(ui, 10);
    }
    char name[WS_MAX_NAME + 1];
    snprintf(name, sizeof name, "%s", si.name);
    draw_tag(ui, cx, y, name, si.connected ? p->surface2 : p->bg, si.connected ? p->text : p->muted);
    cx += tw + ui_px(ui, 10);
  }
  return room_seats_total(r) ? y + th - y0 : 0;
}

/* The code with its letters spaced apart, and the text scale at which it
   fills 'w' (at most 3.2 times the display size). */
static float code_scale(Ui *ui, const char *code, char *spaced, int w) {
  int n = 0;
  for (int i = 0; code[i] && i < WS_CODE_LEN; i++) {
    if (i) {
      spaced[n++] = ' ';
    }
    spaced[n++] = code[i];
  }
  spaced[n] = '\0';
  float keep = ui->tscale, scale = 3.2f;
  for (; scale > 1.0f; scale -= 0.2f) {
    ui->tscale = scale;
    int tw;
    ui_measure(ui, T_DISPLAY, spaced, 0, &tw);
    if (tw <= w) {
      break;
    }
  }
  ui->tscale = keep;
  return scale;
}

static int big_code(App *a, const char *code, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  char spaced[WS_CODE_LEN * 2 + 1];
  float keep = ui->tscale;
  ui->tscale = code_scale(ui, code, spaced, w);
  int h = draw ? ui_text(ui, box_make(x, y, w, 0), T_DISPLAY, ui->pal.text, spaced, AL_CENTER)
               : ui_measure(ui, T_DISPLAY, spaced, w, NULL);
  ui->tscale = keep;
  return h;
}

static void lobby(App *a, Room *r, Box body, Box bar) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui), x = body.x, w = body.w - ui_px(ui, 18);
  char host[128], addr[300], joined[64];
  int port, n = room_seats_total(r);
  kw_room_address(k, host, sizeof host, &port);
  snprintf(addr, sizeof addr, tr(lang, S_WS_ADDRESS_FMT), host, port);
  snprintf(joined, sizeof joined, tr(lang, S_WS_JOINED_FMT), n);
  const char *count = n ? joined : tr(lang, S_WS_NOBODY_YET);
  int y = ui_scroll_begin(ui, ROOM_SCROLL, body);
  y += ws_room_head(a, r, x, y, w) + g;
  /* the code in the middle of the screen when everything fits */
  int h = ui_measure(ui, T_H2, tr(lang, S_WS_JOIN_WITH), w, NULL) + g / 2 + big_code(a, kw_room_code(k), x, y, w, 0) +
          g / 2 + ui_measure(ui, T_H2, addr, w, NULL) + g * 2 + ui_measure(ui, T_TITLE, count, w, NULL);
  int spare = body.y + body.h - y - h - (room_names_shown(r) ? ui_px(ui, 160) : 0);
  y += spare > 0 ? spare / 2 : 0;
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->muted, tr(lang, S_WS_JOIN_WITH), AL_CENTER) + g / 2;
  y += big_code(a, kw_room_code(k), x, y, w, 1) + g / 2;
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, addr, AL_CENTER) + g * 2;
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, n ? p->accent : p->muted, count, AL_CENTER) + g;
  if (room_names_shown(r)) {
    y += ws_room_names(a, r, x, y, w) + g;
  }
  if (k->ws.facil_error[0]) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->bad, k->ws.facil_error, AL_CENTER) + g;
  }
  ui_scroll_end(ui, y);
  const char *labels[3] = {tr(lang, S_WS_START), tr(lang, room_names_shown(r) ? S_WS_HIDE_NAMES : S_WS_SHOW_NAMES),
                           tr(lang, S_WS_END_SESSION)};
  const ButtonStyle st[3] = {n ? BTN_PRIMARY : BTN_SECONDARY, BTN_SECONDARY, BTN_GHOST};
  switch (ws_room_buttons(a, bar, labels, st, 3)) {
  case 0: kw_room_start(k); break;
  case 1: kw_room_names(k, !room_names_shown(r)); break;
  case 2: kw_room_leave(k, ui->now); break;
  default: break;
  }
}

/* "Answered 17 / 24" and its bar. */
static int answered_line(App *a, Room *r, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int answered = room_answered(r), of = room_seats_total(r), y0 = y;
  char s[96];
  snprintf(s, sizeof s, tr(a->k.lang, S_WS_ANSWERED_FMT), answered, of);
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, s, AL_LEFT) + ui_px(ui, 12);
  int bh = ui_px(ui, 28);
  gfx_round(ui->g, box_make(x, y, w, bh), bh / 2, p->surface2);
  int fill = of > 0 ? w * answered / of : 0;
  if (fill > 0) {
    gfx_round(ui->g, box_make(x, y, fill < bh ? bh : fill, bh), bh / 2, answered >= of ? p->good : p->accent);
  }
  return y + bh - y0;
}

static void question(App *a, Room *r, Box body, Box bar) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui), x = body.x, w = body.w - ui_px(ui, 18);
  const Scenario *s = room_scenario(r);
  int seq = 0;
  Pending d;
  room_open_decision(r, &seq, &d);
  const Decision *dec = s->beats[d.beat].decision;
  /* how many have answered stays in view above the decision */
  int top = ws_room_head(a, r, x, body.y, w) + ui_px(ui, 8);
  top += answered_line(a, r, x, body.y + top, body.w) + g;
  box_cut_top(&body, top);
  int y = ui_scroll_begin(ui, ROOM_SCROLL, body);
  char head[64];
  snprintf(head, sizeof head, tr(lang, S_WS_DECISION_FMT), seq);
  y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, p->muted, head, AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, text_get(&dec->prompt, lang, s->lang), AL_LEFT) + g;
  int badge = ui_px(ui, 56);
  for (int i = 0; i < d.n_offered; i++) {
    const char *text = text_get(&dec->choices[d.offered[i]].text, lang, s->lang);
    char num[16];
    snprintf(num, sizeof num, "%d", i + 1);
    int tx = x + badge + ui_px(ui, 20), th = ui_measure(ui, T_H2, text, x + w - tx, NULL);
    gfx_circle(ui->g, x + badge / 2, y + badge / 2, badge / 2, p->accent);
    ui_text(ui, box_make(x, y, badge, badge), T_LABEL, p->on_accent, num, AL_CENTER);
    ui_text(ui, box_make(tx, y + (th < badge ? (badge - th) / 2 : 0), x + w - tx, th), T_H2, p->text, text, AL_LEFT);
    y += (th > badge ? th : badge) + ui_px(ui, 18);
  }
  if (k->ws.facil_error[0]) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->bad, k->ws.facil_error, AL_LEFT) + g;
  }
  ui_scroll_end(ui, y);
  const char *labels[2] = {tr(lang, S_WS_CLOSE_ANSWERS), tr(lang, S_WS_END_EARLY)};
  const ButtonStyle st[2] = {BTN_PRIMARY, BTN_GHOST};
  switch (ws_room_buttons(a, bar, labels, st, 2)) {
  case 0: kw_room_close(k); break;
  case 1: kw_room_end(k); break;
  default: break;
  }
}

static void reveal(App *a, Room *r, Box body, Box bar) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui), x = body.x, w = body.w - ui_px(ui, 18);
  const Scenario *s = room_scenario(r);
  WsReveal rv;
  Pending all[SCN_MAX_THREADS];
  if (!room_reveal(r, &rv) || run_pending(room_story(r), all, SCN_MAX_THREADS) == 0) {
    return;
  }
  const Pending *d = &all[0]; /* the revealed decision, till the room goes on */
  const Decision *dec = s->beats[d->beat].decision;
  int y = ui_scroll_begin(ui, ROOM_SCROLL, body);
  y += ws_room_head(a, r, x, y, w) + ui_px(ui, 8);
  char head[64];
  snprintf(head, sizeof head, tr(lang, S_WS_DECISION_FMT), rv.seq);
  y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, p->muted, head, AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, text_get(&dec->prompt, lang, s->lang), AL_LEFT) + g;
  int picked = 0;
  y += ws_bars(a, s, d, &rv, -1, kw_room_marked(k), box_make(x, y, w, 0), 1, &picked) + ui_px(ui, 12);
  if (picked > 0) {
    kw_room_branch(k, picked);
  }
  y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->muted, tr(lang, S_WS_PICK_BRANCH), AL_LEFT) + g;
  int wide = w >= ui_px(ui, 1300) && dec->reveal;
  int half = wide ? (w - g) / 2 : w;
  int hb = ws_best_reply(a, s, dec, &rv, x, y, half, T_H2), hr = 0;
  if (dec->reveal) { /* a case study: what the organisation did, and its choice */
    DecisionRecord rec = {.thread = d->thread, .beat = d->beat, .choice = CASEPATH_NONE - 1};
    hr = case_reveal_in(a, s, &rec, wide ? x + half + g : x, wide ? y : y + hb + g, half);
  }
  y += wide ? (hb > hr ? hb : hr) + g : hb + g + (hr ? hr + g : 0);
  if (k->ws.facil_error[0]) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->bad, k->ws.facil_error, AL_LEFT) + g;
  }
  ui_scroll_end(ui, y);
  const char *labels[2] = {tr(lang, S_CONTINUE), tr(lang, S_WS_END_EARLY)};
  const ButtonStyle st[2] = {BTN_PRIMARY, BTN_GHOST};
  switch (ws_room_buttons(a, bar, labels, st, 2)) {
  case 0: kw_room_continue(k); break;
  case 1: kw_room_end(k); break;
  default: break;
  }
}

void scr_ws_projector(App *a) {
  Ui *ui = &a->ui;
  Kiosk *k = &a->k;
  Room *r = kw_room(k);
  if (!r) {
    kiosk_go(k, SCR_ADMIN, ui->now);
    return;
  }
  int m = margin(ui), g = gap(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, m / 2);
  Box bar = box_cut_bottom(&body, ui_px(ui, 96));
  box_cut_bottom(&body, g);
  switch (room_stage(r)) {
  case ROOM_LOBBY: lobby(a, r, body, bar); break;
  case ROOM_OPEN: question(a, r, body, bar); break;
  case ROOM_REVEALED: reveal(a, r, body, bar); break;
  case ROOM_PLAYING: ws_room_board(a, r, body, bar); break;
  case ROOM_ENDED: ws_room_results(a, r, body, bar); break;
  }
}
