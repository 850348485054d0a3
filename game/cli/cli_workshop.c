/* cli_workshop.c — thickskin facilitate and thickskin bot: a workshop's
   facilitator without its projector (it drives the room by itself and
   prints the results), and a participant with no one at the keyboard (it
   answers with a strategy and drops its link now and then), for tests,
   benches and rehearsals. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "cli/cli.h"
#include "facil.h"
#include "join.h"
#include "kiosk_main.h"
#include "record.h"
#include "run.h"
#include "text.h"
#include "wsnet.h"

#define END_FLUSH_MS 3000    /* after the end, how long late participants are served */
#define BOT_GIVE_UP_MS 60000 /* a bot with no facilitator this long stops */

/* --- options -------------------------------------------------------------------- */

/* 'val' as a whole number from lo to hi into *out: 0, or -1 said. */
static int parse_int(const char *cmd, const char *opt, const char *val, long lo, long hi, long *out) {
  char *end;
  errno = 0;
  long v = strtol(val, &end, 10);
  if (errno || end == val || *end || v < lo || v > hi) {
    fprintf(stderr, "thickskin %s: %s is a whole number from %ld to %ld, not '%s'\n", cmd, opt, lo, hi, val);
    return -1;
  }
  *out = v;
  return 0;
}

static int parse_pace(const char *val, WsPace *out) {
  if (strcmp(val, "together") == 0 || strcmp(val, "own") == 0) {
    *out = strcmp(val, "own") == 0 ? WS_OWN_PACE : WS_TOGETHER;
    return 0;
  }
  fprintf(stderr, "thickskin facilitate: --pace is together or own, not '%s'\n", val);
  return -1;
}

/* A scenario's path from a path or an id among the scenarios or the case
   studies. */
static int find_scenario(const char *arg, char *path, unsigned len) {
  char cases[4096], probe[8200];
  const char *dir = cli_scenario_dir();
  snprintf(cases, sizeof cases, "%s/cases", dir);
  snprintf(probe, sizeof probe, "%s/%s.lua", cases, arg);
  int in_cases = access(arg, F_OK) != 0 && strchr(arg, '/') == NULL && access(probe, F_OK) == 0;
  return cli_find_scenario(arg, in_cases ? cases : dir, path, len);
}

typedef struct FacilArgs {
  FacilOpts o;
  int headless, have_port, have_code;
  const char *scenario_arg;
  char scenario[4096];
} FacilArgs;

static int facilitate_usage(void) {
  fprintf(stderr, "usage: thickskin facilitate [--headless --port N --code CODE] [--expect N]\n"
                  "                            [--pace together|own] [--timeout SECONDS] [--data DIR]\n"
                  "                            [--discovery-port P] [--secret-file F] [--resume SID] SCENARIO\n");
  return 2;
}

/* One option with a value; 1 taken, 0 not an option of facilitate, -1 bad. */
static int facil_option(FacilArgs *a, const char *opt, const char *val) {
  long v;
  FacilOpts *o = &a->o;
  if (strcmp(opt, "--port") == 0) {
    a->have_port = 1;
    return parse_int("facilitate", opt, val, 0, 65535, &v) == 0 ? (o->port = (int)v, 1) : -1;
  }
  if (strcmp(opt, "--expect") == 0) {
    return parse_int("facilitate", opt, val, 1, WS_MAX_SEATS, &v) == 0 ? (o->autopilot.expect = (int)v, 1) : -1;
  }
  if (strcmp(opt, "--timeout") == 0) {
    return parse_int("facilitate", opt, val, 1, 86400, &v) == 0 ? (o->autopilot.timeout_s = (int)v, 1) : -1;
  }
  if (strcmp(opt, "--discovery-port") == 0) {
    return parse_int("facilitate", opt, val, 1, 65535, &v) == 0 ? (o->discovery_port = (int)v, 1) : -1;
  }
  if (strcmp(opt, "--pace") == 0) {
    return parse_pace(val, &o->pace) == 0 ? 1 : -1;
  }
  if (strcmp(opt, "--code") == 0) {
    if (!ws_code_valid(val)) {
      fprintf(stderr, "thickskin facilitate: --code is %d letters of %s, not '%s'\n", WS_CODE_LEN, WS_CODE_ALPHABET,
              val);
      return -1;
    }
    a->have_code = 1;
    o->code = val;
    return 1;
  }
  const char **text = strcmp(opt, "--data") == 0          ? &o->data_dir
                      : strcmp(opt, "--secret-file") == 0 ? &o->secret_file
                      : strcmp(opt, "--resume") == 0      ? &o->resume_sid
                                                          : NULL;
  if (text) {
    *text = val;
  }
  return text ? 1 : 0;
}

static int parse_facilitate(int argc, char **argv, FacilArgs *a) {
  memset(a, 0, sizeof *a);
  a->o.lang = -1;
  a->o.port = -1; /* WS_PORT, or for a resumed session the port it listened on (see below) */
  a->o.autopilot.pause_ms = 300;
  a->o.autopilot.rejoin_ms = 2000;
  for (int i = 0; i < argc; i++) {
    const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(opt, "--headless") == 0) {
      a->headless = 1;
      continue;
    }
    if (opt[0] == '-' && opt[1] == '-' && !val) {
      fprintf(stderr, "thickskin facilitate: %s needs a value\n", opt);
      return -1;
    }
    int rc = opt[0] == '-' ? facil_option(a, opt, val) : 0;
    if (rc < 0) {
      return -1;
    }
    if (rc > 0) {
      i++;
    } else if (opt[0] == '-' || a->scenario_arg) {
      fprintf(stderr, "thickskin facilitate: unexpected '%s'\n", opt);
      return -1;
    } else {
      a->scenario_arg = opt;
    }
  }
  if (!a->o.resume_sid && (!a->scenario_arg || (a->headless && (!a->have_port || !a->have_code)))) {
    fprintf(stderr, "thickskin facilitate: give %sa SCENARIO (or --resume SID)\n",
            a->headless ? "--port, --code and " : "");
    return -1;
  }
  if (!a->o.resume_sid && a->o.port < 0) {
    a->o.port = WS_PORT;
  }
  if (a->o.resume_sid && !a->o.data_dir) {
    fprintf(stderr, "thickskin facilitate: --resume reads the session from the records folder: give --data DIR\n");
    return -1;
  }
  return 0;
}

/* --- facilitate ---------------------------------------------------------------- */

/* The projector's window: the kiosk's workshop screens, driven by the
   facilitator (kiosk_main.c). */
static int open_projector(const FacilOpts *o) {
  return kiosk_projector(o);
}

/* How many answers the room holds, said on stderr at the end: with every
   seat answering every decision, answers = seats × decisions, each counted
   once however often its link dropped. */
static void say_counts(Facil *f) {
  Room *room = facil_room(f);
  int seats = room_seats_total(room), answers = 0;
  if (room_pace(room) == WS_OWN_PACE) {
    for (int i = 0; i < seats; i++) {
      RoomSeatInfo si;
      answers += room_seat_info(room, i, &si) == 0 ? si.answers : 0;
    }
    fprintf(stderr, "workshop: ended: %d seats, %d answers\n", seats, answers);
    return;
  }
  int decisions = room_steps(room);
  for (int seq = 1; seq <= decisions; seq++) {
    int counts[SCN_MAX_CHOICES + 1] = {0};
    if (room_counts(room, seq, counts) == 0) {
      for (int k = 0; k <= SCN_MAX_CHOICES; k++) {
        answers += counts[k];
      }
    }
  }
  fprintf(stderr, "workshop: ended: %d seats, %d decisions, %d answers\n", seats, decisions, answers);
}

static int run_headless(Facil *f) {
  int rc;
  while ((rc = facil_poll(f, 100)) == FACIL_RUNNING) {
  }
  if (rc == FACIL_FAILED) {
    fprintf(stderr, "thickskin facilitate: the network failed: %s\n", strerror(errno));
    return 1;
  }
  /* Everyone still connected gets `end`, and a participant whose link was
     down at the end can still come back for it. */
  int64_t until = wsnet_now_ms() + END_FLUSH_MS;
  while (facil_connections(f) > 0 && wsnet_now_ms() < until) {
    facil_poll(f, 50);
  }
  say_counts(f);
  const char *results = facil_results(f);
  printf("%s\n", results ? results : "{}");
  fflush(stdout);
  if (facil_failure(f)[0]) {
    fprintf(stderr, "thickskin facilitate: %s\n", facil_failure(f));
    return 1;
  }
  return results ? 0 : 1;
}

int cli_facilitate(int argc, char **argv) {
  FacilArgs a;
  if (parse_facilitate(argc, argv, &a) != 0) {
    return facilitate_usage();
  }
  if (a.scenario_arg && find_scenario(a.scenario_arg, a.scenario, sizeof a.scenario) != 0) {
    return 1;
  }
  a.o.scenario = a.scenario_arg ? a.scenario : NULL;
  if (!a.headless) {
    return open_projector(&a.o);
  }
  a.o.autopilot.on = 1;
  signal(SIGPIPE, SIG_IGN);
  char err[1024];
  Facil *f = facil_open(&a.o, err, sizeof err);
  if (!f) {
    fprintf(stderr, "thickskin facilitate: %s\n", err);
    return 1;
  }
  printf("workshop: listening on port %d, code %s, session %s\n", facil_port(f), facil_code(f), facil_sid(f));
  fflush(stdout);
  if (facil_discovery_port(f) > 0) {
    fprintf(stderr, "workshop: participants join at %s or by discovery (UDP port %d)\n", facil_address(f),
            facil_discovery_port(f));
  } else { /* facil_open said why there is no discovery */
    fprintf(stderr, "workshop: participants join at %s\n", facil_address(f));
  }
  int status = run_headless(f);
  facil_free(f);
  return status;
}

/* --- bot: options ----------------------------------------------------------------- */

typedef enum { BOT_RANDOM, BOT_BEST, BOT_WORST } BotStrategy;

typedef struct BotArgs {
  const char *join, *code, *name, *data_dir, *state_file;
  BotStrategy strategy;
  int have_strategy;
  uint64_t seed;
  int think_ms, discovery_port;
  int time_factor; /* the participant's decision timer: 1, 2..10, 0 untimed */
  double drop;
} BotArgs;

static int bot_usage(void) {
  fprintf(stderr, "usage: thickskin bot --join HOST:PORT|auto --code CODE --strategy random|best|worst\n"
                  "                     [--name NAME] [--data DIR] [--seed N] [--think MS] [--drop P]\n"
                  "                     [--discovery-port P] [--state FILE] [--time-factor N]\n");
  return 2;
}

static int bot_option(BotArgs *a, const char *opt, const char *val) {
  long v;
  if (strcmp(opt, "--strategy") == 0) {
    a->have_strategy = 1;
    a->strategy = strcmp(val, "best") == 0 ? BOT_BEST : strcmp(val, "worst") == 0 ? BOT_WORST : BOT_RANDOM;
    if (a->strategy == BOT_RANDOM && strcmp(val, "random") != 0) {
      fprintf(stderr, "thickskin bot: --strategy is random, best or worst, not '%s'\n", val);
      return -1;
    }
    return 1;
  }
  if (strcmp(opt, "--seed") == 0) {
    char *end;
    a->seed = strtoull(val, &end, 10);
    return *end || end == val ? (fprintf(stderr, "thickskin bot: --seed is a number, not '%s'\n", val), -1) : 1;
  }
  if (strcmp(opt, "--think") == 0) {
    return parse_int("bot", opt, val, 0, 600000, &v) == 0 ? (a->think_ms = (int)v, 1) : -1;
  }
  if (strcmp(opt, "--discovery-port") == 0) {
    return parse_int("bot", opt, val, 1, 65535, &v) == 0 ? (a->discovery_port = (int)v, 1) : -1;
  }
  if (strcmp(opt, "--time-factor") == 0) {
    return parse_int("bot", opt, val, 0, WS_MAX_TIME_FACTOR, &v) == 0 ? (a->time_factor = (int)v, 1) : -1;
  }
  if (strcmp(opt, "--drop") == 0) {
    char *end;
    a->drop = strtod(val, &end);
    if (*end || end == val || !(a->drop >= 0 && a->drop <= 1)) {
      fprintf(stderr, "thickskin bot: --drop is a probability from 0 to 1, not '%s'\n", val);
      return -1;
    }
    return 1;
  }
  const char **text = strcmp(opt, "--join") == 0    ? &a->join
                      : strcmp(opt, "--code") == 0  ? &a->code
                      : strcmp(opt, "--name") == 0  ? &a->name
                      : strcmp(opt, "--data") == 0  ? &a->data_dir
                      : strcmp(opt, "--state") == 0 ? &a->state_file
                                                    : NULL;
  if (text) {
    *text = val;
  }
  return text ? 1 : 0;
}

static int parse_bot(int argc, char **argv, BotArgs *a) {
  memset(a, 0, sizeof *a);
  a->seed = (uint64_t)getpid();
  a->think_ms = 200;
  a->time_factor = 1;
  for (int i = 0; i < argc; i++) {
    const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
    if (!val) {
      fprintf(stderr, "thickskin bot: %s\n", opt[0] == '-' ? "an option needs a value" : "unexpected argument");
      return -1;
    }
    int rc = bot_option(a, opt, val);
    if (rc == 0) {
      fprintf(stderr, "thickskin bot: unexpected '%s'\n", opt);
    }
    if (rc <= 0) {
      return -1;
    }
    i++;
  }
  if (!a->join || !a->code || !a->have_strategy) {
    fprintf(stderr, "thickskin bot: give --join, --code and --strategy\n");
    return -1;
  }
  return 0;
}

/* --- bot: playing --------------------------------------------------------------- */

typedef struct Bot {
  BotArgs a;
  Join *join;
  uint64_t rng;
  int64_t started_unix_ms;
  int64_t act_at; /* when the move being thought about is made; 0: none */
  int think_ms;
  int seq;  /* together: the decision being thought about */
  Run *own; /* own pace: the bot's own timed play (owned) */
  int reported, own_done, recorded;
  int answered; /* answers the seat took: the room must count each once */
  char pid_saved[WS_UUID_LEN + 1];
} Bot;

static double bot_random(Bot *b) {
  b->rng = b->rng * 6364136223846793005ull + 1442695040888963407ull;
  return (double)(b->rng >> 11) / 9007199254740992.0;
}

static unsigned offered_mask(const Pending *p, const Decision *d) {
  unsigned mask = p->deadline_sim_ms >= 0 && d->timeout_ms > 0 ? OFFERED_SILENCE : 0;
  for (int k = 0; k < p->n_offered; k++) {
    mask |= 1u << p->offered[k];
  }
  return mask;
}

/* The strategy's reply to 'p': a choice index, or -1 for silence. */
static int bot_choose(Bot *b, const Scenario *s, const Pending *p) {
  const Decision *d = s->beats[p->beat].decision;
  unsigned mask = offered_mask(p, d);
  if (b->a.strategy == BOT_BEST) {
    return score_best(s, d, mask);
  }
  if (b->a.strategy == BOT_WORST) {
    return score_worst(s, d, mask);
  }
  int options = p->n_offered + ((mask & OFFERED_SILENCE) != 0);
  int k = (int)(bot_random(b) * options);
  return k < p->n_offered ? p->offered[k] : -1;
}

/* A link that drops now and then: sometimes just before an answer goes
   out (it waits in the seat's outbox), more often just after it. */
static int bot_drops(Bot *b, int *before) {
  if (b->a.drop <= 0 || bot_random(b) >= b->a.drop) {
    return 0;
  }
  *before = bot_random(b) < 0.3;
  return 1;
}

static void bot_drop_now(Bot *b) {
  join_drop(b->join, 20 + (int)(bot_random(b) * 180));
}

static void bot_think(Bot *b, int64_t now) {
  b->think_ms = b->a.think_ms > 0 ? (int)(bot_random(b) * b->a.think_ms) : 0;
  b->act_at = now + b->think_ms;
}

static void bot_together(Bot *b, int64_t now) {
  Seat *seat = join_seat(b->join);
  WsDecisionRef ref;
  Pending p;
  if (!seat_open(seat, &ref, &p) || seat_my_choice(seat, ref.seq) >= 0) {
    b->act_at = 0;
    return;
  }
  if (b->seq != ref.seq || b->act_at == 0) {
    b->seq = ref.seq;
    bot_think(b, now);
  }
  if (now < b->act_at) {
    return;
  }
  int c = bot_choose(b, seat_scenario(seat), &p), before = 0;
  int drop = bot_drops(b, &before);
  if (drop && before) {
    bot_drop_now(b);
  }
  if (join_answer(b->join, c + 1, b->think_ms) != 0) {
    fprintf(stderr, "thickskin bot: decision %d: the answer %d was not taken: %s\n", ref.seq, c + 1, seat_error(seat));
  } else {
    b->answered++;
  }
  if (drop && !before) {
    bot_drop_now(b);
  }
  b->act_at = 0;
}

/* Own pace: the records a move made (a decision that timed out meanwhile
   included) are reported in order. */
static void bot_report(Bot *b) {
  int n;
  const DecisionRecord *recs = run_records(b->own, &n);
  for (; b->reported < n; b->reported++) {
    const DecisionRecord *r = &recs[b->reported];
    if (join_report(b->join, r->thread, r->beat, r->choice + 1, r->reaction_ms, run_real_ms(b->own)) != 0) {
      fprintf(stderr, "thickskin bot: move %d was not taken: %s\n", b->reported + 1, seat_error(join_seat(b->join)));
    } else {
      b->answered++;
    }
  }
}

static void bot_own_pace(Bot *b, int64_t now) {
  Seat *seat = join_seat(b->join);
  if (b->own_done) {
    return;
  }
  if (!b->own) {
    /* timed as the facilitator replays it: the factor it echoed */
    RunOpts ro = {.seed = seat_start(seat)->seed, .time_factor = seat_time_factor(seat)};
    b->own = run_new(seat_scenario(seat), &ro);
    if (!b->own || run_start(b->own) != RUN_OK) {
      fprintf(stderr, "thickskin bot: the play does not start%s%s\n", b->own ? ": " : "",
              b->own && run_error(b->own) ? run_error(b->own) : "");
      b->own_done = 1;
      return;
    }
  }
  Pending p[SCN_MAX_THREADS];
  if (!run_done(b->own) && run_pending(b->own, p, SCN_MAX_THREADS) > 0) {
    if (b->act_at == 0) {
      bot_think(b, now);
    }
    if (now < b->act_at) {
      return;
    }
    int c = bot_choose(b, seat_scenario(seat), &p[0]), before = 0;
    int drop = bot_drops(b, &before);
    if (drop && before) {
      bot_drop_now(b);
    }
    if (c < 0) {
      run_wait(b->own, p[0].thread);
    } else {
      run_answer(b->own, p[0].thread, c, b->think_ms);
    }
    bot_report(b);
    if (drop && !before) {
      bot_drop_now(b);
    }
    b->act_at = 0;
  }
  if (run_done(b->own) || run_error(b->own) || run_pending(b->own, p, SCN_MAX_THREADS) == 0) {
    bot_report(b);
    join_done(b->join);
    b->own_done = 1;
  }
}

/* --- bot: its state file, record and report -------------------------------------- */

static void bot_load_state(Bot *b, char *pid, size_t cap) {
  pid[0] = '\0';
  FILE *fp = b->a.state_file ? fopen(b->a.state_file, "r") : NULL;
  if (!fp) {
    return;
  }
  char buf[1024];
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  fclose(fp);
  buf[n] = '\0';
  cJSON *j = cJSON_Parse(buf);
  const cJSON *p = cJSON_GetObjectItemCaseSensitive(j, "pid");
  if (cJSON_IsString(p) && attempt_is_uuid(p->valuestring)) {
    snprintf(pid, cap, "%s", p->valuestring);
  } else {
    fprintf(stderr, "thickskin bot: %s: no \"pid\" to rejoin with; joining as someone new\n", b->a.state_file);
  }
  cJSON_Delete(j);
}

static void bot_save_state(Bot *b) {
  Seat *seat = join_seat(b->join);
  if (!b->a.state_file || !seat_joined(seat) || strcmp(b->pid_saved, seat_pid(seat)) == 0) {
    return;
  }
  FILE *fp = fopen(b->a.state_file, "w");
  if (fp) {
    fprintf(fp, "{\"pid\":\"%s\",\"sid\":\"%s\"}\n", seat_pid(seat), seat_sid(seat));
  }
  if (!fp || fclose(fp) != 0) {
    fprintf(stderr, "thickskin bot: %s: cannot save the state: %s\n", b->a.state_file, strerror(errno));
  }
  snprintf(b->pid_saved, sizeof b->pid_saved, "%s", seat_pid(seat));
}

static int bot_record(Bot *b) {
  char err[512];
  if (b->recorded || !b->a.data_dir) {
    return 0;
  }
  b->recorded = 1;
  if (seat_record(join_seat(b->join), b->a.data_dir, b->started_unix_ms, attempt_now_ms(), err, sizeof err) != 0) {
    fprintf(stderr, "thickskin bot: the attempt was not recorded: %s\n", err);
    return -1;
  }
  return 0;
}

/* One JSON line: the attempt id, the choices and the scores. */
static int bot_print(Bot *b) {
  Attempt at;
  char err[512];
  if (seat_attempt_build(join_seat(b->join), b->started_unix_ms, attempt_now_ms(), &at, err, sizeof err) != 0) {
    fprintf(stderr, "thickskin bot: %s\n", err);
    return -1;
  }
  cJSON *j = cJSON_CreateObject();
  cJSON_AddStringToObject(j, "attempt", at.id);
  cJSON_AddStringToObject(j, "session", at.session);
  cJSON_AddStringToObject(j, "name", at.trainee);
  cJSON_AddNumberToObject(j, "answered", b->answered);
  cJSON *choices = cJSON_AddArrayToObject(j, "choices");
  for (int i = 0; i < at.n_decisions; i++) {
    cJSON_AddItemToArray(choices, cJSON_CreateNumber(at.decisions[i].choice));
  }
  cJSON *scores = cJSON_AddObjectToObject(j, "scores");
  cJSON_AddNumberToObject(scores, "empathy", at.axis[AXIS_EMPATHY]);
  cJSON_AddNumberToObject(scores, "speed", at.axis[AXIS_SPEED]);
  cJSON_AddNumberToObject(scores, "policy", at.axis[AXIS_POLICY]);
  cJSON_AddNumberToObject(scores, "overall", at.overall);
  cJSON_AddBoolToObject(j, "finished", at.finished);
  char *text = cJSON_PrintUnformatted(j);
  if (text) {
    printf("%s\n", text);
    fflush(stdout);
  }
  cJSON_free(text);
  cJSON_Delete(j);
  attempt_clear(&at);
  return text ? 0 : -1;
}

/* --- bot: the loop ---------------------------------------------------------------- */

static int bot_finish(Bot *b) {
  join_leave(b->join);
  for (int i = 0; i < 20 && join_poll(b->join, 10) == JOIN_LEFT && seat_unacked(join_seat(b->join)) > 0; i++) {
  }
  int rc = bot_record(b);
  return bot_print(b) == 0 && rc == 0 ? 0 : 1;
}

static int bot_loop(Bot *b) {
  int64_t heard = wsnet_now_ms();
  for (;;) {
    int64_t now = wsnet_now_ms();
    int wait = b->act_at > now ? (int)(b->act_at - now) : 20;
    JoinStatus st = join_poll(b->join, wait > 20 ? 20 : wait);
    Seat *seat = join_seat(b->join);
    now = wsnet_now_ms();
    if (st == JOIN_REFUSED || st == JOIN_MISSING) {
      fprintf(stderr, "thickskin bot: %s\n", join_problem(b->join));
      return st == JOIN_REFUSED ? 2 : 1;
    }
    if (st == JOIN_ENDED || (seat_joined(seat) && seat_phase(seat) == WS_ENDED)) {
      if (b->own && !b->own_done) {
        bot_report(b);
      }
      return bot_finish(b);
    }
    if (st == JOIN_JOINED) {
      heard = now;
      bot_save_state(b);
    } else if (now - heard > BOT_GIVE_UP_MS) {
      fprintf(stderr, "thickskin bot: no facilitator for %d s (%s): giving up\n", BOT_GIVE_UP_MS / 1000,
              join_problem(b->join)[0] ? join_problem(b->join) : "nothing found");
      return 1;
    }
    if (!seat_joined(seat) || seat_phase(seat) != WS_PLAY || !seat_start(seat) || !seat_scenario(seat)) {
      continue;
    }
    if (seat_start(seat)->pace == WS_TOGETHER) {
      bot_together(b, now);
    } else {
      bot_own_pace(b, now);
      if (b->own_done && !b->recorded && b->a.data_dir) {
        bot_record(b); /* own pace: the record is written when the play ends */
      }
    }
  }
}

int cli_bot(int argc, char **argv) {
  Bot b = {0};
  if (parse_bot(argc, argv, &b.a) != 0) {
    return bot_usage();
  }
  signal(SIGPIPE, SIG_IGN);
  char name[64], pid[WS_UUID_LEN + 1];
  snprintf(name, sizeof name, "bot-%ld", (long)getpid());
  bot_load_state(&b, pid, sizeof pid);
  b.rng = b.a.seed ^ 0x5eed5eed5eedull;
  b.started_unix_ms = attempt_now_ms();
  JoinOpts o = {.code = b.a.code,
                .name = b.a.name ? b.a.name : name,
                .pid = pid[0] ? pid : NULL,
                .address = b.a.join,
                .discovery_port = b.a.discovery_port,
                .time_factor = b.a.time_factor};
  char err[512];
  b.join = join_open(&o, err, sizeof err);
  if (!b.join) {
    fprintf(stderr, "thickskin bot: %s\n", err);
    return 1;
  }
  int status = bot_loop(&b);
  run_free(b.own);
  join_free(b.join);
  return status;
}
