/* scr_attract.c — the attract screen: the name, one line of promise, and a
   feed where a post from the scenario library slides in every few seconds
   (then the loop sleeps until the next one). Anywhere starts a session. */
#include <stdio.h>
#include <string.h>

#include "app.h"

#define ATTRACT_EVERY_MS 7000
#define ATTRACT_SLIDE_MS 450
#define ATTRACT_VISIBLE 4

typedef struct Sample {
  const Scenario *s;
  const Post *p;
} Sample;

/* The k-th post (by a persona) of the library, cycling; 0 when there are none. */
static int sample_post(const Catalog *c, int k, Sample *out) {
  int total = 0;
  for (int pass = 0; pass < 2; pass++) {
    int i = 0;
    for (int e = 0; e < c->n; e++) {
      const Scenario *s = c->items[e].s;
      for (int b = 0; s && b < s->n_beats; b++) {
        for (int p = 0; p < s->beats[b].n_posts; p++) {
          if (s->beats[b].posts[p].persona == SCN_BRAND) {
            continue;
          }
          if (pass == 1 && i == ((k % total) + total) % total) {
            out->s = s;
            out->p = &s->beats[b].posts[p];
            return 1;
          }
          i++;
        }
      }
    }
    total = i;
    if (total == 0) {
      return 0;
    }
  }
  return 0;
}

static int post_height(Ui *ui, const Sample *sm, int lang, int w) {
  int pad = ui_px(ui, 24), av = ui_px(ui, 56);
  const char *text = text_get(&sm->p->text, lang, sm->s->lang);
  int th = ui_measure(ui, T_BODY, text, w - 2 * pad - av - pad, NULL);
  return pad + ui_measure(ui, T_LABEL, "Ag", 0, NULL) + ui_px(ui, 6) + th + pad;
}

static void draw_post(Ui *ui, const Sample *sm, int lang, Box b, Uint8 alpha) {
  const Palette *p = &ui->pal;
  int pad = ui_px(ui, 24), av = ui_px(ui, 56);
  const Persona *who = &sm->s->personas[sm->p->persona];
  SDL_Color bg = p->surface;
  bg.a = alpha;
  ui_panel(ui, b, bg, ui_px(ui, 22));
  draw_avatar(ui, b.x + pad, b.y + pad, av, who->name, alpha);
  int x = b.x + pad + av + pad, w = b.x + b.w - pad - x;
  char head[160];
  snprintf(head, sizeof head, "%s  %s", who->name, who->handle);
  int y = b.y + pad;
  y += ui_text_alpha(ui, box_make(x, y, w, 0), T_LABEL, p->text, head, AL_LEFT, alpha) + ui_px(ui, 6);
  ui_text_alpha(ui, box_make(x, y, w, 0), T_BODY, p->text, text_get(&sm->p->text, lang, sm->s->lang), AL_LEFT, alpha);
}

static float ease_out(float t) {
  return 1.0f - (1.0f - t) * (1.0f - t) * (1.0f - t);
}

static void draw_feed(App *a, Box area) {
  Ui *ui = &a->ui;
  Sample newest;
  if (!sample_post(&a->k.cat, 0, &newest)) {
    return;
  }
  float t = (float)(ui->now - a->attract_t0) / ATTRACT_SLIDE_MS;
  t = t > 1 ? 1 : t < 0 ? 0 : t;
  ui->anim |= t < 1;
  SDL_Rect clip = {area.x, area.y, area.w, area.h};
  SDL_RenderSetClipRect(ui->g->r, &clip);
  Box saved = ui->clip;
  ui->clip = area;
  int g = gap(ui);
  Sample top;
  sample_post(&a->k.cat, a->attract_shown, &top);
  int shift = (int)((1.0f - ease_out(t)) * (float)(post_height(ui, &top, a->k.lang, area.w) + g));
  int y = area.y - shift;
  for (int i = 0; i < ATTRACT_VISIBLE && y < area.y + area.h; i++) {
    Sample sm;
    sample_post(&a->k.cat, a->attract_shown - i, &sm);
    int h = post_height(ui, &sm, a->k.lang, area.w);
    Uint8 alpha = i == 0 ? (Uint8)(255 * t) : 255;
    draw_post(ui, &sm, a->k.lang, box_make(area.x, y, area.w, h), alpha);
    y += h + g;
  }
  ui->clip = saved;
  SDL_RenderSetClipRect(ui->g->r, NULL);
}

void scr_attract(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang;
  if (ui->now - a->attract_t0 >= ATTRACT_EVERY_MS) {
    a->attract_t0 = ui->now;
    a->attract_shown++;
  }
  Box all = box_make(0, 0, ui->w, ui->h);
  int start = ui_target(ui, all, tr(lang, S_TOUCH_TO_START));
  Box body = box_inset(all, margin(ui) * 2, margin(ui) * 2);
  int portrait = ui->w < ui->h * 11 / 10;
  Box left = portrait ? box_cut_top(&body, body.h * 2 / 5) : box_cut_left(&body, body.w * 46 / 100);
  portrait ? box_cut_top(&body, gap(ui) * 2) : box_cut_left(&body, gap(ui) * 3);
  int th = ui_measure(ui, T_DISPLAY, tr(lang, S_APP_NAME), left.w, NULL);
  int lh = ui_measure(ui, T_H2, tr(lang, S_TAGLINE), left.w, NULL);
  int bh = ui_px(ui, 96);
  int y = left.y + (left.h - (th + gap(ui) + lh + gap(ui) * 2 + bh)) / 2;
  gfx_round(ui->g, box_make(left.x, y - ui_px(ui, 34), ui_px(ui, 88), ui_px(ui, 10)), ui_px(ui, 5), p->accent);
  y += ui_text(ui, box_make(left.x, y, left.w, 0), T_DISPLAY, p->text, tr(lang, S_APP_NAME), AL_LEFT) + gap(ui);
  y += ui_text(ui, box_make(left.x, y, left.w, 0), T_H2, p->muted, tr(lang, S_TAGLINE), AL_LEFT) + gap(ui) * 2;
  int bw;
  ui_measure(ui, T_LABEL, tr(lang, S_TOUCH_TO_START), 0, &bw);
  bw += ui_px(ui, 96);
  bw = bw > left.w ? left.w : bw;
  Box pill = box_make(left.x, y, bw, bh);
  ui_panel(ui, pill, p->accent, bh / 2);
  ui_text(ui, box_inset(pill, ui_px(ui, 24), 0), T_LABEL, p->on_accent, tr(lang, S_TOUCH_TO_START), AL_CENTER);
  draw_feed(a, body);
  if (start) {
    kiosk_go(&a->k, SCR_IDENTIFY, ui->now);
  }
}
