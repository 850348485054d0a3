/* result_case.c — the 'case' object of a case study's result: the
   trainee's path beside the real one, decision by decision, the sourced
   reach figures, the trainee's audience curve, the lessons and the
   sources. Everything a debrief needs to draw the two timelines. */
#include "result.h"

#include <math.h>
#include <stdio.h>

static double round1(double v) {
  return round(v * 10.0) / 10.0;
}

static void add_stamp(cJSON *o, const char *key, const Scenario *s, int64_t sim_ms) {
  char buf[32];
  if (sim_ms < 0) {
    cJSON_AddNullToObject(o, key);
    return;
  }
  scn_stamp_format(s, sim_ms, buf, sizeof buf);
  cJSON_AddStringToObject(o, key, buf);
}

static cJSON *source_ids(const Scenario *s, const int *sources, int n) {
  cJSON *arr = cJSON_CreateArray();
  for (int i = 0; arr && i < n; i++) {
    cJSON_AddItemToArray(arr, cJSON_CreateString(s->case_info->sources[sources[i]].id));
  }
  return arr;
}

/* The choice marked real (-1 for a real silence), or -2 when none is. */
static int real_choice(const Decision *d) {
  for (int i = 0; i < d->n_choices; i++) {
    if (d->choices[i].real) {
      return i;
    }
  }
  return d->timeout_ms > 0 && d->silence.real ? -1 : -2;
}

int64_t result_reply_stamp(const Decision *d, const DecisionRecord *rec) {
  const Choice *c = rec->choice < 0 ? &d->silence : &d->choices[rec->choice];
  return rec->answered_sim_ms + c->cost_ms;
}

int64_t result_real_stamp(const Decision *d, CivilPrecision *precision) {
  *precision = d->reveal ? d->reveal->precision : CIVIL_EXACT;
  return d->reveal ? d->reveal->stamp_ms : -1;
}

const char *result_precision_name(CivilPrecision precision) {
  return precision == CIVIL_DAY ? "date" : precision == CIVIL_APPROX ? "approximate" : "exact";
}

/* key_precision: how precise the stamp under 'key' is, null without one. */
static void add_precision(cJSON *o, const char *key, int64_t sim_ms, CivilPrecision precision) {
  char name[64];
  snprintf(name, sizeof name, "%s_precision", key);
  if (sim_ms < 0) {
    cJSON_AddNullToObject(o, name);
  } else {
    cJSON_AddStringToObject(o, name, result_precision_name(precision));
  }
}

static void add_note(cJSON *o, const char *key, const Scenario *s, const Text *note, int lang) {
  if (text_empty(note)) {
    cJSON_AddNullToObject(o, key);
  } else {
    cJSON_AddStringToObject(o, key, text_get(note, lang, s->lang));
  }
}

static void add_reveal(cJSON *o, const Scenario *s, const Reveal *rv, int lang) {
  if (!rv) {
    cJSON_AddNullToObject(o, "reveal");
    return;
  }
  cJSON_AddStringToObject(o, "reveal", text_get(&rv->text, lang, s->lang));
  add_stamp(o, "reveal_stamp", s, rv->stamp_ms);
  add_precision(o, "reveal_stamp", rv->stamp_ms, rv->precision);
  add_note(o, "reveal_uncertain", s, &rv->uncertain, lang);
  cJSON_AddItemToObject(o, "reveal_sources", source_ids(s, rv->sources, rv->n_sources));
}

/* Trainee minus real: in minutes when the real time of day is known (even
   approximately), in calendar days whenever the real day is known. */
static void add_differences(cJSON *o, const Scenario *s, int64_t answered, int64_t real_at, CivilPrecision precision) {
  if (real_at < 0 || precision == CIVIL_DAY) {
    cJSON_AddNullToObject(o, "difference_minutes");
  } else {
    cJSON_AddNumberToObject(o, "difference_minutes", round1((double)(answered - real_at) / 60000.0));
  }
  if (real_at < 0) {
    cJSON_AddNullToObject(o, "difference_days");
  } else {
    cJSON_AddNumberToObject(o, "difference_days", (double)(scn_stamp_day(s, answered) - scn_stamp_day(s, real_at)));
  }
}

static cJSON *case_decision(const Scenario *s, const DecisionRecord *rec, int lang) {
  const Beat *b = &s->beats[rec->beat];
  const Decision *d = b->decision;
  int real = real_choice(d);
  CivilPrecision precision;
  int64_t real_at = result_real_stamp(d, &precision);
  cJSON *o = cJSON_CreateObject();
  if (!o) {
    return NULL;
  }
  cJSON_AddStringToObject(o, "beat", b->id);
  cJSON_AddBoolToObject(o, "alternative", b->alternative);
  if (real == -2) {
    cJSON_AddNullToObject(o, "real_choice");
    cJSON_AddNullToObject(o, "real_reply");
  } else {
    cJSON_AddNumberToObject(o, "real_choice", real + 1);
    cJSON_AddStringToObject(o, "real_reply", real < 0 ? "" : text_get(&d->choices[real].text, lang, s->lang));
  }
  cJSON_AddNumberToObject(o, "choice", rec->choice + 1);
  cJSON_AddBoolToObject(o, "same_as_real", real != -2 && real == rec->choice);
  add_stamp(o, "real_stamp", s, real_at);
  add_precision(o, "real_stamp", real_at, precision);
  cJSON_AddBoolToObject(o, "real_time_known", real_at >= 0);
  add_stamp(o, "turning_point_stamp", s, d->stamp_ms);
  add_precision(o, "turning_point_stamp", d->stamp_ms, d->precision);
  add_note(o, "uncertain", s, &d->uncertain, lang);
  int64_t reply_at = result_reply_stamp(d, rec);
  add_stamp(o, "stamp", s, reply_at);
  add_differences(o, s, reply_at, real_at, precision);
  add_reveal(o, s, d->reveal, lang);
  return o;
}

static cJSON *case_reach(const Scenario *s, int lang) {
  const CaseInfo *c = s->case_info;
  cJSON *arr = cJSON_CreateArray();
  for (int i = 0; arr && i < c->n_reach; i++) {
    const CasePoint *p = &c->reach[i];
    cJSON *o = cJSON_CreateObject();
    if (!o) {
      break;
    }
    add_stamp(o, "at", s, p->at_ms);
    add_precision(o, "at", p->at_ms, p->precision);
    cJSON_AddNumberToObject(o, "sim_seconds", (double)(p->at_ms / 1000));
    cJSON_AddNumberToObject(o, "value", p->value);
    cJSON_AddStringToObject(o, "source", c->sources[p->source].id);
    cJSON_AddStringToObject(o, "label", text_get(&p->label, lang, s->lang));
    add_note(o, "uncertain", s, &p->uncertain, lang);
    cJSON_AddItemToArray(arr, o);
  }
  return arr;
}

static cJSON *case_audience(const Run *r) {
  int n;
  const AudienceSample *curve = run_audience_curve(r, &n);
  cJSON *arr = cJSON_CreateArray();
  for (int i = 0; arr && i < n; i++) {
    cJSON *o = cJSON_CreateObject();
    if (!o) {
      break;
    }
    add_stamp(o, "at", run_scenario(r), curve[i].sim_ms);
    cJSON_AddNumberToObject(o, "sim_seconds", (double)(curve[i].sim_ms / 1000));
    cJSON_AddNumberToObject(o, "audience", round1(curve[i].audience));
    cJSON_AddItemToArray(arr, o);
  }
  return arr;
}

static cJSON *case_lessons(const Scenario *s, int lang) {
  const CaseInfo *c = s->case_info;
  cJSON *arr = cJSON_CreateArray();
  for (int i = 0; arr && i < c->n_lessons; i++) {
    cJSON *o = cJSON_CreateObject();
    if (!o) {
      break;
    }
    cJSON_AddStringToObject(o, "principle", principles[c->lessons[i].principle].id);
    cJSON_AddStringToObject(o, "text", text_get(&c->lessons[i].text, lang, s->lang));
    cJSON_AddItemToArray(arr, o);
  }
  return arr;
}

static cJSON *case_sources(const Scenario *s) {
  const CaseInfo *c = s->case_info;
  cJSON *arr = cJSON_CreateArray();
  for (int i = 0; arr && i < c->n_sources; i++) {
    const CaseSource *src = &c->sources[i];
    cJSON *o = cJSON_CreateObject();
    if (!o) {
      break;
    }
    cJSON_AddStringToObject(o, "id", src->id);
    cJSON_AddStringToObject(o, "publication", src->publication);
    cJSON_AddStringToObject(o, "date", src->date);
    cJSON_AddStringToObject(o, "title", src->title);
    if (src->url) {
      cJSON_AddStringToObject(o, "url", src->url);
    }
    cJSON_AddItemToArray(arr, o);
  }
  return arr;
}

cJSON *result_case_json(const Run *r, int lang) {
  const Scenario *s = run_scenario(r);
  const CaseInfo *c = s->case_info;
  cJSON *o = c ? cJSON_CreateObject() : NULL;
  if (!o) {
    return NULL;
  }
  cJSON_AddStringToObject(o, "organisation", c->organisation);
  cJSON_AddStringToObject(o, "country", c->country);
  add_stamp(o, "start", s, 0);
  cJSON_AddStringToObject(o, "timezone", c->timezone);
  cJSON_AddStringToObject(o, "period", text_get(&c->period, lang, s->lang));
  cJSON_AddStringToObject(o, "lesson", text_get(&c->lesson, lang, s->lang));
  cJSON_AddStringToObject(o, "outcome", text_get(&c->outcome, lang, s->lang));
  int ending = run_ending_beat(r);
  cJSON_AddBoolToObject(o, "ending_alternative", ending >= 0 && s->beats[ending].alternative);
  cJSON *list = cJSON_AddArrayToObject(o, "decisions");
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  for (int i = 0; list && i < n; i++) {
    cJSON_AddItemToArray(list, case_decision(s, &recs[i], lang));
  }
  cJSON_AddItemToObject(o, "reach", case_reach(s, lang));
  cJSON_AddItemToObject(o, "audience", case_audience(r));
  cJSON_AddItemToObject(o, "lessons", case_lessons(s, lang));
  cJSON_AddItemToObject(o, "sources", case_sources(s));
  return o;
}
