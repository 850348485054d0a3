/* test_wshostile.c — the workshop server from outside, as a hostile network
   sees it (docs/workshop-protocol.md). A headless facilitator runs a
   together session for two well-behaved participants of this test while
   other peers send garbage, a 100 MB line, a flood of connections, silent
   connections, control messages without the secret or with a wrong one,
   and a wrong join code; one of the two also claims control, changes an
   answer and sends numbers out of range, and rejoins her seat each time.
   Both finish the whole session, the facilitator's secret (--secret-file)
   closes a decision, and the results and the facilitator's journal count
   each answer exactly once. A
   second facilitator checks the refusals of hello (name, version), the
   4 KiB bound to the byte and the rate limit on wrong codes; a third drops
   a participant that sends and never reads, its memory flat. The
   facilitator is the real program, started as a child process; the test
   speaks the protocol with its own small client (tests/wsclient.h). */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <sys/stat.h>

#include "testing.h"
#include "wsclient.h"

#ifndef THICKSKIN_BIN
#error "THICKSKIN_BIN must name the thickskin program (tests/CMakeLists.txt)"
#endif

#define CODE "HT4K7"
#define WRONG_CODE "AAAAA"
#define SCENARIO "scenarios/late-parcel.lua"
#define MAX_CONNECTIONS 256
#define FLOOD 300
#define CHOICE 2 /* every participant of this test gives the second listed reply */
#define MS 4000  /* and takes 4 s to give it */

static char root[256];
static WsFacil facil_main, facil_limit, facil_slow; /* stopped by the alarm if the test hangs */

static void on_alarm(int sig) {
  (void)sig;
  static const char msg[] = "test_wshostile: timed out\n";
  if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
    _exit(2);
  }
  if (facil_main.pid > 0) {
    kill(facil_main.pid, SIGKILL);
  }
  if (facil_limit.pid > 0) {
    kill(facil_limit.pid, SIGKILL);
  }
  if (facil_slow.pid > 0) {
    kill(facil_slow.pid, SIGKILL);
  }
  _exit(1);
}

/* Starts a headless together facilitator called 'name' for 'expect'
   participants, its data, stderr and secret under the test's root. */
static int start_facilitator(WsFacil *f, const char *name, const char *expect) {
  char data[320], err[320], secret[320], disc[16];
  snprintf(data, sizeof data, "%s/%s", root, name);
  snprintf(err, sizeof err, "%s/%s.err", root, name);
  snprintf(secret, sizeof secret, "%s/%s.secret", root, name);
  snprintf(disc, sizeof disc, "%d", ws_free_udp_port());
  const char *argv[] = {THICKSKIN_BIN, "facilitate", "--headless", "--port",           "0",        "--code",
                        CODE,          "--expect",   expect,       "--pace",           "together", "--timeout",
                        "60",          "--data",     data,         "--discovery-port", disc,       "--secret-file",
                        secret,        SCENARIO,     NULL};
  return ws_facil_start(f, argv, err, 30000);
}

/* Prints the facilitator's stderr, to explain a failure. */
static void show_stderr(const char *name) {
  char path[320], line[1024];
  snprintf(path, sizeof path, "%s/%s.err", root, name);
  FILE *f = fopen(path, "r");
  fprintf(stderr, "--- %s's stderr (without the silent connections it closed):\n", name);
  for (int i = 0; f && i < 200 && fgets(line, sizeof line, f);) {
    if (!strstr(line, "no hello within")) {
      fputs(line, stderr);
      i++;
    }
  }
  if (f) {
    fclose(f);
  }
}

/* --- a well-behaved participant and what it received ------------------------- */

#define MAX_DECISIONS 16
#define MAX_COUNTS 8

/* What one participant saw of one decision. */
typedef struct Seen {
  long long seq;
  char thread[64], beat[64];
  int opens, acks, count_msgs, reveals, continues;
  int max_answered, of, room, best;
  int n_counts;
  int counts[MAX_COUNTS];
} Seen;

typedef struct Player {
  WsConn conn;
  const char *name;
  char pid[64], attempt[64]; /* from the first welcome; a rejoin keeps both */
  int started, ended;
  long long open_seq; /* the decision open now, 0 when none */
  Seen seen[MAX_DECISIONS];
  cJSON *results; /* from end; owned */
} Player;

static Seen *seen_of(Player *p, long long seq) {
  if (seq < 1 || seq > MAX_DECISIONS) {
    T_FAIL("%s: decision seq %lld out of the test's range", p->name, seq);
    static Seen junk;
    return &junk;
  }
  Seen *s = &p->seen[seq - 1];
  s->seq = seq;
  return s;
}

/* Takes in one message from the facilitator; 0, or -1 for one a
   well-behaved participant must never get (error, refuse). */
static int take(Player *p, const cJSON *msg) {
  const char *t = ws_type(msg);
  long long seq = ws_int(msg, "seq", -1);
  if (strcmp(t, "start") == 0) {
    p->started++;
  } else if (strcmp(t, "open") == 0) {
    Seen *s = seen_of(p, seq);
    s->opens++;
    snprintf(s->thread, sizeof s->thread, "%s", ws_str(msg, "thread"));
    snprintf(s->beat, sizeof s->beat, "%s", ws_str(msg, "beat"));
    p->open_seq = seq;
  } else if (strcmp(t, "count") == 0) {
    Seen *s = seen_of(p, seq);
    s->count_msgs++;
    long long answered = ws_int(msg, "answered", -1);
    s->max_answered = answered > s->max_answered ? (int)answered : s->max_answered;
    s->of = (int)ws_int(msg, "of", -1);
  } else if (strcmp(t, "ack") == 0) {
    seen_of(p, seq)->acks++;
  } else if (strcmp(t, "reveal") == 0) {
    Seen *s = seen_of(p, seq);
    s->reveals++;
    s->best = (int)ws_int(msg, "best", -1);
    const cJSON *counts = cJSON_GetObjectItemCaseSensitive(msg, "counts");
    s->n_counts = cJSON_GetArraySize(counts);
    for (int i = 0; i < s->n_counts && i < MAX_COUNTS; i++) {
      s->counts[i] = (int)cJSON_GetArrayItem(counts, i)->valuedouble;
    }
    if (p->open_seq == seq) {
      p->open_seq = 0;
    }
  } else if (strcmp(t, "continue") == 0) {
    Seen *s = seen_of(p, seq);
    s->continues++;
    s->room = (int)ws_int(msg, "room", -1);
  } else if (strcmp(t, "end") == 0) {
    p->ended++;
    cJSON_Delete(p->results);
    p->results = cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(msg, "results"), 1);
  } else {
    char *text = cJSON_PrintUnformatted(msg);
    T_FAIL("%s got %s", p->name, text);
    cJSON_free(text);
    return -1;
  }
  return 0;
}

/* How many messages of type 't' (about decision 'seq') 'p' has taken in. */
static int taken(Player *p, const char *t, long long seq) {
  if (strcmp(t, "start") == 0) {
    return p->started;
  }
  if (strcmp(t, "end") == 0) {
    return p->ended;
  }
  Seen *s = seen_of(p, seq);
  return strcmp(t, "open") == 0       ? s->opens
         : strcmp(t, "ack") == 0      ? s->acks
         : strcmp(t, "count") == 0    ? s->count_msgs
         : strcmp(t, "reveal") == 0   ? s->reveals
         : strcmp(t, "continue") == 0 ? s->continues
                                      : 0;
}

/* Reads messages until 'p' has taken in at least 'n' of type 't' (about
   decision 'seq'); 0, or -1 on anything else (reported). */
static int pump_until(Player *p, const char *t, long long seq, int n) {
  while (taken(p, t, seq) < n) {
    cJSON *msg = ws_read_msg(&p->conn, p->name, 10000);
    if (!msg) {
      T_FAIL("%s: waiting for %s %lld", p->name, t, seq);
      return -1;
    }
    int rc = take(p, msg);
    cJSON_Delete(msg);
    if (rc != 0) {
      return -1;
    }
  }
  return 0;
}

/* Joins (or rejoins, with the pid kept) and returns the welcome's state
   (free it), or NULL. */
static cJSON *join(Player *p, const WsFacil *f) {
  if (ws_connect(&p->conn, f->port) != 0) {
    T_FAIL("%s: connect: %s", p->name, strerror(errno));
    return NULL;
  }
  ws_send_line(&p->conn, ws_hello(CODE, p->name, p->pid));
  cJSON *msg = ws_read_msg(&p->conn, p->name, 10000);
  if (strcmp(ws_type(msg), "welcome") != 0) {
    T_FAIL("%s: hello was not welcomed (%s)", p->name, ws_type(msg));
    cJSON_Delete(msg);
    return NULL;
  }
  EXPECT_INT(ws_int(msg, "v", -1), 1);
  EXPECT_STR(ws_str(msg, "sid"), f->sid);
  EXPECT_STR(ws_str(msg, "name"), p->name);
  EXPECT_INT(strlen(ws_str(msg, "attempt")) > 0, 1);
  if (p->attempt[0]) {
    EXPECT_STR(ws_str(msg, "attempt"), p->attempt);
  }
  snprintf(p->attempt, sizeof p->attempt, "%s", ws_str(msg, "attempt"));
  if (p->pid[0]) {
    EXPECT_STR(ws_str(msg, "pid"), p->pid);
  }
  snprintf(p->pid, sizeof p->pid, "%s", ws_str(msg, "pid"));
  EXPECT_INT(strlen(p->pid) > 0, 1);
  cJSON *state = cJSON_DetachItemFromObjectCaseSensitive(msg, "state");
  cJSON_Delete(msg);
  if (!cJSON_IsObject(state)) {
    T_FAIL("%s: welcome without a state", p->name);
    cJSON_Delete(state);
    return NULL;
  }
  return state;
}

static int answer(Player *p, long long seq, int choice) {
  Seen *s = seen_of(p, seq);
  return ws_send_line(&p->conn, ws_answer(seq, s->thread, s->beat, choice, MS));
}

/* --- hostile peers ------------------------------------------------------------- */

/* Sends 'len' bytes and a newline on a fresh connection and expects one
   error line and the connection closed; 'alt_t'/'alt_why' name a refusal
   the protocol allows instead (NULL: none). */
static void expect_error_and_close(int port, const char *what, const char *bytes, size_t len, const char *alt_why) {
  WsConn c;
  if (ws_connect(&c, port) != 0) {
    T_FAIL("%s: connect: %s", what, strerror(errno));
    return;
  }
  char *line = malloc(len + 1);
  memcpy(line, bytes, len);
  line[len] = '\n';
  ws_send_raw(&c, line, len + 1);
  free(line);
  cJSON *msg = ws_read_msg(&c, what, 5000);
  const char *t = ws_type(msg);
  int refused_as_allowed = alt_why && strcmp(t, "refuse") == 0 && strcmp(ws_str(msg, "why"), alt_why) == 0;
  if (strcmp(t, "error") != 0 && !refused_as_allowed) {
    T_FAIL("%s: answered with %s, expected error", what, t);
  } else if (!refused_as_allowed && !ws_str(msg, "msg")[0]) {
    T_FAIL("%s: the error names no problem", what);
  }
  t_checks++;
  if (!ws_closed_within(&c, 3000)) {
    T_FAIL("%s: the connection stayed open after the error", what);
  }
  cJSON_Delete(msg);
  ws_close(&c);
}

static void garbage_gets_an_error_and_a_close(int port) {
  static const char binary[] = "\x00\x01\x02\xff\xfe\x7f\x80 garbage \x00\x1b[2J";
  static const char bad_utf8[] = "\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x90\x28\xbc";
  static const char bad_utf8_name[] = "{\"t\":\"hello\",\"v\":1,\"code\":\"" CODE "\",\"name\":\"an\xff\xfe\xc3\"}";
  struct {
    const char *what, *bytes;
    size_t len;
    const char *alt_why;
  } cases[] = {
      {"binary bytes", binary, sizeof binary - 1, NULL},
      {"invalid UTF-8", bad_utf8, sizeof bad_utf8 - 1, NULL},
      {"not JSON", "hello facilitator, let me in", 0, NULL},
      {"a JSON array", "[1,2,3]", 0, NULL},
      {"a JSON string", "\"hello\"", 0, NULL},
      {"an unknown t", "{\"t\":\"dance\",\"v\":1}", 0, NULL},
      {"no t", "{\"v\":1,\"code\":\"" CODE "\",\"name\":\"x\"}", 0, NULL},
      {"t not a string", "{\"t\":7}", 0, NULL},
      {"hello, wrong field types", "{\"t\":\"hello\",\"v\":\"1\",\"code\":12345,\"name\":[\"x\"]}", 0, NULL},
      {"hello, a huge version", "{\"t\":\"hello\",\"v\":1e999,\"code\":\"" CODE "\",\"name\":\"x\"}", 0, "version"},
      {"hello, a version past 2^64",
       "{\"t\":\"hello\",\"v\":123456789012345678901234567890,\"code\":\"" CODE "\",\"name\":\"x\"}", 0, "version"},
      {"hello, an invalid UTF-8 name", bad_utf8_name, sizeof bad_utf8_name - 1, "name"},
      {"an answer before hello",
       "{\"t\":\"answer\",\"seq\":1,\"thread\":\"main\",\"beat\":\"complaint\",\"choice\":1,\"ms\":1,\"at\":0}", 0,
       NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t len = cases[i].len ? cases[i].len : strlen(cases[i].bytes);
    expect_error_and_close(port, cases[i].what, cases[i].bytes, len, cases[i].alt_why);
  }
  char nested[3001];
  for (int i = 0; i < 1500; i++) {
    nested[i] = '[';
    nested[1500 + i] = ']';
  }
  expect_error_and_close(port, "JSON nested 1500 deep", nested, 3000, NULL);
}

/* Control messages from connections that do not hold the secret. */
static void control_without_the_secret_is_refused(int port) {
  expect_error_and_close(port, "control without a secret", "{\"t\":\"control\",\"do\":\"close\"}", 0, NULL);
  expect_error_and_close(port, "control with a wrong secret",
                         "{\"t\":\"control\",\"secret\":\"0123456789abcdef0123456789abcdef\",\"do\":\"end\"}", 0, NULL);
  expect_error_and_close(port, "control with a secret of the wrong type",
                         "{\"t\":\"control\",\"secret\":12,\"do\":\"end\"}", 0, NULL);
}

/* Reads what came on the long line's connection: the error line, then
   the facilitator's end of the connection. */
static void read_what_came(WsConn *c, char *error_line, size_t cap) {
  char line[512];
  while (!c->eof && ws_fill(c) > 0) {
  }
  while (ws_take_line(c, line, sizeof line)) {
    if (!error_line[0]) {
      snprintf(error_line, cap, "%s", line);
    }
  }
}

/* A line that never ends. The facilitator must answer with an error and
   close its side once the line passes 4 KiB, well before 100 MB are sent;
   its memory must not grow with the line; and the connection must be gone
   for good within a few seconds (a send fails). */
static void a_100_mb_line_is_cut_short(int port) {
  const size_t total = 100u << 20, chunk = 64u << 10;
  long rss_before = ws_rss_kib(facil_main.pid), rss_peak = rss_before;
  WsConn c;
  if (ws_connect_from(&c, "127.0.0.1", port, NULL, 1) != 0) {
    T_FAIL("100 MB line: connect: %s", strerror(errno));
    return;
  }
  char *bytes = malloc(chunk), error_line[512] = "";
  memset(bytes, 'x', chunk);
  static const char start[] = "{\"t\":\"hello\",\"v\":1,\"code\":\"" CODE "\",\"name\":\"";
  memcpy(bytes, start, sizeof start - 1);
  size_t sent = 0, sent_at_close = 0;
  int gone = 0;
  int64_t t0 = ws_now_ms();
  while (!gone && ws_now_ms() - t0 < 10000) {
    struct pollfd p = {.fd = c.fd, .events = (short)((c.eof ? 0 : POLLIN) | (sent < total ? POLLOUT : 0))};
    if (p.events == 0 || poll(&p, 1, 3000) <= 0) {
      break;
    }
    if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
      read_what_came(&c, error_line, sizeof error_line);
      sent_at_close = c.eof && !sent_at_close ? sent : sent_at_close;
    }
    if (p.revents & POLLOUT) {
      ssize_t n = send(c.fd, bytes, chunk, MSG_NOSIGNAL);
      gone = n < 0 && errno != EAGAIN && errno != EINTR;
      if (n > 0 && (sent >> 20) != ((sent + (size_t)n) >> 20)) {
        long rss = ws_rss_kib(facil_main.pid);
        rss_peak = rss > rss_peak ? rss : rss_peak;
      }
      sent += n > 0 ? (size_t)n : 0;
    }
  }
  free(bytes);
  read_what_came(&c, error_line, sizeof error_line);
  sent_at_close = c.eof && !sent_at_close ? sent : sent_at_close;
  for (int64_t t1 = ws_now_ms(); !gone && ws_now_ms() - t1 < 5000; usleep(50 * 1000)) {
    gone = send(c.fd, "x", 1, MSG_NOSIGNAL) < 0 && errno != EAGAIN;
  }
  printf("     100 MB line: closed by the facilitator after %.2f MB, %.1f MB accepted in all before the reset "
         "%.1f s later; facilitator RSS %ld kB before, peak %ld kB\n",
         (double)sent_at_close / (1 << 20), (double)sent / (1 << 20), (double)(ws_now_ms() - t0) / 1000, rss_before,
         rss_peak);
  cJSON *msg = cJSON_Parse(error_line);
  EXPECT_STR(ws_type(msg), "error");
  EXPECT_CONTAINS(ws_str(msg, "msg"), "4096");
  cJSON_Delete(msg);
  EXPECT_INT(c.eof, 1);
  EXPECT(sent_at_close > 0 && sent_at_close < (16u << 20));
  EXPECT_INT(gone, 1);
  EXPECT(rss_before > 0 && rss_peak - rss_before < 16 * 1024);
#if !defined(__SANITIZE_ADDRESS__)
  EXPECT(rss_peak < 64 * 1024);
#endif
  ws_close(&c);
}

/* --- the flood and the silent connections ------------------------------------------ */

typedef struct Flood {
  WsConn conns[FLOOD];
  int64_t opened_ms[FLOOD]; /* when each connect returned */
  int refused_at_once;
} Flood;

/* Opens FLOOD connections that say nothing while 'open_before' others are
   open, and expects those past the limit refused at once (closed, with a
   refuse "full" at most). */
static void flood_connections(Flood *fl, int open_before) {
  int opened = 0;
  for (int i = 0; i < FLOOD; i++) {
    if (ws_connect_from(&fl->conns[i], "127.0.0.1", facil_main.port, NULL, 1) == 0) {
      opened++;
    }
    fl->opened_ms[i] = ws_now_ms();
  }
  EXPECT_INT(opened, FLOOD);
  usleep(1000 * 1000);
  char line[512];
  for (int i = 0; i < FLOOD; i++) {
    WsConn *c = &fl->conns[i];
    while (c->fd >= 0 && !c->eof && ws_fill(c) > 0) {
    }
    while (c->fd >= 0 && ws_take_line(c, line, sizeof line)) {
      cJSON *msg = cJSON_Parse(line);
      if (strcmp(ws_type(msg), "refuse") != 0 || strcmp(ws_str(msg, "why"), "full") != 0) {
        T_FAIL("flood connection %d got %s", i, line);
      }
      cJSON_Delete(msg);
    }
    fl->refused_at_once += c->eof;
  }
  printf("     flood: %d of %d connections refused at once\n", fl->refused_at_once, FLOOD);
  EXPECT_INT(fl->refused_at_once, FLOOD - (MAX_CONNECTIONS - open_before));
}

/* The connections let in said no hello: each is closed about 5 s after it
   opened, none before 4 s (all watched at once, each against its own
   opening time). */
static void silent_connections_are_closed_after_5_s(Flood *fl) {
  static struct pollfd fds[FLOOD];
  int64_t first = -1, last = -1, deadline = ws_now_ms() + 9000;
  int open = 0;
  for (int i = 0; i < FLOOD; i++) {
    fds[i] = (struct pollfd){.fd = fl->conns[i].eof ? -1 : fl->conns[i].fd, .events = POLLIN};
    open += fds[i].fd >= 0;
  }
  while (open > 0 && ws_now_ms() < deadline && poll(fds, FLOOD, 200) >= 0) {
    for (int i = 0; i < FLOOD; i++) {
      if (fds[i].fd < 0 || !fds[i].revents) {
        continue;
      }
      WsConn *c = &fl->conns[i];
      char line[512];
      while (!c->eof && ws_fill(c) > 0) {
      }
      while (ws_take_line(c, line, sizeof line)) { /* a last error line may say why */
      }
      if (c->eof) {
        int64_t at = ws_now_ms() - fl->opened_ms[i];
        first = first < 0 || at < first ? at : first;
        last = at > last ? at : last;
        fds[i].fd = -1;
        open--;
      }
    }
  }
  printf("     silent connections closed between %.1f s and %.1f s after they opened, %d still open\n",
         (double)first / 1000, (double)last / 1000, open);
  EXPECT_INT(open, 0);
  EXPECT(first >= 4000);
  EXPECT(last <= 7000);
  for (int i = 0; i < FLOOD; i++) {
    ws_close(&fl->conns[i]);
  }
}

/* --- the session ------------------------------------------------------------------- */

static void wrong_code_is_refused(int port) {
  WsConn c;
  if (ws_connect(&c, port) != 0) {
    T_FAIL("connect: %s", strerror(errno));
    return;
  }
  ws_send_line(&c, ws_hello(WRONG_CODE, "mallory", NULL));
  cJSON *msg = ws_read_msg(&c, "wrong code", 5000);
  EXPECT_STR(ws_type(msg), "refuse");
  EXPECT_STR(ws_str(msg, "why"), "code");
  EXPECT_INT(ws_closed_within(&c, 3000), 1);
  cJSON_Delete(msg);
  ws_close(&c);
}

/* Both join; the second join starts the session: start, then open 1. */
static int both_join_and_start(Player *ann, Player *bob) {
  cJSON *state = join(ann, &facil_main);
  EXPECT_STR(ws_str(state, "phase"), "lobby");
  cJSON_Delete(state);
  state = join(bob, &facil_main);
  if (!state) {
    return -1;
  }
  cJSON_Delete(state);
  if (pump_until(ann, "open", 1, 1) != 0 || pump_until(bob, "open", 1, 1) != 0) {
    return -1;
  }
  EXPECT_INT(ann->started, 1);
  EXPECT_INT(bob->started, 1);
  EXPECT_STR(ann->seen[0].beat, bob->seen[0].beat);
  return 0;
}

/* Ann, holding a seat, claims to be the facilitator with a wrong secret:
   error and close; she rejoins her seat with her pid at decision 1. */
static void a_participant_claiming_control_is_cut_off(Player *ann) {
  ws_send_line(&ann->conn, "{\"t\":\"control\",\"secret\":\"ffffffffffffffffffffffffffffffff\",\"do\":\"close\"}");
  cJSON *msg;
  while ((msg = ws_read_msg(&ann->conn, "ann claiming control", 5000)) && strcmp(ws_type(msg), "count") == 0) {
    cJSON_Delete(msg);
  }
  EXPECT_STR(ws_type(msg), "error");
  cJSON_Delete(msg);
  EXPECT_INT(ws_closed_within(&ann->conn, 3000), 1);
  ws_close(&ann->conn);
  cJSON *state = join(ann, &facil_main);
  EXPECT_STR(ws_str(state, "phase"), "play");
  const cJSON *open = cJSON_GetObjectItemCaseSensitive(state, "open");
  EXPECT_INT(ws_int(open, "seq", -1), 1);
  EXPECT_INT(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(state, "mine")), 0);
  EXPECT_INT(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(state, "steps")), 0);
  cJSON_Delete(state);
}

/* Decision 1, with the hostile peers at work: Ann answers (twice, the same)
   while the flood is held, Bob answers, and only then is it revealed. */
static void decision_1_under_attack(Player *ann, Player *bob) {
  int port = facil_main.port;
  wrong_code_is_refused(port);
  garbage_gets_an_error_and_a_close(port);
  control_without_the_secret_is_refused(port);
  a_participant_claiming_control_is_cut_off(ann);
  a_100_mb_line_is_cut_short(port);
  usleep(300 * 1000); /* let the facilitator see the closed connections go */

  static Flood fl;
  flood_connections(&fl, 2);
  int64_t t0 = ws_now_ms();
  answer(ann, 1, CHOICE);
  pump_until(ann, "ack", 1, 1);
  int64_t acked = ws_now_ms() - t0;
  printf("     ann's answer acknowledged in %lld ms during the flood\n", (long long)acked);
  EXPECT(acked < 2000);
  answer(ann, 1, CHOICE); /* a resend: acknowledged again, counted once */
  pump_until(ann, "ack", 1, 2);
  silent_connections_are_closed_after_5_s(&fl);

  answer(bob, 1, CHOICE);
  pump_until(bob, "ack", 1, 1);
  pump_until(ann, "continue", 1, 1);
  pump_until(bob, "continue", 1, 1);
}

/* Decision 2: Ann answers, the facilitator's secret closes it, and Bob's
   late answer is still taken. */
static void decision_2_closed_by_the_secret(Player *ann, Player *bob) {
  pump_until(ann, "open", 2, 1);
  pump_until(bob, "open", 2, 1);
  answer(ann, 2, CHOICE);
  pump_until(ann, "ack", 2, 1);
  pump_until(bob, "count", 2, 1);

  char path[320], secret[64] = "";
  snprintf(path, sizeof path, "%s/main.secret", root);
  struct stat st;
  EXPECT_INT(stat(path, &st), 0);
  EXPECT_INT(st.st_mode & 0777, 0600);
  FILE *f = fopen(path, "r");
  if (!f || fscanf(f, "%63s", secret) != 1) {
    T_FAIL("no secret in %s", path);
  }
  if (f) {
    fclose(f);
  }
  EXPECT_INT(strlen(secret), 32);
  WsConn control;
  char line[256];
  snprintf(line, sizeof line, "{\"t\":\"control\",\"secret\":\"%s\",\"do\":\"close\"}", secret);
  if (ws_connect(&control, facil_main.port) == 0) {
    ws_send_line(&control, line);
    pump_until(ann, "reveal", 2, 1);
    pump_until(bob, "reveal", 2, 1);
    ws_close(&control);
  }
  answer(bob, 2, CHOICE);
  pump_until(bob, "ack", 2, 1);
}

/* The choice 'state' (a welcome's) holds for decision 'seq' in "mine", or -1. */
static int mine_choice(const cJSON *state, long long seq) {
  const cJSON *a;
  cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(state, "mine")) {
    if (ws_int(a, "seq", -1) == seq) {
      return (int)ws_int(a, "choice", -1);
    }
  }
  return -1;
}

/* Ann, whose answer to 'seq' is acknowledged, sends another choice: the
   first answer stands. The facilitator refuses the second with an error,
   then either closes the connection (an error closes it, says the table of
   messages) and Ann rejoins, or sends a welcome at once ("Exactly once");
   either way the welcome's "mine" holds her first choice. */
static void a_changed_answer_is_refused(Player *ann, long long seq) {
  Seen *s = seen_of(ann, seq);
  ws_send_line(&ann->conn, ws_answer(seq, s->thread, s->beat, CHOICE == 1 ? 2 : 1, MS));
  cJSON *msg;
  while ((msg = ws_read_msg(&ann->conn, "ann changing her answer", 5000)) && strcmp(ws_type(msg), "count") == 0) {
    take(ann, msg);
    cJSON_Delete(msg);
  }
  EXPECT_STR(ws_type(msg), "error");
  cJSON_Delete(msg);
  cJSON *state = NULL;
  char line[WS_LINE_MAX];
  int rc = ws_read_line(&ann->conn, line, sizeof line, 3000);
  if (rc == 0) {
    ws_close(&ann->conn);
    state = join(ann, &facil_main);
  } else if (rc == 1) {
    msg = cJSON_Parse(line);
    EXPECT_STR(ws_type(msg), "welcome");
    state = cJSON_DetachItemFromObjectCaseSensitive(msg, "state");
    cJSON_Delete(msg);
  } else {
    T_FAIL("ann: neither a close nor a welcome after the error");
  }
  EXPECT_INT(mine_choice(state, seq), CHOICE);
  EXPECT_INT(mine_choice(state, 1), CHOICE);
  EXPECT_INT(mine_choice(state, 2), CHOICE);
  cJSON_Delete(state);
}

/* Ann sends answers with numbers out of range: each is an error that
   closes her connection; she rejoins her seat, her first answer kept. */
static void huge_numbers_in_an_answer(Player *ann, long long seq) {
  Seen *s = seen_of(ann, seq);
  char line[512];
  const char *bad[] = {
      "\"seq\":%lld,\"choice\":1e300,\"ms\":4000",
      "\"seq\":%lld000000000000000000000,\"choice\":2,\"ms\":4000", /* seq past 2^64 */
      "\"seq\":%lld,\"choice\":2,\"ms\":-4000",
      "\"seq\":%lld,\"choice\":2.5,\"ms\":4000",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    char fields[128];
    snprintf(fields, sizeof fields, bad[i], seq);
    snprintf(line, sizeof line, "{\"t\":\"answer\",%s,\"thread\":\"%s\",\"beat\":\"%s\",\"at\":0}", fields, s->thread,
             s->beat);
    ws_send_line(&ann->conn, line);
    cJSON *msg;
    while ((msg = ws_read_msg(&ann->conn, line, 5000)) && strcmp(ws_type(msg), "count") == 0) {
      take(ann, msg);
      cJSON_Delete(msg);
    }
    if (strcmp(ws_type(msg), "error") != 0) {
      T_FAIL("%s: answered with %s, expected error", line, ws_type(msg));
    }
    t_checks++;
    cJSON_Delete(msg);
    EXPECT_INT(ws_closed_within(&ann->conn, 3000), 1);
    ws_close(&ann->conn);
    cJSON *state = join(ann, &facil_main);
    EXPECT_INT(mine_choice(state, seq), CHOICE);
    const cJSON *steps = cJSON_GetObjectItemCaseSensitive(state, "steps"), *step;
    EXPECT_INT(cJSON_GetArraySize(steps), seq - 1); /* the decisions the room went on from */
    cJSON_ArrayForEach(step, steps) {
      EXPECT_INT(ws_int(step, "room", -1), CHOICE);
    }
    cJSON_Delete(state);
  }
}

/* The rest of the story: both answer every decision until the end; at
   decision 3 Ann tries to change her answer first, then sends numbers out
   of range. */
static void the_rest_of_the_session(Player *ann, Player *bob) {
  for (int guard = 0; guard < MAX_DECISIONS && !ann->ended; guard++) {
    while (!ann->ended && ann->open_seq == 0) {
      cJSON *msg = ws_read_msg(&ann->conn, ann->name, 10000);
      int rc = msg ? take(ann, msg) : -1;
      cJSON_Delete(msg);
      if (rc != 0) {
        T_FAIL("ann: waiting for the next decision");
        return;
      }
    }
    if (ann->ended) {
      break;
    }
    long long seq = ann->open_seq;
    if (pump_until(bob, "open", seq, 1) != 0) {
      return;
    }
    answer(ann, seq, CHOICE);
    if (seq == 3) {
      pump_until(ann, "ack", seq, 1);
      a_changed_answer_is_refused(ann, seq);
      huge_numbers_in_an_answer(ann, seq);
    }
    answer(bob, seq, CHOICE);
    pump_until(ann, "reveal", seq, 1);
    pump_until(bob, "reveal", seq, 1);
  }
  if (!ann->ended) {
    pump_until(ann, "end", 0, 1);
  }
  if (!bob->ended) {
    pump_until(bob, "end", 0, 1);
  }
}

/* What each saw of each decision: every answer acknowledged, counted once. */
static int check_decisions(Player *p, int acks_of_1) {
  int n = 0;
  for (int i = 0; i < MAX_DECISIONS && p->seen[i].seq; i++, n++) {
    Seen *s = &p->seen[i];
    EXPECT_INT(s->reveals, 1);
    EXPECT_INT(s->continues, 1);
    EXPECT_INT(s->acks, s->seq == 1 ? acks_of_1 : 1);
    EXPECT_INT(s->room, CHOICE);
    EXPECT_INT(s->n_counts >= CHOICE + 1, 1);
    int sum = 0;
    for (int k = 0; k < s->n_counts; k++) {
      sum += s->counts[k];
    }
    if (s->seq == 2) { /* closed with Bob's answer missing */
      EXPECT_INT(s->counts[0], 1);
      EXPECT_INT(s->counts[CHOICE], 1);
      EXPECT_INT(sum, 1 + 1);
    } else {
      EXPECT_INT(s->counts[CHOICE], 2);
      EXPECT_INT(sum, 2);
      EXPECT_INT(s->max_answered, 2);
    }
    EXPECT_INT(s->of, 2);
    EXPECT(s->opens >= 1);
    if (strcmp(p->name, "bob") == 0) {
      EXPECT_INT(s->opens, 1);
    }
  }
  return n;
}

/* The room's results: two seats, both finished, each axis's bins holding
   the two, and every decision whose best is not CHOICE a mistake made twice. */
static void check_results(const cJSON *results, const Player *p, int decisions) {
  EXPECT_INT(ws_int(results, "seats", -1), 2);
  EXPECT_INT(ws_int(results, "finished", -1), 2);
  const char *axes[] = {"empathy", "speed", "policy"};
  for (int a = 0; a < 3; a++) {
    const cJSON *axis = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(results, "axes"), axes[a]);
    const cJSON *bins = cJSON_GetObjectItemCaseSensitive(axis, "bins");
    int sum = 0, top = 0;
    EXPECT_INT(cJSON_GetArraySize(bins), 5);
    for (int k = 0; k < cJSON_GetArraySize(bins); k++) {
      int v = (int)cJSON_GetArrayItem(bins, k)->valuedouble;
      sum += v;
      top = v > top ? v : top;
    }
    EXPECT_INT(sum, 2);
    EXPECT_INT(top, 2); /* the same answers and times: the same scores */
  }
  int expected = 0;
  for (int i = 0; i < decisions; i++) {
    expected += p->seen[i].best != CHOICE;
  }
  const cJSON *mistakes = cJSON_GetObjectItemCaseSensitive(results, "mistakes");
  EXPECT_INT(cJSON_GetArraySize(mistakes), expected < 5 ? expected : 5);
  const cJSON *m;
  cJSON_ArrayForEach(m, mistakes) {
    long long seq = ws_int(m, "seq", -1);
    EXPECT(seq >= 1 && seq <= decisions && p->seen[seq - 1].best != CHOICE);
    EXPECT_INT(ws_int(m, "choice", -1), CHOICE);
    EXPECT_INT(ws_int(m, "count", -1), 2);
  }
}

/* The facilitator's journal (DATA/attempts.jsonl, docs/records.md): one
   attempt per seat, mode "workshop", marked with the session, under the
   attempt id its welcome gave, every decision answered once with CHOICE in
   MS; the two seats scored alike. */
static void check_journal(const Player *const players[2], int decisions) {
  char path[320], line[WS_LINE_MAX];
  snprintf(path, sizeof path, "%s/main/attempts.jsonl", root);
  FILE *f = fopen(path, "r");
  int n = 0;
  cJSON *scores[2] = {NULL, NULL};
  while (f && fgets(line, sizeof line, f)) {
    cJSON *a = cJSON_Parse(line);
    int who = strcmp(ws_str(a, "trainee"), "ann") == 0 ? 0 : strcmp(ws_str(a, "trainee"), "bob") == 0 ? 1 : -1;
    EXPECT(who >= 0);
    EXPECT_STR(ws_str(a, "mode"), "workshop");
    EXPECT_STR(ws_str(a, "session"), facil_main.sid);
    if (who >= 0 && n < 2) {
      EXPECT_STR(ws_str(a, "id"), players[who]->attempt);
      scores[who] = cJSON_DetachItemFromObjectCaseSensitive(a, "scores");
    }
    const cJSON *d, *list = cJSON_GetObjectItemCaseSensitive(a, "decisions");
    EXPECT_INT(cJSON_GetArraySize(list), decisions);
    cJSON_ArrayForEach(d, list) {
      EXPECT_INT(ws_int(d, "choice", -1), CHOICE);
      EXPECT_INT(ws_int(d, "reaction_ms", -1), MS);
    }
    cJSON_Delete(a);
    n++;
  }
  if (f) {
    fclose(f);
  }
  EXPECT_INT(n, 2);
  EXPECT_INT(scores[0] && scores[1] && cJSON_Compare(scores[0], scores[1], 1), 1);
  cJSON_Delete(scores[0]);
  cJSON_Delete(scores[1]);
}

/* How many lines of the facilitator's stderr report a peer's bad line as
   the protocol page shows ("workshop: 10.0.0.7:51544: line 3: ..."), with
   line number 'lineno'. */
static int reported_lines(const char *name, int lineno) {
  char path[320], line[1024];
  snprintf(path, sizeof path, "%s/%s.err", root, name);
  FILE *f = fopen(path, "r");
  int n = 0;
  while (f && fgets(line, sizeof line, f)) {
    int port, at, end = 0;
    if (sscanf(line, "workshop: 127.0.0.1:%d: line %d: %n", &port, &at, &end) == 2 && end > 0 && at == lineno) {
      n++;
    }
  }
  if (f) {
    fclose(f);
  }
  return n;
}

static void a_session_survives_hostile_peers(void) {
  if (start_facilitator(&facil_main, "main", "2") != 0) {
    T_FAIL("the facilitator did not start");
    show_stderr("main");
    return;
  }
  EXPECT_STR(facil_main.code, CODE);
  static Player ann = {.name = "ann", .conn.fd = -1}, bob = {.name = "bob", .conn.fd = -1};
  if (both_join_and_start(&ann, &bob) == 0) {
    decision_1_under_attack(&ann, &bob);
    decision_2_closed_by_the_secret(&ann, &bob);
    the_rest_of_the_session(&ann, &bob);
  }
  ws_close(&ann.conn); /* a facilitator that has ended waits for its connections to go */
  ws_close(&bob.conn);
  char results_line[WS_LINE_MAX];
  int status = ws_facil_wait(&facil_main, results_line, sizeof results_line, 20000);
  EXPECT_INT(status, 0);
  int decisions = check_decisions(&ann, 2);
  EXPECT_INT(check_decisions(&bob, 1), decisions);
  printf("     the session: %d decisions\n", decisions);
  EXPECT(decisions >= 3);
  EXPECT_INT(ann.ended, 1);
  EXPECT_INT(bob.ended, 1);
  cJSON *printed = cJSON_Parse(results_line);
  EXPECT_INT(cJSON_IsObject(printed), 1);
  EXPECT_INT(cJSON_Compare(printed, ann.results, 1), 1);
  EXPECT_INT(cJSON_Compare(printed, bob.results, 1), 1);
  check_results(printed, &ann, decisions);
  check_journal((const Player *const[2]){&ann, &bob}, decisions);
  EXPECT(reported_lines("main", 1) >= 17); /* the garbage, the wrong code, the control messages */
  EXPECT(reported_lines("main", 2) >= 1);  /* Ann's claim to control, after her hello */
  cJSON_Delete(printed);
  cJSON_Delete(ann.results);
  cJSON_Delete(bob.results);
  if (t_failures) {
    show_stderr("main");
  }
}

/* --- refusals and the rate limit on wrong codes -------------------------------------- */

/* A hello from 'from' and the kind of its answer ("welcome", or "refuse"
   with its why in 'why'). */
static const char *hello_from(const char *from, const char *line, char *why, size_t cap) {
  static char t[32];
  WsConn c;
  snprintf(t, sizeof t, "(no answer)");
  why[0] = '\0';
  if (ws_connect_from(&c, "127.0.0.1", facil_limit.port, from, 0) != 0) {
    snprintf(t, sizeof t, "(no connection)");
    return t;
  }
  ws_send_line(&c, line);
  cJSON *msg = ws_read_msg(&c, from, 5000);
  if (msg) {
    snprintf(t, sizeof t, "%s", ws_type(msg));
    snprintf(why, cap, "%s", ws_str(msg, "why"));
  }
  if (strcmp(t, "refuse") == 0) {
    EXPECT_INT(ws_closed_within(&c, 3000), 1);
  }
  cJSON_Delete(msg);
  ws_close(&c);
  return t;
}

/* A hello of exactly 'len' bytes (spaces before its closing brace). */
static void padded_hello(char *line, size_t len, const char *name) {
  int n = snprintf(line, len + 1, "{\"t\":\"hello\",\"v\":1,\"code\":\"%s\",\"name\":\"%s\"", CODE, name);
  memset(line + n, ' ', len - (size_t)n - 1);
  line[len - 1] = '}';
  line[len] = '\0';
}

/* The bound is 4 KiB of line: a hello of exactly 4096 bytes (a \r before
   its newline not counted) is welcomed, and a second hello on that seat's
   connection is an error that closes it; a hello of 4097 bytes is an error. */
static void the_line_bound_is_4_kib(void) {
  char line[4200];
  WsConn c;
  padded_hello(line, 4096, "edge");
  memcpy(line + 4096, "\r\n", 3);
  if (ws_connect_from(&c, "127.0.0.1", facil_limit.port, "127.0.0.4", 0) != 0) {
    T_FAIL("connect: %s", strerror(errno));
    return;
  }
  ws_send_raw(&c, line, 4098);
  cJSON *msg = ws_read_msg(&c, "a 4096-byte hello", 5000);
  EXPECT_STR(ws_type(msg), "welcome");
  cJSON_Delete(msg);
  ws_send_line(&c, ws_hello(CODE, "edge", NULL));
  msg = ws_read_msg(&c, "a second hello", 5000);
  EXPECT_STR(ws_type(msg), "error");
  EXPECT_INT(ws_closed_within(&c, 3000), 1);
  cJSON_Delete(msg);
  ws_close(&c);

  padded_hello(line, 4097, "edge2");
  if (ws_connect_from(&c, "127.0.0.1", facil_limit.port, "127.0.0.4", 0) != 0) {
    T_FAIL("connect: %s", strerror(errno));
    return;
  }
  ws_send_line(&c, line);
  msg = ws_read_msg(&c, "a 4097-byte hello", 5000);
  EXPECT_STR(ws_type(msg), "error");
  EXPECT_CONTAINS(ws_str(msg, "msg"), "4096");
  EXPECT_INT(ws_closed_within(&c, 3000), 1);
  cJSON_Delete(msg);
  ws_close(&c);
}

static void hello_refusals_and_the_wrong_code_limit(void) {
  if (start_facilitator(&facil_limit, "limit", "5") != 0) {
    T_FAIL("the second facilitator did not start");
    show_stderr("limit");
    return;
  }
  char why[64], line[512], long_name[80];
  memset(long_name, 'n', 65);
  long_name[65] = '\0';
  EXPECT_STR(hello_from("127.0.0.3", ws_hello(CODE, "", NULL), why, sizeof why), "refuse");
  EXPECT_STR(why, "name");
  EXPECT_STR(hello_from("127.0.0.3", ws_hello(CODE, long_name, NULL), why, sizeof why), "refuse");
  EXPECT_STR(why, "name");
  EXPECT_STR(hello_from("127.0.0.3", ws_hello(CODE, "tab\\there", NULL), why, sizeof why), "refuse");
  EXPECT_STR(why, "name");
  snprintf(line, sizeof line, "{\"t\":\"hello\",\"v\":2,\"code\":\"%s\",\"name\":\"vic\"}", CODE);
  EXPECT_STR(hello_from("127.0.0.3", line, why, sizeof why), "refuse");
  EXPECT_STR(why, "version");

  for (int i = 0; i < 5; i++) {
    EXPECT_STR(hello_from("127.0.0.1", ws_hello(WRONG_CODE, "eve", NULL), why, sizeof why), "refuse");
    EXPECT_STR(why, "code");
  }
  EXPECT_STR(hello_from("127.0.0.1", ws_hello(CODE, "eve", NULL), why, sizeof why), "refuse");
  printf("     the sixth hello, with the right code, refused with why \"%s\"\n", why);
  EXPECT_STR(hello_from("127.0.0.2", ws_hello(CODE, "eve", NULL), why, sizeof why), "welcome");
  EXPECT_STR(hello_from("127.0.0.3", ws_hello("ht4k7", "lowercase", NULL), why, sizeof why), "welcome");
  the_line_bound_is_4_kib();
  ws_facil_stop(&facil_limit);
  if (t_failures) {
    show_stderr("limit");
  }
}

/* --- a participant that stops reading ------------------------------------------------- */

/* Sends 'line' over and over on non-blocking 'c', never reading, until the
   facilitator drops the connection, 'cap' bytes or 20 s; returns the bytes
   sent and sets *dropped. Samples the facilitator's memory into *rss_peak. */
static size_t send_without_reading(WsConn *c, const char *line, size_t cap, int *dropped, long *rss_peak) {
  size_t one = strlen(line), n = one * 1000, off = 0, sent = 0;
  char *batch = malloc(n);
  for (size_t i = 0; i < 1000; i++) {
    memcpy(batch + i * one, line, one);
  }
  *dropped = 0;
  for (int64_t t0 = ws_now_ms(); !*dropped && sent < cap && ws_now_ms() - t0 < 20000;) {
    struct pollfd p = {.fd = c->fd, .events = POLLOUT};
    if (poll(&p, 1, 1000) <= 0) {
      continue;
    }
    ssize_t k = send(c->fd, batch + off, n - off, MSG_NOSIGNAL);
    *dropped = k < 0 && errno != EAGAIN && errno != EINTR;
    if (k > 0) {
      off = (off + (size_t)k) % n;
      if ((sent >> 22) != ((sent + (size_t)k) >> 22)) {
        long rss = ws_rss_kib(facil_slow.pid);
        *rss_peak = rss > *rss_peak ? rss : *rss_peak;
      }
      sent += (size_t)k;
    }
  }
  free(batch);
  return sent;
}

/* A participant that sends and never reads (here: its answer again and
   again, each acknowledged): once its output queue passes 1 MiB the
   facilitator drops it, its memory flat; it rejoins its seat with its pid
   and its answer is there. */
static void a_participant_that_stops_reading_is_dropped(void) {
  if (start_facilitator(&facil_slow, "slow", "1") != 0) {
    T_FAIL("the third facilitator did not start");
    show_stderr("slow");
    return;
  }
  Player sam = {.name = "sam", .conn.fd = -1};
  cJSON_Delete(join(&sam, &facil_slow));
  int small = 4096;
  setsockopt(sam.conn.fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small); /* the kernel holds less for it */
  if (pump_until(&sam, "open", 1, 1) == 0 && answer(&sam, 1, CHOICE) == 0 && pump_until(&sam, "ack", 1, 1) == 0) {
    long rss_before = ws_rss_kib(facil_slow.pid), rss_peak = rss_before;
    fcntl(sam.conn.fd, F_SETFL, fcntl(sam.conn.fd, F_GETFL) | O_NONBLOCK);
    Seen *s = seen_of(&sam, 1);
    char line[600];
    snprintf(line, sizeof line, "%s\n", ws_answer(1, s->thread, s->beat, CHOICE, MS));
    int dropped;
    size_t sent = send_without_reading(&sam.conn, line, 400u << 20, &dropped, &rss_peak);
    printf("     a participant that never reads: dropped after %.1f MB of answers; facilitator RSS %ld kB before, "
           "peak %ld kB\n",
           (double)sent / (1 << 20), rss_before, rss_peak);
    EXPECT_INT(dropped, 1);
#if !defined(__SANITIZE_ADDRESS__) /* there, every line's freed memory waits in the sanitizer's quarantine */
    EXPECT(rss_peak - rss_before < 16 * 1024);
#endif
    ws_close(&sam.conn);
    cJSON *state = join(&sam, &facil_slow);
    EXPECT_STR(ws_str(state, "phase"), "play");
    EXPECT_INT(mine_choice(state, 1), CHOICE);
    cJSON_Delete(state);
  }
  ws_close(&sam.conn);
  ws_facil_stop(&facil_slow);
  if (t_failures) {
    show_stderr("slow");
  }
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  signal(SIGALRM, on_alarm);
  alarm(180);
  if (!ws_has_command(THICKSKIN_BIN, "facilitate")) {
    printf("skipped: %s has no facilitate command\n", THICKSKIN_BIN);
    return 0;
  }
  snprintf(root, sizeof root, "/tmp/thickskin-wshostile-XXXXXX");
  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 1;
  }
  RUN_TEST(a_session_survives_hostile_peers);
  RUN_TEST(hello_refusals_and_the_wrong_code_limit);
  RUN_TEST(a_participant_that_stops_reading_is_dropped);
  if (t_failures == 0) {
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0) {
      fprintf(stderr, "could not remove %s\n", root);
    }
  } else {
    fprintf(stderr, "kept %s\n", root);
  }
  return t_summary();
}
