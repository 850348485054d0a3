/* ui.c — immediate-mode widgets, scroll views and the focus ring */
#include "ui.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const float role_px[T_COUNT] = {64, 44, 34, 27, 22, 27, 21};
static const Weight role_weight[T_COUNT] = {W_BOLD, W_BOLD, W_BOLD, W_REGULAR, W_REGULAR, W_BOLD, W_BOLD};

static SDL_Color rgb(unsigned hex) {
  SDL_Color c = {(Uint8)(hex >> 16), (Uint8)(hex >> 8), (Uint8)hex, 255};
  return c;
}

void ui_palette(Palette *p, int dark, int high_contrast) {
  if (dark && !high_contrast) {
    *p = (Palette){rgb(0x12151c), rgb(0x1c212b), rgb(0x283040),  rgb(0xe8ebf2), rgb(0xa3acbe),
                   rgb(0x6d8bff), rgb(0x0b0e14), rgb(0x3a4354),  rgb(0x4cc38a), rgb(0xff7a70),
                   rgb(0xf0b429), rgb(0xffb000), {0, 0, 0, 170}, rgb(0x25305a), 0};
    return;
  }
  if (high_contrast) {
    *p = (Palette){rgb(0x000000), rgb(0x000000), rgb(0x1a1a1a),  rgb(0xffffff), rgb(0xe6e6e6),
                   rgb(0xffd400), rgb(0x000000), rgb(0xffffff),  rgb(0x5cff8a), rgb(0xff6b6b),
                   rgb(0xffd400), rgb(0x00e5ff), {0, 0, 0, 220}, rgb(0x3a3000), 1};
    return;
  }
  *p = (Palette){rgb(0xf3f4f7), rgb(0xffffff), rgb(0xe9ecf2),     rgb(0x1c2230), rgb(0x5b6478),
                 rgb(0x3656d6), rgb(0xffffff), rgb(0xd5dae4),     rgb(0x1e8a4c), rgb(0xc2352b),
                 rgb(0xb86e00), rgb(0xf0a000), {18, 22, 34, 150}, rgb(0xe4eafd), 0};
}

int ui_px(const Ui *ui, float units) {
  return (int)lroundf(units * ui->u);
}

int ui_font_px(const Ui *ui, TextRole role) {
  int px = (int)lroundf(role_px[role] * ui->u * ui->tscale);
  return px < 9 ? 9 : px;
}

void ui_begin_frame(Ui *ui, int w, int h, float text_scale, int64_t now) {
  ui->w = w;
  ui->h = h;
  ui->u = layout_scale(w, h);
  ui->tscale = text_scale;
  ui->now = now;
  ui->layer = 0;
  ui->inert = 0;
  ui->anim = 0;
  ui->ring_on = 0;
  ui->cur_scroll = -1;
  ui->clip = box_make(0, 0, w, h);
  ui->g->frame++;
  focus_begin_frame(&ui->focus);
  if (ui->log) {
    layout_log_clear(ui->log);
  }
  SDL_RenderSetClipRect(ui->g->r, NULL);
  SDL_Color bg = ui->pal.bg;
  SDL_SetRenderDrawColor(ui->g->r, bg.r, bg.g, bg.b, 255);
  SDL_RenderClear(ui->g->r);
  gfx_begin_frame(ui->g, bg, w, h);
}

void ui_end_frame(Ui *ui) {
  focus_end_frame(&ui->focus);
  if (ui->ring_on) {
    SDL_Rect c = {ui->ring_clip.x, ui->ring_clip.y, ui->ring_clip.w, ui->ring_clip.h};
    SDL_RenderSetClipRect(ui->g->r, &c);
    int t = ui_px(ui, 4) < 3 ? 3 : ui_px(ui, 4);
    gfx_ring(ui->g, box_inset(ui->ring, -t - 2, -t - 2), ui_px(ui, 22) + t, t, ui->pal.focus);
    SDL_RenderSetClipRect(ui->g->r, NULL);
  }
  /* input is consumed by the frame that saw it */
  ui->click = 0;
  ui->key_activate = 0;
  ui->key_digit = -1;
  ui->key_back = 0;
  ui->focus_moved = 0;
}

void ui_new_screen(Ui *ui) {
  focus_reset(&ui->focus);
  ui->focus.visible = 0;
  memset(ui->scrolls, 0, sizeof ui->scrolls);
}

static Scroll *scroll_at(Ui *ui, int x, int y) {
  for (int i = UI_MAX_SCROLLS - 1; i >= 0; i--) {
    if (ui->scrolls[i].view.w > 0 && box_contains(ui->scrolls[i].view, x, y)) {
      return &ui->scrolls[i];
    }
  }
  return NULL;
}

void ui_pointer_down(Ui *ui, int x, int y) {
  ui->down = 1;
  ui->press_x = ui->px = x;
  ui->press_y = ui->py = y;
  ui->dragging = 0;
  ui->press_consumed = 0;
  ui->focus.visible = 0;
  ui->focus.current = -1; /* Enter after a tap does not act on a hidden focus */
}

void ui_pointer_move(Ui *ui, int x, int y) {
  int dy = y - ui->py;
  ui->px = x;
  ui->py = y;
  if (!ui->down) {
    return;
  }
  int slop = ui_px(ui, 14);
  if (!ui->dragging && (abs(y - ui->press_y) > slop || abs(x - ui->press_x) > slop)) {
    ui->dragging = 1;
    dy = y - ui->press_y;
  }
  Scroll *s = ui->dragging ? scroll_at(ui, ui->press_x, ui->press_y) : NULL;
  if (s) {
    s->offset -= dy;
  }
}

void ui_pointer_up(Ui *ui, int x, int y) {
  if (ui->down && !ui->dragging && !ui->press_consumed) {
    ui->click = 1;
    ui->click_x = x;
    ui->click_y = y;
  }
  ui->down = 0;
  ui->dragging = 0;
}

void ui_wheel(Ui *ui, int x, int y, int dy) {
  Scroll *s = scroll_at(ui, x, y);
  if (s) {
    s->offset -= dy * ui_px(ui, 90);
  }
}

/* The biggest scroll view on screen: the one the keyboard scrolls. */
static Scroll *main_scroll(Ui *ui) {
  Scroll *best = NULL;
  for (int i = 0; i < UI_MAX_SCROLLS; i++) {
    Scroll *s = &ui->scrolls[i];
    if (s->view.w > 0 && s->content_h > s->view.h &&
        (!best || (long)s->view.w * s->view.h > (long)best->view.w * best->view.h)) {
      best = s;
    }
  }
  return best;
}

void ui_key_scroll(Ui *ui, int pages) {
  Scroll *s = main_scroll(ui);
  if (s) {
    s->offset += pages * s->view.h * 4 / 5;
  }
}

void ui_key_nav(Ui *ui, int dx, int dy, int tab) {
  int before = ui->focus.current;
  if (tab) {
    focus_step(&ui->focus, tab);
  } else {
    focus_move(&ui->focus, dx, dy);
  }
  ui->focus_moved = 1;
  if (!tab && dy && ui->focus.current == before) { /* nothing further that way: read on */
    Scroll *s = main_scroll(ui);
    if (s) {
      s->offset += dy * s->view.h / 3;
    }
  }
}

int ui_measure(Ui *ui, TextRole role, const char *s, int width, int *w_out) {
  const TextTex *t = gfx_text(ui->g, role_weight[role], ui_font_px(ui, role), ui->pal.text, s, width, AL_LEFT);
  if (w_out) {
    *w_out = t->w;
  }
  return t->h;
}

static void record(Ui *ui, LaidKind kind, Box b, int need_w, int need_h, const char *label) {
  if (!ui->log) {
    return;
  }
  LaidBox lb = {.kind = kind, .box = b, .need_w = need_w, .need_h = need_h, .clip = ui->clip, .layer = ui->layer};
  snprintf(lb.label, sizeof lb.label, "%s", label ? label : "");
  layout_log_add(ui->log, &lb);
}

int ui_text_alpha(Ui *ui, Box b, TextRole role, SDL_Color c, const char *s, Align al, Uint8 alpha) {
  const TextTex *t = gfx_text(ui->g, role_weight[role], ui_font_px(ui, role), c, s, b.w, al);
  int h = b.h > 0 ? b.h : t->h;
  Box box = box_make(b.x, b.y, b.w, h);
  int x = al == AL_CENTER ? b.x + (b.w - t->w) / 2 : al == AL_RIGHT ? b.x + b.w - t->w : b.x;
  int y = b.h > 0 ? b.y + (b.h - t->h) / 2 : b.y;
  if (box_overlaps(box, ui->clip)) {
    SDL_Color ground;
    const TextTex *drawn = t;
    if (alpha == 255 && t->tex && gfx_ground_at(ui->g, box_make(x, y, t->w, t->h), &ground)) {
      const TextTex *o = gfx_text_on(ui->g, role_weight[role], ui_font_px(ui, role), c, ground, s, b.w, al);
      drawn = o->w == t->w && o->h == t->h ? o : t;
    }
    gfx_blit(ui->g, drawn, x, y, alpha);
  }
  record(ui, LB_TEXT, box, t->w, t->h, s);
  return h;
}

int ui_text(Ui *ui, Box b, TextRole role, SDL_Color c, const char *s, Align al) {
  return ui_text_alpha(ui, b, role, c, s, al, 255);
}

int ui_pressed(const Ui *ui, Box b) {
  return ui->down && !ui->dragging && !ui->inert && box_contains(b, ui->press_x, ui->press_y) &&
         box_contains(ui->clip, ui->press_x, ui->press_y);
}

/* Keeps the focused target of a scroll view in sight after a key moved it. */
static void scroll_into_view(Ui *ui, int idx, Box b) {
  if (!ui->focus_moved || idx != ui->focus.current || ui->cur_scroll < 0) {
    return;
  }
  Scroll *s = &ui->scrolls[ui->cur_scroll];
  int margin = ui_px(ui, 16);
  if (b.y < s->view.y) {
    s->offset -= s->view.y - b.y + margin;
  } else if (b.y + b.h > s->view.y + s->view.h) {
    s->offset += b.y + b.h - (s->view.y + s->view.h) + margin;
  }
  ui->anim = 1;
}

int ui_target(Ui *ui, Box b, const char *label) {
  if (ui->inert) {
    return 0;
  }
  Box vis = box_intersect(b, ui->clip);
  record(ui, LB_TARGET, b, 0, 0, label);
  int idx = vis.w > 0 && vis.h > 0 ? focus_add(&ui->focus, b) : -1;
  if (idx >= 0) {
    ui->focus_scroll[idx] = ui->cur_scroll;
    scroll_into_view(ui, idx, b);
  }
  int focused = idx >= 0 && idx == ui->focus.current;
  if (focused && ui->focus.visible) {
    ui->ring = b;
    ui->ring_clip = ui->clip;
    ui->ring_on = 1;
  }
  if (focused && ui->key_activate) {
    ui->key_activate = 0;
    return 1;
  }
  if (ui->click && box_contains(vis, ui->click_x, ui->click_y) && box_contains(b, ui->press_x, ui->press_y)) {
    ui->click = 0;
    return 1;
  }
  return 0;
}

void ui_panel(Ui *ui, Box b, SDL_Color c, int radius) {
  if (box_overlaps(b, ui->clip)) {
    gfx_round(ui->g, b, radius, c);
  }
}

void ui_panel_edged(Ui *ui, Box b, SDL_Color fill, SDL_Color edge, int radius, int thickness) {
  if (box_overlaps(b, ui->clip)) {
    gfx_round(ui->g, b, radius, fill);
    gfx_outline(ui->g, b, radius, thickness, edge);
  }
}

static int button_pad(const Ui *ui) {
  return ui_px(ui, 26);
}

int ui_button_height(Ui *ui, const char *label, int width) {
  int h = ui_measure(ui, T_LABEL, label, width - 2 * button_pad(ui), NULL) + ui_px(ui, 36);
  int min = ui_px(ui, 76);
  return h < min ? min : h;
}

int ui_button(Ui *ui, Box b, const char *label, ButtonStyle st) {
  int hit = ui_target(ui, b, label);
  const Palette *p = &ui->pal;
  SDL_Color bg = st == BTN_PRIMARY   ? p->accent
                 : st == BTN_DANGER  ? p->bad
                 : st == BTN_CHIP_ON ? p->text
                 : st == BTN_GHOST   ? p->bg
                                     : p->surface2;
  SDL_Color fg = st == BTN_PRIMARY || st == BTN_DANGER ? p->on_accent : st == BTN_CHIP_ON ? p->surface : p->text;
  if (ui_pressed(ui, b)) {
    bg.r = (Uint8)(bg.r * 0.85f), bg.g = (Uint8)(bg.g * 0.85f), bg.b = (Uint8)(bg.b * 0.85f);
  }
  int radius = st == BTN_CHIP || st == BTN_CHIP_ON ? b.h / 2 : ui_px(ui, 18);
  if (st == BTN_GHOST || (p->outlines && (st == BTN_SECONDARY || st == BTN_CHIP))) {
    ui_panel_edged(ui, b, bg, p->border, radius, 2);
  } else {
    ui_panel(ui, b, bg, radius);
  }
  int pad = button_pad(ui);
  ui_text(ui, box_make(b.x + pad, b.y, b.w - 2 * pad, b.h), T_LABEL, fg, label, AL_CENTER);
  return hit;
}

int ui_scroll_begin(Ui *ui, int id, Box view) {
  Scroll *s = &ui->scrolls[id];
  s->view = view;
  ui->cur_scroll = id;
  int max = s->content_h - view.h;
  if (s->want_end) {
    s->offset = max;
    s->want_end = 0;
  }
  s->offset = s->offset > max ? max : s->offset;
  s->offset = s->offset < 0 ? 0 : s->offset;
  ui->clip = box_intersect(view, box_make(0, 0, ui->w, ui->h));
  SDL_Rect r = {ui->clip.x, ui->clip.y, ui->clip.w, ui->clip.h};
  SDL_RenderSetClipRect(ui->g->r, &r);
  return view.y - s->offset;
}

void ui_scroll_end(Ui *ui, int content_end_y) {
  Scroll *s = &ui->scrolls[ui->cur_scroll];
  s->content_h = content_end_y - (s->view.y - s->offset);
  if (s->content_h > s->view.h) { /* a thin thumb says there is more */
    int track = s->view.h - ui_px(ui, 16);
    int thumb = track * s->view.h / s->content_h;
    int y = s->view.y + ui_px(ui, 8) + (track - thumb) * s->offset / (s->content_h - s->view.h);
    SDL_Color c = ui->pal.muted;
    c.a = 110;
    gfx_round(ui->g, box_make(s->view.x + s->view.w - ui_px(ui, 8), y, ui_px(ui, 5), thumb), ui_px(ui, 3), c);
  }
  ui->cur_scroll = -1;
  ui->clip = box_make(0, 0, ui->w, ui->h);
  SDL_RenderSetClipRect(ui->g->r, NULL);
}

void ui_scroll_to_end(Ui *ui, int id) {
  ui->scrolls[id].want_end = 1;
}

void ui_begin_overlay(Ui *ui) {
  gfx_fill(ui->g, box_make(0, 0, ui->w, ui->h), ui->pal.scrim);
  ui->layer++;
  ui->inert = 0;
}
