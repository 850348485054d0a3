/* focus.h — keyboard focus over the targets of the current frame: Tab and
   Shift+Tab go through them in drawing order, the arrows move to the nearest
   target in that direction. Targets are registered again on every frame;
   the focus is an index that survives while the screen stays the same. No SDL. */
#ifndef TS_FOCUS_H
#define TS_FOCUS_H

#include "layout.h"

#define FOCUS_MAX 160

typedef struct Focus {
  Box boxes[FOCUS_MAX];
  int n;       /* targets registered this frame */
  int current; /* index, or -1 when nothing has focus */
  int visible; /* the ring shows once the keyboard was used */
} Focus;

void focus_reset(Focus *f);       /* a new screen: nothing focused */
void focus_begin_frame(Focus *f); /* forget the targets; keep 'current' */
/* Registers a target; returns its index, or -1 past FOCUS_MAX. */
int focus_add(Focus *f, Box b);
/* After a frame: keep 'current' within the targets drawn. */
void focus_end_frame(Focus *f);
/* Tab (+1) and Shift+Tab (-1), wrapping; from nothing, the first or last. */
void focus_step(Focus *f, int dir);
/* Arrow keys: dx, dy in -1..1. The nearest target whose centre lies in that
   direction, preferring ones in line; stays put when there is none. */
void focus_move(Focus *f, int dx, int dy);

#endif
