/* test_wsnet.c — the facilitator's listener over loopback: what it tells
   its owner about a connection, and that a peer's name is still known
   when its end is reported. */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "testing.h"
#include "wsnet.h"

typedef struct Seen {
  WsListener *l;
  int opened, closed;
  char peer_at_open[WSNET_PEER_MAX], peer_at_close[WSNET_PEER_MAX], why[96];
} Seen;

static void on_opened(void *ctx, int conn) {
  Seen *s = ctx;
  s->opened = conn;
  snprintf(s->peer_at_open, sizeof s->peer_at_open, "%s", wsnet_peer(s->l, conn));
}

static void on_closed(void *ctx, int conn, const char *why) {
  Seen *s = ctx;
  s->closed = conn;
  snprintf(s->peer_at_close, sizeof s->peer_at_close, "%s", wsnet_peer(s->l, conn));
  snprintf(s->why, sizeof s->why, "%s", why);
}

static int dial(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
  EXPECT_INT(connect(fd, (struct sockaddr *)&sa, sizeof sa), 0);
  return fd;
}

static void poll_until(WsListener *l, const WsNetHandler *h, const int *flag) {
  for (int i = 0; i < 100 && !*flag; i++) {
    wsnet_poll(l, 20, h, -1, NULL);
  }
}

/* The owner is told of a peer that went away while its name can still be
   asked, so the facilitator's log names it. */
static void a_closed_connection_is_reported_with_its_peer(void) {
  char err[256];
  Seen s = {0};
  s.l = wsnet_listen(0, NULL, err, sizeof err);
  EXPECT(s.l != NULL);
  if (!s.l) {
    return;
  }
  WsNetHandler h = {.ctx = &s, .opened = on_opened, .closed = on_closed};
  int fd = dial(wsnet_port(s.l));
  poll_until(s.l, &h, &s.opened);
  EXPECT(s.opened > 0);
  EXPECT(strncmp(s.peer_at_open, "127.0.0.1:", 10) == 0);
  close(fd);
  poll_until(s.l, &h, &s.closed);
  EXPECT_INT(s.closed, s.opened);
  EXPECT_STR(s.why, "the participant closed the connection");
  EXPECT_STR(s.peer_at_close, s.peer_at_open);
  EXPECT_INT(wsnet_count(s.l), 0);
  EXPECT_STR(wsnet_peer(s.l, s.opened), ""); /* gone once told */
  wsnet_free(s.l);
}

/* With no file descriptor left, a waiting connection cannot be accepted
   and the listener would stay readable, so poll() would spin: it is
   taken with a spare descriptor, told the room is full, and closed. */
static void a_connection_past_the_descriptor_limit_is_refused(void) {
  const char *full = "{\"t\":\"refuse\",\"why\":\"full\",\"msg\":\"the room is full\"}\n";
  char err[256];
  Seen s = {0};
  s.l = wsnet_listen(0, full, err, sizeof err);
  EXPECT(s.l != NULL);
  if (!s.l) {
    return;
  }
  WsNetHandler h = {.ctx = &s, .opened = on_opened, .closed = on_closed};
  int fd = dial(wsnet_port(s.l));
  struct rlimit saved, small;
  EXPECT_INT(getrlimit(RLIMIT_NOFILE, &saved), 0);
  small = saved;
  small.rlim_cur = 64;
  EXPECT_INT(setrlimit(RLIMIT_NOFILE, &small), 0);
  int filler[64], n = 0;
  while (n < 64 && (filler[n] = dup(0)) >= 0) {
    n++;
  }
  for (int i = 0; i < 3; i++) {
    wsnet_poll(s.l, 0, &h, -1, NULL);
  }
  while (n > 0) {
    close(filler[--n]);
  }
  EXPECT_INT(setrlimit(RLIMIT_NOFILE, &saved), 0);
  EXPECT_INT(s.opened, 0);
  EXPECT_INT(wsnet_count(s.l), 0);
  struct pollfd p = {.fd = fd, .events = POLLIN};
  EXPECT_INT(poll(&p, 1, 2000), 1);
  char buf[256] = "";
  ssize_t got = recv(fd, buf, sizeof buf - 1, MSG_DONTWAIT);
  buf[got > 0 ? got : 0] = '\0';
  EXPECT_STR(buf, full);
  close(fd);
  /* the spare is back: the next connection is taken as usual */
  fd = dial(wsnet_port(s.l));
  poll_until(s.l, &h, &s.opened);
  EXPECT(s.opened > 0);
  close(fd);
  wsnet_free(s.l);
}

int main(void) {
  RUN_TEST(a_closed_connection_is_reported_with_its_peer);
  RUN_TEST(a_connection_past_the_descriptor_limit_is_refused);
  return t_summary();
}
