/* layout.c — box arithmetic, the interface scale, and the layout checks */
#include "layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

float layout_scale(int w, int h) {
  int short_side = w < h ? w : h;
  float s = (float)short_side / 1080.0f;
  return s < 0.5f ? 0.5f : s;
}

int layout_columns(int width, int min_w, int gap) {
  if (min_w <= 0) {
    return 1;
  }
  int n = (width + gap) / (min_w + gap);
  return n < 1 ? 1 : n;
}

Box box_make(int x, int y, int w, int h) {
  Box b = {x, y, w < 0 ? 0 : w, h < 0 ? 0 : h};
  return b;
}

Box box_inset(Box b, int dx, int dy) {
  return box_make(b.x + dx, b.y + dy, b.w - 2 * dx, b.h - 2 * dy);
}

Box box_cut_top(Box *b, int h) {
  h = h > b->h ? b->h : h;
  Box top = box_make(b->x, b->y, b->w, h);
  b->y += h;
  b->h -= h;
  return top;
}

Box box_cut_bottom(Box *b, int h) {
  h = h > b->h ? b->h : h;
  b->h -= h;
  return box_make(b->x, b->y + b->h, b->w, h);
}

Box box_cut_left(Box *b, int w) {
  w = w > b->w ? b->w : w;
  Box left = box_make(b->x, b->y, w, b->h);
  b->x += w;
  b->w -= w;
  return left;
}

Box box_cut_right(Box *b, int w) {
  w = w > b->w ? b->w : w;
  b->w -= w;
  return box_make(b->x + b->w, b->y, w, b->h);
}

int box_contains(Box b, int x, int y) {
  return x >= b.x && y >= b.y && x < b.x + b.w && y < b.y + b.h;
}

Box box_intersect(Box a, Box b) {
  int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
  int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w;
  int y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
  return box_make(x0, y0, x1 - x0, y1 - y0);
}

int box_overlaps(Box a, Box b) {
  Box i = box_intersect(a, b);
  return i.w > 0 && i.h > 0;
}

int box_inside(Box inner, Box outer) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
         inner.y + inner.h <= outer.y + outer.h;
}

void layout_log_clear(LayoutLog *log) {
  log->n = 0;
  log->dropped = 0;
}

void layout_log_add(LayoutLog *log, const LaidBox *b) {
  if (!log) {
    return;
  }
  if (log->n == log->cap) {
    int cap = log->cap ? log->cap * 2 : 256;
    LaidBox *items = realloc(log->items, (size_t)cap * sizeof *items);
    if (!items) {
      log->dropped++;
      return;
    }
    log->items = items;
    log->cap = cap;
  }
  log->items[log->n++] = *b;
}

void layout_log_free(LayoutLog *log) {
  free(log->items);
  memset(log, 0, sizeof *log);
}

static void report_line(char *report, int cap, int *used, const char *fmt, const LaidBox *a, const LaidBox *b) {
  if (!report || *used >= cap - 1) {
    return;
  }
  int n = snprintf(report + *used, (size_t)(cap - *used), fmt, a->label, a->box.x, a->box.y, a->box.w, a->box.h,
                   b ? b->label : "", a->need_w, a->need_h);
  *used += n > 0 ? n : 0;
  if (*used > cap - 1) {
    *used = cap - 1;
  }
}

/* The part of a target a finger can reach: what its clip leaves visible. */
static Box visible(const LaidBox *b) {
  return box_intersect(b->box, b->clip);
}

int layout_check(const LayoutLog *log, Box screen, int min_target, char *report, int cap) {
  int problems = 0, used = 0;
  if (report && cap > 0) {
    report[0] = '\0';
  }
  for (int i = 0; i < log->n; i++) {
    const LaidBox *a = &log->items[i];
    Box v = visible(a);
    if (a->kind == LB_TEXT && (a->need_w > a->box.w + 1 || a->need_h > a->box.h + 1)) {
      problems++;
      report_line(report, cap, &used, "text '%s' at %d,%d %dx%d%s needs %dx%d\n", a, NULL);
    }
    /* outside a scroll view, nothing may hang off the screen */
    if (a->box.w > 0 && a->box.h > 0 && box_inside(screen, a->clip) && !box_inside(a->box, screen)) {
      problems++;
      report_line(report, cap, &used, "'%s' at %d,%d %dx%d%s leaves the screen\n", a, NULL);
    }
    if (a->kind != LB_TARGET || v.w <= 0 || v.h <= 0) {
      continue;
    }
    if (a->box.w < min_target || a->box.h < min_target) {
      problems++;
      report_line(report, cap, &used, "target '%s' at %d,%d %dx%d%s is too small\n", a, NULL);
    }
    for (int j = i + 1; j < log->n; j++) {
      const LaidBox *b = &log->items[j];
      if (b->kind == LB_TARGET && b->layer == a->layer && box_overlaps(v, visible(b))) {
        problems++;
        report_line(report, cap, &used, "target '%s' at %d,%d %dx%d overlaps '%s'\n", a, b);
      }
    }
  }
  return problems + log->dropped;
}
