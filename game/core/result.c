/* result.c — a finished (or stopped) play as JSON: everything a debrief or a
   record needs, in one language */
#include "result.h"

#include <math.h>
#include <stdio.h>

static double round1(double v) {
  return round(v * 10.0) / 10.0;
}

static const Choice *choice_at(const Decision *d, int choice) {
  return choice < 0 ? &d->silence : &d->choices[choice];
}

static cJSON *int_list(const int *v, int n, int as_tags) {
  cJSON *arr = cJSON_CreateArray();
  for (int i = 0; arr && i < n; i++) {
    cJSON_AddItemToArray(arr, as_tags ? cJSON_CreateString(principles[v[i]].id) : cJSON_CreateNumber(v[i]));
  }
  return arr;
}

static cJSON *axes(const double *v, int null_below_zero) {
  cJSON *o = cJSON_CreateObject();
  for (int a = 0; o && a < AXIS_COUNT; a++) {
    if (null_below_zero && v[a] < 0) {
      cJSON_AddNullToObject(o, axis_name((Axis)a));
    } else {
      cJSON_AddNumberToObject(o, axis_name((Axis)a), round1(v[a]));
    }
  }
  return o;
}

static const char *timing_name(int factor) {
  return factor == 0 ? "untimed" : factor == 1 ? "timed" : "extended";
}

static cJSON *decision_json(const Run *r, const DecisionRecord *rec, const DecisionScore *ds, int lang) {
  const Scenario *s = run_scenario(r);
  const Decision *d = s->beats[rec->beat].decision;
  const Choice *c = choice_at(d, rec->choice), *best = choice_at(d, ds->best);
  cJSON *o = cJSON_CreateObject();
  if (!o) {
    return NULL;
  }
  cJSON_AddStringToObject(o, "thread", s->threads[rec->thread].id);
  cJSON_AddStringToObject(o, "beat", s->beats[rec->beat].id);
  cJSON_AddStringToObject(o, "prompt", text_get(&d->prompt, lang, s->lang));
  cJSON_AddNumberToObject(o, "choice", rec->choice + 1);
  cJSON_AddBoolToObject(o, "silence", rec->choice < 0);
  cJSON_AddStringToObject(o, "reply", rec->choice < 0 ? "" : text_get(&c->text, lang, s->lang));
  cJSON_AddNumberToObject(o, "best", ds->best + 1);
  cJSON_AddStringToObject(o, "best_reply", ds->best < 0 ? "" : text_get(&best->text, lang, s->lang));
  cJSON_AddNumberToObject(o, "reaction_seconds", round1((double)rec->reaction_ms / 1000.0));
  cJSON_AddNumberToObject(o, "target_seconds", d->target_s);
  cJSON_AddNumberToObject(o, "cost_seconds", (double)(c->cost_ms / 1000));
  cJSON_AddNumberToObject(o, "sim_seconds", (double)(rec->answered_sim_ms / 1000));
  cJSON_AddItemToObject(o, "points", axes(ds->points, 1));
  cJSON_AddItemToObject(o, "delta", axes(ds->delta, 0));
  cJSON_AddItemToObject(o, "tags", int_list(c->tags, c->n_tags, 1));
  cJSON_AddItemToObject(o, "best_tags", int_list(best->tags, best->n_tags, 1));
  cJSON_AddItemToObject(o, "follows", int_list(c->follows, c->n_follows, 0));
  cJSON_AddItemToObject(o, "breaks", int_list(c->breaks, c->n_breaks, 0));
  cJSON_AddStringToObject(o, "feedback", text_get(&c->feedback, lang, s->lang));
  if (ds->best != rec->choice) {
    cJSON_AddStringToObject(o, "best_feedback", text_get(&best->feedback, lang, s->lang));
  }
  return o;
}

static cJSON *scores_json(const Scenario *s, const ScoreCard *card) {
  cJSON *o = axes(card->axis, 0);
  if (!o) {
    return NULL;
  }
  cJSON_AddNumberToObject(o, "overall", round1(card->overall));
  cJSON_AddBoolToObject(o, "pass", card->pass);
  cJSON_AddNumberToObject(o, "pass_mark", s->pass_mark);
  cJSON *flat = cJSON_AddArrayToObject(o, "not_at_stake");
  for (int a = 0; flat && a < AXIS_COUNT; a++) {
    if (card->counted[a] == 0) {
      cJSON_AddItemToArray(flat, cJSON_CreateString(axis_name((Axis)a)));
    }
  }
  return o;
}

cJSON *result_to_json(const Run *r, const ScoreCard *card, int lang) {
  const Scenario *s = run_scenario(r);
  const RunOpts *o = run_opts(r);
  cJSON *root = cJSON_CreateObject();
  if (!root) {
    return NULL;
  }
  char hash[20];
  snprintf(hash, sizeof hash, "%016llx", (unsigned long long)s->hash);
  cJSON_AddStringToObject(root, "scenario", s->id);
  cJSON_AddStringToObject(root, "title", text_get(&s->title, lang, s->lang));
  cJSON_AddStringToObject(root, "hash", hash);
  cJSON_AddNumberToObject(root, "seed", (double)o->seed);
  cJSON_AddStringToObject(root, "lang", lang_code(text_has(&s->title, lang) ? lang : s->lang));
  cJSON_AddStringToObject(root, "timing", timing_name(o->time_factor));
  cJSON_AddNumberToObject(root, "time_factor", o->time_factor);
  cJSON_AddBoolToObject(root, "finished", run_done(r));
  if (run_error(r)) {
    cJSON_AddStringToObject(root, "error", run_error(r));
  }
  int ending = run_ending_beat(r);
  if (ending >= 0) {
    const Ending *e = s->beats[ending].ending;
    cJSON_AddStringToObject(root, "outcome", outcome_names[e->outcome]);
    cJSON_AddStringToObject(root, "ending", s->beats[ending].id);
    cJSON_AddStringToObject(root, "ending_text", text_get(&e->text, lang, s->lang));
  }
  cJSON_AddNumberToObject(root, "sim_seconds", (double)(run_sim_ms(r) / 1000));
  cJSON_AddNumberToObject(root, "real_seconds", round1((double)run_real_ms(r) / 1000.0));
  cJSON_AddItemToObject(root, "scores", scores_json(s, card));
  cJSON *list = cJSON_AddArrayToObject(root, "decisions");
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  for (int i = 0; list && i < n && i < card->n; i++) {
    cJSON_AddItemToArray(list, decision_json(r, &recs[i], &card->decisions[i], lang));
  }
  if (s->case_info) {
    cJSON_AddItemToObject(root, "case", result_case_json(r, lang));
  }
  return root;
}
