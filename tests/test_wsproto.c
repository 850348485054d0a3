/* test_wsproto.c — the workshop protocol on the wire: the bounded line
   reader, every message built and read back, every malformed message
   refused with the field it names. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "testing.h"
#include "wsproto.h"

typedef struct Lines {
  int n;
  size_t lens[16];
  char last[5000];
  size_t total;
} Lines;

static int collect(void *ctx, const char *line, size_t len) {
  Lines *l = ctx;
  if (l->n < 16) {
    l->lens[l->n] = len;
  }
  l->n++;
  l->total += len;
  if (len < sizeof l->last) {
    memcpy(l->last, line, len);
    l->last[len] = '\0';
  }
  return 0;
}

static int stop_at_first(void *ctx, const char *line, size_t len) {
  collect(ctx, line, len);
  return 7;
}

static char *repeat(char c, size_t n) {
  char *s = malloc(n + 1);
  memset(s, c, n);
  s[n] = '\0';
  return s;
}

static void a_line_exactly_at_the_bound_passes_and_one_more_byte_fails(void) {
  WsReader r;
  Lines l = {0};
  char *at = repeat('x', 4096);
  ws_reader_init(&r, 4096);
  EXPECT_INT(ws_reader_feed(&r, at, 4096, collect, &l), 0);
  EXPECT_INT(ws_reader_pending(&r), 4096);
  EXPECT_INT(ws_reader_feed(&r, "\r\n", 2, collect, &l), 0); /* the \r waits in the byte past the bound */
  EXPECT_INT(l.n, 1);
  EXPECT_INT(l.lens[0], 4096);
  EXPECT_INT(r.lines, 1);
  EXPECT_INT(ws_reader_feed(&r, at, 4096, collect, &l), 0);
  EXPECT_INT(ws_reader_feed(&r, "y", 1, collect, &l), WS_READ_TOO_LONG); /* the 4097th byte */
  EXPECT_INT(ws_reader_feed(&r, "\n", 1, collect, &l), WS_READ_TOO_LONG); /* and for good */
  EXPECT_INT(l.n, 1);
  ws_reader_free(&r);
  free(at);
}

static void a_line_over_the_bound_fails_at_once_even_with_its_newline(void) {
  WsReader r;
  Lines l = {0};
  char *over = repeat('x', 4097);
  over[4096] = '\n';
  ws_reader_init(&r, 4096);
  EXPECT_INT(ws_reader_feed(&r, over, 4097, collect, &l), 0); /* 4096 + '\n' is fine */
  EXPECT_INT(l.n, 1);
  over[4096] = 'x';
  EXPECT_INT(ws_reader_feed(&r, over, 4097, collect, &l), WS_READ_TOO_LONG);
  EXPECT_INT(l.n, 1);
  ws_reader_free(&r);
  /* a '\r' in the byte past the bound that is not followed by '\n' */
  ws_reader_init(&r, 8);
  EXPECT_INT(ws_reader_feed(&r, "12345678\r", 9, collect, &l), 0);
  EXPECT_INT(ws_reader_feed(&r, "9", 1, collect, &l), WS_READ_TOO_LONG);
  ws_reader_free(&r);
  free(over);
}

static void lines_split_anywhere_and_crlf_come_out_whole(void) {
  const char *stream = "{\"t\":\"ping\"}\r\n{\"t\":\"done\"}\n\n{\"a\":1}\r\n";
  for (size_t chunk = 1; chunk <= strlen(stream); chunk++) {
    WsReader r;
    Lines l = {0};
    ws_reader_init(&r, 64);
    for (size_t at = 0; at < strlen(stream); at += chunk) {
      size_t n = strlen(stream) - at < chunk ? strlen(stream) - at : chunk;
      EXPECT_INT(ws_reader_feed(&r, stream + at, n, collect, &l), 0);
    }
    EXPECT_INT(l.n, 4);
    EXPECT_INT(l.lens[0], 12);
    EXPECT_INT(l.lens[1], 12);
    EXPECT_INT(l.lens[2], 0);
    EXPECT_STR(l.last, "{\"a\":1}");
    EXPECT_INT(ws_reader_pending(&r), 0);
    ws_reader_free(&r);
  }
}

static void a_callback_can_stop_the_feed(void) {
  WsReader r;
  Lines l = {0};
  ws_reader_init(&r, 64);
  EXPECT_INT(ws_reader_feed(&r, "a\nb\nc\n", 6, stop_at_first, &l), 7);
  EXPECT_INT(l.n, 1);
  EXPECT_STR(l.last, "a");
  ws_reader_free(&r);
}

/* A 100 MB line fed in 64 KiB chunks: refused within the first chunk, and
   the reader never holds more than the bound (plus the '\r' byte). */
static void a_100_mb_line_costs_only_the_bound(void) {
  WsReader r;
  Lines l = {0};
  char *chunk = repeat('z', 65536);
  ws_reader_init(&r, WS_MAX_PARTICIPANT_LINE);
  size_t fed = 0, most = 0;
  int first_fail = -1;
  for (int i = 0; fed < (size_t)100 << 20; i++) {
    int rc = ws_reader_feed(&r, chunk, 65536, collect, &l);
    if (rc != 0 && first_fail < 0) {
      first_fail = i;
    }
    most = ws_reader_pending(&r) > most ? ws_reader_pending(&r) : most;
    fed += 65536;
  }
  EXPECT_INT(first_fail, 0);
  EXPECT(most <= WS_MAX_PARTICIPANT_LINE + 1);
  EXPECT_INT(l.n, 0);
  ws_reader_free(&r);
  /* the same in small chunks: it fails on the byte after the bound */
  ws_reader_init(&r, WS_MAX_PARTICIPANT_LINE);
  size_t at = 0;
  int rc = 0;
  while (rc == 0 && at < (size_t)100 << 20) {
    rc = ws_reader_feed(&r, chunk, 1000, collect, &l);
    at += 1000;
    most = ws_reader_pending(&r) > most ? ws_reader_pending(&r) : most;
  }
  EXPECT_INT(rc, WS_READ_TOO_LONG);
  EXPECT_INT(at, 5000);
  EXPECT(most <= WS_MAX_PARTICIPANT_LINE + 1);
  ws_reader_free(&r);
  free(chunk);
}

/* --- messages ---------------------------------------------------------- */

static void parse_ok(const char *line, WsSide from, WsMsg *m) {
  char err[256] = "";
  int rc = ws_parse(line, strlen(line), from, m, err, sizeof err);
  if (rc != 0) {
    T_FAIL("'%s' was refused: %s", line, err);
  }
}

static void every_message_reads_back_as_built(void) {
  WsMsg m;
  char *line = ws_build_hello("ac3x9", "Ana", NULL, 1);
  EXPECT_STR(line, "{\"t\":\"hello\",\"v\":1,\"code\":\"ac3x9\",\"name\":\"Ana\"}\n");
  parse_ok(line, WS_FROM_PARTICIPANT, &m);
  EXPECT_INT(m.t, WS_HELLO);
  EXPECT_STR(m.hello.code, "ac3x9");
  EXPECT_STR(m.hello.pid, "");
  EXPECT_INT(m.hello.time_factor, 1); /* not sent: the default */
  free(line);

  /* an extended or switched-off timer travels with the hello */
  line = ws_build_hello("ac3x9", "Ana", NULL, 3);
  EXPECT_STR(line, "{\"t\":\"hello\",\"v\":1,\"code\":\"ac3x9\",\"name\":\"Ana\",\"time_factor\":3}\n");
  parse_ok(line, WS_FROM_PARTICIPANT, &m);
  EXPECT_INT(m.hello.time_factor, 3);
  free(line);
  line = ws_build_hello("ac3x9", "Ana", NULL, 0);
  EXPECT_STR(line, "{\"t\":\"hello\",\"v\":1,\"code\":\"ac3x9\",\"name\":\"Ana\",\"time_factor\":0}\n");
  parse_ok(line, WS_FROM_PARTICIPANT, &m);
  EXPECT_INT(m.hello.time_factor, 0);
  free(line);

  WsAnswer a = {3, "t1", "b4", 2, 5100, 120000};
  line = ws_build_answer(&a);
  EXPECT_STR(line, "{\"t\":\"answer\",\"seq\":3,\"thread\":\"t1\",\"beat\":\"b4\",\"choice\":2,\"ms\":5100,\"at\":120000}\n");
  parse_ok(line, WS_FROM_PARTICIPANT, &m);
  EXPECT_INT(m.answer.seq, 3);
  EXPECT_STR(m.answer.beat, "b4");
  EXPECT_INT(m.answer.at, 120000);
  free(line);

  line = ws_build_control("0123456789abcdef0123456789abcdef", WS_DO_BRANCH, 2);
  parse_ok(line, WS_FROM_PARTICIPANT, &m);
  EXPECT_INT(m.control.what, WS_DO_BRANCH);
  EXPECT_INT(m.control.choice, 2);
  free(line);

  WsStep steps[1] = {{1, "t1", "b1", 2, 8200}};
  WsAnswer mine[1] = {{1, "t1", "b1", 3, 5100, 0}};
  WsState st = {WS_PLAY, 1, {"late-parcel", 0x0123456789abcdefULL, 42, WS_TOGETHER, "en"}, steps, 1, 1,
                {2, "t1", "b4"}, mine, 1};
  const char *uuid = "0b5c4a8e-3f0e-4c9d-9a4e-2b1c7d5e6f70";
  line = ws_build_welcome(uuid, uuid, uuid, "Ana", 2, &st);
  EXPECT(strstr(line, "\"name\":\"Ana\",\"time_factor\":2,\"state\":") != NULL);
  parse_ok(line, WS_FROM_FACILITATOR, &m);
  EXPECT_INT(m.welcome.time_factor, 2);
  EXPECT_INT(m.welcome.state.phase, WS_PLAY);
  EXPECT_INT(m.welcome.state.start.hash == 0x0123456789abcdefULL, 1);
  EXPECT_INT(m.welcome.state.start.seed, 42);
  EXPECT_INT(m.welcome.state.n_steps, 1);
  EXPECT_INT(m.welcome.state.steps[0].ms, 8200);
  EXPECT_INT(m.welcome.state.has_open, 1);
  EXPECT_STR(m.welcome.state.open.beat, "b4");
  EXPECT_INT(m.welcome.state.n_mine, 1);
  EXPECT_INT(m.welcome.state.mine[0].choice, 3);
  ws_msg_free(&m);
  free(line);

  WsReveal rv = {2, {1, 4, 0, 7}, 4, 3, 3};
  line = ws_build_reveal(&rv);
  EXPECT_STR(line, "{\"t\":\"reveal\",\"seq\":2,\"counts\":[1,4,0,7],\"best\":3,\"room\":3}\n");
  parse_ok(line, WS_FROM_FACILITATOR, &m);
  EXPECT_INT(m.reveal.n_counts, 4);
  EXPECT_INT(m.reveal.counts[3], 7);
  free(line);

  WsResults res = {24, 23, {{71.2, {0, 1, 3, 9, 11}}, {50, {0, 0, 24, 0, 0}}, {88.5, {0, 0, 0, 4, 20}}},
                   {{2, "b4", 1, 9, {"acknowledge-first"}, 1}}, 1};
  line = ws_build_end(&res);
  parse_ok(line, WS_FROM_FACILITATOR, &m);
  EXPECT_INT(m.end.seats, 24);
  EXPECT_NEAR(m.end.axes[AXIS_EMPATHY].mean, 71.2, 1e-9);
  EXPECT_INT(m.end.axes[AXIS_POLICY].bins[4], 20);
  EXPECT_INT(m.end.n_mistakes, 1);
  EXPECT_STR(m.end.mistakes[0].principles[0], "acknowledge-first");
  free(line);
}

typedef struct Bad {
  WsSide from;
  const char *line;
  const char *problem;
} Bad;

static void every_malformed_message_is_refused_naming_the_problem(void) {
  static const Bad bad[] = {
      {WS_FROM_PARTICIPANT, "", "not valid JSON at byte 1"},
      {WS_FROM_PARTICIPANT, "garbage", "not valid JSON at byte 1"},
      {WS_FROM_PARTICIPANT, "[1,2]", "not a JSON object"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"ping\"} x", "text after the message at byte 14"},
      {WS_FROM_PARTICIPANT, "{}", "\"t\" must be a string naming the message"},
      {WS_FROM_PARTICIPANT, "{\"t\":7}", "\"t\" must be a string naming the message"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"dance\"}", "\"t\" is \"dance\", not a message of this protocol"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"welcome\"}", "\"welcome\" is not a message the participant sends"},
      {WS_FROM_FACILITATOR, "{\"t\":\"hello\"}", "\"hello\" is not a message the facilitator sends"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"hello\",\"code\":\"AAAAA\",\"name\":\"x\"}",
       "\"v\" must be an integer from 1 to 1000000"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"hello\",\"v\":1,\"code\":5,\"name\":\"x\"}", "\"code\" must be a string"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"hello\",\"v\":1,\"code\":\"AAAAA\"}", "\"name\" must be a string"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"hello\",\"v\":1,\"code\":\"AAAAA\",\"name\":\"x\",\"pid\":\"nope\"}",
       "\"pid\" must be a UUID"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"hello\",\"v\":1,\"code\":\"AAAAA\",\"name\":\"x\",\"time_factor\":11}",
       "\"time_factor\" must be an integer from 0 to 10"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"hello\",\"v\":1,\"code\":\"AAAAA\",\"name\":\"x\",\"time_factor\":-1}",
       "\"time_factor\" must be an integer from 0 to 10"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"hello\",\"v\":1,\"code\":\"AAAAA\",\"name\":\"x\",\"time_factor\":1.5}",
       "\"time_factor\" must be an integer from 0 to 10"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"hello\",\"v\":1,\"code\":\"AAAAA\",\"name\":\"x\",\"time_factor\":\"2\"}",
       "\"time_factor\" must be an integer from 0 to 10"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"answer\",\"seq\":0,\"thread\":\"t\",\"beat\":\"b\",\"choice\":1,\"ms\":1}",
       "\"seq\" must be an integer from 1 to 64"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"answer\",\"seq\":1,\"beat\":\"b\",\"choice\":1,\"ms\":1}",
       "\"thread\" must be a string of 1 to 127 bytes"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"t\",\"beat\":\"\",\"choice\":1,\"ms\":1}",
       "\"beat\" must be a string of 1 to 127 bytes"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"t\",\"beat\":\"b\",\"choice\":6,\"ms\":1}",
       "\"choice\" must be an integer from 0 to 5"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"t\",\"beat\":\"b\",\"choice\":1.5,\"ms\":1}",
       "\"choice\" must be an integer from 0 to 5"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"t\",\"beat\":\"b\",\"choice\":1,\"ms\":-1}",
       "\"ms\" must be an integer from 0 to 9007199254740991"},
      {WS_FROM_PARTICIPANT,
       "{\"t\":\"answer\",\"seq\":1,\"thread\":\"t\",\"beat\":\"b\",\"choice\":1,\"ms\":1,\"at\":\"soon\"}",
       "\"at\" must be an integer from 0 to 9007199254740991"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"answer\",\"seq\":1,\"thread\":\"t\\u0007\",\"beat\":\"b\",\"choice\":1,\"ms\":1}",
       "\"thread\" must be UTF-8 without control characters"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"control\",\"do\":\"end\"}", "\"secret\" must be a string of 1 to 32 bytes"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"control\",\"secret\":\"x\",\"do\":\"explode\"}",
       "\"do\" must be one of start, close, branch, continue, end"},
      {WS_FROM_PARTICIPANT, "{\"t\":\"control\",\"secret\":\"x\",\"do\":\"branch\"}",
       "\"choice\" must be an integer from 1 to 5"},
      {WS_FROM_FACILITATOR, "{\"t\":\"refuse\",\"why\":\"mood\",\"msg\":\"\"}",
       "\"why\" must be one of code, full, version, ended, name"},
      {WS_FROM_FACILITATOR, "{\"t\":\"start\",\"scenario\":\"s\",\"hash\":\"12345\",\"seed\":1,\"pace\":\"own\",\"lang\":\"en\"}",
       "\"hash\" must be a string of 16 to 16 bytes"},
      {WS_FROM_FACILITATOR,
       "{\"t\":\"start\",\"scenario\":\"s\",\"hash\":\"0123456789abcdeg\",\"seed\":1,\"pace\":\"own\",\"lang\":\"en\"}",
       "\"hash\" must be 16 hex digits"},
      {WS_FROM_FACILITATOR,
       "{\"t\":\"start\",\"scenario\":\"s\",\"hash\":\"0123456789abcdef\",\"seed\":1,\"pace\":\"fast\",\"lang\":\"en\"}",
       "\"pace\" must be one of together, own"},
      {WS_FROM_FACILITATOR, "{\"t\":\"reveal\",\"seq\":1,\"counts\":[1],\"best\":1,\"room\":1}",
       "\"counts\" must be an array of 2 to 6 integers"},
      {WS_FROM_FACILITATOR, "{\"t\":\"reveal\",\"seq\":1,\"counts\":[1,2,3],\"best\":1,\"room\":3}",
       "\"room\" must be an integer from 1 to 2"},
      {WS_FROM_FACILITATOR, "{\"t\":\"count\",\"seq\":1,\"answered\":-2,\"of\":3}",
       "\"answered\" must be an integer from 0 to 1000000"},
      {WS_FROM_FACILITATOR, "{\"t\":\"end\",\"results\":{\"seats\":2,\"finished\":3}}",
       "\"finished\" must be an integer from 0 to 2"},
      {WS_FROM_FACILITATOR, "{\"t\":\"end\",\"results\":{\"seats\":2,\"finished\":1,\"axes\":{}}}",
       "\"empathy\" must be an object"},
      {WS_FROM_FACILITATOR, "{\"t\":\"welcome\",\"v\":1,\"sid\":\"x\"}", "\"sid\" must be a UUID"},
      {WS_FROM_FACILITATOR,
       "{\"t\":\"welcome\",\"v\":1,\"sid\":\"0b5c4a8e-3f0e-4c9d-9a4e-2b1c7d5e6f70\",\"pid\":"
       "\"0b5c4a8e-3f0e-4c9d-9a4e-2b1c7d5e6f70\",\"attempt\":\"0b5c4a8e-3f0e-4c9d-9a4e-2b1c7d5e6f70\","
       "\"name\":\"x\",\"time_factor\":12,\"state\":{\"phase\":\"lobby\",\"steps\":[],\"mine\":[]}}",
       "\"time_factor\" must be an integer from 0 to 10"},
      {WS_FROM_FACILITATOR, "{\"t\":\"error\"}", "\"msg\" must be a string of 0 to 255 bytes"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    WsMsg m;
    char err[256] = "";
    int rc = ws_parse(bad[i].line, strlen(bad[i].line), bad[i].from, &m, err, sizeof err);
    t_checks++;
    if (rc != -1 || strcmp(err, bad[i].problem) != 0) {
      T_FAIL("'%s': got %d \"%s\", expected \"%s\"", bad[i].line, rc, err, bad[i].problem);
    }
  }
  WsMsg m;
  char err[64];
  EXPECT_INT(ws_parse("{\"t\":\"ping\"}\0", 13, WS_FROM_PARTICIPANT, &m, err, sizeof err), -1);
  EXPECT_STR(err, "not text (a NUL byte)");
}

static void a_bad_name_is_kept_for_a_refusal_not_an_error(void) {
  WsMsg m;
  char *name = repeat('n', 65);
  char line[256];
  snprintf(line, sizeof line, "{\"t\":\"hello\",\"v\":1,\"code\":\"AAAAA\",\"name\":\"%s\"}", name);
  parse_ok(line, WS_FROM_PARTICIPANT, &m);
  EXPECT_STR(m.hello.name_problem, "\"name\" is longer than 64 bytes");
  parse_ok("{\"t\":\"hello\",\"v\":1,\"code\":\"AAAAAA\",\"name\":\"Bo\"}", WS_FROM_PARTICIPANT, &m);
  EXPECT_STR(m.hello.code, ""); /* a code of the wrong length never matches */
  EXPECT_STR(m.hello.name_problem, "");
  free(name);
}

static void codes_and_secrets_have_their_form(void) {
  char code[WS_CODE_LEN + 1], secret[WS_SECRET_LEN + 1];
  for (int i = 0; i < 50; i++) {
    EXPECT_INT(ws_new_code(code), 0);
    EXPECT_INT(ws_code_valid(code), 1);
  }
  EXPECT_INT(ws_new_secret(secret), 0);
  EXPECT_INT(strlen(secret), 32);
  EXPECT_INT(ws_code_matches("ac3x9", "AC3X9"), 1);
  EXPECT_INT(ws_code_matches("AC3X", "AC3X9"), 0);
  EXPECT_INT(ws_code_valid("ABCDE"), 0); /* B is not in the alphabet */
  EXPECT_INT(ws_code_valid("acdef"), 1);
  char err[64];
  EXPECT_INT(ws_name_check("", err, sizeof err), -1);
  EXPECT_STR(err, "\"name\" is empty");
  EXPECT_INT(ws_name_check("a\tb", err, sizeof err), -1);
  EXPECT_STR(err, "\"name\" has a control character");
  EXPECT_INT(ws_name_check("Zoë", err, sizeof err), 0);
}

/* Mutated copies of good lines: each is read or refused, never a crash
   (the sanitizer build checks for leaks and overruns). */
static void mutated_lines_are_read_or_refused(void) {
  const char *good[] = {
      "{\"t\":\"answer\",\"seq\":3,\"thread\":\"t1\",\"beat\":\"b4\",\"choice\":2,\"ms\":5100,\"at\":1}",
      "{\"t\":\"welcome\",\"v\":1,\"sid\":\"0b5c4a8e-3f0e-4c9d-9a4e-2b1c7d5e6f70\",\"pid\":\"0b5c4a8e-3f0e-4c9d-9a4e-"
      "2b1c7d5e6f70\",\"attempt\":\"0b5c4a8e-3f0e-4c9d-9a4e-2b1c7d5e6f70\",\"name\":\"A\",\"state\":{\"phase\":\"play\","
      "\"steps\":[{\"seq\":1,\"thread\":\"t\",\"beat\":\"b\",\"room\":2,\"ms\":1}],\"mine\":[{\"seq\":1,\"thread\":"
      "\"t\",\"beat\":\"b\",\"choice\":1,\"ms\":1,\"at\":0}]}}",
      "{\"t\":\"end\",\"results\":{\"seats\":2,\"finished\":1,\"axes\":{\"empathy\":{\"mean\":1,\"bins\":[0,0,0,0,2]},"
      "\"speed\":{\"mean\":1,\"bins\":[0,0,0,0,2]},\"policy\":{\"mean\":1,\"bins\":[0,0,0,0,2]}},\"mistakes\":[{"
      "\"seq\":1,\"beat\":\"b\",\"choice\":1,\"count\":2,\"principles\":[\"a\",\"b\"]}]}}",
  };
  const char bytes[] = "{}[]\",:0123456789-.eE\\u\x01\xff tnrf";
  uint64_t rng = 99;
  int read = 0, refused = 0;
  for (int round = 0; round < 6000; round++) {
    const char *src = good[round % 3];
    size_t n = strlen(src);
    char line[1024];
    memcpy(line, src, n + 1);
    for (int k = 0; k < 1 + round % 4; k++) {
      rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
      size_t at = (size_t)(rng >> 33) % n;
      line[at] = bytes[(rng >> 20) % (sizeof bytes - 1)];
    }
    WsMsg m;
    char err[256];
    if (ws_parse(line, n, round % 3 == 0 ? WS_FROM_PARTICIPANT : WS_FROM_FACILITATOR, &m, err, sizeof err) == 0) {
      read++;
      ws_msg_free(&m);
    } else {
      refused++;
      EXPECT(err[0] != '\0');
    }
  }
  EXPECT_INT(read + refused, 6000);
  EXPECT(refused > 3000);
}

int main(void) {
  RUN_TEST(a_line_exactly_at_the_bound_passes_and_one_more_byte_fails);
  RUN_TEST(a_line_over_the_bound_fails_at_once_even_with_its_newline);
  RUN_TEST(lines_split_anywhere_and_crlf_come_out_whole);
  RUN_TEST(a_callback_can_stop_the_feed);
  RUN_TEST(a_100_mb_line_costs_only_the_bound);
  RUN_TEST(every_message_reads_back_as_built);
  RUN_TEST(every_malformed_message_is_refused_naming_the_problem);
  RUN_TEST(a_bad_name_is_kept_for_a_refusal_not_an_error);
  RUN_TEST(codes_and_secrets_have_their_form);
  RUN_TEST(mutated_lines_are_read_or_refused);
  return t_summary();
}
