/* test_kiosk.c — the kiosk's session state machine with a fake clock: the
   journey's screens, the idle timeout and "still there?", a reset that leaves
   nothing of the trainee, the admin PIN, and a play driven with real
   milliseconds that scores exactly like `thickskin play --times`. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <unistd.h>

#include "kiosk.h"
#include "kstrings.h"
#include "testing.h"

static void start(Kiosk *k) {
  KioskConfig cfg;
  kcfg_defaults(&cfg);
  EXPECT_INT(kiosk_init(k, &cfg, NULL, "tests/data", 1000), 0);
  k->seed = 1;
}

static int find(const Kiosk *k, const char *id) {
  for (int i = 0; i < k->cat.n; i++) {
    if (k->cat.items[i].s && strcmp(k->cat.items[i].s->id, id) == 0) {
      return i;
    }
  }
  return -1;
}

static void the_journey_goes_attract_identify_home_play_feedback_debrief(void) {
  Kiosk k;
  start(&k);
  EXPECT_INT(k.screen, SCR_ATTRACT);
  kiosk_go(&k, SCR_IDENTIFY, 2000);
  osk_type(&k.name, "Ada");
  kiosk_go(&k, SCR_HOME, 3000);
  int i = find(&k, "worked-example");
  EXPECT(i >= 0);
  EXPECT_INT(kiosk_play(&k, i, 4000), 0);
  EXPECT_INT(k.screen, SCR_PLAY);
  EXPECT_INT(kiosk_answer(&k, 0, 2, 49000), RUN_OK);
  EXPECT_INT(k.screen, SCR_FEEDBACK);
  EXPECT_INT(k.play.last_record, 0);
  kiosk_continue(&k, 60000);
  EXPECT_INT(k.screen, SCR_PLAY);
  EXPECT_INT(kiosk_answer(&k, 0, 1, 80000), RUN_OK);
  kiosk_continue(&k, 81000);
  EXPECT_INT(k.screen, SCR_DEBRIEF);
  kiosk_free(&k);
}

/* The same moves and thinking times as tests/cli_play.sh's
   `play worked-example --choices 3,2 --times 45,20`: 59.3 overall. Ticks in
   between and the time spent reading feedback change nothing. */
static void real_milliseconds_score_like_the_headless_runner(void) {
  Kiosk k;
  start(&k);
  kiosk_play(&k, find(&k, "worked-example"), 10000);
  for (int64_t t = 10000; t <= 55000; t += 250) {
    kiosk_tick(&k, t);
  }
  kiosk_answer(&k, 0, 2, 55000);
  kiosk_continue(&k, 99000); /* 44 s reading the feedback: not thinking time */
  kiosk_tick(&k, 110000);
  kiosk_answer(&k, 0, 1, 119000);
  EXPECT(run_done(k.play.run));
  EXPECT_NEAR(k.play.card.overall, 59.3, 0.05);
  EXPECT_NEAR(k.play.card.axis[AXIS_EMPATHY], 27.8, 0.05);
  EXPECT_INT(k.play.card.pass, 0);
  kiosk_free(&k);
}

static void idle_asks_still_there_then_resets_without_a_trace(void) {
  Kiosk k;
  start(&k);
  kiosk_go(&k, SCR_IDENTIFY, 1000);
  osk_type(&k.name, "Grace Hopper");
  k.text_scale_pct = 150;
  kiosk_go(&k, SCR_HOME, 2000);
  kiosk_play(&k, find(&k, "worked-example"), 3000);
  unsigned session = k.session;
  EXPECT_INT(kiosk_next_due(&k, 3000), 250);
  int64_t idle = (int64_t)k.cfg.idle_timeout_s * 1000;
  kiosk_tick(&k, 3000 + idle - 1);
  EXPECT_INT(k.overlay, OV_NONE);
  kiosk_tick(&k, 3000 + idle);
  EXPECT_INT(k.overlay, OV_STILL_THERE);
  EXPECT(k.play.paused);
  kiosk_input(&k, 3000 + idle + 500); /* a touch: still here */
  EXPECT_INT(k.overlay, OV_NONE);
  EXPECT(!k.play.paused);
  int64_t t = 3000 + idle + 500 + idle;
  kiosk_tick(&k, t);
  EXPECT_INT(k.overlay, OV_STILL_THERE);
  kiosk_tick(&k, t + (int64_t)k.cfg.still_there_s * 1000);
  EXPECT_INT(k.screen, SCR_ATTRACT);
  EXPECT_INT(k.overlay, OV_NONE);
  EXPECT(k.play.run == NULL);
  EXPECT_INT(k.name.len, 0);
  for (size_t b = 0; b < sizeof k.name.text; b++) {
    EXPECT_INT(k.name.text[b], 0);
  }
  EXPECT_INT(k.text_scale_pct, 100);
  EXPECT_INT(k.session, session + 1);
  kiosk_free(&k);
}

static void the_attract_screen_never_times_out(void) {
  Kiosk k;
  start(&k);
  EXPECT_INT(kiosk_tick(&k, 10000000), 0);
  EXPECT_INT(k.screen, SCR_ATTRACT);
  EXPECT_INT(k.overlay, OV_NONE);
  EXPECT_INT(kiosk_next_due(&k, 5000), 60000);
  kiosk_free(&k);
}

static void only_the_right_pin_opens_the_admin_screen(void) {
  Kiosk k;
  start(&k);
  kiosk_go(&k, SCR_HOME, 1000);
  kiosk_admin_gesture(&k, 2000);
  EXPECT_INT(k.overlay, OV_PIN);
  kiosk_pin_digit(&k, '1');
  kiosk_pin_digit(&k, 'x');
  EXPECT_STR(k.pin, "1");
  EXPECT_INT(kiosk_pin_submit(&k, 3000), 0);
  EXPECT(k.pin_wrong);
  EXPECT_STR(k.pin, "");
  EXPECT_INT(k.screen, SCR_HOME);
  for (const char *d = "24689"; *d; d++) {
    kiosk_pin_digit(&k, *d);
  }
  kiosk_pin_delete(&k);
  EXPECT_INT(kiosk_pin_submit(&k, 4000), 1);
  EXPECT_INT(k.screen, SCR_ADMIN);
  EXPECT_INT(k.admin_return, SCR_HOME);
  EXPECT_INT(kiosk_tick(&k, 4000 + 3600000), 0); /* staff are not timed out */
  kiosk_free(&k);
}

static void leaving_a_play_frees_it_and_goes_home(void) {
  Kiosk k;
  start(&k);
  kiosk_play(&k, find(&k, "worked-example"), 1000);
  kiosk_leave_play(&k, 2000);
  EXPECT(k.play.run == NULL);
  EXPECT_INT(k.screen, SCR_HOME);
  kiosk_free(&k);
}

static void assessed_mode_keeps_feedback_for_the_debrief(void) {
  Kiosk k;
  start(&k);
  k.cfg.assessed = 1;
  kiosk_play(&k, find(&k, "worked-example"), 1000);
  kiosk_answer(&k, 0, 0, 5000);
  EXPECT_INT(k.screen, SCR_PLAY);
  kiosk_answer(&k, 0, 0, 9000);
  EXPECT_INT(k.screen, SCR_DEBRIEF);
  kiosk_free(&k);
}

static void an_untimed_play_records_time_but_says_untimed(void) {
  Kiosk k;
  start(&k);
  k.timer_factor = 0;
  kiosk_play(&k, find(&k, "worked-example"), 1000);
  kiosk_answer(&k, 0, 0, 400000);
  int n;
  const DecisionRecord *r = run_records(k.play.run, &n);
  EXPECT_INT(n, 1);
  EXPECT_INT(r[0].reaction_ms, 399000);
  EXPECT_NEAR(k.play.card.time_factor, 0, 1e-9);
  kiosk_free(&k);
}

static void a_scenario_that_fails_to_load_is_listed_with_its_message(void) {
  char dir[] = "/tmp/thickskin-kiosk-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  char path[128];
  snprintf(path, sizeof path, "%s/broken.lua", dir);
  FILE *f = fopen(path, "w");
  fputs("return scenario {\n  id = 'broken',\n  title = 7,\n}\n", f);
  fclose(f);
  Catalog c;
  char *dirs[1] = {dir};
  EXPECT_INT(catalog_load(&c, dirs, 1), 0);
  EXPECT_INT(c.n, 1);
  EXPECT_INT(c.n_failed, 1);
  EXPECT(c.items[0].s == NULL);
  EXPECT_CONTAINS(c.items[0].errors, "broken.lua:");
  EXPECT_INT(catalog_matches(&c, 0, -1), 0);
  catalog_free(&c);
  remove(path);
  rmdir(dir);
  char missing_dir[] = "/nonexistent/folder";
  char *missing[1] = {missing_dir};
  EXPECT_INT(catalog_load(&c, missing, 1), 0);
  EXPECT_CONTAINS(c.problems, "/nonexistent/folder: cannot read");
  catalog_free(&c);
}

static void the_filter_keeps_one_channel(void) {
  Kiosk k;
  start(&k);
  int feed = 0, all = 0;
  for (int i = 0; i < k.cat.n; i++) {
    all += catalog_matches(&k.cat, i, -1);
    feed += catalog_matches(&k.cat, i, CH_FEED);
    if (catalog_matches(&k.cat, i, CH_CHAT)) {
      EXPECT_INT(k.cat.items[i].s->channel, CH_CHAT);
    }
  }
  EXPECT_INT(all, k.cat.n_ready);
  EXPECT(feed > 0 && feed <= all);
  EXPECT(catalog_channels(&k.cat) & (1u << CH_FEED));
  kiosk_free(&k);
}

static void the_mood_shown_is_of_the_person_at_the_centre(void) {
  Kiosk k;
  start(&k);
  kiosk_play(&k, find(&k, "worked-example"), 1000);
  EXPECT_INT(play_main_persona(&k.play, 0), scn_persona_index(k.play.s, "ana"));
  EXPECT_INT(play_main_persona(&k.play, 5), SCN_BRAND);
  kiosk_free(&k);
}

/* A copy of the worked example whose last decision times out after an hour. */
static char *write_timing_out_copy(char *dir) {
  FILE *in = fopen("tests/data/worked-example.lua", "rb");
  static char buf[8192];
  size_t n = in ? fread(buf, 1, sizeof buf - 1, in) : 0;
  if (in) {
    fclose(in);
  }
  buf[n] = '\0';
  const char *anchor = "decision { prompt = \"Answer again\",";
  char *at = strstr(buf, anchor);
  if (!at || !mkdtemp(dir)) {
    return NULL;
  }
  static char path[128];
  snprintf(path, sizeof path, "%s/timeout.lua", dir);
  FILE *out = fopen(path, "w");
  fwrite(buf, 1, (size_t)(at - buf) + strlen(anchor), out);
  fputs(" timeout = \"1h\", silence = choice { empathy = 0, policy = 5, feedback = \"fs2\", next = \"angry\" },", out);
  fputs(at + strlen(anchor), out);
  fclose(out);
  return path;
}

static void a_play_that_ends_on_its_own_goes_to_the_debrief(void) {
  char dir[] = "/tmp/thickskin-kiosk-XXXXXX";
  char *path = write_timing_out_copy(dir);
  EXPECT(path != NULL);
  Kiosk k;
  KioskConfig cfg;
  kcfg_defaults(&cfg);
  EXPECT_INT(kiosk_init(&k, &cfg, NULL, dir, 1000), 0);
  EXPECT_INT(k.cat.n_ready, 1);
  kiosk_play(&k, 0, 1000);
  kiosk_answer(&k, 0, 0, 5000);
  kiosk_continue(&k, 6000);
  int64_t t = 6000;
  for (; t < 4000000 && k.screen == SCR_PLAY; t += 1000) {
    kiosk_input(&k, t); /* the trainee is there, only silent */
    kiosk_tick(&k, t);
  }
  EXPECT_INT(k.screen, SCR_DEBRIEF);
  EXPECT(run_done(k.play.run));
  int n;
  const DecisionRecord *r = run_records(k.play.run, &n);
  EXPECT_INT(n, 2);
  EXPECT_INT(r[1].choice, -1);
  kiosk_free(&k);
  if (path) {
    remove(path);
    rmdir(dir);
  }
}

int main(void) {
  /* the plays here are recorded: into a folder of the test's own, never the user's */
  char data_home[] = "/tmp/thickskin-kiosk-XXXXXX";
  if (!mkdtemp(data_home) || setenv("XDG_DATA_HOME", data_home, 1) != 0) {
    perror(data_home);
    return 1;
  }
  RUN_TEST(a_play_that_ends_on_its_own_goes_to_the_debrief);
  RUN_TEST(the_mood_shown_is_of_the_person_at_the_centre);
  RUN_TEST(the_journey_goes_attract_identify_home_play_feedback_debrief);
  RUN_TEST(real_milliseconds_score_like_the_headless_runner);
  RUN_TEST(idle_asks_still_there_then_resets_without_a_trace);
  RUN_TEST(the_attract_screen_never_times_out);
  RUN_TEST(only_the_right_pin_opens_the_admin_screen);
  RUN_TEST(leaving_a_play_frees_it_and_goes_home);
  RUN_TEST(assessed_mode_keeps_feedback_for_the_debrief);
  RUN_TEST(an_untimed_play_records_time_but_says_untimed);
  RUN_TEST(a_scenario_that_fails_to_load_is_listed_with_its_message);
  RUN_TEST(the_filter_keeps_one_channel);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", data_home);
  if (system(cmd) != 0) {
    fprintf(stderr, "could not remove %s\n", data_home);
  }
  return t_summary();
}
