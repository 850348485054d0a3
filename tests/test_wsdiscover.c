/* test_wsdiscover.c — finding a workshop on the network
   (docs/workshop-protocol.md, "Discovery"), from outside: a headless
   facilitator answers a UDP probe on loopback with its TCP port, ignores
   oversized and malformed datagrams and keeps answering, and `thickskin
   bot --join auto` finds it and plays the session through. When the
   machine allows it (root, network namespaces), the same across a veth pair
   between two namespaces the test creates, where only the broadcast can
   find the facilitator; otherwise that part is skipped with a message. */
#define _GNU_SOURCE /* setns */
#include <sched.h>
#include <stdlib.h>

#include "testing.h"
#include "wsclient.h"

#ifndef THICKSKIN_BIN
#error "THICKSKIN_BIN must name the thickskin program (tests/CMakeLists.txt)"
#endif

#define CODE "KM7RX"
#define SCENARIO "scenarios/late-parcel.lua"

static char root[256];
static WsFacil facil;
static pid_t bot_pid;
static char ns_a[32], ns_b[32]; /* the namespaces this test made, "" when none */

static void remove_namespaces(void) {
  char cmd[128];
  for (int i = 0; i < 2; i++) {
    const char *ns = i ? ns_b : ns_a;
    if (ns[0]) {
      snprintf(cmd, sizeof cmd, "ip netns del %s 2>/dev/null", ns);
      if (system(cmd) != 0) {
        fprintf(stderr, "could not remove the network namespace %s\n", ns);
      }
    }
  }
  ns_a[0] = ns_b[0] = '\0';
}

/* Stops what the test started and removes its namespaces, with calls
   that are safe in a signal handler. */
static void on_alarm(int sig) {
  (void)sig;
  static const char msg[] = "test_wsdiscover: timed out\n";
  if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
    _exit(2);
  }
  if (facil.pid > 0) {
    kill(facil.pid, SIGKILL);
  }
  if (bot_pid > 0) {
    kill(bot_pid, SIGKILL);
  }
  const char *namespaces[] = {ns_a, ns_b};
  for (int i = 0; i < 2; i++) {
    pid_t child = namespaces[i][0] ? fork() : -1;
    if (child == 0) {
      execlp("ip", "ip", "netns", "del", namespaces[i], (char *)NULL);
      _exit(127);
    }
    if (child > 0) {
      waitpid(child, NULL, 0);
    }
  }
  _exit(1);
}

/* Starts a facilitator for one participant answering probes on 'disc',
   inside network namespace 'ns' when not NULL. */
static int start_facilitator(const char *name, int disc, const char *ns) {
  char data[320], err[320], port[16];
  snprintf(data, sizeof data, "%s/%s", root, name);
  snprintf(err, sizeof err, "%s/%s.err", root, name);
  snprintf(port, sizeof port, "%d", disc);
  const char *argv[32];
  int n = 0;
  if (ns) {
    argv[n++] = "ip";
    argv[n++] = "netns";
    argv[n++] = "exec";
    argv[n++] = ns;
  }
  const char *args[] = {
      THICKSKIN_BIN, "facilitate", "--headless", "--port", "0",  "--code",           CODE, "--expect", "1", "--pace",
      "together",    "--timeout",  "30",         "--data", data, "--discovery-port", port, SCENARIO,   NULL};
  for (int i = 0; args[i]; i++) {
    argv[n++] = args[i];
  }
  argv[n] = NULL;
  return ws_facil_start(&facil, argv, err, 30000);
}

/* Runs `thickskin bot --join auto` (in namespace 'ns' when not NULL) and
   returns its exit status, or -1 when it had to be killed. */
static int run_bot(const char *name, int disc, const char *ns, int timeout_ms) {
  char out[320], port[16], data[320];
  snprintf(out, sizeof out, "%s/%s.out", root, name);
  snprintf(data, sizeof data, "%s/%s", root, name);
  snprintf(port, sizeof port, "%d", disc);
  const char *argv[32];
  int n = 0;
  if (ns) {
    argv[n++] = "ip";
    argv[n++] = "netns";
    argv[n++] = "exec";
    argv[n++] = ns;
  }
  const char *args[] = {THICKSKIN_BIN, "bot",  "--join", "auto", "--discovery-port", port, "--code", CODE,
                        "--strategy",  "best", "--name", name,   "--data",           data, NULL};
  for (int i = 0; args[i]; i++) {
    argv[n++] = args[i];
  }
  argv[n] = NULL;
  fflush(NULL);
  bot_pid = fork();
  if (bot_pid == 0) {
    int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, STDOUT_FILENO);
    dup2(fd, STDERR_FILENO);
    execvp(argv[0], (char *const *)argv);
    _exit(127);
  }
  int status = 0;
  int64_t deadline = ws_now_ms() + timeout_ms;
  while (waitpid(bot_pid, &status, WNOHANG) == 0) {
    if (ws_now_ms() > deadline) {
      kill(bot_pid, SIGKILL);
      waitpid(bot_pid, NULL, 0);
      bot_pid = 0;
      fprintf(stderr, "the bot did not finish in %d ms (its output is in %s)\n", timeout_ms, out);
      return -1;
    }
    usleep(20000);
  }
  bot_pid = 0;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void show_file(const char *name) {
  char path[320], line[1024];
  snprintf(path, sizeof path, "%s/%s", root, name);
  FILE *f = fopen(path, "r");
  fprintf(stderr, "--- %s:\n", name);
  for (int i = 0; f && i < 40 && fgets(line, sizeof line, f); i++) {
    fputs(line, stderr);
  }
  if (f) {
    fclose(f);
  }
}

/* Sends one datagram to 127.0.0.1:'port' and returns the answer within
   'timeout_ms' (free it), or NULL when none came. */
static cJSON *probe(int port, const char *bytes, size_t len, int timeout_ms) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to = {
      .sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  cJSON *reply = NULL;
  if (fd >= 0 && sendto(fd, bytes, len, 0, (struct sockaddr *)&to, sizeof to) == (ssize_t)len) {
    struct pollfd p = {.fd = fd, .events = POLLIN};
    char buf[2048];
    if (poll(&p, 1, timeout_ms) == 1) {
      ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
      buf[n > 0 ? n : 0] = '\0';
      reply = cJSON_Parse(buf);
      if (!reply) {
        reply = cJSON_CreateString(buf); /* not JSON: the test fails on it below */
      }
    }
  }
  if (fd >= 0) {
    close(fd);
  }
  return reply;
}

#define PROBE "{\"t\":\"probe\",\"v\":1}"

static void expect_here(int disc) {
  cJSON *here = probe(disc, PROBE, strlen(PROBE), 3000);
  EXPECT_STR(ws_type(here), "here");
  EXPECT_INT(ws_int(here, "v", -1), 1);
  EXPECT_INT(ws_int(here, "port", -1), facil.port);
  EXPECT_STR(ws_str(here, "title"), "The late parcel");
  EXPECT_INT(ws_int(here, "seats", -1), 0);
  EXPECT_INT(strlen(ws_str(here, "host")) > 0, 1);
  cJSON_Delete(here);
}

/* Datagrams the facilitator must ignore: no answer to any, and the next
   probe is answered as before. */
static void ignores_bad_datagrams(int disc) {
  char oversized[600];
  memset(oversized, ' ', sizeof oversized);
  memcpy(oversized, PROBE, strlen(PROBE)); /* a valid probe padded past 512 bytes */
  struct {
    const char *what, *bytes;
    size_t len;
  } bad[] = {
      {"oversized", oversized, sizeof oversized},
      {"not JSON", "probe please", 12},
      {"cut short", "{\"t\":\"probe\"", 12},
      {"a JSON array", "[\"probe\",1]", 11},
      {"an unknown t", "{\"t\":\"here\",\"v\":1,\"port\":1}", 27},
      {"binary", "\x00\xff\xfe\x01", 4},
      {"empty", "", 0},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    cJSON *reply = probe(disc, bad[i].bytes, bad[i].len, 400);
    if (reply) {
      char *text = cJSON_PrintUnformatted(reply);
      T_FAIL("a %s datagram was answered: %s", bad[i].what, text);
      cJSON_free(text);
    }
    t_checks++;
    cJSON_Delete(reply);
  }
  expect_here(disc);
}

/* The results line the facilitator printed at the end: one seat, finished. */
static void expect_one_finished_seat(const char *name) {
  char results[WS_LINE_MAX];
  EXPECT_INT(ws_facil_wait(&facil, results, sizeof results, 30000), 0);
  cJSON *r = cJSON_Parse(results);
  EXPECT_INT(ws_int(r, "seats", -1), 1);
  EXPECT_INT(ws_int(r, "finished", -1), 1);
  cJSON_Delete(r);
  if (t_failures) {
    char file[64];
    snprintf(file, sizeof file, "%s.err", name);
    show_file(file);
    snprintf(file, sizeof file, "%s.out", name);
    show_file(file);
  }
}

static void probes_on_loopback_and_a_bot_that_finds_the_session(void) {
  int disc = ws_free_udp_port();
  if (start_facilitator("loopback", disc, NULL) != 0) {
    T_FAIL("the facilitator did not start");
    show_file("loopback.err");
    return;
  }
  expect_here(disc);
  ignores_bad_datagrams(disc);
  EXPECT_INT(run_bot("loopback", disc, NULL, 60000), 0);
  expect_one_finished_seat("loopback");
}

/* --- across two network namespaces ---------------------------------------------- */

/* Runs a shell command quietly; 0 when it succeeded. */
static int sh(const char *fmt, const char *a, const char *b) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, fmt, a, b);
  return system(cmd) == 0 ? 0 : -1;
}

/* Two namespaces joined by a veth pair on 10.213.7.0/24, each with its
   loopback up and the veth as the default route (so that a broadcast to
   255.255.255.255 leaves by it). 0, or -1 when the machine does not allow it. */
static int make_namespaces(void) {
  if (geteuid() != 0) {
    return -1;
  }
  snprintf(ns_a, sizeof ns_a, "tsws-a-%d", (int)getpid());
  snprintf(ns_b, sizeof ns_b, "tsws-b-%d", (int)getpid());
  char va[16], vb[16];
  snprintf(va, sizeof va, "tswa%d", (int)getpid() % 100000);
  snprintf(vb, sizeof vb, "tswb%d", (int)getpid() % 100000);
  int rc = sh("ip netns add %s 2>/dev/null && ip netns add %s 2>/dev/null", ns_a, ns_b);
  rc = rc || sh("ip link add %s type veth peer name %s 2>/dev/null", va, vb);
  rc = rc || sh("ip link set %s netns %s", va, ns_a) || sh("ip link set %s netns %s", vb, ns_b);
  rc = rc || sh("ip -n %s addr add 10.213.7.1/24 dev %s", ns_a, va);
  rc = rc || sh("ip -n %s addr add 10.213.7.2/24 dev %s", ns_b, vb);
  rc = rc || sh("ip -n %s link set lo up && ip -n %s link set lo up", ns_a, ns_b);
  rc = rc || sh("ip -n %s link set %s up", ns_a, va) || sh("ip -n %s link set %s up", ns_b, vb);
  rc = rc || sh("ip -n %s route add default dev %s", ns_a, va) || sh("ip -n %s route add default dev %s", ns_b, vb);
  if (rc) {
    remove_namespaces();
    sh("ip link del %s 2>/dev/null%s", va, "");
    return -1;
  }
  return 0;
}

/* In a child that enters namespace 'ns': a probe broadcast to
   255.255.255.255 is answered by 'from' with the facilitator's port. The
   child's exit status says what went wrong (0: nothing). */
static int broadcast_probe_from(const char *ns, int disc, const char *from) {
  fflush(NULL);
  pid_t child = fork();
  if (child == 0) {
    char path[128];
    snprintf(path, sizeof path, "/run/netns/%s", ns);
    int nsfd = open(path, O_RDONLY | O_CLOEXEC);
    if (nsfd < 0 || setns(nsfd, CLONE_NEWNET) != 0) {
      _exit(2);
    }
    int fd = socket(AF_INET, SOCK_DGRAM, 0), one = 1;
    struct sockaddr_in to = {
        .sin_family = AF_INET, .sin_port = htons((uint16_t)disc), .sin_addr.s_addr = htonl(INADDR_BROADCAST)};
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one) != 0 ||
        sendto(fd, PROBE, strlen(PROBE), 0, (struct sockaddr *)&to, sizeof to) < 0) {
      _exit(3);
    }
    struct pollfd p = {.fd = fd, .events = POLLIN};
    char buf[1024], addr[INET_ADDRSTRLEN] = "";
    struct sockaddr_in sender;
    socklen_t len = sizeof sender;
    ssize_t n = poll(&p, 1, 3000) == 1 ? recvfrom(fd, buf, sizeof buf - 1, 0, (struct sockaddr *)&sender, &len) : -1;
    if (n <= 0) {
      _exit(4);
    }
    buf[n] = '\0';
    inet_ntop(AF_INET, &sender.sin_addr, addr, sizeof addr);
    cJSON *here = cJSON_Parse(buf);
    int ok = strcmp(ws_type(here), "here") == 0 && ws_int(here, "port", -1) == facil.port && strcmp(addr, from) == 0;
    _exit(ok ? 0 : 5);
  }
  int status = 0;
  waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void a_bot_finds_the_session_by_broadcast_across_namespaces(void) {
  if (make_namespaces() != 0) {
    printf("     skipped: no network namespaces here (needs root, ip netns and veth)\n");
    return;
  }
  int disc = 47811; /* the namespaces are the test's own: the default port is free there */
  if (start_facilitator("netns", disc, ns_a) != 0) {
    T_FAIL("the facilitator did not start in %s", ns_a);
    show_file("netns.err");
    remove_namespaces();
    return;
  }
  EXPECT_INT(broadcast_probe_from(ns_b, disc, "10.213.7.1"), 0);
  EXPECT_INT(run_bot("netns", disc, ns_b, 60000), 0);
  expect_one_finished_seat("netns");
  remove_namespaces();
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  signal(SIGALRM, on_alarm);
  alarm(200);
  if (!ws_has_command(THICKSKIN_BIN, "facilitate")) {
    printf("skipped: %s has no facilitate command\n", THICKSKIN_BIN);
    return 0;
  }
  snprintf(root, sizeof root, "/tmp/thickskin-wsdiscover-XXXXXX");
  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 1;
  }
  RUN_TEST(probes_on_loopback_and_a_bot_that_finds_the_session);
  RUN_TEST(a_bot_finds_the_session_by_broadcast_across_namespaces);
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  if (t_failures == 0 && system(cmd) != 0) {
    fprintf(stderr, "could not remove %s\n", root);
  }
  return t_summary();
}
