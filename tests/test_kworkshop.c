/* test_kworkshop.c — the kiosk's side of a workshop: the code and address
   fields, the rejoin key, and a whole together session on loopback against
   a real facilitator host in the same process: the kiosk joins by address,
   waits in the lobby, answers each decision through the play screen's
   call, sees the reveal and ends on its own debrief with a record that
   matches the facilitator's; the idle reset in the lobby forgets the
   trainee and the same name and code take the seat back. The set-up
   offers the kiosk's unfinished session, and resumes it. */
#define _POSIX_C_SOURCE 200809L
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "facil.h"
#include "journal.h"
#include "kiosk.h"
#include "kstrings.h"
#include "testing.h"

static char data_dir[256], room_dir[256];

static void start(Kiosk *k) {
  KioskConfig cfg;
  kcfg_defaults(&cfg);
  cfg.data_dir = strdup(data_dir);
  EXPECT_INT(kiosk_init(k, &cfg, NULL, "tests/data", 1000), 0);
  k->seed = 1;
}

static void the_code_takes_letters_and_digits_only(void) {
  Kiosk k;
  start(&k);
  kw_join_begin(&k, 2000);
  EXPECT_INT(k.screen, SCR_WS_JOIN);
  EXPECT_INT(k.ws.stage, KW_CODE);
  EXPECT(!kw_can_submit(&k));
  kw_type(&k, "k4-m p");
  EXPECT_STR(k.ws.code, "K4MP");
  kw_type(&k, "tz");
  EXPECT_STR(k.ws.code, "K4MPT");
  EXPECT(kw_can_submit(&k));
  EXPECT_INT(kw_backspace(&k), 1);
  EXPECT_STR(k.ws.code, "K4MP");
  int n, rows, cols, keys = 0;
  const OskKey *key = kw_keys(&k, &n, &rows, &cols);
  for (int i = 0; i < n; i++) {
    keys += key[i].kind == OSK_CHAR && strchr(WS_CODE_ALPHABET, key[i].label[0]) != NULL;
  }
  EXPECT_INT(keys, (int)strlen(WS_CODE_ALPHABET)); /* every code character, and only those */
  EXPECT_INT(n, keys + 1);                          /* and the delete key */
  kw_back(&k, 3000);
  EXPECT_INT(k.screen, SCR_HOME);
  EXPECT_INT(k.ws.stage, KW_NONE);
  kiosk_free(&k);
}

static void an_address_is_a_host_and_maybe_a_port(void) {
  EXPECT(kw_address_valid("192.168.1.20"));
  EXPECT(kw_address_valid("trainer-laptop:47810"));
  EXPECT(kw_address_valid("10.0.0.7:1"));
  EXPECT(!kw_address_valid(""));
  EXPECT(!kw_address_valid(":47810"));
  EXPECT(!kw_address_valid("host:"));
  EXPECT(!kw_address_valid("host:0"));
  EXPECT(!kw_address_valid("host:65536"));
  EXPECT(!kw_address_valid("host:12ab"));
  EXPECT(!kw_address_valid("two words"));
  Kiosk k;
  start(&k);
  kw_join_begin(&k, 2000);
  kw_type(&k, "K4MPT");
  kw_enter_address(&k, 2100);
  EXPECT_INT(k.ws.stage, KW_ADDRESS);
  kw_type(&k, "Host Name:99999");
  EXPECT_STR(k.ws.address, "hostname:99999");
  EXPECT_INT(kw_submit(&k, 2200), -1);
  EXPECT_INT(k.ws.problem, S_WS_BAD_ADDRESS);
  EXPECT(k.ws.join == NULL);
  kiosk_free(&k);
}

static void the_rejoin_key_ignores_case_and_keeps_no_name(void) {
  EXPECT(kw_rejoin_key("Ada Lovelace", "K4MPT") == kw_rejoin_key("ada lovelace", "k4mpt"));
  EXPECT(kw_rejoin_key("Ada", "K4MPT") != kw_rejoin_key("Ada", "K4MPA"));
  EXPECT(kw_rejoin_key("AdaK", "4MPT") != kw_rejoin_key("Ada", "K4MPT"));
}

/* --- a session on loopback ------------------------------------------------------- */

typedef struct Clock {
  int64_t now;
} Clock;

/* Polls both sides until 'cond' holds (5 s at most); 1 if it held. */
static int poll_until(Kiosk *k, Facil *f, Clock *c, int (*cond)(const Kiosk *)) {
  for (int i = 0; i < 500; i++) {
    facil_poll(f, 5);
    c->now += 10;
    kiosk_input(k, c->now); /* a trainee at the kiosk: no idle reset */
    kiosk_tick(k, c->now);
    if (cond(k)) {
      return 1;
    }
  }
  return 0;
}

static int in_lobby(const Kiosk *k) {
  return k->ws.stage == KW_LOBBY && k->screen == SCR_WS_LOBBY;
}
static int asked(const Kiosk *k) {
  return k->ws.stage == KW_QUESTION && k->screen == SCR_WS_PLAY;
}
static int revealed(const Kiosk *k) {
  return k->ws.stage == KW_REVEAL && k->screen == SCR_WS_REVEAL;
}
static int ended(const Kiosk *k) {
  return k->ws.stage == KW_ENDED && k->screen == SCR_DEBRIEF;
}
static int playing_alone(const Kiosk *k) {
  return k->ws.stage == KW_OWN && k->screen == SCR_PLAY;
}
static int asked_or_ended(const Kiosk *k) {
  return asked(k) || ended(k);
}

static Facil *open_facil(WsPace pace) {
  FacilOpts o = {.scenario = "tests/data/worked-example.lua",
                 .code = "K4MPT",
                 .port = 0,
                 .discovery_port = -1,
                 .pace = pace,
                 .lang = -1,
                 .seed = 5,
                 .data_dir = room_dir};
  char err[512];
  Facil *f = facil_open(&o, err, sizeof err);
  if (!f) {
    T_FAIL("facil_open: %s", err);
  }
  return f;
}

static void join_by_address(Kiosk *k, Facil *f, Clock *c, const char *name) {
  kiosk_go(k, SCR_IDENTIFY, c->now);
  osk_clear(&k->name);
  osk_type(&k->name, name);
  kiosk_go(k, SCR_HOME, c->now);
  kw_join_begin(k, c->now);
  kw_type(k, "k4mpt");
  kw_enter_address(k, c->now);
  char addr[64];
  snprintf(addr, sizeof addr, "127.0.0.1:%d", facil_port(f));
  kw_type(k, addr);
  EXPECT_INT(kw_submit(k, c->now), 0);
  EXPECT_INT(k->ws.stage, KW_SEARCHING);
}

/* Both journals hold the one attempt: the same id, the session, the same
   answers and scores, the trainee's time factor. */
static void same_records(Facil *f, int answered, int mine_before, int factor) {
  JournalRead mine, theirs;
  char err[512];
  EXPECT_INT(journal_read(data_dir, &mine, NULL, err, sizeof err), 0);
  EXPECT_INT(journal_read(room_dir, &theirs, NULL, err, sizeof err), 0);
  EXPECT_INT(mine.n, mine_before + 1);
  EXPECT_INT(theirs.n, 1);
  if (mine.n == mine_before + 1 && theirs.n == 1) {
    const Attempt *a = &mine.attempts[mine_before], *b = &theirs.attempts[0];
    EXPECT_INT(a->mode, REC_WORKSHOP);
    EXPECT_STR(a->session, facil_sid(f));
    EXPECT_STR(a->id, b->id);
    EXPECT_STR(a->trainee, "Ada Lovelace"); /* as the seat was first taken */
    EXPECT_INT(a->n_decisions, answered);
    EXPECT_INT(b->n_decisions, answered);
    EXPECT_INT(a->time_factor, factor);
    EXPECT_INT(b->time_factor, factor);
    for (int i = 0; i < a->n_decisions && i < b->n_decisions; i++) {
      EXPECT_INT(a->decisions[i].choice, b->decisions[i].choice);
      EXPECT_INT(a->decisions[i].reaction_ms, b->decisions[i].reaction_ms);
    }
    EXPECT_NEAR(a->overall, b->overall, 1e-9);
    EXPECT_INT(a->finished, b->finished);
  }
  journal_read_free(&mine);
  journal_read_free(&theirs);
  char cmd[600]; /* the next session starts from empty journals */
  snprintf(cmd, sizeof cmd, "rm -rf '%s' '%s'", data_dir, room_dir);
  if (system(cmd) != 0) {
    T_FAIL("cannot empty %s", data_dir);
  }
}

static void a_together_session_ends_on_the_trainees_own_debrief(void) {
  Kiosk k;
  Clock c = {10000};
  start(&k);
  Facil *f = open_facil(WS_TOGETHER);
  if (!f) {
    kiosk_free(&k);
    return;
  }
  join_by_address(&k, f, &c, "Ada Lovelace");
  EXPECT(poll_until(&k, f, &c, in_lobby));
  EXPECT_INT(room_seats_total(facil_room(f)), 1);
  EXPECT(kw_participating(&k));

  /* an idle reset in the lobby: nothing of the trainee stays on screen or in the fields */
  kiosk_reset(&k, c.now);
  EXPECT_INT(k.screen, SCR_ATTRACT);
  EXPECT_INT(k.ws.stage, KW_NONE);
  EXPECT(k.ws.join == NULL && k.ws.code[0] == '\0' && k.ws.address[0] == '\0');
  /* a practice play meanwhile: the workshop's record is still made, on its own */
  for (int i = 0; i < k.cat.n; i++) {
    if (k.cat.items[i].s && strcmp(k.cat.items[i].s->id, "worked-example") == 0) {
      kiosk_play(&k, i, c.now);
    }
  }
  EXPECT_INT(kiosk_answer(&k, 0, 2, c.now += 5000), RUN_OK);
  kiosk_continue(&k, c.now);
  EXPECT_INT(kiosk_answer(&k, 0, 1, c.now += 5000), RUN_OK);
  kiosk_continue(&k, c.now);
  EXPECT_INT(k.screen, SCR_DEBRIEF);
  play_end(&k.play);
  /* the same name and code take the seat back */
  join_by_address(&k, f, &c, "ada lovelace");
  EXPECT(poll_until(&k, f, &c, in_lobby));
  EXPECT_INT(room_seats_total(facil_room(f)), 1);

  EXPECT_INT(facil_start(f), 0);
  int answered = 0;
  for (int guard = 0; guard < 16 && !ended(&k); guard++) {
    if (!poll_until(&k, f, &c, asked_or_ended)) {
      T_FAIL("no decision came (stage %d, screen %d)", k.ws.stage, k.screen);
      break;
    }
    if (ended(&k)) {
      break;
    }
    Pending d;
    EXPECT(play_pending(&k.play, k.play.view_thread, &d) != NULL);
    c.now += 4000;
    EXPECT_INT(kiosk_answer(&k, k.play.view_thread, 1, c.now), RUN_OK); /* the second reply offered */
    EXPECT_INT(k.ws.stage, KW_WAITING);
    EXPECT_INT(kiosk_answer(&k, k.play.view_thread, 0, c.now), RUN_INVALID); /* once only */
    answered++;
    EXPECT(poll_until(&k, f, &c, revealed));
    EXPECT_INT(facil_continue(f), 0);
  }
  EXPECT(poll_until(&k, f, &c, ended));
  EXPECT(answered >= 2);
  EXPECT(kw_play_is_workshop(&k));

  same_records(f, answered, 1, 1);
  kw_leave(&k, c.now);
  EXPECT_INT(k.screen, SCR_HOME);
  EXPECT(k.play.run == NULL);
  facil_free(f);
  kiosk_free(&k);
}

/* Own pace: the kiosk plays its own timed run with the usual screens, each
   decision (a timeout too) reported as it happens; the room's replay of it
   ends in the same record. The trainee's extended timer (2) goes with them:
   their run and the room's replay are both timed with it. */
static void an_own_pace_play_is_reported_move_by_move(void) {
  Kiosk k;
  Clock c = {10000};
  start(&k);
  Facil *f = open_facil(WS_OWN_PACE);
  if (!f) {
    kiosk_free(&k);
    return;
  }
  k.timer_factor = 2;
  join_by_address(&k, f, &c, "Ada Lovelace");
  EXPECT(poll_until(&k, f, &c, in_lobby));
  EXPECT_INT(facil_start(f), 0);
  EXPECT(poll_until(&k, f, &c, playing_alone));
  EXPECT_INT(k.play.time_factor, 2);
  int answered = 0;
  for (int guard = 0; guard < 3000 && k.play.run && !run_done(k.play.run); guard++) {
    Pending d;
    if (k.screen == SCR_FEEDBACK) {
      kiosk_continue(&k, c.now);
    } else if (k.screen == SCR_PLAY && play_pending(&k.play, k.play.view_thread, &d) && guard % 300 == 299) {
      EXPECT_INT(kiosk_answer(&k, d.thread, 0, c.now), RUN_OK);
      answered++;
    }
    facil_poll(f, 0);
    c.now += 100;
    kiosk_input(&k, c.now);
    kiosk_tick(&k, c.now);
  }
  EXPECT(k.play.run && run_done(k.play.run));
  EXPECT(answered >= 1);
  int n;
  run_records(k.play.run, &n);
  RoomSeatInfo si;
  for (int i = 0; i < 200; i++) { /* the reports and done reach the room */
    facil_poll(f, 5);
    kiosk_tick(&k, c.now += 10);
    if (room_seat_info(facil_room(f), 0, &si) == 0 && si.done) {
      break;
    }
  }
  EXPECT_INT(si.answers, n);
  EXPECT_INT(si.done, 1);
  EXPECT_INT(k.screen, SCR_DEBRIEF);
  if (room_stage(facil_room(f)) != ROOM_ENDED) { /* every seat done ends it by itself */
    EXPECT_INT(facil_end(f), 0);
  }
  for (int i = 0; i < 50; i++) {
    facil_poll(f, 5);
    kiosk_tick(&k, c.now += 10);
  }
  same_records(f, n, 0, 2);
  facil_free(f);
  kiosk_free(&k);
}

/* --- an interrupted session, resumed from the set-up ------------------------------ */

static void discard(void *ctx, int conn, const char *line) {
  (void)ctx, (void)conn, (void)line;
}

/* A TCP port free now (the resumed room listens there again). */
static int free_port(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0), port = 0;
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof a;
  if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof a) == 0 && getsockname(fd, (struct sockaddr *)&a, &len) == 0) {
    port = ntohs(a.sin_port);
  }
  if (fd >= 0) {
    close(fd);
  }
  return port;
}

/* A session of 'joins' seats in the kiosk's data folder, started, and
   ended when 'end'; freed like a crash otherwise. Its sid goes to 'sid'. */
static void make_session(const Scenario *s, WsPace pace, int joins, int end, int port, char *sid) {
  RoomOpts o = {.pace = pace, .lang = LANG_EN, .seed = 9, .data_dir = data_dir, .send = discard, .port = port};
  char err[512];
  Room *r = room_new(s, &o, err, sizeof err);
  if (!r) {
    T_FAIL("room_new: %s", err);
    return;
  }
  for (int i = 0; i < joins; i++) {
    char name[16];
    snprintf(name, sizeof name, "p%d", i);
    char *hello = ws_build_hello(room_code(r), name, NULL, 1);
    EXPECT_INT(room_receive(r, i, "test", hello, strlen(hello) - 1, 1000), ROOM_OK);
    free(hello);
  }
  EXPECT_INT(room_start(r, 2000), 0);
  if (end) {
    EXPECT_INT(room_end(r, 3000), 0);
  }
  snprintf(sid, WS_UUID_LEN + 1, "%s", room_sid(r));
  room_free(r);
}

static void the_set_up_offers_the_unfinished_session_and_resumes_it(void) {
  Kiosk k;
  start(&k);
  const Scenario *s = NULL;
  for (int i = 0; i < k.cat.n; i++) {
    if (k.cat.items[i].s && strcmp(k.cat.items[i].s->id, "worked-example") == 0) {
      s = k.cat.items[i].s;
    }
  }
  EXPECT(s != NULL);
  if (!s) {
    kiosk_free(&k);
    return;
  }
  kw_setup_begin(&k, 1000);
  EXPECT_INT(k.ws.has_resumable, 0); /* no workshops folder yet */
  char ended_sid[WS_UUID_LEN + 1] = "", open_sid[WS_UUID_LEN + 1] = "", path[700];
  int port = free_port();
  make_session(s, WS_TOGETHER, 3, 0, port, open_sid);
  make_session(s, WS_OWN_PACE, 1, 1, 0, ended_sid);
  snprintf(path, sizeof path, "%s/workshops/garbage.jsonl", data_dir); /* damaged at its first line */
  FILE *g = fopen(path, "w");
  EXPECT(g != NULL);
  if (g) {
    fputs("{\"e\":\"sess\x01\xff not json\n{\"e\":\"join\"}\n", g);
    fclose(g);
  }
  kw_setup_begin(&k, 1000);
  EXPECT_INT(k.ws.has_resumable, 1);
  EXPECT_STR(k.ws.resumable.sid, open_sid);
  EXPECT_STR(k.ws.resumable.scenario, "worked-example");
  EXPECT_STR(kw_resumable_title(&k), "Worked example");
  EXPECT_INT(k.ws.resumable.pace, WS_TOGETHER);
  EXPECT_INT(k.ws.resumable.participants, 3);
  EXPECT_INT(k.ws.resumable.others, 0);
  EXPECT(k.ws.resumable.started_unix_ms > 0);

  EXPECT_INT(kw_resume_room(&k, 2000), 0);
  EXPECT_INT(k.screen, SCR_WS_PROJECTOR);
  EXPECT(k.ws.facil != NULL);
  if (k.ws.facil) {
    EXPECT_STR(facil_sid(k.ws.facil), open_sid);
    EXPECT_INT(facil_port(k.ws.facil), port); /* where it listened before */
    EXPECT_INT(room_stage(kw_room(&k)), ROOM_OPEN);
    EXPECT_INT(room_seats_total(kw_room(&k)), 3);
  }
  kw_room_leave(&k, 3000);
  EXPECT_INT(k.screen, SCR_ADMIN);
  /* two unfinished: the latest is offered, the other counted */
  char newer_sid[WS_UUID_LEN + 1] = "";
  make_session(s, WS_OWN_PACE, 1, 0, 0, newer_sid);
  kw_setup_begin(&k, 4000);
  EXPECT_INT(k.ws.has_resumable, 1);
  EXPECT_STR(k.ws.resumable.sid, newer_sid);
  EXPECT_INT(k.ws.resumable.pace, WS_OWN_PACE);
  EXPECT_INT(k.ws.resumable.participants, 1);
  EXPECT_INT(k.ws.resumable.others, 1);
  kiosk_free(&k);
}

int main(void) {
  char root[] = "/tmp/ts-kworkshop-XXXXXX";
  EXPECT(mkdtemp(root) != NULL);
  snprintf(data_dir, sizeof data_dir, "%s/kiosk", root);
  snprintf(room_dir, sizeof room_dir, "%s/room", root);
  the_code_takes_letters_and_digits_only();
  an_address_is_a_host_and_maybe_a_port();
  the_rejoin_key_ignores_case_and_keeps_no_name();
  a_together_session_ends_on_the_trainees_own_debrief();
  an_own_pace_play_is_reported_move_by_move();
  the_set_up_offers_the_unfinished_session_and_resumes_it();
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  if (system(cmd) != 0) {
    fprintf(stderr, "could not remove %s\n", root);
  }
  return t_summary();
}
