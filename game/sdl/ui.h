/* ui.h — immediate-mode widgets over render.h: each frame the screens lay out
   and draw their boxes, and a widget reports whether it was activated (a tap
   or click that started and ended on it, or Enter while it has the focus).
   Every text box and target is recorded in a LayoutLog for the checks, every
   target joins the focus ring, and scroll views move by wheel, drag and focus. */
#ifndef TS_UI_H
#define TS_UI_H

#include <stdint.h>

#include "focus.h"
#include "layout.h"
#include "render.h"

typedef enum { T_DISPLAY, T_TITLE, T_H2, T_BODY, T_SMALL, T_LABEL, T_CAPTION, T_COUNT } TextRole;
typedef enum { BTN_PRIMARY, BTN_SECONDARY, BTN_GHOST, BTN_CHIP, BTN_CHIP_ON, BTN_DANGER } ButtonStyle;

typedef struct Palette {
  SDL_Color bg, surface, surface2, text, muted, accent, on_accent, border, good, bad, warn, focus, scrim, brand_bubble;
  int outlines; /* high contrast: every button gets a visible edge */
} Palette;

#define UI_MAX_SCROLLS 8

typedef struct Scroll {
  Box view;      /* where it was drawn last frame */
  int offset;    /* pixels scrolled */
  int content_h; /* height of the content last frame */
  int want_end;  /* scroll to the end on the next frame */
} Scroll;

typedef struct Ui {
  Gfx *g;
  Palette pal;
  float u;      /* pixels per design unit */
  float tscale; /* the trainee's text size */
  int w, h;
  int64_t now;
  /* pointer */
  int down, press_x, press_y, px, py, dragging, press_consumed;
  int click, click_x, click_y; /* a release on the press point, this frame */
  /* keyboard */
  int key_activate, key_digit, key_back; /* key_digit: 1..9, 10 for 0; -1 none */
  Focus focus;
  int focus_scroll[FOCUS_MAX]; /* scroll view of each target, or -1 */
  int focus_moved;
  Box ring, ring_clip;
  int ring_on;
  /* layout */
  LayoutLog *log; /* may be NULL */
  int layer;
  int inert; /* targets drawn but not live (under an overlay) */
  Box clip;
  Scroll scrolls[UI_MAX_SCROLLS];
  int cur_scroll;
  int anim; /* something moved this frame: draw the next one soon */
} Ui;

/* The colours: light or dark (the configured theme), or high contrast. */
void ui_palette(Palette *p, int dark, int high_contrast);
void ui_begin_frame(Ui *ui, int w, int h, float text_scale, int64_t now);
void ui_end_frame(Ui *ui);
/* Input between frames (window pixels). */
void ui_pointer_down(Ui *ui, int x, int y);
void ui_pointer_move(Ui *ui, int x, int y);
void ui_pointer_up(Ui *ui, int x, int y);
void ui_wheel(Ui *ui, int x, int y, int dy);
void ui_key_nav(Ui *ui, int dx, int dy, int tab);
/* Page Up (-1) and Page Down (+1): the biggest scroll view on screen moves. */
void ui_key_scroll(Ui *ui, int pages);
/* A new screen: the focus and the scroll positions start over. */
void ui_new_screen(Ui *ui);

int ui_px(const Ui *ui, float units); /* design units to pixels */
int ui_font_px(const Ui *ui, TextRole role);
/* Height the text needs at 'width' (0: one line); its width in *w_out if not NULL. */
int ui_measure(Ui *ui, TextRole role, const char *s, int width, int *w_out);
/* Draws text wrapped to b.w. With b.h == 0 the box takes the text's height;
   otherwise the text is centred vertically in it. Returns the height used. */
int ui_text(Ui *ui, Box b, TextRole role, SDL_Color c, const char *s, Align al);
int ui_text_alpha(Ui *ui, Box b, TextRole role, SDL_Color c, const char *s, Align al, Uint8 alpha);

/* A live target: recorded, in the focus ring; 1 when activated this frame. */
int ui_target(Ui *ui, Box b, const char *label);
int ui_pressed(const Ui *ui, Box b); /* the pointer is down on it */
int ui_button(Ui *ui, Box b, const char *label, ButtonStyle st);
/* Height of a button holding 'label' at 'width' (wraps if it must). */
int ui_button_height(Ui *ui, const char *label, int width);
void ui_panel(Ui *ui, Box b, SDL_Color c, int radius);
/* A rounded box with an edge of another colour. */
void ui_panel_edged(Ui *ui, Box b, SDL_Color fill, SDL_Color edge, int radius, int thickness);

/* A vertical scroll view: returns the y where its content starts; draw the
   content below it, then call ui_scroll_end with the y where it ended. */
int ui_scroll_begin(Ui *ui, int id, Box view);
void ui_scroll_end(Ui *ui, int content_end_y);
void ui_scroll_to_end(Ui *ui, int id);

/* A dimmed layer over the screen for a modal card; targets drawn before it
   stop being live. */
void ui_begin_overlay(Ui *ui);

#endif
