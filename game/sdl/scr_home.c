/* scr_home.c — home: a greeting, settings and finish; the practice scenarios
   as cards (title, archetype, channel, difficulty, minutes, summary) with a
   channel filter; the case studies (organisation, period, channel and the
   lesson in one line); an onboarding track still to come. */
#include <stdio.h>
#include <string.h>

#include "app.h"

#define HOME_SCROLL 0

static void archetype_line(const Scenario *s, int lang, char *out, int cap) {
  out[0] = '\0';
  for (int i = 0; archetype_names[i]; i++) {
    if (s->archetypes & (1u << i)) {
      size_t n = strlen(out);
      snprintf(out + n, (size_t)cap - n, "%s%s", n ? " · " : "", str_archetype(lang, i));
    }
  }
}

typedef struct CardText {
  char title[256], meta[256], summary[2048];
  const char *tags[3];
  int unavailable;
  int is_case; /* no minutes tag */
} CardText;

static void card_text_of(const App *a, const CatalogEntry *e, CardText *ct) {
  int lang = a->k.lang;
  memset(ct, 0, sizeof *ct);
  if (!e->s) {
    const char *base = strrchr(e->path, '/');
    snprintf(ct->title, sizeof ct->title, "%s", base ? base + 1 : e->path);
    snprintf(ct->summary, sizeof ct->summary, "%s", tr(lang, S_UNAVAILABLE_SUB));
    ct->unavailable = 1;
    return;
  }
  const Scenario *s = e->s;
  snprintf(ct->title, sizeof ct->title, "%s", text_get(&s->title, lang, s->lang));
  archetype_line(s, lang, ct->meta, sizeof ct->meta);
  snprintf(ct->summary, sizeof ct->summary, "%s", text_get(&s->summary, lang, s->lang));
  ct->tags[0] = str_channel(lang, s->channel);
  ct->tags[1] = str_difficulty(lang, s->difficulty);
  if (s->case_info) { /* the organisation and period, and the lesson in one line */
    const CaseInfo *c = s->case_info;
    snprintf(ct->meta, sizeof ct->meta, "%s · %s", c->organisation, text_get(&c->period, lang, s->lang));
    snprintf(ct->summary, sizeof ct->summary, "%s", text_get(&c->lesson, lang, s->lang));
    ct->tags[1] = tr(lang, S_CASE_STUDY);
    ct->is_case = 1;
  }
}

static void card_text(const App *a, int i, CardText *ct) {
  card_text_of(a, &a->k.cat.items[i], ct);
}

static int card_pad(const Ui *ui) {
  return ui_px(ui, 28);
}

static int card_height(Ui *ui, const CardText *ct, int w) {
  int pad = card_pad(ui), inner = w - 2 * pad;
  int h = pad + tag_height(ui) + ui_px(ui, 16);
  h += ui_measure(ui, T_H2, ct->title, inner, NULL) + ui_px(ui, 8);
  if (ct->meta[0]) {
    h += ui_measure(ui, T_SMALL, ct->meta, inner, NULL) + ui_px(ui, 12);
  }
  return h + ui_measure(ui, T_BODY, ct->summary, inner, NULL) + pad;
}

static int draw_card(App *a, Box b, const CardText *ct, const Scenario *s) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int hit = ct->unavailable ? 0 : ui_target(ui, b, ct->title);
  SDL_Color bg = ui_pressed(ui, b) && !ct->unavailable ? p->surface2 : p->surface;
  ui_panel_edged(ui, b, bg, p->border, ui_px(ui, 24), 1);
  int pad = card_pad(ui), x = b.x + pad, y = b.y + pad, w = b.w - 2 * pad;
  SDL_Color fg = ct->unavailable ? p->muted : p->text;
  if (ct->unavailable) {
    draw_tag(ui, x, y, tr(a->k.lang, S_UNAVAILABLE), p->surface2, p->bad);
  } else {
    int tx = x + draw_tag(ui, x, y, ct->tags[0], p->accent, p->on_accent) + ui_px(ui, 10);
    tx += draw_tag(ui, tx, y, ct->tags[1], p->surface2, p->text) + ui_px(ui, 10);
    char mins[32];
    snprintf(mins, sizeof mins, tr(a->k.lang, S_MINUTES_FMT), s->minutes);
    if (!ct->is_case && tx + tag_width(ui, mins) <= x + w) {
      draw_tag(ui, tx, y, mins, p->surface2, p->text);
    }
  }
  y += tag_height(ui) + ui_px(ui, 16);
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, fg, ct->title, AL_LEFT) + ui_px(ui, 8);
  if (ct->meta[0]) {
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->muted, ct->meta, AL_LEFT) + ui_px(ui, 12);
  }
  ui_text(ui, box_make(x, y, w, 0), T_BODY, ct->unavailable ? p->muted : p->text, ct->summary, AL_LEFT);
  return hit;
}

/* The chips: All, then each channel some scenario uses. */
static int draw_filter(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  unsigned present = catalog_channels(&a->k.cat);
  int h = ui_px(ui, 64), cx = x, row_y = y;
  for (int c = -1; c <= CH_EMAIL; c++) {
    if (c >= 0 && !(present & (1u << c))) {
      continue;
    }
    const char *label = c < 0 ? tr(a->k.lang, S_FILTER_ALL) : str_channel(a->k.lang, c);
    int cw;
    ui_measure(ui, T_LABEL, label, 0, &cw);
    cw += ui_px(ui, 60);
    if (cx + cw > x + w && cx > x) {
      cx = x;
      row_y += h + ui_px(ui, 12);
    }
    if (ui_button(ui, box_make(cx, row_y, cw, h), label, a->k.filter_channel == c ? BTN_CHIP_ON : BTN_CHIP)) {
      a->k.filter_channel = c;
    }
    cx += cw + ui_px(ui, 12);
  }
  return row_y + h - y;
}

static int section_title(App *a, int x, int y, int w, StrId title, StrId sub) {
  Ui *ui = &a->ui;
  int y0 = y;
  y += ui_text(ui, box_make(x, y, w, 0), T_TITLE, ui->pal.text, tr(a->k.lang, title), AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, ui->pal.muted, tr(a->k.lang, sub), AL_LEFT);
  return y - y0;
}

/* Cards in rows; a row is as tall as its tallest card. Returns the bottom. */
static int draw_cards(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  int g = gap(ui);
  int cols = layout_columns(w, ui_px(ui, 440), g);
  int cw = (w - (cols - 1) * g) / cols;
  int idx[256], n = 0;
  for (int i = 0; i < a->k.cat.n && n < 256; i++) {
    if (catalog_matches(&a->k.cat, i, a->k.filter_channel) || (!a->k.cat.items[i].s && a->k.filter_channel < 0)) {
      idx[n++] = i;
    }
  }
  if (n == 0) {
    StrId msg = a->k.cat.n_ready == 0 ? S_NO_SCENARIOS : S_NO_MATCH;
    return y + ui_text(ui, box_make(x, y, w, 0), T_BODY, ui->pal.muted, tr(a->k.lang, msg), AL_LEFT);
  }
  CardText ct;
  for (int r = 0; r < n; r += cols) {
    int row_h = 0;
    for (int c = 0; c < cols && r + c < n; c++) {
      card_text(a, idx[r + c], &ct);
      int h = card_height(ui, &ct, cw);
      row_h = h > row_h ? h : row_h;
    }
    for (int c = 0; c < cols && r + c < n; c++) {
      card_text(a, idx[r + c], &ct);
      if (draw_card(a, box_make(x + c * (cw + g), y, cw, row_h), &ct, a->k.cat.items[idx[r + c]].s)) {
        kiosk_play(&a->k, idx[r + c], ui->now);
        return y;
      }
    }
    y += row_h + g;
  }
  return y - g;
}

static int draw_coming(App *a, int x, int y, int w, StrId title, StrId desc) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int pad = card_pad(ui), inner = w - 2 * pad;
  int h = pad + tag_height(ui) + ui_px(ui, 14) + ui_measure(ui, T_H2, tr(a->k.lang, title), inner, NULL) +
          ui_px(ui, 8) + ui_measure(ui, T_BODY, tr(a->k.lang, desc), inner, NULL) + pad;
  Box b = box_make(x, y, w, h);
  ui_panel_edged(ui, b, p->surface2, p->border, ui_px(ui, 24), 1);
  int cy = y + pad;
  draw_tag(ui, x + pad, cy, tr(a->k.lang, S_COMING_SOON), p->surface, p->muted);
  cy += tag_height(ui) + ui_px(ui, 14);
  cy += ui_text(ui, box_make(x + pad, cy, inner, 0), T_H2, p->muted, tr(a->k.lang, title), AL_LEFT) + ui_px(ui, 8);
  ui_text(ui, box_make(x + pad, cy, inner, 0), T_BODY, p->muted, tr(a->k.lang, desc), AL_LEFT);
  return h;
}

/* The case studies, as cards in rows like the practice ones. Returns the bottom. */
static int draw_cases(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Catalog *cases = &a->k.cases;
  int g = gap(ui);
  if (cases->n == 0) {
    return y + ui_text(ui, box_make(x, y, w, 0), T_BODY, ui->pal.muted, tr(a->k.lang, S_NO_CASES), AL_LEFT);
  }
  int cols = layout_columns(w, ui_px(ui, 440), g);
  int cw = (w - (cols - 1) * g) / cols;
  CardText ct;
  for (int r = 0; r < cases->n; r += cols) {
    int row_h = 0;
    for (int c = 0; c < cols && r + c < cases->n; c++) {
      card_text_of(a, &cases->items[r + c], &ct);
      int h = card_height(ui, &ct, cw);
      row_h = h > row_h ? h : row_h;
    }
    for (int c = 0; c < cols && r + c < cases->n; c++) {
      card_text_of(a, &cases->items[r + c], &ct);
      if (draw_card(a, box_make(x + c * (cw + g), y, cw, row_h), &ct, cases->items[r + c].s)) {
        kiosk_play_case(&a->k, r + c, ui->now);
        return y;
      }
    }
    y += row_h + g;
  }
  return y - g;
}

static void greeting(const App *a, char *hello, int cap) {
  char name[OSK_MAX_BYTES + 1];
  osk_trimmed(&a->k.name, name, sizeof name);
  if (name[0]) {
    snprintf(hello, (size_t)cap, tr(a->k.lang, S_HELLO_FMT), name);
  } else {
    snprintf(hello, (size_t)cap, "%s", tr(a->k.lang, S_HELLO_GUEST));
  }
}

/* The greeting beside settings and finish; returns the height it takes. */
static int top_bar(App *a, Box bar) {
  Ui *ui = &a->ui;
  int lang = a->k.lang;
  char hello[160];
  greeting(a, hello, sizeof hello);
  int g = gap(ui);
  int fw, sw;
  ui_measure(ui, T_LABEL, tr(lang, S_FINISH), 0, &fw);
  ui_measure(ui, T_LABEL, tr(lang, S_SETTINGS), 0, &sw);
  fw += ui_px(ui, 64);
  sw += ui_px(ui, 64);
  int bh = ui_px(ui, 76);
  int full_w = bar.w;
  Box fin = box_cut_right(&bar, fw);
  box_cut_right(&bar, ui_px(ui, 12));
  Box set = box_cut_right(&bar, sw);
  box_cut_right(&bar, ui_px(ui, 12));
  Box join = box_make(0, 0, 0, 0);
  int below = 0; /* on a narrow screen or with large text it goes under the greeting */
  if (a->k.cfg.modes & (1u << MODE_WORKSHOP)) { /* the facilitator's code on the big screen brings them here */
    int jw;
    ui_measure(ui, T_LABEL, tr(lang, S_WS_JOIN), 0, &jw);
    jw += ui_px(ui, 64);
    below = bar.w - jw - g < ui_px(ui, 420);
    join = below ? box_make(bar.x, 0, jw < full_w ? jw : full_w, bh) : box_cut_right(&bar, jw);
  }
  box_cut_right(&bar, g);
  int th = ui_measure(ui, T_TITLE, hello, bar.w, NULL);
  int height = th + ui_px(ui, 40) > ui_px(ui, 110) ? th + ui_px(ui, 40) : ui_px(ui, 110);
  fin.h = set.h = height;
  ui_text(ui, box_make(bar.x, bar.y, bar.w, height), T_TITLE, ui->pal.text, hello, AL_LEFT);
  if (join.w > 0) {
    join.y = below ? bar.y + height : bar.y + (height - bh) / 2;
    join.h = bh;
    if (ui_button(ui, join, tr(lang, S_WS_JOIN), BTN_PRIMARY)) {
      kw_join_begin(&a->k, ui->now);
      return height;
    }
  }
  if (ui_button(ui, box_make(set.x, set.y + (set.h - bh) / 2, set.w, bh), tr(lang, S_SETTINGS), BTN_GHOST)) {
    kiosk_open(&a->k, OV_SETTINGS, ui->now);
  }
  if (ui_button(ui, box_make(fin.x, fin.y + (fin.h - bh) / 2, fin.w, bh), tr(lang, S_FINISH), BTN_GHOST)) {
    kiosk_reset(&a->k, ui->now);
  }
  return height + (below ? bh + ui_px(ui, 16) : 0);
}

void scr_home(App *a) {
  Ui *ui = &a->ui;
  int m = margin(ui), g = gap(ui);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, 0);
  box_cut_top(&body, m / 2);
  box_cut_top(&body, top_bar(a, body));
  int x = body.x, w = body.w - ui_px(ui, 14);
  int ring = ui_px(ui, 10); /* room for the focus ring around the cards */
  int y = ui_scroll_begin(ui, HOME_SCROLL, box_make(body.x - ring, body.y, body.w + 2 * ring, body.h)) + g / 2;
  if (a->k.screen == SCR_HOME) { /* the trainee's own path first: the track and "My progress" */
    y += home_records(a, x, y, w);
  }
  y += section_title(a, x, y, w, S_PRACTICE, S_PRACTICE_SUB) + g;
  y += draw_filter(a, x, y, w) + g;
  y = draw_cards(a, x, y, w) + g * 2;
  if (a->k.screen != SCR_HOME) {
    ui_scroll_end(ui, y);
    return;
  }
  if (a->k.cfg.modes & (1u << MODE_CASES)) {
    const Scroll *sc = &ui->scrolls[HOME_SCROLL];
    a->shot_anchor_y = y - sc->view.y + sc->offset;
    y += section_title(a, x, y, w, S_CASES, S_CASES_SUB) + g;
    y = draw_cases(a, x, y, w) + g * 2;
    if (a->k.screen != SCR_HOME) {
      ui_scroll_end(ui, y);
      return;
    }
  }
  /* a track still to come, when the configuration offers one */
  if ((a->k.cfg.modes & (1u << MODE_ONBOARDING)) && !a->k.rec.track) {
    y += draw_coming(a, x, y, w, S_ONBOARDING, S_ONBOARDING_SOON) + g;
  }
  ui_scroll_end(ui, y + m);
}
