/* casepath.h — what a case study's debrief draws, as plain data: for each
   turning point the trainee met, their choice and time beside what the
   organisation really did and when (from the core's result_real_stamp, the
   same figures as the 'case' object of `thickskin play --json`), and the
   two curves of the public reaction on one time axis: the sourced reach
   points and the trainee's simulated audience. No SDL. */
#ifndef TS_CASEPATH_H
#define TS_CASEPATH_H

#include <stdint.h>

#include "civil.h"
#include "run.h"

#define CASEPATH_NONE (-2) /* no choice is marked real */

typedef struct CaseRow {
  int record;                    /* index into run_records */
  int beat;                      /* the turning point's beat */
  int alternative;               /* the beat is "what might have happened" */
  int choice;                    /* the trainee's: choice index, -1 silence */
  int real;                      /* the organisation's: choice index, -1 silence, CASEPATH_NONE */
  int same;                      /* the trainee did what they did */
  int64_t at_ms;                 /* the trainee's reply went out (answer + its cost), simulated ms since the start */
  int64_t real_ms;               /* when they acted, or -1 when the sources do not say */
  CivilPrecision real_precision; /* how precisely real_ms is known */
  int has_difference;            /* real_ms is known to the hour (not a date alone) */
  int64_t difference_min;        /* trainee minus real, whole minutes rounded: negative is sooner */
} CaseRow;

typedef struct CaseChart {
  int64_t t0_ms, t1_ms; /* the time axis: the start to the last point or sample */
  double reach_max;     /* the top of the reach axis (0 when there are no points) */
} CaseChart;

/* The choice a decision marks real: an index, -1 for silence, or CASEPATH_NONE. */
int casepath_real_choice(const Decision *d);
/* Fills up to 'max' rows for the run's decisions; returns the count. */
int casepath_rows(const Run *r, CaseRow *rows, int max);
/* The chart's axes for the run's case: time from 0 to the latest of the
   reach points, the audience samples and the run's clock. */
void casepath_chart(const Run *r, CaseChart *out);
/* A moment of a case as calendar parts: 'sim_ms' after the case's start. */
typedef struct StampParts {
  int year, month, day, hour, minute; /* month 1..12 */
  int weekday;                        /* 0 Sunday .. 6 Saturday */
} StampParts;
void casepath_stamp(const Scenario *s, int64_t sim_ms, StampParts *out);

/* Hours and minutes of a difference, for "N hours sooner": the absolute
   value split. */
void casepath_split(int64_t minutes, int *hours, int *mins);

#endif
