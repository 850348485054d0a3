/* scr_case.c — the pieces of a case study on the play and feedback
   screens: real dates and times, the story clock with its pause and speed
   controls and the sourced counts it has passed, the notes under a post
   (translation of the original wording, uncertainty, source), the band
   over what might have happened, and the reveal of what the organisation
   actually did. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "casepath.h"

const Scenario *play_case(const App *a) {
  const Scenario *s = a->k.play.s;
  return a->k.play.run && s && s->case_info ? s : NULL;
}

void case_stamp_as(const App *a, int64_t sim_ms, CivilPrecision precision, char *out, int cap) {
  case_stamp_in(a, a->k.play.s, sim_ms, precision, out, cap);
}

void case_stamp_in(const App *a, const Scenario *s, int64_t sim_ms, CivilPrecision precision, char *out, int cap) {
  int lang = a->k.lang;
  StampParts t;
  casepath_stamp(s, sim_ms, &t);
  int n = snprintf(out, (size_t)cap, "%s %d %s %d", tr(lang, (StrId)(S_WD_SUN + t.weekday)), t.day,
                   tr(lang, (StrId)(S_MON_JAN + t.month - 1)), t.year);
  if (precision != CIVIL_DAY && n > 0 && n < cap) { /* a date-only stamp shows no time it does not know */
    snprintf(out + n, (size_t)(cap - n), ", %s%02d:%02d %s", precision == CIVIL_APPROX ? "~" : "", t.hour, t.minute,
             s->case_info ? s->case_info->timezone : "");
  }
}

void case_stamp(const App *a, int64_t sim_ms, char *out, int cap) {
  case_stamp_as(a, sim_ms, CIVIL_EXACT, out, cap);
}

void case_number(int lang, double v, char *out, int cap) {
  char digits[32];
  snprintf(digits, sizeof digits, "%.0f", v < 0 ? 0 : v);
  const char *sep = lang == LANG_EN ? "," : ".";
  int n = (int)strlen(digits), o = 0;
  for (int i = 0; i < n && o < cap - 2; i++) {
    if (i > 0 && (n - i) % 3 == 0) {
      out[o++] = sep[0];
    }
    out[o++] = digits[i];
  }
  out[o] = '\0';
}

void case_sources_line(const App *a, const int *sources, int n, char *out, int cap) {
  case_sources_in(a->k.play.s, sources, n, out, cap);
}

void case_sources_in(const Scenario *s, const int *sources, int n, char *out, int cap) {
  const CaseInfo *c = s->case_info;
  out[0] = '\0';
  for (int i = 0; c && i < n; i++) {
    const CaseSource *src = &c->sources[sources[i]];
    size_t len = strlen(out);
    snprintf(out + len, (size_t)cap - len, "%s%s, %s", i ? "; " : "", src->publication, src->date);
  }
}

/* The latest sourced count the story clock has passed: "6,000 mentions by Fri 09:00 · Source: …". */
static int reach_line(const App *a, char *out, int cap) {
  const CaseInfo *c = a->k.play.s->case_info;
  int last = -1;
  for (int i = 0; i < c->n_reach && c->reach[i].at_ms <= a->k.replay.clock_ms; i++) {
    last = c->reach[i].value > 0 ? i : last; /* a count of nothing says nothing yet */
  }
  if (last < 0) {
    return 0;
  }
  const CasePoint *pt = &c->reach[last];
  char num[48], when[96], src[600];
  int lang = a->k.lang;
  case_number(lang, pt->value, num, sizeof num);
  case_stamp_as(a, pt->at_ms, pt->precision, when, sizeof when);
  case_sources_line(a, &pt->source, 1, src, sizeof src);
  char head[900];
  snprintf(head, sizeof head, tr(lang, S_REACH_BY_FMT), num, text_get(&pt->label, lang, a->k.play.s->lang), when);
  snprintf(out, (size_t)cap, "%s · %s: %s", head, tr(lang, S_SOURCE), src);
  return 1;
}

/* Pause or play, then the speeds; returns the width the controls take. */
static int clock_controls(App *a, int right, int y, int h, int draw) {
  Ui *ui = &a->ui;
  int lang = a->k.lang, x = right, sp = ui_px(ui, 10);
  for (int i = REPLAY_SPEEDS - 1; i >= -1; i--) {
    char label[32];
    if (i >= 0) {
      snprintf(label, sizeof label, tr(lang, S_SPEED_FMT), replay_speeds[i]);
    } else {
      snprintf(label, sizeof label, "%s", tr(lang, a->k.replay.paused ? S_RESUME : S_PAUSE));
    }
    int w;
    ui_measure(ui, T_LABEL, label, 0, &w);
    w += ui_px(ui, 64);
    w = w < ui_px(ui, 96) ? ui_px(ui, 96) : w;
    x -= w;
    if (draw) {
      int on = i >= 0 ? a->k.replay.speed == i : a->k.replay.paused;
      if (ui_button(ui, box_make(x, y, w, h), label, on ? BTN_CHIP_ON : BTN_CHIP)) {
        if (i >= 0) {
          kiosk_case_speed(&a->k, i, ui->now);
        } else {
          kiosk_case_pause(&a->k, !a->k.replay.paused, ui->now);
        }
      }
    }
    x -= sp;
  }
  return right - x - sp;
}

int case_clock_bar(App *a, Box b, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, pad = ui_px(ui, 16), bh = ui_px(ui, 64);
  char clock[128], reach[1600];
  case_stamp(a, a->k.replay.clock_ms, clock, sizeof clock);
  int has_reach = reach_line(a, reach, sizeof reach);
  int cw = clock_controls(a, b.x + b.w - pad, 0, bh, 0);
  int tw = b.w - 2 * pad - cw - ui_px(ui, 16);
  int stacked = tw < ui_px(ui, 300); /* narrow: the controls go under the clock */
  if (stacked) {
    tw = b.w - 2 * pad;
  }
  int ch = ui_measure(ui, T_CAPTION, tr(lang, S_STORY_CLOCK), tw, NULL);
  int lh = ui_measure(ui, T_H2, clock, tw, NULL);
  int top = ch + lh > bh || stacked ? ch + lh : bh;
  int h = pad + top + (stacked ? ui_px(ui, 10) + bh : 0);
  int rh = has_reach ? ui_measure(ui, T_SMALL, reach, b.w - 2 * pad, NULL) : 0;
  h += (has_reach ? ui_px(ui, 10) + rh : 0) + pad;
  if (!draw) {
    return h;
  }
  ui_panel_edged(ui, box_make(b.x, b.y, b.w, h), p->surface, p->border, ui_px(ui, 18), 1);
  int y = b.y + pad;
  int ty = y + (stacked ? 0 : (top - ch - lh) / 2);
  ui_text(ui, box_make(b.x + pad, ty, tw, ch), T_CAPTION, p->accent, tr(lang, S_STORY_CLOCK), AL_LEFT);
  ui_text(ui, box_make(b.x + pad, ty + ch, tw, lh), T_H2, p->text, clock, AL_LEFT);
  int cy = stacked ? y + top + ui_px(ui, 10) : y + (top - bh) / 2;
  int right = stacked ? b.x + pad + cw : b.x + b.w - pad;
  clock_controls(a, right, cy, bh, 1);
  if (has_reach) {
    int ry = (stacked ? cy + bh : y + top) + ui_px(ui, 10);
    ui_text(ui, box_make(b.x + pad, ry, b.w - 2 * pad, rh), T_SMALL, p->text, reach, AL_LEFT);
  }
  return h;
}

/* One labelled note: "Translation: …". */
static int note(App *a, int x, int y, int w, StrId label, const char *body, SDL_Color c, Uint8 alpha, int draw) {
  Ui *ui = &a->ui;
  char s[4200];
  snprintf(s, sizeof s, "%s: %s", tr(a->k.lang, label), body);
  int h = ui_measure(ui, T_SMALL, s, w, NULL);
  if (draw) {
    ui_text_alpha(ui, box_make(x, y, w, h), T_SMALL, c, s, AL_LEFT, alpha);
  }
  return h + ui_px(ui, 6);
}

int case_post_extras(App *a, const Post *post, int x, int y, int w, Uint8 alpha, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const Scenario *s = a->k.play.s;
  int lang = a->k.lang, h = 0, in = ui_px(ui, 22);
  x += in, w -= in;
  const char *text = text_get(&post->text, lang, s->lang);
  if (post->original && strcmp(post->original, text) != 0) {
    h += note(a, x, y + h, w, S_TRANSLATION, text, p->text, alpha, draw);
  }
  if (!text_empty(&post->uncertain)) {
    h += note(a, x, y + h, w, S_UNCERTAIN, text_get(&post->uncertain, lang, s->lang), p->warn, alpha, draw);
  }
  if (post->n_sources > 0) {
    char src[1200];
    case_sources_line(a, post->sources, post->n_sources, src, sizeof src);
    h += note(a, x, y + h, w, S_SOURCE, src, p->muted, alpha, draw);
  }
  return h ? h + ui_px(ui, 4) : 0;
}

int case_alt_band(App *a, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang, pad = ui_px(ui, 14);
  int th = ui_measure(ui, T_LABEL, tr(lang, S_WHAT_MIGHT), w - 2 * pad, NULL);
  int sh = ui_measure(ui, T_SMALL, tr(lang, S_NOT_IN_HISTORY), w - 2 * pad, NULL);
  int h = pad + th + ui_px(ui, 4) + sh + pad;
  if (draw) {
    ui_panel(ui, box_make(x, y, w, h), p->warn, ui_px(ui, 14));
    ui_text(ui, box_make(x + pad, y + pad, w - 2 * pad, th), T_LABEL, p->on_accent, tr(lang, S_WHAT_MIGHT), AL_LEFT);
    ui_text(ui, box_make(x + pad, y + pad + th + ui_px(ui, 4), w - 2 * pad, sh), T_SMALL, p->on_accent,
            tr(lang, S_NOT_IN_HISTORY), AL_LEFT);
  }
  return h;
}

/* The reveal after a choice: what they did, when, their choice, the sources. */
int case_reveal(App *a, const DecisionRecord *rec, int x, int y, int w) {
  return case_reveal_in(a, a->k.play.s, rec, x, y, w);
}

int case_reveal_in(App *a, const Scenario *s, const DecisionRecord *rec, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const Decision *d = s->beats[rec->beat].decision;
  const Reveal *rv = d->reveal;
  int lang = a->k.lang, pad = ui_px(ui, 28);
  if (!rv) {
    return 0;
  }
  int real = casepath_real_choice(d);
  /* no stamp on the reveal: the sources do not say when; never the turning point's time instead */
  char stamp[128] = "", their[1400] = "", src[2000];
  if (rv->stamp_ms >= 0) {
    case_stamp_in(a, s, rv->stamp_ms, rv->precision, stamp, sizeof stamp);
  } else {
    snprintf(stamp, sizeof stamp, "%s", tr(lang, S_TIME_NOT_REPORTED));
  }
  char note[1200] = "";
  if (!text_empty(&rv->uncertain)) {
    snprintf(note, sizeof note, "%s: %s", tr(lang, S_UNCERTAIN), text_get(&rv->uncertain, lang, s->lang));
  }
  if (real == rec->choice) {
    snprintf(their, sizeof their, "%s", tr(lang, S_SAME_AS_THEM));
  } else if (real != CASEPATH_NONE) {
    snprintf(their, sizeof their, "%s: %s", tr(lang, S_THEIR_CHOICE),
             real < 0 ? tr(lang, S_SILENCE) : text_get(&d->choices[real].text, lang, s->lang));
  }
  case_sources_in(s, rv->sources, rv->n_sources, src, sizeof src);
  char sources[2100];
  snprintf(sources, sizeof sources, "%s: %s", tr(lang, S_SOURCES), src);
  const char *body = text_get(&rv->text, lang, s->lang);
  int iw = w - 2 * pad;
  /* measured first, so the panel can be drawn behind the text */
  int h = pad + ui_measure(ui, T_CAPTION, tr(lang, S_WHAT_THEY_DID), iw, NULL) + ui_px(ui, 6);
  h += stamp[0] ? ui_measure(ui, T_LABEL, stamp, iw, NULL) + ui_px(ui, 8) : 0;
  h += ui_measure(ui, T_BODY, body, iw, NULL) + ui_px(ui, 14);
  h += their[0] ? ui_measure(ui, T_BODY, their, iw, NULL) + ui_px(ui, 14) : 0;
  h += note[0] ? ui_measure(ui, T_SMALL, note, iw, NULL) + ui_px(ui, 8) : 0;
  h += ui_measure(ui, T_SMALL, sources, iw, NULL) + pad;
  ui_panel_edged(ui, box_make(x, y, w, h), p->surface2, p->accent, ui_px(ui, 22), 2);
  int cy = y + pad, ix = x + pad;
  cy += ui_text(ui, box_make(ix, cy, iw, 0), T_CAPTION, p->accent, tr(lang, S_WHAT_THEY_DID), AL_LEFT) + ui_px(ui, 6);
  if (stamp[0]) {
    cy += ui_text(ui, box_make(ix, cy, iw, 0), T_LABEL, p->text, stamp, AL_LEFT) + ui_px(ui, 8);
  }
  cy += ui_text(ui, box_make(ix, cy, iw, 0), T_BODY, p->text, body, AL_LEFT) + ui_px(ui, 14);
  if (their[0]) {
    cy += ui_text(ui, box_make(ix, cy, iw, 0), T_BODY, real == rec->choice ? p->good : p->text, their, AL_LEFT) +
          ui_px(ui, 14);
  }
  if (note[0]) {
    cy += ui_text(ui, box_make(ix, cy, iw, 0), T_SMALL, p->warn, note, AL_LEFT) + ui_px(ui, 8);
  }
  ui_text(ui, box_make(ix, cy, iw, 0), T_SMALL, p->muted, sources, AL_LEFT);
  return h;
}
