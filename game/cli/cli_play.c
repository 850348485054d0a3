#define _POSIX_C_SOURCE 200809L
/* cli_play.c — thickskin play: a scenario without a window. Moves come from
   --choices, a --strategy or the terminal; the run is driven through the
   same calls the kiosk makes, so the result is the same for the same inputs. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/cli_case.h"
#include "duration.h"
#include "journal.h"
#include "record.h"
#include "result.h"
#include "run.h"
#include "scenario.h"

#define MAX_TOKENS 256

typedef enum { SRC_ASK, SRC_LIST, SRC_BEST, SRC_WORST, SRC_RANDOM } MoveSource;

typedef struct PlayArgs {
  const char *scenario;
  MoveSource source;
  char *tokens[MAX_TOKENS]; /* --choices, split */
  int n_tokens;
  double times[MAX_TOKENS];
  int n_times;
  uint64_t seed;
  int lang;
  int time_factor;
  int json;
  uint64_t strategy_rng; /* the random strategy's own stream, apart from the scenario's */
  char choices_buf[4096], times_buf[4096];
  int record;                               /* --record: append the attempt to the journal */
  const char *data_dir, *trainee, *session; /* --data, --trainee, --session */
  AttemptMode mode;                         /* --mode */
} PlayArgs;

typedef struct Move {
  int wait;
  int thread, choice;
  int64_t opened_real_ms; /* identifies the decision the move answers */
} Move;

/* --- arguments ------------------------------------------------------------ */

/* "  (24 likes, 1 share)": only the counts that are not zero, in the
   singular where there is one. */
static void print_counts(const Post *p) {
  const int n[3] = {p->likes, p->shares, p->replies};
  static const char *const one[3] = {"like", "share", "reply"}, *const many[3] = {"likes", "shares", "replies"};
  const char *sep = "  (";
  for (int i = 0; i < 3; i++) {
    if (n[i] > 0) {
      printf("%s%d %s", sep, n[i], n[i] == 1 ? one[i] : many[i]);
      sep = ", ";
    }
  }
  if (*sep == ',') {
    printf(")");
  }
}

static int split(char *s, char **out, int max) {
  int n = 0;
  for (char *tok = strtok(s, ","); tok && n < max; tok = strtok(NULL, ",")) {
    out[n++] = tok;
  }
  return n;
}

static int play_usage(void) {
  fprintf(stderr, "usage: thickskin play SCENARIO [--choices 2,1,3 | --strategy best|worst|random]\n"
                  "                      [--times 4.2,10,3] [--seed N] [--lang CODE] [--untimed]\n"
                  "                      [--time-factor N] [--json]\n"
                  "                      [--record [--data DIR] [--trainee NAME] [--mode MODE] [--session ID]]\n");
  return 2;
}

static int parse_number(const char *s, double *out) {
  char *end;
  errno = 0;
  *out = strtod(s, &end);
  return errno == 0 && end != s && *end == '\0' && *out >= 0 && *out < 1e7 ? 0 : -1;
}

/* --data, --trainee, --mode, --session: 1 if 'opt' is one of them (and
   consumes its value), 0 if not; *i is set to -1 on a bad value. */
static int parse_record_option(const char *opt, const char *val, PlayArgs *a, int *i) {
  if (!val) {
    return 0;
  }
  if (strcmp(opt, "--data") == 0) {
    a->data_dir = val;
  } else if (strcmp(opt, "--trainee") == 0) {
    a->trainee = val;
  } else if (strcmp(opt, "--session") == 0) {
    a->session = val;
  } else if (strcmp(opt, "--mode") == 0) {
    int m = name_index(attempt_mode_names, val);
    if (m < 0) {
      fprintf(stderr, "thickskin play: --mode is practice, assessed, onboarding, case-study or workshop, not '%s'\n",
              val);
      *i = -1;
      return 1;
    }
    a->mode = (AttemptMode)m;
  } else {
    return 0;
  }
  (*i)++;
  return 1;
}

static int parse_args(int argc, char **argv, PlayArgs *a) {
  memset(a, 0, sizeof *a);
  a->seed = 1;
  a->lang = -1;
  a->time_factor = 1;
  for (int i = 0; i < argc; i++) {
    const char *opt = argv[i];
    const char *val = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(opt, "--json") == 0) {
      a->json = 1;
    } else if (strcmp(opt, "--untimed") == 0) {
      a->time_factor = 0;
    } else if (strcmp(opt, "--record") == 0) {
      a->record = 1;
    } else if (parse_record_option(opt, val, a, &i) != 0) {
      if (i < 0) {
        return -1;
      }
    } else if (opt[0] == '-' && !val) {
      fprintf(stderr, "thickskin play: %s needs a value\n", opt);
      return -1;
    } else if (strcmp(opt, "--choices") == 0) {
      snprintf(a->choices_buf, sizeof a->choices_buf, "%s", val);
      a->n_tokens = split(a->choices_buf, a->tokens, MAX_TOKENS);
      a->source = SRC_LIST;
      i++;
    } else if (strcmp(opt, "--strategy") == 0) {
      a->source = strcmp(val, "best") == 0     ? SRC_BEST
                  : strcmp(val, "worst") == 0  ? SRC_WORST
                  : strcmp(val, "random") == 0 ? SRC_RANDOM
                                               : SRC_ASK;
      if (a->source == SRC_ASK) {
        fprintf(stderr, "thickskin play: --strategy is best, worst or random, not '%s'\n", val);
        return -1;
      }
      i++;
    } else if (strcmp(opt, "--times") == 0) {
      char *parts[MAX_TOKENS];
      snprintf(a->times_buf, sizeof a->times_buf, "%s", val);
      a->n_times = split(a->times_buf, parts, MAX_TOKENS);
      for (int k = 0; k < a->n_times; k++) {
        if (parse_number(parts[k], &a->times[k]) != 0) {
          fprintf(stderr, "thickskin play: --times: '%s' is not a number of seconds from 0 to 10000000\n", parts[k]);
          return -1;
        }
      }
      i++;
    } else if (strcmp(opt, "--seed") == 0) {
      a->seed = strtoull(val, NULL, 10);
      i++;
    } else if (strcmp(opt, "--lang") == 0) {
      a->lang = lang_from_code(val);
      if (a->lang < 0) {
        fprintf(stderr, "thickskin play: unknown language '%s' (en, it, es, fr, de, pt)\n", val);
        return -1;
      }
      i++;
    } else if (strcmp(opt, "--time-factor") == 0) {
      a->time_factor = atoi(val);
      if (a->time_factor < 1 || a->time_factor > 10) {
        fprintf(stderr, "thickskin play: --time-factor is a whole number from 1 to 10\n");
        return -1;
      }
      i++;
    } else if (opt[0] == '-' || a->scenario) {
      fprintf(stderr, "thickskin play: unexpected '%s'\n", opt);
      return -1;
    } else {
      a->scenario = opt;
    }
  }
  return a->scenario ? 0 : -1;
}

/* --- the transcript --------------------------------------------------------- */

static void print_clock(int64_t ms) {
  int64_t m = ms / 60000;
  printf("[%02lldh%02lld]", (long long)(m / 60), (long long)(m % 60));
}

static void print_event(const Scenario *s, const RunEvent *e, int lang) {
  const Beat *b = &s->beats[e->beat];
  if (e->kind == EV_ENDING) {
    return;
  }
  if (s->case_info) {
    cli_case_clock(s, e);
  } else {
    print_clock(e->sim_ms);
  }
  if (s->n_threads > 1) {
    printf(" <%s>", s->threads[e->thread].id);
  }
  if (e->kind == EV_POST) {
    const Post *p = &b->posts[e->index];
    const char *name = p->persona == SCN_BRAND ? s->brand_name : s->personas[p->persona].name;
    const char *handle = p->persona == SCN_BRAND ? s->brand_handle : s->personas[p->persona].handle;
    printf(" %s %s: %s", name, handle, text_get(&p->text, lang, s->lang));
    print_counts(p);
    printf("\n");
    if (s->case_info) {
      cli_case_post_notes(s, p, lang);
    }
    return;
  }
  if (e->kind == EV_REPLY) {
    printf(" %s %s: %s\n", s->brand_name, s->brand_handle,
           text_get(&b->decision->choices[e->index].text, lang, s->lang));
  } else {
    printf(" (no reply from %s)\n", s->brand_name);
  }
  if (s->case_info) {
    cli_case_reveal(s, b, e->kind == EV_REPLY ? e->index : -1, lang);
  }
}

static void print_new_events(const Run *r, int *shown, int lang) {
  int n;
  const RunEvent *ev = run_events(r, &n);
  for (; *shown < n; (*shown)++) {
    print_event(run_scenario(r), &ev[*shown], lang);
  }
}

static void print_pending(const Run *r, const Pending *p, int lang) {
  const Scenario *s = run_scenario(r);
  const Decision *d = s->beats[p->beat].decision;
  char timeout[32] = "";
  if (p->deadline_sim_ms >= 0) {
    duration_format(d->timeout_ms, timeout, sizeof timeout);
  }
  printf("\n  ? %s", text_get(&d->prompt, lang, s->lang));
  if (s->n_threads > 1) {
    printf(" <%s>", s->threads[p->thread].id);
  }
  printf("  (aim to answer within %.0f s%s%s)\n", d->target_s, timeout[0] ? "; no reply after " : "", timeout);
  if (s->case_info) {
    cli_case_prompt_notes(s, d, lang);
  }
  for (int k = 0; k < p->n_offered; k++) {
    printf("    %d) %s\n", k + 1, text_get(&d->choices[p->offered[k]].text, lang, s->lang));
  }
  if (p->deadline_sim_ms >= 0) {
    printf("    0) say nothing and let time run\n");
  }
}

/* --- choosing moves ------------------------------------------------------------ */

static const Pending *find_thread(const Pending *p, int n, const Scenario *s, const char *id) {
  for (int i = 0; i < n; i++) {
    if (strcmp(s->threads[p[i].thread].id, id) == 0) {
      return &p[i];
    }
  }
  return NULL;
}

/* "2", "0", "wait" or "thread:2"; numbers count the offered replies. */
static int parse_move(const char *tok, const Pending *p, int n, const Scenario *s, Move *m) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", tok);
  const Pending *target = &p[0];
  char *num = buf;
  char *colon = strchr(buf, ':');
  if (colon) {
    *colon = '\0';
    num = colon + 1;
    target = find_thread(p, n, s, buf);
    if (!target) {
      fprintf(stderr, "thickskin play: '%s': no open decision in a thread called '%s'\n", tok, buf);
      return -1;
    }
  }
  while (isspace((unsigned char)*num)) {
    num++;
  }
  if (strcmp(num, "0") == 0 || strcmp(num, "wait") == 0 || strcmp(num, "s") == 0) {
    if (target->deadline_sim_ms < 0) {
      fprintf(stderr, "thickskin play: '%s': this decision never times out, so silence is not a move here\n", tok);
      return -1;
    }
    m->wait = 1;
    m->thread = target->thread;
    return 0;
  }
  char *end;
  long k = strtol(num, &end, 10);
  if (end == num || (*end && !isspace((unsigned char)*end)) || k < 1 || k > target->n_offered) {
    fprintf(stderr, "thickskin play: '%s' is not a choice here (1 to %d, or 0 to stay silent)\n", tok,
            target->n_offered);
    return -1;
  }
  m->wait = 0;
  m->thread = target->thread;
  m->choice = target->offered[k - 1];
  m->opened_real_ms = target->opened_real_ms;
  return 0;
}

static unsigned offered_mask(const Pending *p, const Decision *d) {
  unsigned mask = p->deadline_sim_ms >= 0 && d->timeout_ms > 0 ? OFFERED_SILENCE : 0;
  for (int k = 0; k < p->n_offered; k++) {
    mask |= 1u << p->offered[k];
  }
  return mask;
}

static int strategy_move(const Run *r, const Pending *p, PlayArgs *a, Move *m) {
  const Scenario *s = run_scenario(r);
  const Decision *d = s->beats[p->beat].decision;
  unsigned mask = offered_mask(p, d);
  int c;
  if (a->source == SRC_RANDOM) {
    a->strategy_rng = a->strategy_rng * 6364136223846793005ull + 1442695040888963407ull;
    int options = p->n_offered + (p->deadline_sim_ms >= 0);
    int k = (int)((a->strategy_rng >> 33) % (uint64_t)options);
    c = k < p->n_offered ? p->offered[k] : -1;
  } else {
    c = a->source == SRC_BEST ? score_best(s, d, mask) : score_worst(s, d, mask);
  }
  m->wait = c < 0;
  m->thread = p->thread;
  m->choice = c;
  m->opened_real_ms = p->opened_real_ms;
  return 0;
}

static int ask_move(const Pending *p, int n, const Scenario *s, Move *m) {
  char line[256];
  for (;;) {
    printf("  your reply> ");
    fflush(stdout);
    if (!fgets(line, sizeof line, stdin)) {
      fprintf(stderr, "\nthickskin play: no more input; stopping\n");
      return -1;
    }
    line[strcspn(line, "\r\n")] = '\0';
    if (parse_move(line, p, n, s, m) == 0) {
      return 0;
    }
  }
}

/* --- the play ------------------------------------------------------------------ */

static void print_debrief(const Run *r, const ScoreCard *card, int lang) {
  const Scenario *s = run_scenario(r);
  int ending = run_ending_beat(r);
  if (ending >= 0) {
    const Ending *e = s->beats[ending].ending;
    printf("\nEnding (%s): %s\n", outcome_names[e->outcome], text_get(&e->text, lang, s->lang));
  }
  printf("\nScores: empathy %.0f, speed %.0f%s, policy %.0f; overall %.0f: %s (pass mark %.0f)\n",
         card->axis[AXIS_EMPATHY], card->axis[AXIS_SPEED], card->time_factor == 0 ? " (untimed)" : "",
         card->axis[AXIS_POLICY], card->overall, card->pass ? "PASS" : "not yet", s->pass_mark);
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  for (int i = 0; i < n && i < card->n; i++) {
    const Decision *d = s->beats[recs[i].beat].decision;
    const DecisionScore *ds = &card->decisions[i];
    const Choice *c = recs[i].choice < 0 ? &d->silence : &d->choices[recs[i].choice];
    printf("\n%d. %s — ", i + 1, text_get(&d->prompt, lang, s->lang));
    if (recs[i].choice < 0) {
      printf("you stayed silent");
    } else {
      printf("you answered in %.1f s", (double)recs[i].reaction_ms / 1000.0);
    }
    printf(ds->best == recs[i].choice ? " (the best reply)\n" : "\n");
    printf("   %s\n", text_get(&c->feedback, lang, s->lang));
    if (ds->best != recs[i].choice && ds->best >= 0) {
      printf("   Better: %s\n", text_get(&d->choices[ds->best].text, lang, s->lang));
    }
    for (int k = 0; k < c->n_breaks; k++) {
      printf("   Broke rule %d: %s\n", c->breaks[k], text_get(&s->rules[c->breaks[k] - 1], lang, s->lang));
    }
  }
  if (s->case_info) {
    cli_case_debrief(r, lang);
  }
}

static int next_move(const Run *r, PlayArgs *a, int *token, Move *m) {
  Pending p[SCN_MAX_THREADS];
  int n = run_pending(r, p, SCN_MAX_THREADS);
  if (n == 0) {
    return -1;
  }
  const Scenario *s = run_scenario(r);
  if (!a->json) {
    for (int i = 0; i < n; i++) {
      print_pending(r, &p[i], a->lang);
    }
  }
  switch (a->source) {
  case SRC_LIST:
    if (*token >= a->n_tokens) {
      fprintf(stderr, "thickskin play: the play needs more than the %d choices given (at beat '%s')\n", a->n_tokens,
              s->beats[p[0].beat].id);
      return -1;
    }
    return parse_move(a->tokens[(*token)++], p, n, s, m);
  case SRC_ASK: return ask_move(p, n, s, m);
  default: return strategy_move(r, &p[0], a, m);
  }
}

static int still_open(const Run *r, const Move *m) {
  Pending p[SCN_MAX_THREADS];
  int n = run_pending(r, p, SCN_MAX_THREADS);
  for (int i = 0; i < n; i++) {
    if (p[i].thread == m->thread && p[i].opened_real_ms == m->opened_real_ms) {
      return 1;
    }
  }
  return 0;
}

static double wall_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Without --times a reply takes exactly the decision's target time. */
static int64_t target_time(const Run *r, int thread) {
  const Scenario *s = run_scenario(r);
  Pending p[SCN_MAX_THREADS];
  int n = run_pending(r, p, SCN_MAX_THREADS);
  for (int i = 0; i < n; i++) {
    if (p[i].thread == thread) {
      return (int64_t)llround(s->beats[p[i].beat].decision->target_s * 1000.0);
    }
  }
  return 0;
}

/* A given time passes first, as it does in front of the kiosk: posts arrive
   and decisions may time out before the move is read against what is open. */
static int play_moves(Run *r, PlayArgs *a) {
  int shown = 0, token = 0;
  for (int k = 0; !run_done(r) && !run_error(r); k++) {
    int64_t ms = k < a->n_times ? (int64_t)llround(a->times[k] * 1000.0) : -1;
    if (ms >= 0 && run_advance(r, ms) != RUN_OK) {
      break;
    }
    if (!a->json) {
      print_new_events(r, &shown, a->lang);
    }
    if (run_done(r)) {
      break;
    }
    Move m;
    double asked = wall_seconds();
    if (next_move(r, a, &token, &m) != 0) {
      return -1;
    }
    if (a->source == SRC_ASK && ms < 0) { /* at the prompt, the real thinking time counts */
      ms = (int64_t)llround((wall_seconds() - asked) * 1000.0);
      if (run_advance(r, ms) != RUN_OK) {
        break;
      }
      if (!m.wait && !still_open(r, &m)) {
        printf("  (too late: time ran out before that reply)\n");
        continue;
      }
    }
    int rc;
    if (m.wait) {
      rc = run_wait(r, m.thread);
      if (!a->json) {
        printf("  > 0 (silence)\n");
      }
    } else {
      int64_t think = ms >= 0 ? 0 : target_time(r, m.thread);
      rc = run_answer(r, m.thread, m.choice, think);
      if (rc == RUN_TIMED_OUT && !a->json) {
        printf("  (too late: time ran out before that reply)\n");
      }
      int n;
      const DecisionRecord *recs = run_records(r, &n);
      if (!a->json && rc == RUN_OK && n > 0) {
        printf("  > %d (after %.1f s)\n", m.choice + 1, (double)recs[n - 1].reaction_ms / 1000.0);
      }
    }
    if (rc == RUN_INVALID) {
      fprintf(stderr, "thickskin play: that move is not possible now\n");
      return -1;
    }
  }
  if (!a->json) {
    print_new_events(r, &shown, a->lang);
  }
  return 0;
}

/* Appends the attempt (finished or not) to the journal: 0, or -1 said. */
static int record_attempt(const Run *r, const ScoreCard *card, const PlayArgs *a, int64_t started_ms) {
  char *fallback = a->data_dir ? NULL : journal_default_dir();
  const char *dir = a->data_dir ? a->data_dir : fallback;
  if (!dir) {
    fprintf(stderr, "thickskin play: no records folder: give --data DIR (HOME is not set)\n");
    return -1;
  }
  AttemptMeta meta = {.trainee = a->trainee,
                      .mode = a->mode,
                      .session = a->session,
                      .lang = a->lang,
                      .started_ms = started_ms,
                      .ended_ms = attempt_now_ms()};
  Attempt at;
  char err[512];
  int rc = attempt_from_run(r, card, &meta, &at, err, sizeof err);
  if (rc == 0) {
    rc = journal_append(dir, &at, err, sizeof err);
    attempt_clear(&at);
  }
  if (rc != 0) {
    fprintf(stderr, "thickskin play: the attempt was not recorded: %s\n", err);
  } else if (!a->json) {
    printf("\n(attempt recorded in %s/%s)\n", dir, JOURNAL_FILE);
  }
  free(fallback);
  return rc;
}

static int play_loaded(const Scenario *s, PlayArgs *a) {
  if (a->lang < 0) {
    a->lang = s->lang;
  }
  RunOpts o = {.seed = a->seed, .time_factor = a->time_factor, .record_events = 1};
  Run *r = run_new(s, &o);
  if (!r) {
    fprintf(stderr, "thickskin play: out of memory\n");
    return 1;
  }
  a->strategy_rng = a->seed ^ 0x5eed5eed5eedull;
  if (!a->json) {
    printf("%s\n%s\n", text_get(&s->title, a->lang, s->lang), text_get(&s->summary, a->lang, s->lang));
    printf("(%s, %s, about %d min; you speak for %s %s)\n\n", channel_names[s->channel],
           difficulty_names[s->difficulty], s->minutes, s->brand_name, s->brand_handle);
    if (s->case_info) {
      cli_case_intro(s, a->lang);
    }
  }
  int64_t started_ms = attempt_now_ms();
  int stopped = run_start(r) != RUN_OK ? 0 : play_moves(r, a);
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  ScoreCard card;
  score_compute(s, recs, n, a->time_factor, &card);
  int status = stopped || run_error(r) ? 1 : 0;
  if (run_error(r)) {
    fprintf(stderr, "%s\n", run_error(r));
  }
  if (a->json) {
    cJSON *json = result_to_json(r, &card, a->lang);
    char *text = json ? cJSON_Print(json) : NULL;
    if (text) {
      printf("%s\n", text);
    } else {
      status = 1;
    }
    cJSON_free(text);
    cJSON_Delete(json);
  } else if (run_done(r)) {
    print_debrief(r, &card, a->lang);
  }
  if (a->record && record_attempt(r, &card, a, started_ms) != 0) {
    status = 1;
  }
  run_free(r);
  return status;
}

static void print_diag(const Diag *d) {
  for (int i = 0; i < d->count; i++) {
    fprintf(stderr, "%s\n", d->items[i].msg);
  }
}

int cli_play(int argc, char **argv) {
  PlayArgs a;
  if (parse_args(argc, argv, &a) != 0) {
    return play_usage();
  }
  if (!a.record && (a.data_dir || a.trainee || a.session)) {
    fprintf(stderr, "thickskin play: --data, --trainee and --session go with --record\n");
    return play_usage();
  }
  char path[4096];
  if (cli_find_scenario(a.scenario, cli_scenario_dir(), path, sizeof path) != 0) {
    return 1;
  }
  Diag diag = {0};
  Scenario *s = scn_load_file(path, NULL, &diag);
  print_diag(&diag);
  diag_free(&diag);
  if (!s) {
    return 1;
  }
  int status = play_loaded(s, &a);
  scn_free(s);
  return status;
}

/* thickskin with no command: pick a scenario, then play it here. */
int cli_menu(int argc, char **argv) {
  (void)argc;
  (void)argv;
  char **paths;
  int n = scn_list_dir(cli_scenario_dir(), &paths);
  if (n <= 0) {
    fprintf(stderr, "thickskin: no scenarios found in %s/\n", cli_scenario_dir());
    return 1;
  }
  Scenario *loaded[256] = {0};
  int shown = 0;
  printf("Thick Skin — practice scenarios\n\n");
  for (int i = 0; i < n && shown < 256; i++) {
    Diag diag = {0};
    Scenario *s = scn_load_file(paths[i], NULL, &diag);
    if (s) {
      loaded[shown++] = s;
      printf("  %d) %s — %s, %s, %d min\n", shown, text_get(&s->title, LANG_EN, s->lang), channel_names[s->channel],
             difficulty_names[s->difficulty], s->minutes);
    } else {
      printf("  -) %s is unavailable: %s\n", paths[i], diag.count ? diag.items[0].msg : "cannot load");
    }
    diag_free(&diag);
  }
  int status = 1;
  char line[64];
  printf("\nWhich one? ");
  fflush(stdout);
  if (fgets(line, sizeof line, stdin)) {
    int k = atoi(line);
    if (k >= 1 && k <= shown) {
      PlayArgs a;
      char *args[] = {paths[0]};
      parse_args(1, args, &a);
      status = play_loaded(loaded[k - 1], &a);
    } else {
      fprintf(stderr, "thickskin: no scenario number %d\n", k);
    }
  }
  for (int i = 0; i < shown; i++) {
    scn_free(loaded[i]);
  }
  for (int i = 0; i < n; i++) {
    free(paths[i]);
  }
  free(paths);
  return status;
}
