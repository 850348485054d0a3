/* scr_feedback.c — after each reply in practice mode: what the reply did,
   the principle behind it, the best reply when it was another, and how the
   three scores moved; in a case study, beside it, what the organisation
   actually did at that moment (scr_case.c). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"

#define FEEDBACK_SCROLL 3

static int block(App *a, int x, int y, int w, StrId heading, const char *body, SDL_Color c) {
  Ui *ui = &a->ui;
  int y0 = y;
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, ui->pal.muted, tr(a->k.lang, heading), AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, c, body, AL_LEFT);
  return y - y0 + gap(ui);
}

/* The score moves as signed tags: "Empathy +12". */
static int deltas(App *a, int x, int y, int w, const DecisionScore *ds, const ScoreCard *card) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, y0 = y;
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->muted, tr(lang, S_SCORE_CHANGE), AL_LEFT) + ui_px(ui, 8);
  int cx = x;
  for (int ax = 0; ax < AXIS_COUNT; ax++) {
    char s[80];
    double d = ds->delta[ax];
    if (ds->points[ax] == SCORE_NOT_COUNTED || (ax == AXIS_SPEED && card->time_factor == 0)) {
      snprintf(s, sizeof s, "%s: %s", tr(lang, (StrId)(S_AXIS_EMPATHY + ax)),
               tr(lang, ax == AXIS_SPEED && card->time_factor == 0 ? S_UNTIMED_AXIS : S_NOT_AT_STAKE));
    } else {
      snprintf(s, sizeof s, "%s %+.0f", tr(lang, (StrId)(S_AXIS_EMPATHY + ax)), d);
    }
    int tw = tag_width(ui, s);
    if (cx + tw > x + w && cx > x) {
      cx = x;
      y += tag_height(ui) + ui_px(ui, 10);
    }
    SDL_Color bg = fabs(d) < 0.5 ? p->surface2 : d > 0 ? p->good : p->bad;
    draw_tag(ui, cx, y, s, bg, fabs(d) < 0.5 ? p->text : p->on_accent);
    cx += tw + ui_px(ui, 10);
  }
  return y + tag_height(ui) - y0 + gap(ui);
}

void scr_feedback(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  PlayCtl *pc = &a->k.play;
  int lang = a->k.lang;
  int n;
  const DecisionRecord *recs = pc->run ? run_records(pc->run, &n) : NULL;
  if (!recs || pc->last_record < 0 || pc->last_record >= n) {
    kiosk_continue(&a->k, ui->now);
    return;
  }
  const DecisionRecord *rec = &recs[pc->last_record];
  const Scenario *s = pc->s;
  const Decision *d = s->beats[rec->beat].decision;
  const Choice *c = rec->choice < 0 ? &d->silence : &d->choices[rec->choice];
  const DecisionScore *ds = &pc->card.decisions[pc->last_record];
  int m = margin(ui);
  int reveal = play_case(a) && d->reveal;
  int cw = ui->w - 2 * m;
  int max_w = ui_px(ui, reveal ? 1700 : 1300);
  cw = cw > max_w ? max_w : cw;
  Box col = box_make((ui->w - cw) / 2, m / 2, cw, ui->h - m);
  int bh = ui_px(ui, 88);
  Box bottom = box_cut_bottom(&col, bh);
  box_cut_bottom(&col, gap(ui));
  ui_panel(ui, col, p->surface, ui_px(ui, 28));
  int pad = ui_px(ui, 44), x = col.x + pad, w = col.w - 2 * pad - ui_px(ui, 10);
  int y = ui_scroll_begin(ui, FEEDBACK_SCROLL, box_inset(col, 0, ui_px(ui, 6))) + pad;
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, p->text, tr(lang, S_FEEDBACK_TITLE), AL_LEFT) + gap(ui);
  /* a case study: the reveal beside the feedback when there is room, else below it */
  int side = reveal && w >= ui_px(ui, 1100), full_w = w, top = y;
  if (side) {
    w = (full_w - gap(ui)) * 52 / 100;
  }
  if (pc->last_status == RUN_TIMED_OUT) {
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->bad, tr(lang, S_TOO_LATE), AL_LEFT) + gap(ui);
  }
  y += block(a, x, y, w, S_YOU_REPLIED, rec->choice < 0 ? tr(lang, S_SILENCE) : text_get(&c->text, lang, s->lang),
             p->text);
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, text_get(&c->feedback, lang, s->lang), AL_LEFT) + gap(ui);
  for (int t = 0; t < c->n_tags; t++) {
    y += block(a, x, y, w, S_PRINCIPLE, tr_principle(lang, c->tags[t]), p->accent);
  }
  for (int k = 0; k < c->n_breaks; k++) {
    char head[80], broke[1024];
    snprintf(head, sizeof head, tr(lang, S_BROKE_RULE_FMT), c->breaks[k]);
    snprintf(broke, sizeof broke, "%s: %s", head, text_get(&s->rules[c->breaks[k] - 1], lang, s->lang));
    y += block(a, x, y, w, S_HOUSE_RULES, broke, p->bad);
  }
  if (ds->best == rec->choice) {
    y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, p->good, tr(lang, S_WAS_BEST), AL_LEFT) + gap(ui);
  } else if (ds->best >= 0) {
    y += block(a, x, y, w, S_BEST_REPLY, text_get(&d->choices[ds->best].text, lang, s->lang), p->good);
  }
  y += deltas(a, x, y, w, ds, &pc->card);
  if (side) {
    int rx = x + w + gap(ui), rh = case_reveal(a, rec, rx, top, x + full_w - rx);
    y = top + rh + gap(ui) > y ? top + rh + gap(ui) : y;
  } else if (reveal) {
    y += case_reveal(a, rec, x, y, w) + gap(ui);
  }
  ui_scroll_end(ui, y + pad - gap(ui));
  int bw = ui_px(ui, 420) > bottom.w ? bottom.w : ui_px(ui, 420);
  if (ui_button(ui, box_make(bottom.x + bottom.w - bw, bottom.y, bw, bh), tr(lang, S_CONTINUE), BTN_PRIMARY) ||
      (ui->key_activate && ui->focus.current < 0)) {
    ui->key_activate = 0;
    kiosk_continue(&a->k, ui->now);
  }
}
