/* scr_case_debrief.c — the case study's part of the debrief: the trainee's
   path beside the real one on one timeline (casepath.h: the same figures as
   `thickskin play --json`), the public reaction over time (the sourced
   figures beside the trainee's simulated audience, axes labelled), the
   lessons with their principles, what happened in the end, and the
   sources. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "casepath.h"

#define CASE_ROWS 64

static int heading(App *a, int x, int y, int w, StrId id) {
  Ui *ui = &a->ui;
  return ui_text(ui, box_make(x, y, w, 0), T_H2, ui->pal.text, tr(a->k.lang, id), AL_LEFT) + ui_px(ui, 14);
}

static const char *reply_text(const App *a, const Decision *d, int choice) {
  const Scenario *s = a->k.play.s;
  return choice < 0 ? tr(a->k.lang, S_SILENCE) : text_get(&d->choices[choice].text, a->k.lang, s->lang);
}

/* One side of a turning point: who, when, what. Returns the height. */
static int side(App *a, int x, int y, int w, StrId who, const char *when, const char *what, SDL_Color c, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  char head[200];
  snprintf(head, sizeof head, "%s%s%s", tr(a->k.lang, who), when[0] ? " · " : "", when);
  int hh = ui_measure(ui, T_LABEL, head, w, NULL), bh = ui_measure(ui, T_BODY, what, w, NULL);
  if (draw) {
    ui_text(ui, box_make(x, y, w, hh), T_LABEL, p->muted, head, AL_LEFT);
    ui_text(ui, box_make(x, y + hh + ui_px(ui, 4), w, bh), T_BODY, c, what, AL_LEFT);
  }
  return hh + ui_px(ui, 4) + bh;
}

static void difference(const App *a, const CaseRow *row, char *out, int cap, SDL_Color *c) {
  int lang = a->k.lang, h, m;
  const Palette *p = &a->ui.pal;
  *c = p->muted;
  if (!row->has_difference) {
    snprintf(out, (size_t)cap, "%s", tr(lang, S_NO_REAL_TIME));
    return;
  }
  casepath_split(row->difference_min, &h, &m);
  if (row->difference_min == 0) {
    snprintf(out, (size_t)cap, "%s", tr(lang, S_SAME_TIME));
  } else {
    if (h == 0) {
      snprintf(out, (size_t)cap, tr(lang, row->difference_min < 0 ? S_SOONER_MIN_FMT : S_LATER_MIN_FMT), m);
    } else {
      snprintf(out, (size_t)cap, tr(lang, row->difference_min < 0 ? S_SOONER_FMT : S_LATER_FMT), h, m);
    }
    *c = row->difference_min < 0 ? p->good : p->bad;
  }
}

/* A turning point: the trainee's side and the real one, then how much sooner. */
static int path_row(App *a, const CaseRow *row, int number, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const Scenario *s = a->k.play.s;
  const Decision *d = s->beats[row->beat].decision;
  int lang = a->k.lang, pad = ui_px(ui, 24), g = gap(ui);
  int iw = w - 2 * pad, two = iw >= ui_px(ui, 900);
  int cw = two ? (iw - g) / 2 : iw;
  char yours[128], theirs[128] = "", diff[160], head[64];
  case_stamp(a, row->at_ms, yours, sizeof yours);
  if (row->real_ms >= 0) {
    case_stamp_as(a, row->real_ms, row->real_precision, theirs, sizeof theirs);
  }
  const char *real = row->alternative             ? tr(lang, S_NOT_IN_HISTORY)
                     : row->real == CASEPATH_NONE ? (d->reveal ? text_get(&d->reveal->text, lang, s->lang) : "")
                                                  : reply_text(a, d, row->real);
  SDL_Color dc;
  difference(a, row, diff, sizeof diff, &dc);
  snprintf(head, sizeof head, "%d", number);
  int hh = tag_height(ui);
  int lh = side(a, 0, 0, cw, S_YOUR_PATH, yours, reply_text(a, d, row->choice), p->text, 0);
  int rh = side(a, 0, 0, cw, S_REAL_PATH, theirs, real, p->text, 0);
  int body = two ? (lh > rh ? lh : rh) : lh + g + rh;
  int dh = row->alternative ? 0 : ui_px(ui, 12) + ui_measure(ui, T_LABEL, diff, iw, NULL);
  int h = pad + hh + ui_px(ui, 12) + body + dh + pad;
  if (!draw) {
    return h;
  }
  ui_panel(ui, box_make(x, y, w, h), p->surface, ui_px(ui, 22));
  int cy = y + pad, tx = x + pad;
  tx += draw_tag(ui, tx, cy, head, p->accent, p->on_accent) + ui_px(ui, 10);
  if (row->alternative) {
    draw_tag(ui, tx, cy, tr(lang, S_WHAT_MIGHT), p->warn, p->on_accent);
  } else if (row->same) {
    draw_tag(ui, tx, cy, tr(lang, S_SAME_AS_THEM), p->surface2, p->text);
  }
  cy += hh + ui_px(ui, 12);
  side(a, x + pad, cy, cw, S_YOUR_PATH, yours, reply_text(a, d, row->choice), row->same ? p->good : p->text, 1);
  int ry = two ? cy : cy + lh + g, rx = two ? x + pad + cw + g : x + pad;
  side(a, rx, ry, cw, S_REAL_PATH, theirs, real, p->text, 1);
  if (!row->alternative) {
    ui_text(ui, box_make(x + pad, cy + body + ui_px(ui, 12), iw, 0), T_LABEL, dc, diff, AL_LEFT);
  }
  return h;
}

/* The turning points on one timeline: a line down the left, a dot at each. */
static int paths(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  CaseRow rows[CASE_ROWS];
  int n = casepath_rows(a->k.play.run, rows, CASE_ROWS), y0 = y, g = ui_px(ui, 16);
  int rail = ui_px(ui, 36), dot = ui_px(ui, 9);
  y += heading(a, x, y, w, S_PATHS_TITLE);
  int top = y, dot_y[CASE_ROWS];
  for (int i = 0; i < n; i++) {
    dot_y[i] = y + ui_px(ui, 40);
    y += path_row(a, &rows[i], i + 1, x + rail, y, w - rail, 1) + g;
  }
  if (n > 0) { /* the rail, then a dot on it for each turning point */
    gfx_fill(ui->g, box_make(x + rail / 2 - ui_px(ui, 2), top + ui_px(ui, 40), ui_px(ui, 4), dot_y[n - 1] - dot_y[0]),
             ui->pal.border);
  }
  for (int i = 0; i < n; i++) {
    gfx_circle(ui->g, x + rail / 2, dot_y[i], dot, rows[i].alternative ? ui->pal.warn : ui->pal.accent);
  }
  return y - y0;
}

/* A label placed at (x, y) with its own measured box; 'al' right aligns it to x. */
static void label_at(Ui *ui, int x, int y, TextRole role, SDL_Color c, const char *s, Align al) {
  int w, h = ui_measure(ui, role, s, 0, &w);
  ui_text(ui, box_make(al == AL_RIGHT ? x - w : al == AL_CENTER ? x - w / 2 : x, y, w + 1, h), role, c, s, AL_LEFT);
}

typedef struct Plot {
  Box b;
  CaseChart c;
} Plot;

static int px_of(const Plot *pl, int64_t t) {
  return pl->b.x + (int)((double)(t - pl->c.t0_ms) * pl->b.w / (double)(pl->c.t1_ms - pl->c.t0_ms));
}

static void curves(App *a, const Plot *pl, SDL_Color real_c, SDL_Color mine_c) {
  Ui *ui = &a->ui;
  const CaseInfo *c = a->k.play.s->case_info;
  int n, th = ui_px(ui, 4) < 2 ? 2 : ui_px(ui, 4), dot = ui_px(ui, 7);
  const AudienceSample *curve = run_audience_curve(a->k.play.run, &n);
  for (int i = 0; i + 1 < n; i++) {
    int y0 = pl->b.y + pl->b.h - (int)(curve[i].audience * pl->b.h / 100.0);
    int y1 = pl->b.y + pl->b.h - (int)(curve[i + 1].audience * pl->b.h / 100.0);
    gfx_line(ui->g, px_of(pl, curve[i].sim_ms), y0, px_of(pl, curve[i + 1].sim_ms), y1, th, mine_c);
  }
  if (pl->c.reach_max <= 0) {
    return;
  }
  for (int i = 0; i < c->n_reach; i++) {
    int x = px_of(pl, c->reach[i].at_ms), y = pl->b.y + pl->b.h - (int)(c->reach[i].value * pl->b.h / pl->c.reach_max);
    if (i + 1 < c->n_reach) {
      int y1 = pl->b.y + pl->b.h - (int)(c->reach[i + 1].value * pl->b.h / pl->c.reach_max);
      gfx_line(ui->g, x, y, px_of(pl, c->reach[i + 1].at_ms), y1, th, real_c);
    }
    gfx_circle(ui->g, x, y, dot, real_c);
  }
}

static int legend(App *a, int x, int y, int w, SDL_Color c, const char *s) {
  Ui *ui = &a->ui;
  int sw = ui_px(ui, 28), h = ui_measure(ui, T_SMALL, s, w - sw - ui_px(ui, 12), NULL);
  gfx_fill(ui->g, box_make(x, y + ui_px(ui, 10), sw, ui_px(ui, 6)), c);
  ui_text(ui, box_make(x + sw + ui_px(ui, 12), y, w - sw - ui_px(ui, 12), h), T_SMALL, ui->pal.text, s, AL_LEFT);
  return h + ui_px(ui, 6);
}

/* The public reaction: the sourced figures (left axis) and the trainee's
   simulated audience (right axis, 0–100) over story time. */
static int reaction_chart(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const CaseInfo *c = a->k.play.s->case_info;
  int lang = a->k.lang, y0 = y;
  const Scroll *sc = &ui->scrolls[ui->cur_scroll];
  a->shot_anchor_y = y - sc->view.y + sc->offset;
  y += heading(a, x, y, w, S_REACTION_TITLE);
  Plot pl;
  casepath_chart(a->k.play.run, &pl.c);
  char top[48], mid[48], from[128], to[128];
  case_number(lang, pl.c.reach_max, top, sizeof top);
  case_number(lang, pl.c.reach_max / 2, mid, sizeof mid);
  int lw, rw, lh = ui_measure(ui, T_CAPTION, "100", 0, &rw);
  ui_measure(ui, T_CAPTION, top, 0, &lw);
  lw = pl.c.reach_max > 0 ? lw : 0;
  int plot_h = ui->h < ui->w ? ui->h * 40 / 100 : ui_px(ui, 420);
  pl.b = box_make(x + lw + ui_px(ui, 14), y + lh / 2, w - lw - rw - ui_px(ui, 28), plot_h);
  ui_panel(ui, pl.b, p->surface, 0);
  for (int k = 0; k <= 2; k++) { /* grid and the two axes' values */
    int gy = pl.b.y + pl.b.h - pl.b.h * k / 2;
    gfx_fill(ui->g, box_make(pl.b.x, gy, pl.b.w, 1), p->border);
    char v[8];
    snprintf(v, sizeof v, "%d", 50 * k);
    label_at(ui, pl.b.x + pl.b.w + ui_px(ui, 12), gy - lh / 2, T_CAPTION, p->muted, v, AL_LEFT);
    if (pl.c.reach_max > 0) {
      label_at(ui, pl.b.x - ui_px(ui, 12), gy - lh / 2, T_CAPTION, p->muted,
               k == 2   ? top
               : k == 1 ? mid
                        : "0",
               AL_RIGHT);
    }
  }
  curves(a, &pl, p->accent, p->warn);
  y = pl.b.y + pl.b.h + ui_px(ui, 8);
  case_stamp(a, pl.c.t0_ms, from, sizeof from);
  case_stamp(a, pl.c.t1_ms, to, sizeof to);
  int fw, tw2;
  ui_measure(ui, T_CAPTION, from, 0, &fw);
  ui_measure(ui, T_CAPTION, to, 0, &tw2);
  label_at(ui, pl.b.x, y, T_CAPTION, p->muted, from, AL_LEFT);
  if (fw + tw2 + ui_px(ui, 20) < pl.b.w) {
    label_at(ui, pl.b.x + pl.b.w, y, T_CAPTION, p->muted, to, AL_RIGHT);
  } else {
    y += lh;
    label_at(ui, pl.b.x + pl.b.w, y, T_CAPTION, p->muted, to, AL_RIGHT);
  }
  y += lh;
  label_at(ui, pl.b.x + pl.b.w / 2, y, T_CAPTION, p->text, tr(lang, S_AXIS_TIME), AL_CENTER);
  y += lh + ui_px(ui, 14);
  if (pl.c.reach_max > 0) {
    char real[900];
    snprintf(real, sizeof real, "%s: %s", tr(lang, S_REAL_CURVE),
             text_get(&c->reach[c->n_reach - 1].label, lang, a->k.play.s->lang));
    y += legend(a, x, y, w, p->accent, real);
  } else {
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->muted, tr(lang, S_NO_REACH), AL_LEFT) + ui_px(ui, 6);
  }
  y += legend(a, x, y, w, p->warn, tr(lang, S_YOUR_CURVE));
  return y - y0;
}

static int lessons(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const Scenario *s = a->k.play.s;
  const CaseInfo *c = s->case_info;
  int lang = a->k.lang, y0 = y;
  y += heading(a, x, y, w, S_LESSONS);
  for (int i = 0; i < c->n_lessons; i++) {
    y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, p->accent, tr_principle(lang, c->lessons[i].principle), AL_LEFT) +
         ui_px(ui, 4);
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->text, text_get(&c->lessons[i].text, lang, s->lang), AL_LEFT) +
         ui_px(ui, 16);
  }
  return y - y0;
}

static int sources(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const CaseInfo *c = a->k.play.s->case_info;
  int y0 = y;
  y += heading(a, x, y, w, S_SOURCES);
  for (int i = 0; i < c->n_sources; i++) {
    char line[1400];
    snprintf(line, sizeof line, "%s, %s — %s", c->sources[i].publication, c->sources[i].date, c->sources[i].title);
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, ui->pal.text, line, AL_LEFT) + ui_px(ui, 8);
  }
  return y - y0;
}

int debrief_case(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const Scenario *s = play_case(a);
  if (!s) {
    return 0;
  }
  int lang = a->k.lang, g = gap(ui), y0 = y;
  int ending = run_ending_beat(a->k.play.run);
  if (ending >= 0 && s->beats[ending].alternative) {
    y += case_alt_band(a, x, y, w, 1) + ui_px(ui, 10);
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->text, tr(lang, S_ALT_ENDING), AL_LEFT) + g;
  }
  y += paths(a, x, y, w) + g;
  y += reaction_chart(a, x, y, w) + g * 2;
  y += lessons(a, x, y, w) + g;
  y += heading(a, x, y, w, S_OUTCOME);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->text, text_get(&s->case_info->outcome, lang, s->lang), AL_LEFT) +
       g * 2;
  y += sources(a, x, y, w) + g;
  return y - y0;
}
