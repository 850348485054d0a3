/* test_focus.c — Tab order and arrow movement over the targets of a frame */
#include "focus.h"
#include "testing.h"

/* A 3×2 grid of 100×80 buttons with 20 px gaps, registered row by row. */
static void grid(Focus *f) {
  focus_begin_frame(f);
  for (int r = 0; r < 2; r++) {
    for (int c = 0; c < 3; c++) {
      focus_add(f, box_make(c * 120, r * 100, 100, 80));
    }
  }
  focus_end_frame(f);
}

static void tab_walks_in_drawing_order_and_wraps(void) {
  Focus f;
  focus_reset(&f);
  grid(&f);
  EXPECT_INT(f.current, -1);
  focus_step(&f, 1);
  EXPECT_INT(f.current, 0);
  EXPECT(f.visible);
  for (int i = 0; i < 5; i++) {
    focus_step(&f, 1);
  }
  EXPECT_INT(f.current, 5);
  focus_step(&f, 1);
  EXPECT_INT(f.current, 0);
  focus_step(&f, -1);
  EXPECT_INT(f.current, 5);
  focus_reset(&f);
  grid(&f);
  focus_step(&f, -1);
  EXPECT_INT(f.current, 5);
}

static void arrows_go_to_the_neighbour_in_that_direction(void) {
  Focus f;
  focus_reset(&f);
  grid(&f);
  focus_move(&f, 1, 0); /* nothing focused: the first */
  EXPECT_INT(f.current, 0);
  focus_move(&f, 1, 0);
  EXPECT_INT(f.current, 1);
  focus_move(&f, 0, 1);
  EXPECT_INT(f.current, 4);
  focus_move(&f, 0, 1); /* nothing below: stays */
  EXPECT_INT(f.current, 4);
  focus_move(&f, -1, 0);
  EXPECT_INT(f.current, 3);
  focus_move(&f, 0, -1);
  EXPECT_INT(f.current, 0);
}

static void arrows_prefer_targets_in_line(void) {
  Focus f;
  focus_reset(&f);
  focus_begin_frame(&f);
  focus_add(&f, box_make(0, 0, 100, 80));     /* 0: start */
  focus_add(&f, box_make(300, 300, 100, 80)); /* 1: below, off to the side */
  focus_add(&f, box_make(0, 400, 100, 80));   /* 2: straight below, further */
  focus_add(&f, box_make(400, 120, 100, 80)); /* 3: nearer, far to the side */
  focus_end_frame(&f);
  f.current = 0;
  focus_move(&f, 0, 1);
  EXPECT_INT(f.current, 2);
  f.current = 0;
  focus_move(&f, 1, 0);
  EXPECT_INT(f.current, 3);
}

static void focus_stays_within_fewer_targets(void) {
  Focus f;
  focus_reset(&f);
  grid(&f);
  f.current = 5;
  focus_begin_frame(&f);
  focus_add(&f, box_make(0, 0, 100, 80));
  focus_end_frame(&f);
  EXPECT_INT(f.current, 0);
  focus_begin_frame(&f);
  for (int i = 0; i < FOCUS_MAX + 5; i++) {
    focus_add(&f, box_make(0, i * 10, 10, 10));
  }
  EXPECT_INT(f.n, FOCUS_MAX);
}

int main(void) {
  RUN_TEST(tab_walks_in_drawing_order_and_wraps);
  RUN_TEST(arrows_go_to_the_neighbour_in_that_direction);
  RUN_TEST(arrows_prefer_targets_in_line);
  RUN_TEST(focus_stays_within_fewer_targets);
  return t_summary();
}
