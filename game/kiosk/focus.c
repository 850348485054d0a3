/* focus.c — Tab order and arrow-key movement between targets */
#include "focus.h"

#include <limits.h>

void focus_reset(Focus *f) {
  f->n = 0;
  f->current = -1;
}

void focus_begin_frame(Focus *f) {
  f->n = 0;
}

int focus_add(Focus *f, Box b) {
  if (f->n >= FOCUS_MAX) {
    return -1;
  }
  f->boxes[f->n] = b;
  return f->n++;
}

void focus_end_frame(Focus *f) {
  if (f->current >= f->n) {
    f->current = f->n - 1;
  }
}

void focus_step(Focus *f, int dir) {
  f->visible = 1;
  if (f->n == 0) {
    f->current = -1;
    return;
  }
  if (f->current < 0) {
    f->current = dir > 0 ? 0 : f->n - 1;
    return;
  }
  f->current = (f->current + dir + f->n) % f->n;
}

/* Distance along the direction plus a heavy penalty for being out of line,
   so Down from a button goes to the one below rather than a nearer one to
   the side. */
static long move_cost(Box from, Box to, int dx, int dy) {
  long fx = from.x + from.w / 2, fy = from.y + from.h / 2;
  long tx = to.x + to.w / 2, ty = to.y + to.h / 2;
  long along = dx ? (tx - fx) * dx : (ty - fy) * dy;
  if (along <= 0) {
    return -1;
  }
  long across = dx ? ty - fy : tx - fx;
  if (across < 0) {
    across = -across;
  }
  return along + 3 * across;
}

void focus_move(Focus *f, int dx, int dy) {
  f->visible = 1;
  if (f->current < 0 || f->current >= f->n) {
    focus_step(f, 1);
    return;
  }
  long best = LONG_MAX;
  int best_i = -1;
  for (int i = 0; i < f->n; i++) {
    long c = i == f->current ? -1 : move_cost(f->boxes[f->current], f->boxes[i], dx, dy);
    if (c >= 0 && c < best) {
      best = c;
      best_i = i;
    }
  }
  if (best_i >= 0) {
    f->current = best_i;
  }
}
