/* scr_common.c — pieces several screens draw: tags, avatars, mood words,
   modal cards, and the names of the scenario vocabularies */
#include <stdio.h>
#include <string.h>

#include "app.h"

const char *str_channel(int lang, int channel) {
  return channel >= 0 && channel <= CH_EMAIL ? tr(lang, (StrId)(S_CH_FEED + channel)) : "";
}

const char *str_difficulty(int lang, int difficulty) {
  return difficulty >= 0 && difficulty <= DIFF_HARD ? tr(lang, (StrId)(S_DIFF_INTRO + difficulty)) : "";
}

const char *str_archetype(int lang, int archetype) {
  return archetype >= 0 && archetype <= S_AR_CRISIS - S_AR_ANGRY ? tr(lang, (StrId)(S_AR_ANGRY + archetype)) : "";
}

const char *str_outcome(int lang, int outcome) {
  return outcome >= 0 && outcome <= OUT_CRISIS ? tr(lang, (StrId)(S_OUT_RESOLVED + outcome)) : "";
}

const char *str_mood(int lang, double mood) {
  StrId id = mood <= -60   ? S_MOOD_FURIOUS
             : mood <= -20 ? S_MOOD_UPSET
             : mood < 20   ? S_MOOD_NEUTRAL
             : mood < 60   ? S_MOOD_CALM
                           : S_MOOD_HAPPY;
  return tr(lang, id);
}

SDL_Color avatar_colour(const char *name) {
  static const unsigned colours[] = {0x5b6ee1, 0xd9534f, 0x2e9d6a, 0xc77c1a, 0x8e5bd6, 0x1f8fb3, 0xc2457f, 0x5f7d2a};
  unsigned h = 2166136261u;
  for (const char *p = name; *p; p++) {
    h = (h ^ (unsigned char)*p) * 16777619u;
  }
  unsigned c = colours[h % (sizeof colours / sizeof colours[0])];
  return (SDL_Color){(Uint8)(c >> 16), (Uint8)(c >> 8), (Uint8)c, 255};
}

SDL_Color mood_colour(const Palette *p, double mood) {
  return mood <= -20 ? p->bad : mood < 20 ? p->warn : p->good;
}

/* First letters of the first two words, upper-cased when ASCII. */
static void initials(const char *name, char *out) {
  int n = 0;
  int start = 1;
  for (const char *p = name; *p && n < 2; p++) {
    unsigned char c = (unsigned char)*p;
    if (c == ' ' || c == '@' || c == '_') {
      start = 1;
      continue;
    }
    if (start && c < 0x80) {
      out[n++] = (char)(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    start = 0;
  }
  out[n] = '\0';
}

void draw_avatar(Ui *ui, int x, int y, int size, const char *name, Uint8 alpha) {
  SDL_Color c = avatar_colour(name);
  c.a = alpha;
  gfx_circle(ui->g, x + size / 2, y + size / 2, size / 2, c);
  char ini[3];
  initials(name, ini);
  SDL_Color white = {255, 255, 255, 255};
  const TextTex *t = gfx_text(ui->g, W_BOLD, size * 2 / 5, white, ini, 0, AL_LEFT);
  gfx_blit(ui->g, t, x + (size - t->w) / 2, y + (size - t->h) / 2, alpha);
}

int tag_height(Ui *ui) {
  return ui_measure(ui, T_CAPTION, "Ag", 0, NULL) + ui_px(ui, 10);
}

int tag_width(Ui *ui, const char *s) {
  int w;
  ui_measure(ui, T_CAPTION, s, 0, &w);
  return w + ui_px(ui, 24);
}

int draw_tag(Ui *ui, int x, int y, const char *s, SDL_Color bg, SDL_Color fg) {
  int w = tag_width(ui, s), h = tag_height(ui);
  ui_panel(ui, box_make(x, y, w, h), bg, h / 2);
  ui_text(ui, box_make(x + ui_px(ui, 12), y, w - ui_px(ui, 24), h), T_CAPTION, fg, s, AL_CENTER);
  return w;
}

int margin(const Ui *ui) {
  return ui_px(ui, ui->w < ui->h ? 36 : 48);
}

int gap(const Ui *ui) {
  return ui_px(ui, 24);
}

Box modal_card(Ui *ui, int w_units, int h_px) {
  int w = ui_px(ui, (float)w_units);
  int max_w = ui->w - 2 * margin(ui), max_h = ui->h - 2 * margin(ui);
  w = w > max_w ? max_w : w;
  h_px = h_px > max_h ? max_h : h_px;
  Box card = box_make((ui->w - w) / 2, (ui->h - h_px) / 2, w, h_px);
  ui_panel(ui, card, ui->pal.surface, ui_px(ui, 28));
  return box_inset(card, ui_px(ui, 40), ui_px(ui, 36));
}

int64_t app_now(void) {
  return (int64_t)SDL_GetTicks64();
}
