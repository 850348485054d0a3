/* test_wsplay.c — a participant's play rebuilt from the session's
   messages: what an own-pace report may ask of the replay. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "fixtures.h"
#include "testing.h"
#include "wsplay.h"

/* The first decision open in 'run' as an answer choosing its first offer. */
static WsAnswer first_answer(const Scenario *s, const Run *run, int64_t at) {
  Pending p;
  WsAnswer a = {1, "", "", 0, 1000, at};
  if (run_pending(run, &p, 1) == 1) {
    snprintf(a.thread, sizeof a.thread, "%s", s->threads[p.thread].id);
    snprintf(a.beat, sizeof a.beat, "%s", s->beats[p.beat].id);
    a.choice = p.offered[0] + 1;
  }
  return a;
}

/* "at" may be any number below 2^53 on the wire, but the run's clocks
   multiply it by the scenario's rate: one they cannot hold is refused,
   naming the field, before the replay is asked to go there. */
static void an_at_past_what_the_clock_holds_is_refused(void) {
  Scenario *s = load("scenarios/late-parcel.lua");
  s->rate = 86400; /* the fastest clock a scenario may have */
  char err[512] = "";
  Run *run = wsplay_own_new(s, 5, 1, err, sizeof err);
  EXPECT(run != NULL);
  WsAnswer far = first_answer(s, run, INT64_C(9007199254740991));
  EXPECT_INT(wsplay_own_apply(&run, &far, err, sizeof err), -1);
  EXPECT_STR(err, "answer 1: \"at\" 9007199254740991 is past the longest play this scenario's clock can hold");
  WsAnswer near = first_answer(s, run, run_real_ms(run));
  EXPECT_INT(wsplay_own_apply(&run, &near, err, sizeof err), 0);
  int n;
  run_records(run, &n);
  EXPECT_INT(n, 1);
  run_free(run);
  scn_free(s);
}

int main(void) {
  RUN_TEST(an_at_past_what_the_clock_holds_is_refused);
  return t_summary();
}
