/* scr_debrief.c — the end of a play: the three axes as a chart, the overall
   score against the pass mark, the ending, and every decision with the reply
   chosen, the best reply, the principle and the feedback; play again or home. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"

#define DEBRIEF_SCROLL 4

/* Horizontal bars, one per axis, 0..100, with the pass mark drawn across. */
static int axis_chart(App *a, int x, int y, int w, const ScoreCard *card, double pass_mark) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, y0 = y;
  int label_w = 0;
  for (int ax = 0; ax < AXIS_COUNT; ax++) {
    int lw;
    ui_measure(ui, T_LABEL, tr(lang, (StrId)(S_AXIS_EMPATHY + ax)), 0, &lw);
    label_w = lw > label_w ? lw : label_w;
  }
  int val_w;
  ui_measure(ui, T_LABEL, "100", 0, &val_w);
  int bar_x = x + label_w + ui_px(ui, 20), bar_w = w - (bar_x - x) - val_w - ui_px(ui, 20);
  int row = ui_px(ui, 64), bar_h = ui_px(ui, 26);
  for (int ax = 0; ax < AXIS_COUNT; ax++) {
    int untimed = ax == AXIS_SPEED && card->time_factor == 0;
    int counted = card->counted[ax] > 0 && !untimed;
    ui_text(ui, box_make(x, y, label_w, row), T_LABEL, p->text, tr(lang, (StrId)(S_AXIS_EMPATHY + ax)), AL_LEFT);
    Box track = box_make(bar_x, y + (row - bar_h) / 2, bar_w, bar_h);
    gfx_round(ui->g, track, bar_h / 2, p->surface2);
    double v = card->axis[ax];
    if (counted) {
      SDL_Color c = v >= pass_mark ? p->good : v >= pass_mark * 0.7 ? p->warn : p->bad;
      gfx_round(ui->g, box_make(track.x, track.y, (int)(bar_w * v / 100.0), bar_h), bar_h / 2, c);
      char s[16];
      snprintf(s, sizeof s, "%.0f", v);
      ui_text(ui, box_make(bar_x + bar_w + ui_px(ui, 20), y, val_w, row), T_LABEL, p->text, s, AL_RIGHT);
    } else {
      ui_text(ui, box_inset(track, ui_px(ui, 14), 0), T_CAPTION, p->muted,
              tr(lang, untimed ? S_UNTIMED_AXIS : S_NOT_AT_STAKE), AL_LEFT);
    }
    y += row;
  }
  int mx = bar_x + (int)(bar_w * pass_mark / 100.0);
  gfx_fill(ui->g, box_make(mx, y0, ui_px(ui, 3), y - y0), p->muted);
  return y - y0;
}

static int summary(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  PlayCtl *pc = &a->k.play;
  const Scenario *s = pc->s;
  int lang = a->k.lang, y0 = y, g = gap(ui);
  const ScoreCard *card = &pc->card;
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, tr(lang, S_DEBRIEF), AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, text_get(&s->title, lang, s->lang), AL_LEFT) + g;
  int wide = w > ui_px(ui, 900);
  int score_w = wide ? ui_px(ui, 300) : w;
  char big[16], mark[64];
  snprintf(big, sizeof big, "%.0f", card->overall);
  snprintf(mark, sizeof mark, tr(lang, S_PASS_MARK_FMT), (int)lround(kiosk_pass_mark(&a->k)));
  int sy = y;
  sy += ui_text(ui, box_make(x, sy, score_w, 0), T_CAPTION, p->muted, tr(lang, S_OVERALL), AL_LEFT);
  sy += ui_text(ui, box_make(x, sy, score_w, 0), T_DISPLAY, p->text, big, AL_LEFT) + ui_px(ui, 6);
  int passed = kiosk_passed(&a->k);
  const char *verdict = tr(lang, passed ? S_PASS : S_NOT_YET);
  draw_tag(ui, x, sy, verdict, passed ? p->good : p->bad, p->on_accent);
  sy += tag_height(ui) + ui_px(ui, 8);
  sy += ui_text(ui, box_make(x, sy, score_w, 0), T_SMALL, p->muted, mark, AL_LEFT);
  int cx = wide ? x + score_w + g : x, cy = wide ? y : sy + g;
  int ch = axis_chart(a, cx, cy, wide ? w - score_w - g : w, card, kiosk_pass_mark(&a->k));
  y = (wide ? (sy > cy + ch ? sy : cy + ch) : cy + ch) + g;
  int ending = run_ending_beat(pc->run);
  if (ending >= 0) {
    const Ending *e = s->beats[ending].ending;
    char head[160];
    snprintf(head, sizeof head, "%s · %s", tr(lang, S_ENDING), str_outcome(lang, (int)e->outcome));
    y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, e->outcome <= OUT_CONTAINED ? p->good : p->bad, head, AL_LEFT);
    y += ui_px(ui, 6) + ui_text(ui, box_make(x, y, w, 0), T_BODY, p->text, text_get(&e->text, lang, s->lang), AL_LEFT);
  }
  return y - y0;
}

static int line(App *a, int x, int y, int w, StrId head, const char *body, SDL_Color c) {
  Ui *ui = &a->ui;
  int y0 = y;
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, ui->pal.muted, tr(a->k.lang, head), AL_LEFT) + ui_px(ui, 4);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, c, body, AL_LEFT) + ui_px(ui, 14);
  return y - y0;
}

static int decision_card(App *a, int i, const DecisionRecord *rec, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  PlayCtl *pc = &a->k.play;
  const Scenario *s = pc->s;
  int lang = a->k.lang;
  const Decision *d = s->beats[rec->beat].decision;
  const Choice *c = rec->choice < 0 ? &d->silence : &d->choices[rec->choice];
  const DecisionScore *ds = &pc->card.decisions[i];
  int pad = ui_px(ui, 30), ix = x + pad, iw = w - 2 * pad;
  /* drawn twice: once to measure (off the clip), once for real behind its panel */
  int h = 0;
  for (int pass = 0; pass < 2; pass++) {
    int cy = pass ? y + pad : -100000;
    if (pass) {
      ui_panel(ui, box_make(x, y, w, h), p->surface, ui_px(ui, 22));
    }
    LayoutLog *log = ui->log;
    ui->log = pass ? log : NULL;
    char head[600], when[80];
    snprintf(head, sizeof head, "%d. %s", i + 1, text_get(&d->prompt, lang, s->lang));
    cy += ui_text(ui, box_make(ix, cy, iw, 0), T_LABEL, p->text, head, AL_LEFT) + ui_px(ui, 12);
    snprintf(when, sizeof when, tr(lang, S_ANSWERED_IN_FMT), (double)rec->reaction_ms / 1000.0);
    const char *reply = rec->choice < 0 ? tr(lang, S_SILENCE) : text_get(&c->text, lang, s->lang);
    char yours[1400];
    snprintf(yours, sizeof yours, "%s (%s)", reply, when);
    cy += line(a, ix, cy, iw, S_YOU_REPLIED, yours, ds->best == rec->choice ? p->good : p->text);
    if (ds->best != rec->choice && ds->best >= 0) {
      cy += line(a, ix, cy, iw, S_BEST_REPLY, text_get(&d->choices[ds->best].text, lang, s->lang), p->good);
    }
    for (int t = 0; t < c->n_tags; t++) {
      cy += line(a, ix, cy, iw, S_PRINCIPLE, tr_principle(lang, c->tags[t]), p->accent);
    }
    cy += line(a, ix, cy, iw, S_FEEDBACK_TITLE, text_get(&c->feedback, lang, s->lang), p->text);
    ui->log = log;
    if (!pass) {
      h = cy + 100000 + pad - ui_px(ui, 14);
    }
  }
  return h;
}

void scr_debrief(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  PlayCtl *pc = &a->k.play;
  int lang = a->k.lang;
  if (!pc->run) {
    kiosk_go(&a->k, SCR_HOME, ui->now);
    return;
  }
  int m = margin(ui), g = gap(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, m / 2);
  int bh = ui_px(ui, 88);
  Box bar = box_cut_bottom(&body, bh);
  box_cut_bottom(&body, g);
  int cw = body.w > ui_px(ui, 1500) ? ui_px(ui, 1500) : body.w;
  Box col = box_make(body.x + (body.w - cw) / 2, body.y, cw, body.h);
  int x = col.x, w = col.w - ui_px(ui, 18);
  int y = ui_scroll_begin(ui, DEBRIEF_SCROLL, col) + g / 2;
  if (run_error(pc->run)) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->bad, run_error(pc->run), AL_LEFT) + g;
  }
  if (kw_play_is_workshop(&a->k)) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, tr(lang, S_WS_ENDED_NOTE), AL_LEFT) + g;
  }
  y += debrief_records_notice(a, x, y, w);
  if (a->k.screen != SCR_DEBRIEF) {
    ui_scroll_end(ui, y);
    return;
  }
  y += summary(a, x, y, w) + g * 2;
  y += debrief_case(a, x, y, w); /* a case study: the paths, the reaction, lessons, outcome, sources */
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, tr(lang, S_DECISIONS), AL_LEFT) + g;
  int n;
  const DecisionRecord *recs = run_records(pc->run, &n);
  for (int i = 0; i < n && i < pc->card.n; i++) {
    y += decision_card(a, i, &recs[i], x, y, w) + g;
  }
  ui_scroll_end(ui, y);
  int half = (bar.w - g) / 2;
  half = half > ui_px(ui, 420) ? ui_px(ui, 420) : half;
  Box home = box_make(bar.x + bar.w - half, bar.y, half, bh);
  Box again = box_make(home.x - g - half, bar.y, half, bh);
  int workshop = kw_play_is_workshop(&a->k); /* a room's play is not played again alone */
  if (!workshop && ui_button(ui, again, tr(lang, S_REPLAY), BTN_SECONDARY)) {
    kiosk_play_again(&a->k, ui->now);
    return;
  }
  if (ui_button(ui, home, tr(lang, S_HOME), BTN_PRIMARY)) {
    if (workshop) {
      kw_leave(&a->k, ui->now);
      return;
    }
    play_end(pc);
    kiosk_go(&a->k, SCR_HOME, ui->now);
  }
}
