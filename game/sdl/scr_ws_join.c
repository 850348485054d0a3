/* scr_ws_join.c — joining a workshop: the join code typed on its own
   keyboard (letters and digits; a real keyboard types too), the search for
   the facilitator on the network, the address typed when the search finds
   nothing, and what went wrong (a wrong code, a full room, a scenario this
   kiosk does not have) with a way back. */
#include <stdio.h>
#include <string.h>

#include "app.h"

static void draw_keys(App *a, Box area) {
  Ui *ui = &a->ui;
  int n, rows, cols;
  const OskKey *keys = kw_keys(&a->k, &n, &rows, &cols);
  int g = ui_px(ui, 10);
  int kw = (area.w - (cols - 1) * g) / cols;
  int kh = (area.h - (rows - 1) * g) / rows;
  kh = kh > ui_px(ui, 96) ? ui_px(ui, 96) : kh;
  for (int i = 0; i < n; i++) {
    const OskKey *k = &keys[i];
    Box b = box_make(area.x + k->col * (kw + g), area.y + k->row * (kh + g), k->span * kw + (k->span - 1) * g, kh);
    const char *label = k->kind == OSK_DELETE ? "⌫" : k->label;
    if (ui_button(ui, b, label, k->kind == OSK_CHAR ? BTN_SECONDARY : BTN_GHOST)) {
      kw_key(&a->k, k);
    }
  }
}

static int keys_height(App *a, int width) {
  const Ui *ui = &a->ui;
  int n, rows, cols;
  kw_keys(&a->k, &n, &rows, &cols);
  int g = ui_px(ui, 10);
  int kw = (width - (cols - 1) * g) / cols;
  int kh = kw < ui_px(ui, 96) ? kw : ui_px(ui, 96);
  return 4 * kh + 3 * g;
}

/* The code as five boxes, the next one to fill edged in the accent colour. */
static void code_boxes(App *a, Box b) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const char *code = a->k.ws.code;
  int n = (int)strlen(code), g = ui_px(ui, 14);
  int bw = (b.w - (WS_CODE_LEN - 1) * g) / WS_CODE_LEN;
  bw = bw > ui_px(ui, 120) ? ui_px(ui, 120) : bw;
  for (int i = 0; i < WS_CODE_LEN; i++) {
    Box c = box_make(b.x + i * (bw + g), b.y, bw, b.h);
    SDL_Color edge = i == n ? p->accent : p->border;
    ui_panel_edged(ui, c, p->surface, edge, ui_px(ui, 16), i == n ? 3 : 2);
    char ch[2] = {i < n ? code[i] : '\0', '\0'};
    if (ch[0]) {
      ui_text(ui, box_inset(c, ui_px(ui, 6), ui_px(ui, 6)), T_TITLE, p->text, ch, AL_CENTER);
    }
  }
}

static void address_field(App *a, Box b) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const char *addr = a->k.ws.address;
  ui_panel_edged(ui, b, p->surface, p->accent, ui_px(ui, 18), 3);
  Box in = box_inset(b, ui_px(ui, 24), 0);
  int empty = !addr[0];
  ui_text(ui, in, empty ? T_BODY : T_H2, empty ? p->muted : p->text, empty ? "192.168.1.20:47810" : addr, AL_LEFT);
}

/* The form beside (or above) the keyboard: title, hint, field, buttons. */
static void entry(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui);
  int address = k->ws.stage == KW_ADDRESS;
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), margin(ui), margin(ui));
  int portrait = ui->w < ui->h * 11 / 10;
  int kb_w = portrait ? body.w : body.w * 52 / 100;
  Box kb = portrait ? box_cut_bottom(&body, keys_height(a, kb_w)) : box_cut_right(&body, kb_w);
  if (!portrait) {
    kb = box_make(kb.x, kb.y + (kb.h - keys_height(a, kb.w)) / 2, kb.w, keys_height(a, kb.w));
    box_cut_right(&body, g * 2);
  } else {
    box_cut_bottom(&body, g * 2);
  }
  const char *title = tr(lang, address ? S_WS_ENTER_ADDRESS : S_WS_ENTER_CODE);
  const char *hint = tr(lang, address ? S_WS_ADDRESS_HINT : S_WS_CODE_HINT);
  char who[200], name[OSK_MAX_BYTES + 1];
  osk_trimmed(&k->name, name, sizeof name);
  snprintf(who, sizeof who, tr(lang, S_WS_JOIN_AS_FMT), krec_is_named(name) ? name : tr(lang, S_WS_GUEST_NAME));
  const char *problem = k->ws.problem >= 0 ? tr(lang, (StrId)k->ws.problem) : "";
  int half = (body.w - g) / 2;
  const char *go = tr(lang, address ? S_WS_CONNECT : S_WS_JOIN_NOW);
  int bh = ui_button_height(ui, go, half), bh2 = ui_button_height(ui, tr(lang, S_BACK), half);
  bh = bh2 > bh ? bh2 : bh;
  int fh = address ? ui_px(ui, 92) : ui_px(ui, 120);
  int ph = problem[0] ? ui_measure(ui, T_SMALL, problem, body.w, NULL) + g / 2 : 0;
  int content = ui_measure(ui, T_TITLE, title, body.w, NULL) + g / 2 + ui_measure(ui, T_BODY, hint, body.w, NULL) +
                g + fh + g / 2 + ui_measure(ui, T_SMALL, who, body.w, NULL) + g + ph + bh;
  int y = content >= body.h ? body.y : body.y + (body.h - content) / 2;
  if (portrait && content < body.h) { /* the form right above the keyboard, the pair centred */
    int spare = body.h - content;
    y = body.y + spare / 2;
    kb.y -= spare / 2;
  }
  y += ui_text(ui, box_make(body.x, y, body.w, 0), T_TITLE, p->text, title, AL_LEFT) + g / 2;
  y += ui_text(ui, box_make(body.x, y, body.w, 0), T_BODY, p->muted, hint, AL_LEFT) + g;
  if (address) {
    address_field(a, box_make(body.x, y, body.w, fh));
  } else {
    code_boxes(a, box_make(body.x, y, body.w, fh));
  }
  y += fh + g / 2;
  y += ui_text(ui, box_make(body.x, y, body.w, 0), T_SMALL, p->muted, who, AL_LEFT) + g;
  if (problem[0]) {
    y += ui_text(ui, box_make(body.x, y, body.w, 0), T_SMALL, p->bad, problem, AL_LEFT) + g / 2;
  }
  int ready = kw_can_submit(k);
  if ((ui_button(ui, box_make(body.x, y, half, bh), go, ready ? BTN_PRIMARY : BTN_SECONDARY) ||
       (ui->key_activate && ui->focus.current < 0)) &&
      ready) {
    ui->key_activate = 0;
    kw_submit(k, ui->now);
    return;
  }
  if (ui_button(ui, box_make(body.x + half + g, y, half, bh), tr(lang, S_BACK), BTN_GHOST) || ui->key_back) {
    kw_back(k, ui->now);
    return;
  }
  draw_keys(a, kb);
}

/* A card in the middle of the screen: a title, lines, then up to two buttons. */
static void message(App *a, const char *title, SDL_Color title_c, const char *line1, const char *line2, StrId b1,
                    StrId b2) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui);
  int w = ui->w - 2 * margin(ui) - ui_px(ui, 80);
  w = w > ui_px(ui, 900) ? ui_px(ui, 900) : w;
  int bh = ui_button_height(ui, tr(lang, b1), w);
  int h = ui_measure(ui, T_TITLE, title, w, NULL) + g;
  h += line1[0] ? ui_measure(ui, T_BODY, line1, w, NULL) + g : 0;
  h += line2[0] ? ui_measure(ui, T_SMALL, line2, w, NULL) + g : 0;
  h += bh + (b2 >= 0 ? ui_px(ui, 14) + ui_button_height(ui, tr(lang, b2), w) : 0) + ui_px(ui, 72);
  Box in = modal_card(ui, 900, h);
  int y = in.y;
  y += ui_text(ui, box_make(in.x, y, in.w, 0), T_TITLE, title_c, title, AL_LEFT) + g;
  if (line1[0]) {
    y += ui_text(ui, box_make(in.x, y, in.w, 0), T_BODY, p->text, line1, AL_LEFT) + g;
  }
  if (line2[0]) {
    y += ui_text(ui, box_make(in.x, y, in.w, 0), T_SMALL, p->muted, line2, AL_LEFT) + g;
  }
  int first = ui_button(ui, box_make(in.x, y, in.w, bh), tr(lang, b1), BTN_PRIMARY);
  y += bh + ui_px(ui, 14);
  int second = b2 >= 0 && ui_button(ui, box_make(in.x, y, in.w, ui_button_height(ui, tr(lang, b2), in.w)),
                                    tr(lang, b2), BTN_GHOST);
  if (first) {
    if (b1 == S_WS_ENTER_ADDRESS) {
      kw_enter_address(k, ui->now);
    } else {
      kw_back(k, ui->now); /* try again: the code as typed, to correct */
    }
  } else if (second || ui->key_back) {
    if (b2 == S_HOME) {
      kw_leave(k, ui->now);
    } else {
      kw_back(k, ui->now);
    }
  }
}

static void searching(App *a) {
  Kiosk *k = &a->k;
  int lang = k->lang;
  int by_address = k->ws.address[0] && k->ws.join && join_status(k->ws.join) != JOIN_SEARCHING;
  char sub[300], hint[600] = "";
  snprintf(sub, sizeof sub, tr(lang, S_WS_LOOKING_SUB), k->ws.code);
  int64_t waited = a->ui.now - k->ws.search_since_ms;
  if (waited >= KW_SEARCH_HINT_MS) {
    const char *why = k->ws.join ? join_problem(k->ws.join) : "";
    snprintf(hint, sizeof hint, "%s%s%s", by_address ? "" : tr(lang, S_WS_NOT_FOUND_YET), why[0] && !by_address ? " " : "",
             why);
  }
  if (by_address) {
    message(a, tr(lang, S_WS_CONNECTING), a->ui.pal.text, k->ws.address, hint, S_WS_ENTER_ADDRESS, S_BACK);
  } else {
    message(a, tr(lang, S_WS_LOOKING), a->ui.pal.text, sub, hint, S_WS_ENTER_ADDRESS, S_BACK);
  }
}

void scr_ws_join(App *a) {
  Kiosk *k = &a->k;
  switch (k->ws.stage) {
  case KW_CODE:
  case KW_ADDRESS: entry(a); break;
  case KW_SEARCHING: searching(a); break;
  case KW_PROBLEM: {
    const char *what = k->ws.problem >= 0 ? tr(k->lang, (StrId)k->ws.problem) : tr(k->lang, S_WS_LINK_LOST);
    message(a, tr(k->lang, S_WS_JOIN), a->ui.pal.text, what, k->ws.problem_detail, S_WS_TRY_AGAIN, S_HOME);
    break;
  }
  default: kiosk_go(k, SCR_HOME, a->ui.now); break;
  }
}
