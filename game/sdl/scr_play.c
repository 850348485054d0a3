/* scr_play.c — the play: a top bar (leave, the scenario, the persona's mood,
   house rules), the conversation as its channel looks, the inbox's threads
   when there are several, and the decision: the prompt, the time target and
   the replies as large numbered buttons (number keys choose them too). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "channel.h"

#define CHANNEL_SCROLL 1
#define DECISION_SCROLL 2

static int bar_button(App *a, Box *bar, int right, StrId label, ButtonStyle st) {
  Ui *ui = &a->ui;
  int w;
  ui_measure(ui, T_LABEL, tr(a->k.lang, label), 0, &w);
  w += ui_px(ui, 56);
  Box b = right ? box_cut_right(bar, w) : box_cut_left(bar, w);
  right ? box_cut_right(bar, gap(ui)) : box_cut_left(bar, gap(ui));
  int bh = ui_px(ui, 72);
  return ui_button(ui, box_make(b.x, b.y + (b.h - bh) / 2, b.w, bh), tr(a->k.lang, label), st);
}

/* 's' cut with an ellipsis to fit one line of 'w' pixels (long names in the chip). */
static void fit_line(Ui *ui, TextRole role, const char *s, int w, char *out, size_t cap) {
  snprintf(out, cap, "%s", s);
  size_t n = strlen(out);
  int tw;
  ui_measure(ui, role, out, 0, &tw);
  while (tw > w && n > 0) {
    do { /* back one UTF-8 character */
      n--;
    } while (n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80);
    snprintf(out + n, cap - n, "…");
    ui_measure(ui, role, out, 0, &tw);
  }
}

/* The persona's face, name, mood word and bar, and how the last reply moved it. */
static void mood_chip(App *a, Box b) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  PlayCtl *pc = &a->k.play;
  int who = play_main_persona_in(pc, pc->view_thread, a->k.case_mode ? a->k.replay.shown : RUN_MAX_EVENTS);
  if (who == SCN_BRAND || b.w < ui_px(ui, 200)) {
    return;
  }
  const Persona *per = &pc->s->personas[who];
  double mood = run_mood(pc->run, who);
  double delta = pc->last_record >= 0 ? mood - pc->mood_before[who] : 0;
  int av = ui_px(ui, 56);
  Box chip = box_make(b.x, b.y + (b.h - ui_px(ui, 80)) / 2, b.w, ui_px(ui, 80));
  ui_panel(ui, chip, p->surface, chip.h / 2);
  draw_avatar(ui, chip.x + ui_px(ui, 12), chip.y + (chip.h - av) / 2, av, per->name, 255);
  int tx = chip.x + ui_px(ui, 12) + av + ui_px(ui, 14), tw = chip.x + chip.w - ui_px(ui, 24) - tx;
  char line[200];
  snprintf(line, sizeof line, "%s%s", str_mood(a->k.lang, mood), fabs(delta) < 0.5 ? "" : delta > 0 ? "  ▲" : "  ▼");
  char name[200];
  fit_line(ui, T_CAPTION, per->name, tw, name, sizeof name);
  int nh = ui_measure(ui, T_CAPTION, name, 0, NULL);
  int y = chip.y + (chip.h - nh * 2 - ui_px(ui, 10)) / 2;
  ui_text(ui, box_make(tx, y, tw, nh), T_CAPTION, p->text, name, AL_LEFT);
  ui_text(ui, box_make(tx, y + nh, tw, nh), T_CAPTION, mood_colour(p, mood), line, AL_LEFT);
  int track = tw, fill = (int)((mood + 100.0) / 200.0 * track);
  gfx_round(ui->g, box_make(tx, y + 2 * nh + ui_px(ui, 4), track, ui_px(ui, 6)), ui_px(ui, 3), p->surface2);
  gfx_round(ui->g, box_make(tx, y + 2 * nh + ui_px(ui, 4), fill, ui_px(ui, 6)), ui_px(ui, 3), mood_colour(p, mood));
}

/* On narrow screens the mood sits over the conversation, not in the top bar. */
static int chip_in_bar(const Ui *ui) {
  return ui->w >= ui_px(ui, 1600);
}

static void top_bar(App *a, Box bar) {
  Ui *ui = &a->ui;
  const Scenario *s = a->k.play.s;
  int lang = a->k.lang;
  if (bar_button(a, &bar, 0, kw_play_is_workshop(&a->k) ? S_WS_LEAVE : S_LEAVE, BTN_GHOST)) {
    kiosk_leave_play(&a->k, ui->now);
    return;
  }
  if (bar_button(a, &bar, 1, S_HOUSE_RULES, BTN_SECONDARY)) {
    kiosk_open(&a->k, OV_RULES, ui->now);
  }
  if (chip_in_bar(ui)) {
    Box chip = box_cut_right(&bar, ui_px(ui, 380));
    box_cut_right(&bar, gap(ui));
    mood_chip(a, chip);
  }
  char sub[200], title[400];
  snprintf(sub, sizeof sub, tr(lang, S_YOU_SPEAK_FOR_FMT), s->brand_name);
  snprintf(title, sizeof title, "%s", text_get(&s->title, lang, s->lang));
  int th = ui_measure(ui, T_H2, title, bar.w, NULL);
  int sh = ui_measure(ui, T_SMALL, sub, bar.w, NULL);
  if (th + sh > bar.h) { /* a long title beside long buttons: one line, cut */
    fit_line(ui, T_H2, text_get(&s->title, lang, s->lang), bar.w, title, sizeof title);
    th = ui_measure(ui, T_H2, title, bar.w, NULL);
  }
  int y = bar.y + (bar.h - th - sh) / 2;
  y += ui_text(ui, box_make(bar.x, y, bar.w, th), T_H2, ui->pal.text, title, AL_LEFT);
  ui_text(ui, box_make(bar.x, y, bar.w, sh), T_SMALL, ui->pal.muted, sub, AL_LEFT);
}

/* Tabs for the conversations of an inbox, a dot on those waiting for us. */
static int thread_tabs(App *a, Box area) {
  Ui *ui = &a->ui;
  PlayCtl *pc = &a->k.play;
  if (pc->s->n_threads < 2) {
    return 0;
  }
  int x = area.x, h = ui_px(ui, 68);
  int y = area.y +
          ui_text(ui, box_make(area.x, area.y, area.w, 0), T_CAPTION, ui->pal.muted, tr(a->k.lang, S_INBOX), AL_LEFT) +
          ui_px(ui, 8);
  for (int t = 0; t < pc->s->n_threads; t++) {
    int started = 0, n;
    const RunEvent *ev = run_events(pc->run, &n);
    for (int i = 0; i < n && !started; i++) {
      started = ev[i].thread == t;
    }
    if (!started) {
      continue;
    }
    Pending d;
    char label[200];
    const char *title = text_get(&pc->s->threads[t].title, pc->lang, pc->s->lang);
    snprintf(label, sizeof label, "%s%s", play_pending(pc, t, &d) ? "● " : "", title[0] ? title : pc->s->threads[t].id);
    int w;
    ui_measure(ui, T_LABEL, label, 0, &w);
    w += ui_px(ui, 56);
    w = w > area.w ? area.w : w;
    if (x + w > area.x + area.w && x > area.x) {
      x = area.x;
      y += h + ui_px(ui, 10);
    }
    if (ui_button(ui, box_make(x, y, w, h), label, t == pc->view_thread ? BTN_CHIP_ON : BTN_CHIP)) {
      pc->view_thread = t;
      ui_scroll_to_end(ui, CHANNEL_SCROLL);
    }
    x += w + ui_px(ui, 10);
  }
  return y + h - area.y + ui_px(ui, 14);
}

static void timer_line(App *a, const Pending *d, const Decision *dec, int x, int *y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang;
  int factor = a->k.play.time_factor;
  char s[160];
  if (factor == 0 || a->k.screen == SCR_WS_PLAY) { /* a room's decision stays open while the room talks */
    StrId note = a->k.screen == SCR_WS_PLAY ? S_WS_TOGETHER_NOTE : S_UNTIMED;
    *y += ui_text(ui, box_make(x, *y, w, 0), T_SMALL, p->muted, tr(lang, note), AL_LEFT) + ui_px(ui, 10);
    return;
  }
  double target = dec->target_s * factor, age = play_decision_age(&a->k.play, d, ui->now);
  snprintf(s, sizeof s, tr(lang, S_AIM_FMT), (int)lround(target));
  char secs[32];
  snprintf(secs, sizeof secs, "%d s", (int)age);
  int sw;
  ui_measure(ui, T_LABEL, secs, 0, &sw);
  int lh = ui_measure(ui, T_LABEL, secs, 0, NULL);
  int h = ui_measure(ui, T_SMALL, s, w - sw - ui_px(ui, 16), NULL);
  h = h > lh ? h : lh;
  ui_text(ui, box_make(x, *y, w - sw - ui_px(ui, 16), h), T_SMALL, p->muted, s, AL_LEFT);
  SDL_Color c = age > target ? p->bad : age > target * 0.7 ? p->warn : p->accent;
  ui_text(ui, box_make(x + w - sw, *y, sw, h), T_LABEL, c, secs, AL_RIGHT);
  *y += h + ui_px(ui, 8);
  double f = age / target;
  f = f > 1 ? 1 : f;
  gfx_round(ui->g, box_make(x, *y, w, ui_px(ui, 10)), ui_px(ui, 5), p->surface2);
  gfx_round(ui->g, box_make(x, *y, (int)(w * f), ui_px(ui, 10)), ui_px(ui, 5), c);
  *y += ui_px(ui, 10) + ui_px(ui, 22);
}

/* A reply: its number in a circle, the text wrapped beside it. */
static int choice_height(Ui *ui, const char *text, int w) {
  int badge = ui_px(ui, 52), pad = ui_px(ui, 22);
  int h = ui_measure(ui, T_BODY, text, w - badge - 3 * pad, NULL) + 2 * pad;
  return h < ui_px(ui, 88) ? ui_px(ui, 88) : h;
}

static int choice_button(App *a, Box b, int number, const char *text) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  char label[8];
  snprintf(label, sizeof label, "%d", number);
  int hit = ui_target(ui, b, text);
  if (ui_pressed(ui, b)) {
    ui_panel_edged(ui, b, p->brand_bubble, p->accent, ui_px(ui, 20), 2);
  } else if (box_overlaps(b, ui->clip)) { /* on the decision panel's own colour: only the edge */
    gfx_outline(ui->g, b, ui_px(ui, 20), 2, p->border);
  }
  int badge = ui_px(ui, 52), pad = ui_px(ui, 22);
  gfx_circle(ui->g, b.x + pad + badge / 2, b.y + pad + badge / 2, badge / 2, p->accent);
  ui_text(ui, box_make(b.x + pad, b.y + pad, badge, badge), T_LABEL, p->on_accent, label, AL_CENTER);
  int tx = b.x + 2 * pad + badge;
  int th = ui_measure(ui, T_BODY, text, b.x + b.w - pad - tx, NULL);
  ui_text(ui, box_make(tx, b.y + (b.h - th) / 2, b.x + b.w - pad - tx, th), T_BODY, p->text, text, AL_LEFT);
  return hit || ui->key_digit == number;
}

static void decision_panel(App *a, Box area) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  PlayCtl *pc = &a->k.play;
  int lang = a->k.lang;
  if (ws_decision_wait(a, area)) { /* a workshop: answered, the room is still answering */
    return;
  }
  ui_panel(ui, area, p->surface, ui_px(ui, 24));
  Box view = box_inset(area, 0, ui_px(ui, 6));
  int pad = ui_px(ui, 28), x = view.x + pad, w = view.w - 2 * pad - ui_px(ui, 8);
  int y = ui_scroll_begin(ui, DECISION_SCROLL, view) + pad;
  Pending d;
  if (kiosk_case_replaying(&a->k)) { /* the story clock is on its way to the turning point */
    y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, tr(lang, S_STORY_CLOCK), AL_LEFT) + ui_px(ui, 8);
    y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->muted, tr(lang, S_REPLAYING), AL_LEFT);
    ui_scroll_end(ui, y + pad);
    return;
  }
  if (!play_pending(pc, pc->view_thread, &d)) {
    int other = play_other_pending(pc, pc->view_thread);
    StrId msg = other >= 0 ? S_OTHER_THREAD : S_WAITING;
    y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->muted, tr(lang, msg), AL_LEFT) + gap(ui);
    if (other >= 0) {
      const char *title = text_get(&pc->s->threads[other].title, pc->lang, pc->s->lang);
      int bh = ui_button_height(ui, title, w);
      if (ui_button(ui, box_make(x, y, w, bh), title[0] ? title : pc->s->threads[other].id, BTN_PRIMARY)) {
        pc->view_thread = other;
        ui_scroll_to_end(ui, CHANNEL_SCROLL);
      }
      y += bh;
    }
    ui_scroll_end(ui, y + pad);
    return;
  }
  const Decision *dec = pc->s->beats[d.beat].decision;
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, tr(lang, S_YOUR_REPLY), AL_LEFT) + ui_px(ui, 8);
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, text_get(&dec->prompt, lang, pc->s->lang), AL_LEFT) +
       ui_px(ui, 16);
  if (!text_empty(&dec->uncertain)) { /* a case study's turning point whose moment the sources leave open */
    char note[1200];
    snprintf(note, sizeof note, "%s: %s", tr(lang, S_UNCERTAIN), text_get(&dec->uncertain, lang, pc->s->lang));
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->warn, note, AL_LEFT) + ui_px(ui, 12);
  }
  timer_line(a, &d, dec, x, &y, w);
  if (a->k.cfg.assessed) {
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->muted, tr(lang, S_SEE_DEBRIEF), AL_LEFT) + ui_px(ui, 14);
  }
  for (int k = 0; k < d.n_offered; k++) {
    const char *text = text_get(&dec->choices[d.offered[k]].text, lang, pc->s->lang);
    int h = choice_height(ui, text, w);
    if (choice_button(a, box_make(x, y, w, h), k + 1, text)) {
      kiosk_answer(&a->k, d.thread, k, ui->now);
      ui_scroll_end(ui, y + h);
      return;
    }
    y += h + ui_px(ui, 14);
  }
  if (d.deadline_sim_ms >= 0) {
    char label[120];
    snprintf(label, sizeof label, "0 · %s", tr(lang, S_STAY_SILENT));
    int bh = ui_button_height(ui, label, w);
    if (ui_button(ui, box_make(x, y + ui_px(ui, 6), w, bh), label, BTN_GHOST) || ui->key_digit == 10) {
      kiosk_answer(&a->k, d.thread, -1, ui->now);
    }
    y += bh + ui_px(ui, 6);
  }
  ui_scroll_end(ui, y + pad);
}

void scr_play(App *a) {
  Ui *ui = &a->ui;
  PlayCtl *pc = &a->k.play;
  if (!pc->run) {
    kiosk_go(&a->k, SCR_HOME, ui->now);
    return;
  }
  int m = margin(ui), g = gap(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, m / 2);
  Screen on = a->k.screen;
  top_bar(a, box_cut_top(&body, ui_px(ui, 110)));
  if (a->k.screen != on) {
    return;
  }
  box_cut_top(&body, g / 2);
  int portrait = ui->w < ui->h * 11 / 10;
  Box decision = portrait ? box_cut_bottom(&body, body.h * 52 / 100) : box_cut_right(&body, body.w * 45 / 100);
  portrait ? box_cut_bottom(&body, g) : box_cut_right(&body, g);
  Box channel = body;
  /* the conversation sits on the page itself: a panel here would only cost a fill */
  Box inner = box_inset(channel, ui_px(ui, 16), ui_px(ui, 14));
  int tabs = thread_tabs(a, inner);
  box_cut_top(&channel, tabs);
  if (!chip_in_bar(ui)) {
    Box strip = box_cut_top(&channel, ui_px(ui, 96));
    mood_chip(a, box_inset(strip, ui_px(ui, 16), ui_px(ui, 8)));
  }
  int n;
  run_events(pc->run, &n);
  if (play_case(a) && a->k.case_mode) { /* the story clock (a case file among the practice ones has none) */
    n = a->k.replay.shown < n ? a->k.replay.shown : n;
    int g2 = ui_px(ui, 12);
    Box clock = box_inset(channel, ui_px(ui, 16), 0);
    clock.h = case_clock_bar(a, clock, 0);
    case_clock_bar(a, clock, 1);
    box_cut_top(&channel, clock.h + g2);
  }
  if (n != a->seen_events || pc->view_thread != a->seen_thread) {
    ui_scroll_to_end(ui, CHANNEL_SCROLL);
    a->seen_events = n;
    a->seen_thread = pc->view_thread;
  }
  channel_draw(a, box_inset(channel, 0, ui_px(ui, 4)), CHANNEL_SCROLL);
  decision_panel(a, decision);
}
