/* wsnet.c — the workshop's sockets: a listener whose connections are
   non-blocking and driven by poll(), each with a bounded reader and a bounded
   output queue, and a participant's connection that reconnects by itself.
   Nothing here blocks: a slow or hostile peer costs its own queue and its
   reader's bound, never the room's time. */
#define _POSIX_C_SOURCE 200809L
#include "wsnet.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "wsproto.h"

#define LINGER_MS 2000 /* after a last message, how long its reader gets to read it */
#define LINGER_DRAIN (64 * 1024) /* what a closing connection may still send before a reset */
#define READ_CHUNK 16384
#define BACKOFF_MIN_MS 100
#define BACKOFF_MAX_MS 1000
#define CONNECT_MS 3000 /* a connect unanswered this long (a host that is not there) is tried again */

int64_t wsnet_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int set_nonblocking(int fd) {
  int flags = fcntl(fd, F_GETFL, 0);
  return flags < 0 ? -1 : fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

/* Answers go out at once rather than waiting to be coalesced: the
   projector's count should follow an answer within milliseconds. */
static void set_nodelay(int fd) {
  int one = 1;
  (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* A facilitator that vanished without a word (a cable pulled, a machine
   switched off) sends nothing an idle participant would miss: the kernel
   probes the link instead, and gives up on it within about the protocol's
   15 s of silence, whether or not something is waiting to be sent. */
static void set_keepalive(int fd) {
  int one = 1;
  (void)setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
#if defined(TCP_KEEPIDLE) && defined(TCP_KEEPINTVL) && defined(TCP_KEEPCNT)
  int idle = 6, interval = 3, count = 3;
  (void)setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
  (void)setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
  (void)setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
#endif
#ifdef TCP_USER_TIMEOUT
  unsigned timeout_ms = WS_SILENT_MS;
  (void)setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &timeout_ms, sizeof timeout_ms);
#endif
}

static void label_peer(const struct sockaddr_in *sa, char *peer, size_t peer_len, char *addr, size_t addr_len) {
  char text[INET_ADDRSTRLEN] = "?";
  inet_ntop(AF_INET, &sa->sin_addr, text, sizeof text);
  snprintf(addr, addr_len, "%s", text);
  snprintf(peer, peer_len, "%s:%u", text, (unsigned)ntohs(sa->sin_port));
}

/* --- an output queue ------------------------------------------------------- */

typedef struct OutQueue {
  char *buf; /* owned */
  size_t off, len, cap;
} OutQueue;

static size_t outq_pending(const OutQueue *q) {
  return q->len - q->off;
}

static int outq_push(OutQueue *q, const char *bytes, size_t n) {
  if (outq_pending(q) + n > WS_MAX_QUEUE) {
    return -2;
  }
  if (q->off > 0 && q->len + n > q->cap) {
    memmove(q->buf, q->buf + q->off, q->len - q->off);
    q->len -= q->off;
    q->off = 0;
  }
  if (q->len + n > q->cap) {
    size_t cap = q->cap ? q->cap : 4096;
    while (cap < q->len + n) {
      cap *= 2;
    }
    char *grown = realloc(q->buf, cap);
    if (!grown) {
      return -2;
    }
    q->buf = grown;
    q->cap = cap;
  }
  memcpy(q->buf + q->len, bytes, n);
  q->len += n;
  return 0;
}

/* Writes what the socket takes. 0, or -1 with errno on a broken connection. */
static int outq_flush(OutQueue *q, int fd) {
  while (outq_pending(q) > 0) {
    ssize_t w = send(fd, q->buf + q->off, outq_pending(q), MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) {
        continue;
      }
      return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    }
    q->off += (size_t)w;
  }
  q->off = q->len = 0;
  if (q->cap > 65536) { /* a burst's buffer is not kept for the rest of the session */
    free(q->buf);
    q->buf = NULL;
    q->cap = 0;
  }
  return 0;
}

static void outq_free(OutQueue *q) {
  free(q->buf);
  memset(q, 0, sizeof *q);
}

/* --- the listener ---------------------------------------------------------- */

typedef enum { CONN_FREE, CONN_OPEN, CONN_CLOSING, CONN_DEAD } ConnState;

typedef struct Conn {
  int id;
  ConnState state;
  int fd;
  char peer[WSNET_PEER_MAX], addr[INET_ADDRSTRLEN];
  WsReader reader;
  OutQueue out;
  int64_t opened_ms, heard_ms, linger_until;
  int hello_ok, shut_wr, report; /* report: tell the owner 'closed' when it dies */
  size_t drained;                 /* bytes read and dropped while closing */
  char why[96];
} Conn;

struct WsListener {
  int fd, port;
  unsigned generation;
  Conn conns[WS_MAX_CONNECTIONS];
  int n_open;
  char *full_line; /* owned */
  int corked;      /* sends wait for wsnet_flush */
  int spare_fd;    /* owned, /dev/null: given up to refuse a connection when no descriptor is left */
};

WsListener *wsnet_listen(int port, const char *full_line, char *err, size_t errlen) {
  WsListener *l = calloc(1, sizeof *l);
  if (!l) {
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  l->fd = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = INADDR_ANY};
  socklen_t sl = sizeof sa;
  if (l->fd < 0 || setsockopt(l->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
      bind(l->fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(l->fd, 128) != 0 || set_nonblocking(l->fd) != 0 ||
      getsockname(l->fd, (struct sockaddr *)&sa, &sl) != 0) {
    snprintf(err, errlen, "cannot listen on TCP port %d: %s", port, strerror(errno));
    if (l->fd >= 0) {
      close(l->fd);
    }
    free(l);
    return NULL;
  }
  l->port = ntohs(sa.sin_port);
  l->full_line = full_line ? strdup(full_line) : NULL;
  if (full_line && !l->full_line) {
    snprintf(err, errlen, "out of memory");
    close(l->fd);
    free(l);
    return NULL;
  }
  for (int i = 0; i < WS_MAX_CONNECTIONS; i++) {
    l->conns[i].fd = -1;
  }
  l->spare_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  return l;
}

static void conn_free(WsListener *l, Conn *c) {
  if (c->fd >= 0) {
    close(c->fd);
  }
  ws_reader_free(&c->reader);
  outq_free(&c->out);
  memset(c, 0, sizeof *c);
  c->fd = -1;
  c->state = CONN_FREE;
  l->n_open--;
}

void wsnet_free(WsListener *l) {
  if (!l) {
    return;
  }
  for (int i = 0; i < WS_MAX_CONNECTIONS; i++) {
    if (l->conns[i].state != CONN_FREE) {
      conn_free(l, &l->conns[i]);
    }
  }
  close(l->fd);
  if (l->spare_fd >= 0) {
    close(l->spare_fd);
  }
  free(l->full_line);
  free(l);
}

int wsnet_port(const WsListener *l) {
  return l->port;
}

int wsnet_count(const WsListener *l) {
  return l->n_open;
}

static Conn *find(WsListener *l, int conn) {
  if (conn <= 0) {
    return NULL;
  }
  Conn *c = &l->conns[conn % WS_MAX_CONNECTIONS];
  return c->state != CONN_FREE && c->id == conn ? c : NULL;
}

const char *wsnet_peer(const WsListener *l, int conn) {
  const Conn *c = find((WsListener *)l, conn);
  return c ? c->peer : "";
}

const char *wsnet_peer_addr(const WsListener *l, int conn) {
  const Conn *c = find((WsListener *)l, conn);
  return c ? c->addr : "";
}

void wsnet_hello_ok(WsListener *l, int conn) {
  Conn *c = find(l, conn);
  if (c) {
    c->hello_ok = 1;
  }
}

/* The connection is finished: reported to the owner at the end of this poll
   (or the next one) when 'report' is set. */
static void conn_die(Conn *c, int report, const char *why) {
  if (c->state == CONN_OPEN) {
    c->report = report;
  }
  if (c->state != CONN_DEAD) {
    snprintf(c->why, sizeof c->why, "%s", why);
  }
  c->state = CONN_DEAD;
}

static void conn_start_closing(Conn *c) {
  if (c->state == CONN_OPEN) {
    c->state = CONN_CLOSING;
    c->linger_until = wsnet_now_ms() + LINGER_MS;
  }
}

int wsnet_send(WsListener *l, int conn, const char *bytes, size_t len) {
  Conn *c = find(l, conn);
  if (!c || c->state != CONN_OPEN) {
    return -1;
  }
  if (outq_push(&c->out, bytes, len) != 0) {
    conn_die(c, 1, "its output queue passed 1 MiB (it stopped reading)");
    return -2;
  }
  if (!l->corked && outq_flush(&c->out, c->fd) != 0) {
    conn_die(c, 1, strerror(errno));
    return -1;
  }
  return 0;
}

void wsnet_cork(WsListener *l, int on) {
  l->corked = on;
}

void wsnet_close(WsListener *l, int conn) {
  Conn *c = find(l, conn);
  if (c) {
    c->report = 0;
    conn_start_closing(c);
  }
}

/* Tells a connection the room is full (best effort) and closes it. */
static void refuse_full(const WsListener *l, int fd) {
  if (l->full_line) {
    (void)send(fd, l->full_line, strlen(l->full_line), MSG_NOSIGNAL | MSG_DONTWAIT);
  }
  close(fd);
}

/* No descriptor is left for a waiting connection: left in the backlog it
   would keep the listener readable and poll() spinning, so the spare is
   given up to take it and refuse it, then taken back. 0 when one was
   refused. */
static int refuse_without_descriptors(WsListener *l) {
  if (l->spare_fd < 0) {
    return -1;
  }
  close(l->spare_fd);
  int fd = accept(l->fd, NULL, NULL);
  if (fd >= 0) {
    refuse_full(l, fd);
  }
  l->spare_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  return fd >= 0 ? 0 : -1;
}

static void accept_all(WsListener *l, const WsNetHandler *h, int *events) {
  for (;;) {
    struct sockaddr_in sa;
    socklen_t sl = sizeof sa;
    int fd = accept(l->fd, (struct sockaddr *)&sa, &sl);
    if (fd < 0 && (errno == EMFILE || errno == ENFILE) && refuse_without_descriptors(l) == 0) {
      continue;
    }
    if (fd < 0) {
      return; /* EAGAIN, or a connection that went away before it was taken */
    }
    if (l->n_open >= WS_MAX_CONNECTIONS || set_nonblocking(fd) != 0) {
      refuse_full(l, fd);
      continue;
    }
    set_nodelay(fd);
    int slot = 0;
    while (l->conns[slot].state != CONN_FREE) {
      slot++;
    }
    Conn *c = &l->conns[slot];
    l->generation++;
    c->id = (int)((l->generation % 8000000u + 1) * WS_MAX_CONNECTIONS + (unsigned)slot);
    c->state = CONN_OPEN;
    c->fd = fd;
    c->opened_ms = c->heard_ms = wsnet_now_ms();
    label_peer(&sa, c->peer, sizeof c->peer, c->addr, sizeof c->addr);
    ws_reader_init(&c->reader, WS_MAX_PARTICIPANT_LINE);
    l->n_open++;
    (*events)++;
    if (h->opened) {
      h->opened(h->ctx, c->id);
    }
  }
}

/* Lines of one read handed to the owner; stops when the owner closes it. */
typedef struct Delivery {
  Conn *c;
  const WsNetHandler *h;
  int *events;
} Delivery;

static int deliver_line(void *ctx, const char *line, size_t len) {
  Delivery *d = ctx;
  (*d->events)++;
  if (d->h->line) {
    d->h->line(d->h->ctx, d->c->id, line, len);
  }
  return d->c->state == CONN_OPEN ? 0 : 1;
}

static void deliver(Conn *c, const char *bytes, size_t n, const WsNetHandler *h, int *events) {
  Delivery d = {c, h, events};
  if (ws_reader_feed(&c->reader, bytes, n, deliver_line, &d) == WS_READ_TOO_LONG && c->state == CONN_OPEN) {
    (*events)++;
    if (h->bad) {
      char problem[96];
      snprintf(problem, sizeof problem, "a line longer than %zu bytes", c->reader.bound);
      h->bad(h->ctx, c->id, c->reader.lines + 1, problem);
    }
    conn_start_closing(c); /* whatever the owner did, this connection is over */
  }
}

static void read_conn(Conn *c, const WsNetHandler *h, int *events) {
  char buf[READ_CHUNK];
  for (int rounds = 0; rounds < 4 && (c->state == CONN_OPEN || c->state == CONN_CLOSING); rounds++) {
    ssize_t r = recv(c->fd, buf, sizeof buf, 0);
    if (r < 0 && errno == EINTR) {
      continue;
    }
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      return;
    }
    if (r <= 0) {
      conn_die(c, 1, r == 0 ? "the participant closed the connection" : strerror(errno));
      return;
    }
    c->heard_ms = wsnet_now_ms();
    if (c->state == CONN_OPEN) {
      deliver(c, buf, (size_t)r, h, events);
    } else if ((c->drained += (size_t)r) > LINGER_DRAIN) { /* a flood: reset it */
      conn_die(c, 0, "it kept sending after its connection was closed");
      return;
    } /* a closing connection's input is read and dropped, so that its close is not a reset */
  }
}

static void write_conn(Conn *c) {
  if (outq_flush(&c->out, c->fd) != 0) {
    conn_die(c, 1, strerror(errno));
    return;
  }
  if (c->state == CONN_CLOSING && outq_pending(&c->out) == 0 && !c->shut_wr) {
    shutdown(c->fd, SHUT_WR);
    c->shut_wr = 1;
  }
}

/* No hello in 5 s, silence for 15 s, a linger over: the owner may send a
   last line about a timeout while it is told. */
static void apply_deadlines(Conn *c, int64_t now, const WsNetHandler *h, int *events) {
  const char *why = NULL;
  if (c->state == CONN_OPEN && !c->hello_ok && now - c->opened_ms >= WS_HELLO_TIMEOUT_MS) {
    why = "no hello within 5 s";
  } else if (c->state == CONN_OPEN && now - c->heard_ms >= WS_SILENT_MS) {
    why = "silent for 15 s";
  } else if (c->state == CONN_CLOSING && now >= c->linger_until) {
    conn_die(c, 0, "closed");
    return;
  }
  if (why) {
    (*events)++;
    if (h->closed) {
      h->closed(h->ctx, c->id, why);
    }
    c->report = 0;
    conn_start_closing(c);
  }
}

static int64_t next_deadline(const Conn *c) {
  if (c->state == CONN_CLOSING) {
    return c->linger_until;
  }
  if (c->state == CONN_DEAD) {
    return 0;
  }
  int64_t silent = c->heard_ms + WS_SILENT_MS;
  int64_t hello = c->hello_ok ? silent : c->opened_ms + WS_HELLO_TIMEOUT_MS;
  return hello < silent ? hello : silent;
}

/* A dead connection is reported before its slot is freed, so that the
   owner can still name its peer (a dead one takes no more sends). */
static void reap(WsListener *l, const WsNetHandler *h, int *events) {
  for (int i = 0; i < WS_MAX_CONNECTIONS; i++) {
    Conn *c = &l->conns[i];
    if (c->state != CONN_DEAD) {
      continue;
    }
    if (c->report && h->closed) {
      (*events)++;
      h->closed(h->ctx, c->id, c->why);
    }
    conn_free(l, c);
  }
}

static int poll_timeout(const WsListener *l, int timeout_ms) {
  int64_t now = wsnet_now_ms();
  int64_t t = timeout_ms < 0 ? INT64_MAX : now + timeout_ms;
  for (int i = 0; i < WS_MAX_CONNECTIONS; i++) {
    if (l->conns[i].state != CONN_FREE) {
      int64_t d = next_deadline(&l->conns[i]);
      t = d < t ? d : t;
    }
  }
  if (t == INT64_MAX) {
    return -1;
  }
  return t <= now ? 0 : (int)(t - now);
}

int wsnet_poll(WsListener *l, int timeout_ms, const WsNetHandler *h, int extra_fd, int *extra_ready) {
  struct pollfd fds[WS_MAX_CONNECTIONS + 2];
  int slot_of[WS_MAX_CONNECTIONS + 2];
  int n = 0, events = 0;
  reap(l, h, &events);
  fds[n++] = (struct pollfd){.fd = l->fd, .events = POLLIN};
  if (extra_fd >= 0) {
    fds[n++] = (struct pollfd){.fd = extra_fd, .events = POLLIN};
  }
  int first_conn = n;
  for (int i = 0; i < WS_MAX_CONNECTIONS; i++) {
    Conn *c = &l->conns[i];
    if (c->state == CONN_OPEN || c->state == CONN_CLOSING) {
      short ev = POLLIN;
      if (outq_pending(&c->out) > 0) {
        ev |= POLLOUT;
      }
      slot_of[n] = i;
      fds[n++] = (struct pollfd){.fd = c->fd, .events = ev};
    }
  }
  if (extra_ready) {
    *extra_ready = 0;
  }
  int rc = poll(fds, (nfds_t)n, events > 0 ? 0 : poll_timeout(l, timeout_ms));
  if (rc < 0) {
    return errno == EINTR ? events : -1;
  }
  /* Every write before any read: what a read makes the owner send waits
     for the owner's flush when the listener is corked. */
  for (int k = first_conn; k < n; k++) {
    if (fds[k].revents & POLLOUT) {
      write_conn(&l->conns[slot_of[k]]);
    }
  }
  for (int k = first_conn; k < n; k++) {
    if (fds[k].revents & (POLLIN | POLLHUP | POLLERR)) {
      read_conn(&l->conns[slot_of[k]], h, &events);
    }
  }
  if (fds[0].revents & POLLIN) {
    accept_all(l, h, &events);
  }
  if (extra_fd >= 0 && extra_ready) {
    *extra_ready = (fds[1].revents & POLLIN) != 0;
  }
  int64_t now = wsnet_now_ms();
  for (int i = 0; i < WS_MAX_CONNECTIONS; i++) {
    Conn *c = &l->conns[i];
    if (c->state == CONN_OPEN || c->state == CONN_CLOSING) {
      apply_deadlines(c, now, h, &events);
    }
  }
  if (!l->corked) {
    wsnet_flush(l);
  }
  reap(l, h, &events);
  return events;
}

void wsnet_flush(WsListener *l) {
  for (int i = 0; i < WS_MAX_CONNECTIONS; i++) {
    Conn *c = &l->conns[i];
    if ((c->state == CONN_OPEN || c->state == CONN_CLOSING) && (outq_pending(&c->out) > 0 || !c->shut_wr)) {
      if (c->state == CONN_OPEN && outq_pending(&c->out) == 0) {
        continue;
      }
      write_conn(c);
    }
  }
}

/* --- a participant's connection --------------------------------------------- */

struct WsClient {
  struct sockaddr_in addr;
  char peer[WSNET_PEER_MAX];
  int fd;
  WsClientState state;
  WsReader reader;
  OutQueue out;
  int64_t retry_at, sent_ms, connect_at;
  int backoff_ms, stopping;
  int down_pending; /* a drop to report at the next poll */
  char why[96];
  /* While lines are handed to the owner the reader's buffer is in use: a
     drop or a stop asked for then waits until the read is over. */
  int dispatching, want_down, want_reset, want_delay, want_stop;
  char want_why[96];
};

WsClient *wsclient_new(const char *host, int port, char *err, size_t errlen) {
  struct addrinfo hints = {.ai_family = AF_INET, .ai_socktype = SOCK_STREAM}, *res = NULL;
  int rc = getaddrinfo(host, NULL, &hints, &res);
  if (rc != 0 || !res) {
    snprintf(err, errlen, "cannot find the host '%s': %s", host, gai_strerror(rc));
    return NULL;
  }
  WsClient *c = calloc(1, sizeof *c);
  if (!c) {
    freeaddrinfo(res);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  memcpy(&c->addr, res->ai_addr, sizeof c->addr);
  freeaddrinfo(res);
  c->addr.sin_port = htons((uint16_t)port);
  char addr[INET_ADDRSTRLEN];
  label_peer(&c->addr, c->peer, sizeof c->peer, addr, sizeof addr);
  c->fd = -1;
  c->state = WSC_DOWN;
  c->backoff_ms = BACKOFF_MIN_MS;
  c->sent_ms = wsnet_now_ms();
  ws_reader_init(&c->reader, WS_MAX_FACILITATOR_LINE);
  return c;
}

static void client_close_fd(WsClient *c, int reset) {
  if (c->fd >= 0) {
    if (reset) {
      struct linger lg = {.l_onoff = 1, .l_linger = 0};
      (void)setsockopt(c->fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
    close(c->fd);
  }
  c->fd = -1;
  outq_free(&c->out);
  ws_reader_free(&c->reader);
  ws_reader_init(&c->reader, WS_MAX_FACILITATOR_LINE);
}

void wsclient_free(WsClient *c) {
  if (!c) {
    return;
  }
  client_close_fd(c, 0);
  ws_reader_free(&c->reader);
  free(c);
}

/* Down until the next try, 'delay_ms' from now (-1: the growing pause). */
static void client_down(WsClient *c, int reset, int delay_ms, const char *why) {
  if (c->dispatching) {
    if (!c->want_down) {
      c->want_down = 1;
      c->want_reset = reset;
      c->want_delay = delay_ms;
      snprintf(c->want_why, sizeof c->want_why, "%s", why);
    }
    return;
  }
  int was_up = c->state == WSC_UP || c->state == WSC_CONNECTING;
  client_close_fd(c, reset);
  if (c->state == WSC_STOPPED) {
    return;
  }
  c->state = WSC_DOWN;
  if (delay_ms < 0) {
    delay_ms = c->backoff_ms;
    c->backoff_ms = c->backoff_ms * 2 > BACKOFF_MAX_MS ? BACKOFF_MAX_MS : c->backoff_ms * 2;
  }
  c->retry_at = wsnet_now_ms() + delay_ms;
  if (was_up) {
    c->down_pending = 1;
    snprintf(c->why, sizeof c->why, "%s", why);
  }
}

static void client_up(WsClient *c, const WsClientHandler *h) {
  c->state = WSC_UP;
  c->backoff_ms = BACKOFF_MIN_MS;
  c->sent_ms = wsnet_now_ms();
  if (h->up) {
    h->up(h->ctx);
  }
}

static void client_connect(WsClient *c, const WsClientHandler *h) {
  c->fd = socket(AF_INET, SOCK_STREAM, 0);
  if (c->fd < 0 || set_nonblocking(c->fd) != 0) {
    client_down(c, 0, -1, strerror(errno));
    return;
  }
  set_nodelay(c->fd);
  set_keepalive(c->fd);
  if (connect(c->fd, (struct sockaddr *)&c->addr, sizeof c->addr) == 0) {
    client_up(c, h);
  } else if (errno == EINPROGRESS) {
    c->state = WSC_CONNECTING;
    c->connect_at = wsnet_now_ms();
  } else {
    c->state = WSC_CONNECTING; /* reported like a refused connection */
    client_down(c, 0, -1, strerror(errno));
    c->down_pending = 0;
  }
}

typedef struct ClientDelivery {
  WsClient *c;
  const WsClientHandler *h;
} ClientDelivery;

static int client_line(void *ctx, const char *line, size_t len) {
  ClientDelivery *d = ctx;
  if (d->h->line) {
    d->h->line(d->h->ctx, line, len);
  }
  return d->c->state == WSC_UP && !d->c->want_down && !d->c->want_stop ? 0 : 1;
}

static void client_read(WsClient *c, const WsClientHandler *h) {
  char buf[READ_CHUNK];
  ssize_t r = recv(c->fd, buf, sizeof buf, 0);
  if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
    return;
  }
  if (r <= 0) {
    client_down(c, 0, -1, r == 0 ? "the facilitator closed the connection" : strerror(errno));
    return;
  }
  ClientDelivery d = {c, h};
  c->dispatching = 1;
  int rc = ws_reader_feed(&c->reader, buf, (size_t)r, client_line, &d);
  c->dispatching = 0;
  if (c->want_stop) {
    c->want_stop = c->want_down = 0;
    wsclient_stop(c);
    return;
  }
  if (c->want_down) {
    c->want_down = 0;
    client_down(c, c->want_reset, c->want_delay, c->want_why);
    return;
  }
  if (rc == WS_READ_TOO_LONG && c->state == WSC_UP) {
    char problem[96];
    snprintf(problem, sizeof problem, "a line longer than %zu bytes", c->reader.bound);
    if (h->bad) {
      h->bad(h->ctx, c->reader.lines + 1, problem);
    }
    client_down(c, 0, -1, problem);
  }
}

static void client_events(WsClient *c, short revents, const WsClientHandler *h) {
  if (c->state == WSC_CONNECTING && (revents & (POLLOUT | POLLERR | POLLHUP))) {
    int e = 0;
    socklen_t el = sizeof e;
    if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &e, &el) != 0 || e != 0) {
      client_down(c, 0, -1, strerror(e ? e : errno));
      c->down_pending = 0; /* never up: nothing to report */
      return;
    }
    client_up(c, h);
    return;
  }
  if (c->state != WSC_UP && !c->stopping) {
    return;
  }
  if ((revents & POLLOUT) && outq_flush(&c->out, c->fd) != 0) {
    client_down(c, 0, -1, strerror(errno));
    return;
  }
  if (c->state == WSC_UP && (revents & (POLLIN | POLLHUP | POLLERR))) {
    client_read(c, h);
  }
}

int wsclient_poll(WsClient *c, int timeout_ms, const WsClientHandler *h) {
  if (c->down_pending) {
    c->down_pending = 0;
    if (h->down) {
      h->down(h->ctx, c->why);
    }
    timeout_ms = 0;
  }
  if (c->state == WSC_DOWN && wsnet_now_ms() >= c->retry_at) {
    client_connect(c, h);
  }
  if (c->stopping && outq_pending(&c->out) == 0) {
    client_close_fd(c, 0);
    c->stopping = 0;
  }
  if (c->state == WSC_CONNECTING) {
    int64_t left = c->connect_at + CONNECT_MS - wsnet_now_ms();
    if (left <= 0) {
      client_down(c, 0, -1, "no answer");
      c->down_pending = 0; /* never up: nothing to report */
      return 0;
    }
    timeout_ms = timeout_ms < 0 || timeout_ms > left ? (int)left : timeout_ms;
  }
  if (c->fd < 0) {
    if (c->state == WSC_DOWN && timeout_ms != 0) {
      int64_t wait = c->retry_at - wsnet_now_ms();
      int t = wait < 0 ? 0 : (int)wait;
      if (timeout_ms >= 0 && timeout_ms < t) {
        t = timeout_ms;
      }
      poll(NULL, 0, t);
    } else if (c->state == WSC_STOPPED && timeout_ms > 0) {
      poll(NULL, 0, timeout_ms);
    }
    return 0;
  }
  struct pollfd p = {.fd = c->fd, .events = c->state == WSC_CONNECTING ? POLLOUT : POLLIN};
  if ((c->state == WSC_UP || c->stopping) && outq_pending(&c->out) > 0) {
    p.events |= POLLOUT;
  }
  int rc = poll(&p, 1, timeout_ms);
  if (rc > 0) {
    client_events(c, p.revents, h);
  }
  return rc < 0 && errno != EINTR ? -1 : 0;
}

int wsclient_send(WsClient *c, const char *bytes, size_t len) {
  if (c->state != WSC_UP) {
    return -1;
  }
  if (outq_push(&c->out, bytes, len) != 0) {
    client_down(c, 1, -1, "the output queue passed 1 MiB");
    return -2;
  }
  c->sent_ms = wsnet_now_ms();
  if (outq_flush(&c->out, c->fd) != 0) {
    client_down(c, 0, -1, strerror(errno));
    return -1;
  }
  return 0;
}

void wsclient_drop(WsClient *c, int delay_ms) {
  if (c->state == WSC_STOPPED) {
    return;
  }
  client_down(c, 1, delay_ms, "dropped");
}

void wsclient_stop(WsClient *c) {
  if (c->dispatching) {
    c->want_stop = 1;
    return;
  }
  if (c->state == WSC_UP && outq_pending(&c->out) > 0) {
    c->stopping = 1;
  } else {
    client_close_fd(c, 0);
  }
  c->state = WSC_STOPPED;
  c->down_pending = 0;
}

WsClientState wsclient_state(const WsClient *c) {
  return c->state;
}

int64_t wsclient_idle_ms(const WsClient *c) {
  return wsnet_now_ms() - c->sent_ms;
}

const char *wsclient_peer(const WsClient *c) {
  return c->peer;
}
