/* progress.c — history, best scores, axes, recommendation and onboarding
   progress, computed from attempts without touching any file */
#include "progress.h"

#include <stdio.h>
#include <string.h>

/* --- history ------------------------------------------------------------------- */

int progress_history(const Attempt *all, int n, const char *trainee, const Attempt **out, int max) {
  int count = 0;
  for (int i = 0; i < n; i++) {
    if (!attempt_is_trainee(&all[i], trainee)) {
      continue;
    }
    if (count < max) {
      /* insertion by start time; the ISO form sorts as text, and equal times
         keep journal order */
      int k = count;
      while (k > 0 && strcmp(out[k - 1]->started, all[i].started) > 0) {
        out[k] = out[k - 1];
        k--;
      }
      out[k] = &all[i];
    }
    count++;
  }
  return count;
}

/* --- best per scenario ---------------------------------------------------------- */

static int find_best(BestScore *out, int count, const char *scenario) {
  for (int i = 0; i < count; i++) {
    if (strcmp(out[i].scenario, scenario) == 0) {
      return i;
    }
  }
  return -1;
}

int progress_best(const Attempt *const *hist, int n, BestScore *out, int max) {
  int count = 0;
  for (int i = 0; i < n; i++) {
    const Attempt *a = hist[i];
    int k = find_best(out, count, a->scenario);
    if (k < 0) {
      if (count >= max) {
        continue;
      }
      k = count++;
      memset(&out[k], 0, sizeof out[k]);
      out[k].scenario = a->scenario;
    }
    out[k].attempts++;
    out[k].passed |= a->pass;
    if (a->finished) {
      out[k].finished++;
      if (!out[k].best || a->overall > out[k].best->overall) {
        out[k].best = a;
      }
    }
  }
  return count;
}

/* --- axes ------------------------------------------------------------------------ */

int progress_axes(const Attempt *const *hist, int n, AxisPoint *out, int max) {
  int count = 0;
  for (int i = 0; i < n; i++) {
    if (!hist[i]->finished) {
      continue;
    }
    if (count < max) {
      out[count].attempt = hist[i];
      memcpy(out[count].axis, hist[i]->axis, sizeof out[count].axis);
    }
    count++;
  }
  return count;
}

/* --- what to practise next -------------------------------------------------------- */

static int weakest_axis(const Attempt *const *hist, int n, double *average, int *over) {
  double sum[AXIS_COUNT] = {0};
  int used = 0;
  for (int i = n - 1; i >= 0 && used < PROGRESS_RECENT; i--) {
    if (hist[i]->finished) {
      for (int a = 0; a < AXIS_COUNT; a++) {
        sum[a] += hist[i]->axis[a];
      }
      used++;
    }
  }
  if (used == 0) {
    return -1;
  }
  int weakest = 0;
  for (int a = 1; a < AXIS_COUNT; a++) {
    if (sum[a] < sum[weakest]) {
      weakest = a;
    }
  }
  *average = sum[weakest] / used;
  *over = used;
  return weakest;
}

/* The trainee's best score on 'axis' in 'scenario', -1 if never finished. */
static double best_on_axis(const Attempt *const *hist, int n, const char *scenario, Axis axis) {
  double best = -1;
  for (int i = 0; i < n; i++) {
    if (hist[i]->finished && strcmp(hist[i]->scenario, scenario) == 0 && hist[i]->axis[axis] > best) {
      best = hist[i]->axis[axis];
    }
  }
  return best;
}

/* The share of the overall score that 'axis' carries in a scenario. */
static double share(const ScenarioInfo *s, Axis axis) {
  double sum = 0;
  for (int a = 0; a < AXIS_COUNT; a++) {
    sum += s->weights[a];
  }
  return sum > 0 ? s->weights[axis] / sum : 0;
}

/* 1 if candidate 'c' (best score 'cb') beats the current pick 'p' ('pb'). */
static int better_pick(const ScenarioInfo *c, double cb, const ScenarioInfo *p, double pb, Axis axis) {
  if (!p) {
    return 1;
  }
  int c_open = cb < PROGRESS_MASTERED, p_open = pb < PROGRESS_MASTERED;
  if (c_open != p_open) {
    return c_open;
  }
  if (share(c, axis) != share(p, axis)) {
    return share(c, axis) > share(p, axis);
  }
  if (cb != pb) {
    return cb < pb; /* never played (-1) comes before any score */
  }
  return strcmp(c->id, p->id) < 0;
}

static void explain(Recommendation *r, const ScenarioInfo *pick) {
  const char *name = axis_name(r->axis);
  int len = snprintf(r->why, sizeof r->why, "Your %s averages %.0f over your last %d attempt%s, your weakest axis. ",
                     name, r->average, r->over, r->over == 1 ? "" : "s");
  len = len < 0 || (size_t)len >= sizeof r->why ? (int)sizeof r->why - 1 : len;
  char *rest = r->why + len;
  size_t room = sizeof r->why - (size_t)len;
  double weight = share(pick, r->axis) * 100.0;
  if (r->best_on_axis < 0) {
    snprintf(rest, room, "%s gives %s %.0f%% of its score and you have not finished it yet.", pick->id, name, weight);
  } else if (r->best_on_axis < PROGRESS_MASTERED) {
    snprintf(rest, room, "%s gives %s %.0f%% of its score and your best %s there is %.0f.", pick->id, name, weight,
             name, r->best_on_axis);
  } else {
    snprintf(rest, room, "You have mastered it everywhere; %s gives it the most weight (%.0f%%), to keep it sharp.",
             pick->id, weight);
  }
}

int progress_recommend(const Attempt *const *hist, int n, const ScenarioInfo *catalog, int n_catalog,
                       Recommendation *out) {
  memset(out, 0, sizeof *out);
  int axis = weakest_axis(hist, n, &out->average, &out->over);
  if (axis < 0 || n_catalog <= 0) {
    return 0;
  }
  out->axis = (Axis)axis;
  const ScenarioInfo *pick = NULL;
  double pick_best = -1;
  for (int i = 0; i < n_catalog; i++) {
    double b = best_on_axis(hist, n, catalog[i].id, out->axis);
    if (better_pick(&catalog[i], b, pick, pick_best, out->axis)) {
      pick = &catalog[i];
      pick_best = b;
    }
  }
  out->scenario = pick->id;
  out->best_on_axis = pick_best;
  explain(out, pick);
  return 1;
}

/* --- onboarding ------------------------------------------------------------------- */

static int counts(const Attempt *a, unsigned modes) {
  return modes == 0 || (modes & PROGRESS_MODE_BIT(a->mode)) != 0;
}

static int passes(const Attempt *a, const ProgressStep *step) {
  return a->finished && (step->pass_mark < 0 ? a->pass : a->overall >= step->pass_mark);
}

static void step_status(const Attempt *const *hist, int n, const ProgressStep *step, unsigned modes, StepStatus *st) {
  memset(st, 0, sizeof *st);
  for (int i = 0; i < n; i++) {
    const Attempt *a = hist[i];
    if (strcmp(a->scenario, step->scenario) != 0 || !counts(a, modes)) {
      continue;
    }
    st->attempts++;
    st->passed |= passes(a, step);
    if (a->finished && (!st->best || a->overall > st->best->overall)) {
      st->best = a;
    }
  }
}

void progress_track(const Attempt *const *hist, int n, const ProgressStep *steps, int n_steps, unsigned modes,
                    StepStatus *out, TrackProgress *summary) {
  memset(summary, 0, sizeof *summary);
  summary->next = -1;
  int open_before = 0;
  for (int i = 0; i < n_steps; i++) {
    step_status(hist, n, &steps[i], modes, &out[i]);
    out[i].unlocked = !open_before;
    if (out[i].passed) {
      summary->n_passed++;
    } else if (summary->next < 0) {
      summary->next = i;
      open_before = 1;
    }
  }
  summary->complete = n_steps > 0 && summary->n_passed == n_steps;
}
