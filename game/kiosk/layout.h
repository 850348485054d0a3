/* layout.h — boxes, the scale of the interface, and the record of every box
   laid out while drawing a frame, which the render checks assert on (no text
   bigger than its box, no two touch targets on top of each other). No SDL. */
#ifndef TS_LAYOUT_H
#define TS_LAYOUT_H

typedef struct Box {
  int x, y, w, h;
} Box;

/* Design units: the interface is drawn in units of a 1080-pixel short side,
   so a 48-unit target is 48 px at 1080p and 96 px at 2160p. */
#define UI_MIN_TARGET 48

/* Pixels per design unit for a window of w×h; never below 0.5. */
float layout_scale(int w, int h);
/* Columns of at least 'min_w' pixels (with 'gap' between) that fit 'width'; at least 1. */
int layout_columns(int width, int min_w, int gap);

Box box_make(int x, int y, int w, int h);
Box box_inset(Box b, int dx, int dy);
/* Cut a strip off one side of *b and return it; *b keeps the rest. */
Box box_cut_top(Box *b, int h);
Box box_cut_bottom(Box *b, int h);
Box box_cut_left(Box *b, int w);
Box box_cut_right(Box *b, int w);
int box_contains(Box b, int x, int y);
int box_overlaps(Box a, Box b);  /* share at least one pixel */
Box box_intersect(Box a, Box b); /* w or h is 0 when they do not meet */
int box_inside(Box inner, Box outer);

typedef enum { LB_TEXT, LB_TARGET, LB_PANEL } LaidKind;

typedef struct LaidBox {
  LaidKind kind;
  Box box;    /* where it was placed */
  int need_w; /* LB_TEXT: the size the text needs */
  int need_h;
  Box clip;  /* the visible area it was drawn in (a scroll view, the screen) */
  int layer; /* 0 the screen, 1.. overlays; targets only collide on one layer */
  char label[40];
} LaidBox;

/* Every box of one frame. Owns 'items' (free with layout_log_free). */
typedef struct LayoutLog {
  LaidBox *items;
  int n, cap;
  int dropped; /* boxes not recorded for lack of memory */
} LayoutLog;

void layout_log_clear(LayoutLog *log);
void layout_log_add(LayoutLog *log, const LaidBox *b);
void layout_log_free(LayoutLog *log);

/* Problems found, each appended to 'report' (up to 'cap' bytes) as one line:
   text that needs more room than its box (1 px of slack), a target smaller
   than 'min_target' px, two visible targets of one layer that overlap, or a
   box that sticks out of the screen 'screen' where it is not clipped. */
int layout_check(const LayoutLog *log, Box screen, int min_target, char *report, int cap);

#endif
