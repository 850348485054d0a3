/* casepath.c — the trainee's path beside the real one, for the debrief */
#include "casepath.h"

#include <math.h>
#include <stdio.h>

#include "civil.h"
#include "result.h"

int casepath_real_choice(const Decision *d) {
  for (int i = 0; i < d->n_choices; i++) {
    if (d->choices[i].real) {
      return i;
    }
  }
  return d->timeout_ms > 0 && d->silence.real ? -1 : CASEPATH_NONE;
}

int casepath_rows(const Run *r, CaseRow *rows, int max) {
  const Scenario *s = run_scenario(r);
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  int out = 0;
  for (int i = 0; i < n && out < max; i++) {
    const Beat *b = &s->beats[recs[i].beat];
    CaseRow *row = &rows[out++];
    row->record = i;
    row->beat = recs[i].beat;
    row->alternative = b->alternative;
    row->choice = recs[i].choice;
    row->real = casepath_real_choice(b->decision);
    row->same = row->real != CASEPATH_NONE && row->real == row->choice;
    row->at_ms = result_reply_stamp(b->decision, &recs[i]);
    row->real_ms = result_real_stamp(b->decision, &row->real_precision);
    row->has_difference = row->real_ms >= 0 && row->real_precision != CIVIL_DAY;
    /* as the result's difference_minutes, to the whole minute */
    row->difference_min = row->has_difference ? (int64_t)llround((double)(row->at_ms - row->real_ms) / 60000.0) : 0;
  }
  return out;
}

void casepath_chart(const Run *r, CaseChart *out) {
  const Scenario *s = run_scenario(r);
  const CaseInfo *c = s->case_info;
  int n;
  const AudienceSample *curve = run_audience_curve(r, &n);
  out->t0_ms = 0;
  out->t1_ms = run_sim_ms(r);
  out->reach_max = 0;
  for (int i = 0; i < n; i++) {
    out->t1_ms = curve[i].sim_ms > out->t1_ms ? curve[i].sim_ms : out->t1_ms;
  }
  for (int i = 0; c && i < c->n_reach; i++) {
    out->t1_ms = c->reach[i].at_ms > out->t1_ms ? c->reach[i].at_ms : out->t1_ms;
    out->reach_max = c->reach[i].value > out->reach_max ? c->reach[i].value : out->reach_max;
  }
  if (out->t1_ms <= out->t0_ms) {
    out->t1_ms = out->t0_ms + 3600000;
  }
}

void casepath_split(int64_t minutes, int *hours, int *mins) {
  int64_t a = minutes < 0 ? -minutes : minutes;
  *hours = (int)(a / 60);
  *mins = (int)(a % 60);
}

void casepath_stamp(const Scenario *s, int64_t sim_ms, StampParts *out) {
  int64_t start = s->case_info ? s->case_info->start_min : 0;
  int64_t min = start + (sim_ms >= 0 ? sim_ms : 0) / 60000;
  char buf[32];
  civil_format(min, buf, sizeof buf);
  if (sscanf(buf, "%d-%d-%d %d:%d", &out->year, &out->month, &out->day, &out->hour, &out->minute) != 5) {
    out->year = 1970, out->month = out->day = 1, out->hour = out->minute = 0;
  }
  int64_t days = min >= 0 ? min / 1440 : (min - 1439) / 1440;
  out->weekday = (int)(((days % 7) + 7 + 4) % 7); /* 1 January 1970 was a Thursday */
}
