/* test_run.c — the runtime: the simulated clock, timeouts, costs, inbox
   threads, state effects and hooks, randomness, languages, determinism */
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"
#include "result.h"
#include "run.h"
#include "testing.h"

static Run *start(const Scenario *s, uint64_t seed, int factor) {
  RunOpts o = {.seed = seed, .time_factor = factor, .record_events = 1};
  Run *r = run_new(s, &o);
  EXPECT_INT(run_start(r), RUN_OK);
  return r;
}

static int var(const Scenario *s, const Run *r, const char *name) {
  return (int)run_var(r, scn_var_index(s, name));
}

static const int64_t MIN = 60 * 1000;

static void a_decision_times_out_on_the_simulated_clock(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  Run *r = start(s, 1, 1);
  /* timeout 2h at 60 simulated seconds per real second: 120 real seconds */
  EXPECT_INT(run_answer(r, 0, 0, 121 * 1000), RUN_TIMED_OUT);
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  EXPECT_INT(n, 1);
  EXPECT_INT(recs[0].choice, -1);
  EXPECT_INT(recs[0].answered_sim_ms, 120 * MIN);
  Pending p[2];
  EXPECT_INT(run_pending(r, p, 2), 1);
  EXPECT_STR(s->beats[p[0].beat].id, "d2");
  run_free(r);
  scn_free(s);
}

static void posts_arrive_at_their_time_and_silence_is_an_event(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  Run *r = start(s, 1, 1);
  EXPECT_INT(run_wait(r, -1), RUN_OK);
  int n;
  const RunEvent *ev = run_events(r, &n);
  EXPECT_INT(n, 3);
  EXPECT_INT(ev[0].kind, EV_POST);
  EXPECT_INT(ev[0].sim_ms, 0);
  EXPECT_INT(ev[1].kind, EV_SILENCE);
  EXPECT_INT(ev[1].sim_ms, 120 * MIN);
  EXPECT_INT(ev[2].kind, EV_POST); /* "And?" 5 minutes into d2 */
  EXPECT_INT(ev[2].sim_ms, 125 * MIN);
  run_free(r);
  scn_free(s);
}

static void a_reply_cost_moves_the_clock(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  Run *r = start(s, 1, 1);
  EXPECT_INT(run_answer(r, 0, 2, 10 * 1000), RUN_OK); /* C: "48h" */
  EXPECT_INT(run_sim_ms(r), 10 * MIN + 48 * 60 * MIN + 5 * MIN);
  run_free(r);
  scn_free(s);
}

static void many_small_steps_equal_one_big_step(void) {
  Scenario *s = load("tests/data/inbox.lua");
  Run *a = start(s, 7, 1), *b = start(s, 7, 1);
  for (int i = 0; i < 1300; i++) {
    EXPECT_INT(run_advance(a, 10), RUN_OK);
  }
  EXPECT_INT(run_advance(b, 13000), RUN_OK);
  EXPECT_INT(run_sim_ms(a), run_sim_ms(b));
  int na, nb;
  run_records(a, &na);
  run_records(b, &nb);
  EXPECT_INT(na, nb);
  EXPECT_INT(na, 1); /* Ben's thread timed out at 11 minutes */
  run_free(a);
  run_free(b);
  scn_free(s);
}

static void the_thread_left_waiting_moves_on_by_itself(void) {
  Scenario *s = load("tests/data/inbox.lua");
  Run *r = start(s, 1, 1);
  Pending p[4];
  EXPECT_INT(run_pending(r, p, 4), 1); /* Ben writes one minute in */
  EXPECT_INT(run_answer(r, 0, 0, 12 * 1000), RUN_OK);
  EXPECT(run_done(r));
  EXPECT_STR(s->beats[run_thread_ending(r, 1)].id, "b_late");
  EXPECT_STR(s->beats[run_ending_beat(r)].id, "b_late"); /* the most severe */
  run_free(r);
  scn_free(s);
}

static void the_trainee_chooses_which_thread_to_answer(void) {
  Scenario *s = load("tests/data/inbox.lua");
  Run *r = start(s, 1, 1);
  EXPECT_INT(run_advance(r, 2 * 1000), RUN_OK);
  Pending p[4];
  EXPECT_INT(run_pending(r, p, 4), 2);
  EXPECT_INT(run_answer(r, 1, 0, 1000), RUN_OK); /* Ben first */
  EXPECT_INT(run_answer(r, 0, 0, 1000), RUN_OK);
  EXPECT_STR(s->beats[run_ending_beat(r)].id, "a_end");
  EXPECT_STR(s->beats[run_thread_ending(r, 1)].id, "b_ok");
  run_free(r);
  scn_free(s);
}

static void a_costly_reply_lets_the_other_thread_time_out(void) {
  Scenario *s = load("tests/data/inbox.lua");
  Run *r = start(s, 1, 1);
  EXPECT_INT(run_answer(r, 0, 1, 1000), RUN_OK); /* "on Monday": 30 minutes */
  EXPECT(run_done(r));
  EXPECT_STR(s->beats[run_thread_ending(r, 1)].id, "b_late");
  run_free(r);
  scn_free(s);
}

static void effects_and_hooks_change_state(void) {
  Scenario *s = load("tests/data/features.lua");
  Run *r = start(s, 1, 1);
  int max = scn_persona_index(s, "max"), eve = scn_persona_index(s, "eve");
  Pending p[2];
  EXPECT_INT(run_pending(r, p, 2), 1);
  EXPECT_INT(p[0].n_offered, 2); /* "Banned." waits until Max was warned */
  EXPECT_INT(run_answer(r, 0, 1, 5000), RUN_OK); /* warn: set, mood table, audience */
  EXPECT_INT(var(s, r, "warned"), 1);
  EXPECT_NEAR(run_mood(r, max), -30, 1e-9);
  EXPECT_NEAR(run_mood(r, eve), 15, 1e-9);
  EXPECT_NEAR(run_audience(r), 60, 1e-9);
  EXPECT_INT(run_pending(r, p, 2), 1);
  EXPECT_INT(p[0].n_offered, 3); /* now "Removed under rule 2" is offered */
  int n;
  const RunEvent *ev = run_events(r, &n);
  EXPECT_INT(ev[n - 1].kind, EV_POST); /* Eve speaks up: audience over 50 */
  EXPECT_INT(ev[n - 1].index, 1);
  EXPECT_INT(run_answer(r, 0, 2, 5000), RUN_OK); /* ignore: after a warning, next() bans */
  EXPECT_STR(s->beats[run_ending_beat(r)].id, "banned");
  run_free(r);
  scn_free(s);
}

static void a_second_apology_means_less_and_visits_bound_the_loop(void) {
  Scenario *s = load("tests/data/features.lua");
  Run *r = start(s, 1, 1);
  int max = scn_persona_index(s, "max");
  EXPECT_INT(run_answer(r, 0, 0, 1000), RUN_OK); /* +10 mood, apologies 1 */
  EXPECT_NEAR(run_mood(r, max), -10, 1e-9);
  EXPECT_INT(run_answer(r, 0, 0, 1000), RUN_OK); /* apologies 2: only +2 */
  EXPECT_NEAR(run_mood(r, max), -8, 1e-9);
  EXPECT_INT(run_visits(r, scn_beat_index(s, "again")), 2);
  EXPECT_INT(run_answer(r, 0, 0, 1000), RUN_OK); /* second visit: on to calm */
  EXPECT(run_done(r));
  EXPECT_STR(s->beats[run_ending_beat(r)].id, "end_ok");
  EXPECT_INT(var(s, r, "apologies"), 3);
  run_free(r);
  scn_free(s);
}

static void randomness_repeats_for_a_seed(void) {
  Scenario *s = load("tests/data/features.lua");
  int seen[4] = {0};
  for (uint64_t seed = 1; seed <= 30; seed++) {
    Run *a = start(s, seed, 1), *b = start(s, seed, 1);
    int ra = var(s, a, "roll"), rb = var(s, b, "roll");
    EXPECT_INT(ra, rb);
    EXPECT(ra >= 1 && ra <= 3);
    seen[ra & 3] = 1;
    run_free(a);
    run_free(b);
  }
  EXPECT(seen[1] && seen[2] && seen[3]);
  scn_free(s);
}

static char *play_to_json(const Scenario *s, uint64_t seed, int lang) {
  Run *r = start(s, seed, 1);
  EXPECT_INT(run_answer(r, 0, 1, 4200), RUN_OK);
  EXPECT_INT(run_answer(r, 0, 0, 10000), RUN_OK);
  EXPECT_INT(run_answer(r, 0, 0, 3000), RUN_OK);
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  ScoreCard card;
  score_compute(s, recs, n, 1, &card);
  cJSON *json = result_to_json(r, &card, lang);
  char *text = cJSON_PrintUnformatted(json);
  cJSON_Delete(json);
  run_free(r);
  return text;
}

static void same_seed_choices_and_times_give_the_same_result(void) {
  Scenario *s = load("tests/data/features.lua");
  char *a = play_to_json(s, 42, LANG_EN), *b = play_to_json(s, 42, LANG_EN);
  EXPECT_STR(a, b);
  EXPECT_CONTAINS(a, "\"scenario\":\"features\"");
  EXPECT_CONTAINS(a, "\"reaction_seconds\":4.2");
  free(a);
  free(b);
  scn_free(s);
}

static void results_come_in_the_trainee_language_with_fallback(void) {
  Scenario *s = load("tests/data/features.lua");
  char *it = play_to_json(s, 1, LANG_IT), *es = play_to_json(s, 1, LANG_ES);
  EXPECT_CONTAINS(it, "\"title\":\"Funzionalità\"");
  EXPECT_CONTAINS(it, "\"lang\":\"it\"");
  EXPECT_CONTAINS(es, "\"title\":\"Features\""); /* no Spanish: the scenario's own language */
  EXPECT_CONTAINS(es, "\"lang\":\"en\"");
  EXPECT_STR(text_get(&s->personas[1].role, LANG_IT, s->lang), "giornalista");
  EXPECT_STR(text_get(&s->personas[0].role, LANG_IT, s->lang), "member");
  EXPECT_INT(s->complete_langs, 1u << LANG_EN);
  free(it);
  free(es);
  scn_free(s);
}

static void invalid_moves_change_nothing(void) {
  Scenario *s = load("tests/data/features.lua");
  Run *r = start(s, 1, 1);
  EXPECT_INT(run_answer(r, 0, 2, 1000), RUN_INVALID); /* not offered yet */
  EXPECT_INT(run_answer(r, 3, 0, 1000), RUN_INVALID); /* no such thread */
  EXPECT_INT(run_wait(r, -1), RUN_INVALID);               /* nothing can time out */
  EXPECT_INT(run_real_ms(r), 0);
  int n;
  run_records(r, &n);
  EXPECT_INT(n, 0);
  run_free(r);
  scn_free(s);
}

static void a_clone_plays_on_independently(void) {
  Scenario *s = load("tests/data/features.lua");
  Run *r = start(s, 1, 1);
  Run *c = run_clone(r);
  EXPECT_INT(run_answer(c, 0, 1, 1000), RUN_OK);
  EXPECT_INT(var(s, c, "warned"), 1);
  EXPECT_INT(var(s, r, "warned"), 0);
  int n;
  run_records(r, &n);
  EXPECT_INT(n, 0);
  run_free(c);
  run_free(r);
  scn_free(s);
}

static void decision_weight_and_opening_time(void) {
  Scenario *s = load("tests/data/weights.lua");
  Run *r = start(s, 1, 1);
  EXPECT_INT(run_sim_ms(r), 1 * MIN); /* opens at "1m", before the post at 20m */
  EXPECT_INT(run_answer(r, 0, 1, 1000), RUN_OK);   /* the lie: empathy 0, policy 0 */
  EXPECT_INT(run_answer(r, 0, 0, 1000), RUN_OK);   /* warm: empathy 1, policy not at stake */
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  ScoreCard card;
  score_compute(s, recs, n, 1, &card);
  EXPECT_NEAR(card.axis[AXIS_EMPATHY], 100.0 / 3, 1e-9); /* (2×0 + 1×1) / 3 */
  EXPECT_NEAR(card.axis[AXIS_POLICY], 0.0, 1e-9);
  EXPECT_INT(card.counted[AXIS_POLICY], 1);
  cJSON *json = result_to_json(r, &card, LANG_EN);
  char *text = cJSON_PrintUnformatted(json);
  EXPECT_CONTAINS(text, "\"breaks\":[1]");
  EXPECT_CONTAINS(text, "\"best_reply\":\"Yes, from May; here is why.\"");
  EXPECT_CONTAINS(text, "\"not_at_stake\":[]");
  free(text);
  cJSON_Delete(json);
  run_free(r);
  scn_free(s);
}

static Scenario *load_source(const char *src, Diag *d) {
  return scn_load_buffer("tests/inline.lua", src, strlen(src), NULL, d);
}

#define HEAD                                                                                                          \
  "return scenario { id = 'inline', title = 'T', summary = 'S', archetype = 'troll', channel = 'chat',\n"             \
  "difficulty = 'intro', minutes = 1, brand = { name = 'B', handle = '@b' },\n"                                      \
  "personas = { persona { id = 'p', name = 'P', handle = '@p', role = 'r' } },\n"

static void posts_arrive_in_time_order_and_next_does_not_wait_for_late_ones(void) {
  const char *src = HEAD "beats = {\n"
                         "  beat { id = 'a', after = '5m', next = 'b', posts = {\n"
                         "    post { from = 'p', text = 'late', at = '10m' },\n"
                         "    post { from = 'p', text = 'early', at = '1m' } } },\n"
                         "  beat { id = 'b', ending = ending { outcome = 'resolved', text = 'E' } } } }";
  Diag d = {0};
  Scenario *s = load_source(src, &d);
  EXPECT(s != NULL);
  EXPECT_STR(text_get(&s->beats[0].posts[0].text, LANG_EN, LANG_EN), "early");
  Run *r = start(s, 1, 1);
  EXPECT(run_done(r));
  int n;
  const RunEvent *ev = run_events(r, &n);
  EXPECT_INT(n, 2); /* the early post, then the ending: the late one never came */
  EXPECT_INT(ev[0].sim_ms, 1 * MIN);
  EXPECT_INT(ev[1].kind, EV_ENDING);
  EXPECT_INT(ev[1].sim_ms, 5 * MIN);
  run_free(r);
  scn_free(s);
  diag_free(&d);
}

static void thread_ids_must_be_unique_names(void) {
  const char *src = HEAD "threads = { thread { id = 'a', title = 'A', start = 'x' },\n"
                         "            thread { id = 'a', title = 'B', start = 'x' } },\n"
                         "beats = { beat { id = 'x', ending = ending { outcome = 'resolved', text = 'E' } } } }";
  Diag d = {0};
  EXPECT(load_source(src, &d) == NULL);
  EXPECT_INT(d.count, 1);
  EXPECT_CONTAINS(d.items[0].msg, "tests/inline.lua:5: thread id 'a' must be a name");
  diag_free(&d);
}

static void random_bounds_are_checked_before_use(void) {
  const char *src = HEAD "beats = { beat { id = 'x',\n"
                         "  on_enter = function(state) sim.random(math.mininteger, 4294967295) end,\n"
                         "  ending = ending { outcome = 'resolved', text = 'E' } } } }";
  Diag d = {0};
  Scenario *s = load_source(src, &d);
  RunOpts o = {.seed = 1, .time_factor = 1};
  Run *r = run_new(s, &o);
  EXPECT_INT(run_start(r), RUN_ERROR);
  EXPECT_CONTAINS(run_error(r), "tests/inline.lua:5: bad argument #2 to 'random' (bounds must be within a billion");
  run_free(r);
  scn_free(s);
  diag_free(&d);
}

static void waiting_on_one_thread_lets_the_others_run(void) {
  Scenario *s = load("tests/data/inbox.lua");
  Run *r = start(s, 1, 1);
  EXPECT_INT(run_advance(r, 2000), RUN_OK);
  EXPECT_INT(run_wait(r, 0), RUN_OK); /* Ana's hour: Ben's ten minutes run out first */
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  EXPECT_INT(n, 2);
  EXPECT_INT(recs[0].thread, 1);
  EXPECT_INT(recs[0].choice, -1);
  EXPECT_INT(recs[1].thread, 0);
  EXPECT_INT(recs[1].answered_sim_ms, 60 * MIN);
  EXPECT(run_done(r));
  run_free(r);
  scn_free(s);
}

/* A workshop: the story follows the room's reply, the record keeps the
   trainee's own, and the two plays stay in step. */
static void a_room_answer_plays_the_room_and_records_the_trainee(void) {
  Scenario *s = load("tests/data/worked-example.lua");
  Run *alone = start(s, 1, 0), *seat = start(s, 1, 0);
  EXPECT_INT(run_answer(alone, 0, 2, 10 * 1000), RUN_OK);
  EXPECT_INT(run_answer_room(seat, 0, 0, 2, 4 * 1000), RUN_OK);
  EXPECT_INT(run_sim_ms(seat), run_sim_ms(alone)); /* the room's "48h" cost */
  int n, ne;
  const DecisionRecord *recs = run_records(seat, &n);
  EXPECT_INT(n, 1);
  EXPECT_INT(recs[0].choice, 0);
  EXPECT_INT(recs[0].played, 2);
  EXPECT_INT(recs[0].reaction_ms, 4 * 1000);
  const RunEvent *ev = run_events(seat, &ne);
  int replies = 0;
  for (int i = 0; i < ne; i++) {
    if (ev[i].kind == EV_REPLY) {
      EXPECT_INT(ev[i].index, 2); /* the feed shows the room's reply */
      replies++;
    }
  }
  EXPECT_INT(replies, 1);
  EXPECT_INT(run_api_chosen(seat, recs[0].beat), 2);
  Pending pa[2], ps[2];
  EXPECT_INT(run_pending(seat, ps, 2), run_pending(alone, pa, 2));
  EXPECT_INT(ps[0].beat, pa[0].beat);
  EXPECT_INT(run_answer_room(seat, ps[0].thread, 7, ps[0].offered[0], 1000), RUN_INVALID);
  /* no answer of one's own: recorded as -1 with the real time it was open */
  EXPECT_INT(run_answer_room(seat, ps[0].thread, -1, ps[0].offered[0], 30 * 1000), RUN_OK);
  recs = run_records(seat, &n);
  EXPECT_INT(recs[1].choice, -1);
  EXPECT_INT(recs[1].played, ps[0].offered[0]);
  EXPECT_INT(recs[1].reaction_ms, 30 * 1000);
  run_free(alone);
  run_free(seat);
  scn_free(s);
}

int main(void) {
  RUN_TEST(a_room_answer_plays_the_room_and_records_the_trainee);
  RUN_TEST(waiting_on_one_thread_lets_the_others_run);
  RUN_TEST(posts_arrive_in_time_order_and_next_does_not_wait_for_late_ones);
  RUN_TEST(thread_ids_must_be_unique_names);
  RUN_TEST(random_bounds_are_checked_before_use);
  RUN_TEST(decision_weight_and_opening_time);
  RUN_TEST(a_decision_times_out_on_the_simulated_clock);
  RUN_TEST(posts_arrive_at_their_time_and_silence_is_an_event);
  RUN_TEST(a_reply_cost_moves_the_clock);
  RUN_TEST(many_small_steps_equal_one_big_step);
  RUN_TEST(the_thread_left_waiting_moves_on_by_itself);
  RUN_TEST(the_trainee_chooses_which_thread_to_answer);
  RUN_TEST(a_costly_reply_lets_the_other_thread_time_out);
  RUN_TEST(effects_and_hooks_change_state);
  RUN_TEST(a_second_apology_means_less_and_visits_bound_the_loop);
  RUN_TEST(randomness_repeats_for_a_seed);
  RUN_TEST(same_seed_choices_and_times_give_the_same_result);
  RUN_TEST(results_come_in_the_trainee_language_with_fallback);
  RUN_TEST(invalid_moves_change_nothing);
  RUN_TEST(a_clone_plays_on_independently);
  return t_summary();
}
