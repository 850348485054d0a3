/* scr_ws_part.c — a participant's workshop screens past the join: the
   lobby, the calm wait after answering the room's decision, the reveal
   (the room's choices as bars with your own marked, the best reply and
   why, what the organisation did for a case study, and the way the room
   goes on), the "Reconnecting…" notice, and the bars the projector draws
   too. The room's decision itself is the usual play screen. */
#include <stdio.h>
#include <string.h>

#include "app.h"

#define REVEAL_SCROLL 6

/* A centred column of at most 'max_units' in the screen's body. */
static Box column(const Ui *ui, Box body, int max_units) {
  int w = body.w > ui_px(ui, (float)max_units) ? ui_px(ui, (float)max_units) : body.w;
  return box_make(body.x + (body.w - w) / 2, body.y, w, body.h);
}

void ws_link_notice(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  if (!kw_reconnecting(&a->k)) {
    return;
  }
  const char *s = tr(a->k.lang, S_WS_RECONNECTING);
  int tw, th = ui_measure(ui, T_SMALL, s, 0, &tw);
  int pad = ui_px(ui, 20), w = tw + 2 * pad + ui_px(ui, 24), h = th + ui_px(ui, 20);
  Box b = box_make((ui->w - w) / 2, ui->h - h - ui_px(ui, 12), w, h);
  ui_panel(ui, b, p->text, h / 2);
  gfx_circle(ui->g, b.x + pad + ui_px(ui, 6), b.y + h / 2, ui_px(ui, 6), p->warn);
  ui_text(ui, box_make(b.x + pad + ui_px(ui, 24), b.y, tw, h), T_SMALL, p->surface, s, AL_LEFT);
}

void scr_ws_lobby(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  int lang = k->lang, g = gap(ui);
  Seat *seat = kw_seat(k);
  if (!seat) {
    kiosk_go(k, SCR_HOME, ui->now);
    return;
  }
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), margin(ui), margin(ui));
  Box col = column(ui, body, 1100);
  const WsStart *st = seat_start(seat);
  const Scenario *s = seat_scenario(seat);
  int ended = k->ws.stage == KW_ENDED;
  const char *title = tr(lang, ended ? S_WS_REFUSED_ENDED : st && s ? S_WS_STARTING : S_WS_IN);
  char line[400], who[200], name[OSK_MAX_BYTES + 1];
  osk_trimmed(&k->name, name, sizeof name);
  snprintf(who, sizeof who, tr(lang, S_WS_JOIN_AS_FMT), krec_is_named(name) ? name : tr(lang, S_WS_GUEST_NAME));
  const char *scen = st && s ? text_get(&s->title, lang, s->lang) : "";
  const char *pace = st ? tr(lang, st->pace == WS_TOGETHER ? S_WS_PACE_TOGETHER_SUB : S_WS_PACE_OWN_SUB) : "";
  snprintf(line, sizeof line, "%s", ended ? "" : st ? pace : tr(lang, S_WS_WAIT_START));
  const char *leave = tr(lang, ended ? S_HOME : S_WS_LEAVE);
  int bw = col.w > ui_px(ui, 520) ? ui_px(ui, 520) : col.w, bh = ui_button_height(ui, leave, bw);
  int h = ui_measure(ui, T_CAPTION, tr(lang, S_WS_JOIN), col.w, NULL) + ui_px(ui, 8) +
          ui_measure(ui, T_DISPLAY, title, col.w, NULL) + g;
  h += scen[0] ? ui_measure(ui, T_H2, scen, col.w, NULL) + g / 2 : 0;
  h += line[0] ? ui_measure(ui, T_BODY, line, col.w, NULL) + g : 0;
  h += ui_measure(ui, T_SMALL, who, col.w, NULL) + g * 2 + bh;
  int y = h < col.h ? col.y + (col.h - h) / 2 : col.y; /* the whole card in the middle of the screen */
  y += ui_text(ui, box_make(col.x, y, col.w, 0), T_CAPTION, p->accent, tr(lang, S_WS_JOIN), AL_CENTER) +
       ui_px(ui, 8);
  y += ui_text(ui, box_make(col.x, y, col.w, 0), T_DISPLAY, p->text, title, AL_CENTER) + g;
  if (scen[0]) {
    y += ui_text(ui, box_make(col.x, y, col.w, 0), T_H2, p->text, scen, AL_CENTER) + g / 2;
  }
  if (line[0]) {
    y += ui_text(ui, box_make(col.x, y, col.w, 0), T_BODY, p->muted, line, AL_CENTER) + g;
  }
  y += ui_text(ui, box_make(col.x, y, col.w, 0), T_SMALL, p->muted, who, AL_CENTER) + g * 2;
  if (ui_button(ui, box_make(col.x + (col.w - bw) / 2, y, bw, bh), leave, BTN_GHOST)) {
    kw_leave(k, ui->now);
  }
}

/* --- the wait after answering ------------------------------------------------------- */

int ws_decision_wait(App *a, Box area) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  Seat *seat = kw_seat(k);
  if (k->screen != SCR_WS_PLAY || k->ws.stage != KW_WAITING || !seat) {
    return 0;
  }
  int lang = k->lang, g = gap(ui), pad = ui_px(ui, 36);
  ui_panel(ui, area, p->surface, ui_px(ui, 24));
  Box in = box_inset(area, pad, pad);
  int answered = 0, of = 0;
  char banner[200];
  if (seat_unacked(seat) > 0 && kw_reconnecting(k)) { /* kept, and sent once the link is back */
    snprintf(banner, sizeof banner, "%s", tr(lang, S_WS_ANSWER_KEPT));
  } else {
    seat_count(seat, &answered, &of);
    snprintf(banner, sizeof banner, tr(lang, S_WS_ANSWER_SENT_FMT), answered, of);
  }
  WsDecisionRef ref;
  Pending d;
  int mine = seat_open(seat, &ref, &d) ? seat_my_choice(seat, ref.seq) : -1;
  const Scenario *s = seat_scenario(seat);
  const char *reply = "";
  if (s && mine > 0) {
    reply = text_get(&s->beats[d.beat].decision->choices[mine - 1].text, lang, s->lang);
  } else if (mine == 0) {
    reply = tr(lang, S_SILENCE);
  }
  int h = ui_measure(ui, T_H2, banner, in.w, NULL) + g;
  h += reply[0] ? ui_measure(ui, T_CAPTION, tr(lang, S_WS_YOUR_CHOICE), in.w, NULL) + ui_px(ui, 6) +
                      ui_measure(ui, T_BODY, reply, in.w, NULL) + g
                : 0;
  h += ui_measure(ui, T_BODY, tr(lang, S_WS_WAIT_ROOM), in.w, NULL);
  int y = h < in.h ? in.y + (in.h - h) / 2 : in.y;
  y += ui_text(ui, box_make(in.x, y, in.w, 0), T_H2, p->text, banner, AL_LEFT) + g;
  if (reply[0]) {
    y += ui_text(ui, box_make(in.x, y, in.w, 0), T_CAPTION, p->muted, tr(lang, S_WS_YOUR_CHOICE), AL_LEFT) +
         ui_px(ui, 6);
    y += ui_text(ui, box_make(in.x, y, in.w, 0), T_BODY, p->text, reply, AL_LEFT) + g;
  }
  ui_text(ui, box_make(in.x, y, in.w, 0), T_BODY, p->muted, tr(lang, S_WS_WAIT_ROOM), AL_LEFT);
  return 1;
}

/* --- the bars ---------------------------------------------------------------------------- */

/* One bar: the number, the reply, its tags, the bar and the count. */
static int bar_row(App *a, Box b, int number, const char *text, int count, int total, const char *const *tags,
                   const SDL_Color *tag_bg, int n_tags, int on, int lit, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int pad = ui_px(ui, 18), badge = ui_px(ui, 48), bar_h = ui_px(ui, 22);
  int tx = b.x + pad + badge + pad, tw = b.x + b.w - pad - tx;
  char num[16], cnt[32];
  snprintf(num, sizeof num, "%d", number);
  snprintf(cnt, sizeof cnt, "%d", count);
  int cw;
  ui_measure(ui, T_LABEL, "000", 0, &cw);
  int th = ui_measure(ui, T_BODY, text, tw, NULL);
  int tags_h = n_tags ? tag_height(ui) + ui_px(ui, 8) : 0;
  int h = pad + th + ui_px(ui, 10) + tags_h + bar_h + pad;
  h = h < badge + 2 * pad ? badge + 2 * pad : h;
  if (!draw) {
    return h;
  }
  ui_panel_edged(ui, box_make(b.x, b.y, b.w, h), on ? p->brand_bubble : p->surface, on ? p->accent : p->border,
                 ui_px(ui, 18), on ? 3 : 1);
  gfx_circle(ui->g, b.x + pad + badge / 2, b.y + pad + badge / 2, badge / 2, number > 0 ? p->accent : p->muted);
  ui_text(ui, box_make(b.x + pad, b.y + pad, badge, badge), T_LABEL, p->on_accent, number > 0 ? num : "–", AL_CENTER);
  int y = b.y + pad;
  y += ui_text(ui, box_make(tx, y, tw, 0), T_BODY, p->text, text, AL_LEFT) + ui_px(ui, 10);
  int x = tx;
  for (int i = 0; i < n_tags; i++) {
    x += draw_tag(ui, x, y, tags[i], tag_bg[i], p->on_accent) + ui_px(ui, 10);
  }
  y += tags_h;
  int track = tw - cw - ui_px(ui, 16);
  gfx_round(ui->g, box_make(tx, y, track, bar_h), bar_h / 2, p->surface2);
  int fill = total > 0 ? track * count / total : 0;
  if (fill > 0) {
    gfx_round(ui->g, box_make(tx, y, fill < bar_h ? bar_h : fill, bar_h), bar_h / 2, on || lit ? p->accent : p->muted);
  }
  int ch = ui_measure(ui, T_LABEL, cnt, 0, NULL);
  ui_text(ui, box_make(tx + track + ui_px(ui, 16), y + bar_h / 2 - ch / 2, cw, ch), T_LABEL, p->text, cnt, AL_RIGHT);
  return h;
}

int ws_bars(App *a, const Scenario *s, const Pending *d, const WsReveal *rv, int mine, int marked, Box at,
            int pickable, int *picked) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang;
  const Decision *dec = s->beats[d->beat].decision;
  int total = 0;
  for (int i = 0; i < rv->n_counts; i++) {
    total += rv->counts[i];
  }
  int y = at.y;
  for (int k = 0; k <= d->n_offered; k++) { /* the replies in their order, then no answer */
    int choice = k < d->n_offered ? d->offered[k] + 1 : 0;
    if (choice >= rv->n_counts || (choice == 0 && rv->counts[0] == 0 && mine != 0)) {
      continue; /* "no answer" only when someone gave none */
    }
    const char *text = choice == 0 ? tr(lang, S_WS_NO_ANSWER) : text_get(&dec->choices[choice - 1].text, lang, s->lang);
    const char *tags[3];
    SDL_Color bg[3];
    int n = 0;
    if (choice == mine) {
      tags[n] = tr(lang, S_WS_YOUR_CHOICE), bg[n++] = p->accent;
    }
    if (choice == rv->best) {
      tags[n] = tr(lang, S_BEST_REPLY), bg[n++] = p->good;
    }
    if (choice == marked && marked > 0) {
      tags[n] = tr(lang, S_WS_GOES_ON), bg[n++] = p->text;
    }
    int on = choice == marked && marked > 0;
    int number = choice == 0 ? 0 : k + 1, lit = choice == mine;
    int h = bar_row(a, at, number, text, rv->counts[choice], total, tags, bg, n, on, lit, 0);
    Box row = box_make(at.x, y, at.w, h);
    if (pickable && choice > 0 &&
        (ui_target(ui, row, text) || ui->key_digit == k + 1)) {
      *picked = choice;
    }
    bar_row(a, row, number, text, rv->counts[choice], total, tags, bg, n, on, lit, 1);
    y += h + ui_px(ui, 12);
  }
  return y - at.y - ui_px(ui, 12);
}

int ws_best_reply(App *a, const Scenario *s, const Decision *dec, const WsReveal *rv, int x, int y, int w,
                  TextRole role) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, y0 = y, pad = ui_px(ui, 28);
  const Choice *c = rv->best > 0 && rv->best <= dec->n_choices ? &dec->choices[rv->best - 1] : &dec->silence;
  const char *reply = rv->best > 0 ? text_get(&c->text, lang, s->lang) : tr(lang, S_SILENCE);
  const char *why = text_get(&c->feedback, lang, s->lang);
  int iw = w - 2 * pad;
  int h = pad + ui_measure(ui, T_CAPTION, tr(lang, S_WS_BEST_WHY), iw, NULL) + ui_px(ui, 8) +
          ui_measure(ui, role, reply, iw, NULL) + ui_px(ui, 12) + ui_measure(ui, T_BODY, why, iw, NULL) + pad;
  for (int t = 0; t < c->n_tags; t++) {
    h += ui_px(ui, 10) + ui_measure(ui, T_SMALL, tr_principle(lang, c->tags[t]), iw, NULL);
  }
  ui_panel_edged(ui, box_make(x, y, w, h), p->surface, p->good, ui_px(ui, 22), 2);
  y += pad;
  y += ui_text(ui, box_make(x + pad, y, iw, 0), T_CAPTION, p->good, tr(lang, S_WS_BEST_WHY), AL_LEFT) + ui_px(ui, 8);
  y += ui_text(ui, box_make(x + pad, y, iw, 0), role, p->text, reply, AL_LEFT) + ui_px(ui, 12);
  y += ui_text(ui, box_make(x + pad, y, iw, 0), T_BODY, p->text, why, AL_LEFT);
  for (int t = 0; t < c->n_tags; t++) {
    y += ui_px(ui, 10);
    y += ui_text(ui, box_make(x + pad, y, iw, 0), T_SMALL, p->accent, tr_principle(lang, c->tags[t]), AL_LEFT);
  }
  return y + pad - y0;
}

/* --- the reveal -------------------------------------------------------------------------- */

/* The way the room goes on: the reply the story continues with. */
static int goes_on(App *a, const Scenario *s, const Decision *dec, int room, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, y0 = y;
  const char *reply = room > 0 && room <= dec->n_choices ? text_get(&dec->choices[room - 1].text, lang, s->lang)
                                                          : tr(lang, S_SILENCE);
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, tr(lang, S_WS_GOES_ON), AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, reply, AL_LEFT) + ui_px(ui, 10);
  y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->muted, tr(lang, S_WS_WAIT_CONTINUE), AL_LEFT);
  return y - y0;
}

void scr_ws_reveal(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  Kiosk *k = &a->k;
  Seat *seat = kw_seat(k);
  const WsReveal *rv = seat ? seat_reveal(seat) : NULL;
  Pending all[SCN_MAX_THREADS];
  if (!rv || !k->play.run || run_pending(k->play.run, all, SCN_MAX_THREADS) == 0) {
    scr_ws_lobby(a);
    return;
  }
  Pending d = all[0]; /* the revealed decision: the first the room's story has open, till it goes on */
  const Scenario *s = k->play.s;
  const Decision *dec = s->beats[d.beat].decision;
  int lang = k->lang, g = gap(ui), m = margin(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, m / 2);
  int bh = ui_px(ui, 84);
  Box bar = box_cut_bottom(&body, bh);
  box_cut_bottom(&body, g);
  Box col = column(ui, body, 1700);
  int x = col.x, w = col.w - ui_px(ui, 18);
  int y = ui_scroll_begin(ui, REVEAL_SCROLL, col) + g / 2;
  char head[64];
  snprintf(head, sizeof head, tr(lang, S_WS_DECISION_FMT), rv->seq);
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, head, AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, text_get(&dec->prompt, lang, s->lang), AL_LEFT) + g;
  y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, p->text, tr(lang, S_WS_ROOM_CHOSE), AL_LEFT) + ui_px(ui, 10);
  int mine = seat_my_choice(seat, rv->seq), unused = 0;
  y += ws_bars(a, s, &d, rv, mine, 0, box_make(x, y, w, 0), 0, &unused) + g;
  int wide = w >= ui_px(ui, 1300) && dec->reveal;
  int half = wide ? (w - g) / 2 : w;
  int hb = ws_best_reply(a, s, dec, rv, x, y, half, T_H2);
  int hr = 0;
  if (dec->reveal) { /* a case study: what the organisation actually did */
    DecisionRecord rec = {.thread = d.thread, .beat = d.beat, .choice = mine > 0 ? mine - 1 : -1};
    hr = case_reveal(a, &rec, wide ? x + half + g : x, wide ? y : y + hb + g, half);
  }
  y += wide ? (hb > hr ? hb : hr) + g : hb + g + (hr ? hr + g : 0);
  y += goes_on(a, s, dec, rv->room, x, y, w) + g;
  ui_scroll_end(ui, y);
  int bw = bar.w > ui_px(ui, 460) ? ui_px(ui, 460) : bar.w;
  if (ui_button(ui, box_make(bar.x + bar.w - bw, bar.y, bw, bh), tr(lang, S_WS_LEAVE), BTN_GHOST)) {
    kw_leave(k, ui->now);
  }
}
