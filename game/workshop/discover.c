/* discover.c — UDP discovery: probes and `here` answers. A datagram is one
   JSON object; anything longer than 512 bytes, not JSON, or not the message
   expected is dropped without a word (discovery is best effort, and a reply
   to garbage would only help someone reflect traffic). */
#define _POSIX_C_SOURCE 200809L
#include "discover.h"

#include <arpa/inet.h>
#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int udp_socket(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd >= 0) {
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0) {
      close(fd);
      return -1;
    }
  }
  return fd;
}

/* A datagram's JSON object with "t" == 'type' and "v" == 1, or NULL. */
static cJSON *parse_datagram(const char *buf, ssize_t n, const char *type) {
  if (n <= 0 || n > DISC_MAX_DATAGRAM) {
    return NULL;
  }
  cJSON *j = cJSON_ParseWithLength(buf, (size_t)n);
  const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "t");
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, "v");
  if (!cJSON_IsObject(j) || !cJSON_IsString(t) || strcmp(t->valuestring, type) != 0 || !cJSON_IsNumber(v) ||
      v->valuedouble != 1) {
    cJSON_Delete(j);
    return NULL;
  }
  return j;
}

/* --- the facilitator's side ------------------------------------------------ */

struct DiscAnswerer {
  int fd;
};

DiscAnswerer *disc_answerer_open(int port, char *err, size_t errlen) {
  int fd = udp_socket();
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = INADDR_ANY};
  if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
    snprintf(err, errlen, "cannot listen for discovery on UDP port %d: %s", port, strerror(errno));
    if (fd >= 0) {
      close(fd);
    }
    return NULL;
  }
  DiscAnswerer *d = malloc(sizeof *d);
  if (!d) {
    close(fd);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  d->fd = fd;
  return d;
}

void disc_answerer_free(DiscAnswerer *d) {
  if (d) {
    close(d->fd);
    free(d);
  }
}

int disc_answerer_fd(const DiscAnswerer *d) {
  return d->fd;
}

/* The `here` datagram, cut to fit: a long title is shortened, not dropped. */
static int build_here(const DiscHere *here, char *out, size_t cap) {
  char host[128] = "";
  if (here->host) {
    snprintf(host, sizeof host, "%s", here->host);
  } else if (gethostname(host, sizeof host - 1) != 0) {
    host[0] = '\0';
  }
  char title[200];
  snprintf(title, sizeof title, "%s", here->title ? here->title : "");
  for (;;) {
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "t", "here");
    cJSON_AddNumberToObject(j, "v", 1);
    cJSON_AddNumberToObject(j, "port", here->port);
    cJSON_AddStringToObject(j, "title", title);
    cJSON_AddStringToObject(j, "host", host);
    cJSON_AddNumberToObject(j, "seats", here->seats);
    int ok = cJSON_PrintPreallocated(j, out, (int)cap, 0);
    cJSON_Delete(j);
    if (ok && strlen(out) <= DISC_MAX_DATAGRAM) {
      return (int)strlen(out);
    }
    size_t tl = strlen(title), hl = strlen(host);
    if (tl == 0 && hl == 0) {
      return -1;
    }
    /* Cut at a character boundary (UTF-8 continuation bytes are 10xxxxxx). */
    char *s = tl > 0 ? title : host;
    size_t len = tl > 0 ? tl / 2 : hl / 2;
    while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80) {
      len--;
    }
    s[len] = '\0';
  }
}

int disc_answerer_serve(DiscAnswerer *d, const DiscHere *here) {
  int answered = 0;
  for (int i = 0; i < 256; i++) { /* a flood of probes waits for the next poll */
    char buf[DISC_MAX_DATAGRAM + 1];
    struct sockaddr_in from;
    socklen_t fl = sizeof from;
    ssize_t n = recvfrom(d->fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &fl);
    if (n < 0) {
      break;
    }
    cJSON *probe = parse_datagram(buf, n, "probe");
    if (!probe) {
      continue;
    }
    cJSON_Delete(probe);
    char out[1024];
    int len = build_here(here, out, sizeof out);
    if (len > 0 && sendto(d->fd, out, (size_t)len, 0, (struct sockaddr *)&from, fl) == len) {
      answered++;
    }
  }
  return answered;
}

/* --- a participant's side -------------------------------------------------- */

struct DiscProber {
  int fd, port;
  int64_t next_probe;
  DiscFound found[DISC_MAX_FOUND];
  int n_found;
};

DiscProber *disc_prober_open(int port, char *err, size_t errlen) {
  int fd = udp_socket();
  if (fd < 0) {
    snprintf(err, errlen, "cannot open a UDP socket for discovery: %s", strerror(errno));
    return NULL;
  }
  int one = 1;
  (void)setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one); /* without it, loopback still answers */
  DiscProber *p = calloc(1, sizeof *p);
  if (!p) {
    close(fd);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  p->fd = fd;
  p->port = port;
  return p;
}

void disc_prober_free(DiscProber *p) {
  if (p) {
    close(p->fd);
    free(p);
  }
}

static void send_probes(DiscProber *p) {
  static const char probe[] = "{\"t\":\"probe\",\"v\":1}";
  const char *targets[] = {"255.255.255.255", "127.0.0.1"};
  for (int i = 0; i < 2; i++) {
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons((uint16_t)p->port)};
    inet_pton(AF_INET, targets[i], &to.sin_addr);
    /* A network with no broadcast route fails here: that is not an error. */
    (void)sendto(p->fd, probe, sizeof probe - 1, 0, (struct sockaddr *)&to, sizeof to);
  }
}

static int text_field(const cJSON *j, const char *name, char *out, size_t cap) {
  const cJSON *f = cJSON_GetObjectItemCaseSensitive(j, name);
  if (!cJSON_IsString(f)) {
    return -1;
  }
  snprintf(out, cap, "%s", f->valuestring);
  return 0;
}

static void take_answer(DiscProber *p, const char *buf, ssize_t n, const struct sockaddr_in *from) {
  cJSON *j = parse_datagram(buf, n, "here");
  if (!j) {
    return;
  }
  DiscFound f = {0};
  const cJSON *port = cJSON_GetObjectItemCaseSensitive(j, "port");
  const cJSON *seats = cJSON_GetObjectItemCaseSensitive(j, "seats");
  inet_ntop(AF_INET, &from->sin_addr, f.addr, sizeof f.addr);
  int ok = cJSON_IsNumber(port) && port->valuedouble >= 1 && port->valuedouble <= 65535 &&
           text_field(j, "title", f.title, sizeof f.title) == 0 && text_field(j, "host", f.host, sizeof f.host) == 0;
  f.port = ok ? (int)port->valuedouble : 0;
  f.seats = cJSON_IsNumber(seats) && seats->valuedouble >= 0 && seats->valuedouble < 1e6 ? (int)seats->valuedouble : 0;
  cJSON_Delete(j);
  if (!ok) {
    return;
  }
  for (int i = 0; i < p->n_found; i++) {
    if (strcmp(p->found[i].addr, f.addr) == 0 && p->found[i].port == f.port) {
      p->found[i] = f; /* the newest title and seat count */
      return;
    }
  }
  if (p->n_found < DISC_MAX_FOUND) {
    p->found[p->n_found++] = f;
  }
}

int disc_prober_poll(DiscProber *p, int timeout_ms) {
  int64_t now = now_ms();
  if (now >= p->next_probe) {
    send_probes(p);
    p->next_probe = now + DISC_PROBE_EVERY_MS;
  }
  int64_t until = now + (timeout_ms > 0 ? timeout_ms : 0);
  for (;;) {
    char buf[DISC_MAX_DATAGRAM + 1];
    struct sockaddr_in from;
    socklen_t fl = sizeof from;
    ssize_t n = recvfrom(p->fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &fl);
    if (n >= 0) {
      take_answer(p, buf, n, &from);
      continue;
    }
    int64_t left = until - now_ms();
    if (left <= 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
      break;
    }
    struct pollfd pf = {.fd = p->fd, .events = POLLIN};
    if (poll(&pf, 1, (int)left) <= 0) {
      break;
    }
  }
  return p->n_found;
}

const DiscFound *disc_prober_found(const DiscProber *p, int i) {
  return i >= 0 && i < p->n_found ? &p->found[i] : NULL;
}

int disc_prober_count(const DiscProber *p) {
  return p->n_found;
}
