/* bench_workshop.c — figures for the workshop server, not pass/fail tests:
   a headless facilitator (the real program, a child process) runs a
   together session for N participants, all connected from this one
   poll()-driven process over loopback, and the bench measures
   1. whether every participant is served: joined, and given start, every
      open, count, reveal and continue, and end (target: N of at least 200);
   2. the latency from sending an answer to receiving the first `count` that
      includes it (the first after the answer's `ack`, which the facilitator
      sends once the answer is stored), p50/p90/p99/max over every answer
      (target: p99 under 50 ms).
   Each participant answers every decision after a random delay within the
   spread (a room answering over a few seconds), or all at once with
   --spread 0.
   The facilitator appends every accepted answer to its session log with
   fsync before it acknowledges it: --tmp DIR puts its records folder on
   another file system (a tmpfs shows the cost of the disk's fsync).
   usage: bench_workshop [--participants N] [--expect N] [--spread MS] [--scenario FILE] [--program PATH]
                         [--tmp DIR]
   (default: 200 participants, the facilitator expecting them all,
   2000 ms, scenarios/late-parcel.lua, the thickskin built beside it, /tmp) */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <sys/resource.h>

#include "wsclient.h"

#ifndef THICKSKIN_BIN
#error "THICKSKIN_BIN must name the thickskin program (CMakeLists.txt)"
#endif

#define CODE "PX4WN"
#define MAX_DECISIONS 32

/* One participant: its connection, what it received, and its answer in flight. */
typedef struct Part {
  WsConn conn;
  int joined, refused, gone;
  int starts, opens, count_msgs, reveals, continues, ends, acks;
  long long seq; /* the decision open now, 0 when none */
  char thread[64], beat[64];
  int64_t answer_due_us; /* when to answer the open decision, 0: not scheduled */
  int64_t sent_us;       /* when the answer went out, 0: none in flight */
  int64_t ack_us;        /* when its ack came, 0: not yet */
  int64_t filled_us;     /* when the bytes in the buffer last came */
} Part;

typedef struct Bench {
  Part *parts;
  int n, spread_ms;
  double *to_count_ms, *to_ack_ms; /* one per answer */
  int n_count, n_ack, answers_sent, counts_missed;
  uint64_t rng;
} Bench;

static int random_below(Bench *b, int n) {
  b->rng = b->rng * 6364136223846793005ull + 1442695040888963407ull;
  return n > 0 ? (int)((b->rng >> 33) % (uint64_t)n) : 0;
}

/* --- messages ------------------------------------------------------------------- */

static void on_open(Bench *b, Part *p, const cJSON *msg) {
  p->opens++;
  p->seq = ws_int(msg, "seq", 0);
  snprintf(p->thread, sizeof p->thread, "%s", ws_str(msg, "thread"));
  snprintf(p->beat, sizeof p->beat, "%s", ws_str(msg, "beat"));
  int delay_ms = b->spread_ms > 0 ? random_below(b, b->spread_ms) : 0;
  p->answer_due_us = ws_now_us() + (int64_t)delay_ms * 1000;
  p->sent_us = p->ack_us = 0;
}

/* A count for the answer in flight, after its ack, includes it. */
static void on_count(Bench *b, Part *p, const cJSON *msg, int64_t now) {
  p->count_msgs++;
  if (p->sent_us && p->ack_us && ws_int(msg, "seq", -1) == p->seq) {
    b->to_count_ms[b->n_count++] = (double)(now - p->sent_us) / 1000.0;
    p->sent_us = 0;
  }
}

static void on_message(Bench *b, Part *p, const char *line, int64_t now) {
  cJSON *msg = cJSON_Parse(line);
  const char *t = ws_type(msg);
  if (strcmp(t, "welcome") == 0) {
    p->joined = 1;
  } else if (strcmp(t, "refuse") == 0) {
    p->refused = 1;
  } else if (strcmp(t, "start") == 0) {
    p->starts++;
  } else if (strcmp(t, "open") == 0) {
    on_open(b, p, msg);
  } else if (strcmp(t, "count") == 0) {
    on_count(b, p, msg, now);
  } else if (strcmp(t, "ack") == 0) {
    p->acks++;
    if (p->sent_us && !p->ack_us && ws_int(msg, "seq", -1) == p->seq) {
      p->ack_us = now;
      b->to_ack_ms[b->n_ack++] = (double)(now - p->sent_us) / 1000.0;
    }
  } else if (strcmp(t, "reveal") == 0) {
    p->reveals++;
    if (p->sent_us) { /* no count reached it before the decision closed */
      b->counts_missed++;
      p->sent_us = 0;
    }
    p->answer_due_us = 0;
  } else if (strcmp(t, "continue") == 0) {
    p->continues++;
  } else if (strcmp(t, "end") == 0) {
    p->ends++;
  } else {
    fprintf(stderr, "participant %d got: %.200s\n", (int)(p - b->parts), line);
  }
  cJSON_Delete(msg);
}

/* Reads what the connection has (as much as its buffer takes; the rest
   next round) and stamps when it came. */
static void fill(Part *p) {
  while (!p->conn.eof && p->conn.len < WS_LINE_MAX && ws_fill(&p->conn) > 0) {
    p->filled_us = ws_now_us();
  }
}

/* Takes in every complete line, as received at the last fill. */
static void take_lines(Bench *b, Part *p) {
  static char line[WS_LINE_MAX + 1];
  while (ws_take_line(&p->conn, line, sizeof line)) {
    on_message(b, p, line, p->filled_us);
  }
  if (p->conn.eof && !p->gone) {
    p->gone = 1;
    ws_close(&p->conn);
  }
}

static void send_due_answers(Bench *b, int64_t now) {
  for (int i = 0; i < b->n; i++) {
    Part *p = &b->parts[i];
    if (p->answer_due_us && p->answer_due_us <= now && !p->gone) {
      int choice = 1 + random_below(b, 2);
      p->answer_due_us = 0;
      p->sent_us = ws_now_us();
      p->ack_us = 0;
      if (ws_send_line(&p->conn, ws_answer(p->seq, p->thread, p->beat, choice, 3000 + random_below(b, 9000))) == 0) {
        b->answers_sent++;
      } else {
        p->sent_us = 0;
      }
    }
  }
}

/* 1 when the session cannot start: everyone was either let in or sent
   away, some were sent away, and --expect counts them all. */
static int cannot_start(const Bench *b) {
  int in = 0, away = 0, started = 0;
  for (int i = 0; i < b->n; i++) {
    const Part *p = &b->parts[i];
    in += p->joined && !p->gone;
    away += !p->joined && p->gone;
    started += p->starts;
  }
  return !started && away > 0 && in + away == b->n;
}

/* Polls every connection until all have ended (or gone), or 'deadline_us'. */
static void run_session(Bench *b, int64_t deadline_us) {
  struct pollfd *fds = calloc((size_t)b->n, sizeof *fds);
  for (;;) {
    int64_t now = ws_now_us(), next = now + 100000;
    int live = 0;
    if (cannot_start(b)) {
      printf("the session cannot start: some participants were sent away and it expects them all\n");
      break;
    }
    for (int i = 0; i < b->n; i++) {
      Part *p = &b->parts[i];
      fds[i].fd = p->gone || p->ends ? -1 : p->conn.fd;
      fds[i].events = POLLIN;
      fds[i].revents = 0;
      live += fds[i].fd >= 0;
      if (p->answer_due_us && p->answer_due_us < next) {
        next = p->answer_due_us;
      }
    }
    if (live == 0 || now > deadline_us) {
      break;
    }
    int wait_ms = next > now ? (int)((next - now + 999) / 1000) : 0;
    if (poll(fds, (nfds_t)b->n, wait_ms) < 0 && errno != EINTR) {
      perror("poll");
      break;
    }
    /* Every connection is read before any line is parsed, so that parsing
       one participant's lines does not delay the stamp of the next one's. */
    for (int i = 0; i < b->n; i++) {
      if (fds[i].revents) {
        fill(&b->parts[i]);
      }
    }
    for (int i = 0; i < b->n; i++) {
      if (fds[i].revents) {
        take_lines(b, &b->parts[i]);
      }
    }
    send_due_answers(b, ws_now_us());
  }
  free(fds);
}

/* --- figures --------------------------------------------------------------------- */

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double pct(const double *v, int n, double p) {
  int i = (int)(p / 100.0 * (n - 1) + 0.5);
  return n ? v[i < n ? i : n - 1] : 0;
}

static void print_latency(const char *what, double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, by_value);
  printf("%-16s %d answers: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", what, n, pct(v, n, 50),
         pct(v, n, 90), pct(v, n, 99), n ? v[n - 1] : 0);
}

/* Every participant joined and got start, the same opens, reveals and
   continues as the most any got, a count for every decision and end.
   Returns how many were served; *joined_out, how many joined. */
static int print_service(const Bench *b, int *joined_out) {
  int joined = 0, refused = 0, ended = 0, decisions = 0, served = 0;
  for (int i = 0; i < b->n; i++) {
    decisions = b->parts[i].opens > decisions ? b->parts[i].opens : decisions;
  }
  for (int i = 0; i < b->n; i++) {
    const Part *p = &b->parts[i];
    joined += p->joined;
    refused += p->refused;
    ended += p->ends == 1;
    served += p->joined && p->starts == 1 && p->opens == decisions && p->reveals == decisions &&
              p->continues == decisions && p->count_msgs >= decisions && p->ends == 1;
  }
  printf("participants     %d: joined %d, refused %d, given end %d; served in full %d (%d decisions each)\n", b->n,
         joined, refused, ended, served, decisions);
  *joined_out = joined;
  return served;
}

/* --- the run ----------------------------------------------------------------------- */

static int connect_all(Bench *b, int port) {
  char name[32];
  for (int i = 0; i < b->n; i++) {
    Part *p = &b->parts[i];
    if (ws_connect_from(&p->conn, "127.0.0.1", port, NULL, 1) != 0) {
      fprintf(stderr, "participant %d: connect: %s\n", i, strerror(errno));
      p->gone = 1;
      continue;
    }
    snprintf(name, sizeof name, "p%03d", i + 1);
    if (ws_send_line(&p->conn, ws_hello(CODE, name, NULL)) != 0) {
      p->gone = 1;
    }
  }
  return 0;
}

static void usage(void) {
  fprintf(stderr,
          "usage: bench_workshop [--participants N] [--expect N] [--spread MS] [--scenario FILE] [--program PATH]\n"
          "                      [--tmp DIR]\n");
  exit(2);
}

typedef struct Opts {
  int n, expect, spread_ms;
  const char *scenario, *program, *tmp;
} Opts;

static Opts parse_opts(int argc, char **argv) {
  Opts o = {
      .n = 200, .spread_ms = 2000, .scenario = "scenarios/late-parcel.lua", .program = THICKSKIN_BIN, .tmp = "/tmp"};
  for (int i = 1; i < argc; i++) {
    const char *opt = argv[i], *val = i + 1 < argc ? argv[++i] : NULL;
    if (!val) {
      usage();
    } else if (strcmp(opt, "--participants") == 0) {
      o.n = atoi(val);
    } else if (strcmp(opt, "--expect") == 0) {
      o.expect = atoi(val);
    } else if (strcmp(opt, "--spread") == 0) {
      o.spread_ms = atoi(val);
    } else if (strcmp(opt, "--scenario") == 0) {
      o.scenario = val;
    } else if (strcmp(opt, "--program") == 0) {
      o.program = val;
    } else if (strcmp(opt, "--tmp") == 0) {
      o.tmp = val;
    } else {
      usage();
    }
  }
  if (o.n < 1 || o.spread_ms < 0) {
    usage();
  }
  o.expect = o.expect > 0 ? o.expect : o.n;
  return o;
}

/* Starts the headless facilitator with its records (and stderr) in 'dir'. */
static int start_facilitator(const Opts *o, const char *dir, WsFacil *f) {
  char err[300], expect[16], disc[16];
  snprintf(err, sizeof err, "%s/stderr", dir);
  snprintf(expect, sizeof expect, "%d", o->expect);
  snprintf(disc, sizeof disc, "%d", ws_free_udp_port());
  const char *args[] = {o->program, "facilitate", "--headless", "--port",    "0",  "--code", CODE, "--expect",
                        expect,     "--pace",     "together",   "--timeout", "60", "--data", dir,  "--discovery-port",
                        disc,       o->scenario,  NULL};
  return ws_facil_start(f, args, err, 30000);
}

static double seconds_of(struct timeval tv) {
  return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

/* Lets the facilitator finish (or stops it when some who joined were not
   served) and prints its results, memory and processor time, and the
   bench's own. */
static void finish(WsFacil *f, int stop, long rss_kib, double seconds) {
  char results[WS_LINE_MAX] = "";
  if (stop) {
    ws_facil_stop(f);
  } else if (ws_facil_wait(f, results, sizeof results, 30000) != 0) {
    printf("the facilitator did not exit cleanly\n");
  }
  struct rusage ru;
  getrusage(RUSAGE_CHILDREN, &ru);
  cJSON *r = cJSON_Parse(results);
  printf("facilitator      results: %lld seats, %lld finished; RSS %ld kB at the end; CPU %.2f s user + %.2f s "
         "system over %.1f s\n",
         ws_int(r, "seats", -1), ws_int(r, "finished", -1), rss_kib, seconds_of(ru.ru_utime), seconds_of(ru.ru_stime),
         seconds);
  cJSON_Delete(r);
  getrusage(RUSAGE_SELF, &ru);
  printf("this bench       CPU %.2f s user + %.2f s system (its own side of the loopback)\n", seconds_of(ru.ru_utime),
         seconds_of(ru.ru_stime));
}

int main(int argc, char **argv) {
  Opts o = parse_opts(argc, argv);
  signal(SIGPIPE, SIG_IGN);
  struct rlimit lim = {.rlim_cur = 4096, .rlim_max = 4096};
  setrlimit(RLIMIT_NOFILE, &lim);
  char dir[256], cmd[300];
  snprintf(dir, sizeof dir, "%s/thickskin-benchws-XXXXXX", o.tmp);
  WsFacil f;
  if (!mkdtemp(dir) || start_facilitator(&o, dir, &f) != 0) {
    fprintf(stderr, "bench_workshop: no facilitator (%s)\n", dir);
    return 1;
  }
  Bench b = {.n = o.n, .spread_ms = o.spread_ms, .rng = 88172645463325252ull};
  b.parts = calloc((size_t)o.n, sizeof *b.parts);
  b.to_count_ms = calloc((size_t)o.n * MAX_DECISIONS, sizeof *b.to_count_ms);
  b.to_ack_ms = calloc((size_t)o.n * MAX_DECISIONS, sizeof *b.to_ack_ms);
  printf("workshop bench: %d participants on loopback, %s, together, answers spread over %d ms, records in %s\n", o.n,
         o.scenario, o.spread_ms, o.tmp);
  int64_t t0 = ws_now_us();
  connect_all(&b, f.port);
  run_session(&b, t0 + 180 * 1000000ll);
  double seconds = (double)(ws_now_us() - t0) / 1e6;
  long rss = ws_rss_kib(f.pid);
  int joined = 0, served = print_service(&b, &joined);
  print_latency("answer -> count", b.to_count_ms, b.n_count);
  print_latency("answer -> ack", b.to_ack_ms, b.n_ack);
  printf("answers          %d sent, %d without a count before the reveal\n", b.answers_sent, b.counts_missed);
  for (int i = 0; i < o.n; i++) {
    ws_close(&b.parts[i].conn); /* a facilitator that has ended waits for its connections to go */
  }
  finish(&f, served < joined, rss, seconds);
  free(b.parts);
  free(b.to_count_ms);
  free(b.to_ack_ms);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) {
    fprintf(stderr, "could not remove %s\n", dir);
  }
  return served == o.n ? 0 : 1;
}
