/* test_layout.c — box arithmetic, the scale, columns, and the layout checks
   the render test relies on (overflowing text, small or overlapping targets,
   boxes off the screen; clipped parts do not count). */
#include "layout.h"
#include "testing.h"

static LaidBox laid(LaidKind kind, Box b, int need_w, int need_h, int layer) {
  LaidBox lb = {.kind = kind, .box = b, .need_w = need_w, .need_h = need_h, .clip = {0, 0, 1920, 1080}, .layer = layer};
  snprintf(lb.label, sizeof lb.label, "box");
  return lb;
}

static void scale_follows_the_short_side(void) {
  EXPECT_NEAR(layout_scale(1920, 1080), 1.0, 1e-6);
  EXPECT_NEAR(layout_scale(1080, 1920), 1.0, 1e-6);
  EXPECT_NEAR(layout_scale(3840, 2160), 2.0, 1e-6);
  EXPECT_NEAR(layout_scale(1024, 600), 600.0 / 1080.0, 1e-6);
  EXPECT_NEAR(layout_scale(320, 200), 0.5, 1e-6);
}

static void columns_fit_the_width(void) {
  EXPECT_INT(layout_columns(1824, 440, 24), 3);
  EXPECT_INT(layout_columns(928, 244, 13), 3);
  EXPECT_INT(layout_columns(300, 440, 24), 1);
  EXPECT_INT(layout_columns(904, 440, 24), 2);
}

static void cutting_strips_keeps_the_rest(void) {
  Box b = box_make(0, 0, 100, 50);
  Box top = box_cut_top(&b, 10);
  EXPECT_INT(top.h, 10);
  EXPECT_INT(b.y, 10);
  EXPECT_INT(b.h, 40);
  Box right = box_cut_right(&b, 30);
  EXPECT_INT(right.x, 70);
  EXPECT_INT(b.w, 70);
  Box big = box_cut_left(&b, 500);
  EXPECT_INT(big.w, 70);
  EXPECT_INT(b.w, 0);
  EXPECT(box_overlaps(box_make(0, 0, 10, 10), box_make(9, 9, 5, 5)));
  EXPECT(!box_overlaps(box_make(0, 0, 10, 10), box_make(10, 0, 5, 5)));
  EXPECT(box_inside(box_make(2, 2, 3, 3), box_make(0, 0, 5, 5)));
  EXPECT(!box_contains(box_make(0, 0, 10, 10), 10, 5));
}

static void the_check_finds_overflow_overlap_small_targets_and_escapes(void) {
  LayoutLog log = {0};
  LaidBox ok_text = laid(LB_TEXT, box_make(10, 10, 200, 40), 201, 40, 0);
  LaidBox long_text = laid(LB_TEXT, box_make(10, 60, 200, 40), 260, 40, 0);
  LaidBox a = laid(LB_TARGET, box_make(10, 200, 100, 80), 0, 0, 0);
  LaidBox b = laid(LB_TARGET, box_make(100, 200, 100, 80), 0, 0, 0);
  LaidBox on_overlay = laid(LB_TARGET, box_make(10, 200, 100, 80), 0, 0, 1);
  LaidBox tiny = laid(LB_TARGET, box_make(500, 500, 40, 80), 0, 0, 0);
  LaidBox off = laid(LB_PANEL, box_make(1900, 10, 100, 10), 0, 0, 0);
  LaidBox clipped = laid(LB_TARGET, box_make(10, 1000, 100, 200), 0, 0, 0);
  clipped.clip = box_make(0, 0, 1920, 1050);
  LaidBox *all[] = {&ok_text, &long_text, &a, &b, &on_overlay, &tiny, &off, &clipped};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    layout_log_add(&log, all[i]);
  }
  char report[2048];
  EXPECT_INT(layout_check(&log, box_make(0, 0, 1920, 1080), 48, report, sizeof report), 4);
  EXPECT_CONTAINS(report, "needs 260x40");
  EXPECT_CONTAINS(report, "overlaps");
  EXPECT_CONTAINS(report, "too small");
  EXPECT_CONTAINS(report, "leaves the screen");
  layout_log_clear(&log);
  layout_log_add(&log, &ok_text);
  layout_log_add(&log, &a);
  layout_log_add(&log, &on_overlay);
  EXPECT_INT(layout_check(&log, box_make(0, 0, 1920, 1080), 48, report, sizeof report), 0);
  layout_log_free(&log);
}

int main(void) {
  RUN_TEST(scale_follows_the_short_side);
  RUN_TEST(columns_fit_the_width);
  RUN_TEST(cutting_strips_keeps_the_rest);
  RUN_TEST(the_check_finds_overflow_overlap_small_targets_and_escapes);
  return t_summary();
}
