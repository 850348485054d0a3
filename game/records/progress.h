/* progress.h — what a trainee's attempts say about them: their history, the
   best score per scenario, the three axes over time, what to practise next,
   and how far along an onboarding track they are. Pure functions over
   attempts already read (journal.h): no I/O, no SDL, no allocation; results
   point into the attempts given, which must outlive them. */
#ifndef TS_PROGRESS_H
#define TS_PROGRESS_H

#include "record.h"

/* A trainee's attempts, oldest first (by start time, then journal order).
   Fills up to 'max' pointers into 'all'; returns how many there are in all
   (which may be more than 'max'). */
int progress_history(const Attempt *all, int n, const char *trainee, const Attempt **out, int max);

typedef struct BestScore {
  const char *scenario; /* the scenario id */
  const Attempt *best;  /* the finished attempt with the highest overall (the first of equals) */
  int attempts;         /* attempts at it, abandoned ones included */
  int finished;         /* of which finished */
  int passed;           /* 1 if any attempt passed */
} BestScore;

/* One entry per scenario the history touches, in order of first attempt.
   'best' is NULL when no attempt was finished. Returns the count filled;
   scenarios past 'max' are left out. */
int progress_best(const Attempt *const *hist, int n, BestScore *out, int max);

/* The three axes of each finished attempt, oldest first: the points of a
   chart. */
typedef struct AxisPoint {
  const Attempt *attempt;
  double axis[AXIS_COUNT];
} AxisPoint;
int progress_axes(const Attempt *const *hist, int n, AxisPoint *out, int max);

/* What the kiosk knows about a scenario it can offer. */
typedef struct ScenarioInfo {
  const char *id;
  double weights[AXIS_COUNT]; /* Scenario.weights (any scale: shares are used) */
} ScenarioInfo;

#define PROGRESS_RECENT 5    /* attempts the weakest axis is judged on */
#define PROGRESS_MASTERED 80 /* a best axis score at or above this needs no practice */

typedef struct Recommendation {
  Axis axis;            /* the weakest axis */
  double average;       /* its mean over the recent finished attempts */
  int over;             /* how many attempts that mean is over */
  const char *scenario; /* id from the catalogue */
  double best_on_axis;  /* the trainee's best on that axis there, -1 if never finished */
  char why[320];        /* one or two sentences for the trainee, in English */
} Recommendation;

/* The weakest axis is the lowest mean over the last PROGRESS_RECENT finished
   attempts (ties go to empathy, then speed, then policy). The scenario is,
   among those not yet mastered on that axis, the one whose weights give
   the axis the largest share of the overall score; ties go to the lower best score there, then the never-played, then
   the id. When all are mastered, the one that weighs the axis most.
   Returns 1 with 'out' filled, or 0 when there is no finished attempt or
   no scenario to offer. */
int progress_recommend(const Attempt *const *hist, int n, const ScenarioInfo *catalog, int n_catalog,
                       Recommendation *out);

/* --- onboarding ---------------------------------------------------------------- */

typedef struct ProgressStep {
  const char *scenario; /* scenario id */
  double pass_mark;     /* overall needed; < 0: the scenario's own pass (Attempt.pass) */
} ProgressStep;

typedef struct StepStatus {
  int passed;
  int unlocked;        /* every earlier step is passed */
  int attempts;        /* counted attempts at the step's scenario */
  const Attempt *best; /* the best finished counted attempt, or NULL */
} StepStatus;

typedef struct TrackProgress {
  int n_passed;
  int next;     /* the first step not passed (what to play next), -1 when complete */
  int complete; /* every step passed: time for the certificate */
} TrackProgress;

/* Which attempts count for a track: a bit per AttemptMode; 0 counts all. */
#define PROGRESS_MODE_BIT(m) (1u << (m))

/* Fills one StepStatus per step (out has n_steps entries) and the summary.
   Steps unlock in order: a step is unlocked when every step before it is
   passed; a pass of a later step while an earlier one is open still counts
   once the earlier one is passed. */
void progress_track(const Attempt *const *hist, int n, const ProgressStep *steps, int n_steps, unsigned modes,
                    StepStatus *out, TrackProgress *summary);

#endif
