/* wsclient.h — a small black-box client of the workshop protocol
   (docs/workshop-protocol.md), shared by the workshop tests and the
   workshop bench: start a headless facilitator as a child process and read
   its banner, connect over TCP, send lines and read JSON messages (cJSON).
   It speaks only the documented protocol and knows nothing of
   game/workshop/. */
#ifndef TS_WSCLIENT_H
#define TS_WSCLIENT_H

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

/* The longest line the client reads: the protocol's bound on a line from the facilitator. */
#define WS_LINE_MAX (64 * 1024)

static inline int64_t ws_now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static inline int64_t ws_now_ms(void) {
  return ws_now_us() / 1000;
}

/* --- the facilitator as a child process ---------------------------------------- */

/* 1 when 'program --help' names 'command' (a build without the workshop
   lacks "facilitate"). */
static inline int ws_has_command(const char *program, const char *command) {
  char cmd[512], line[512];
  snprintf(cmd, sizeof cmd, "'%s' --help 2>&1", program);
  FILE *p = popen(cmd, "r");
  int found = 0;
  while (p && fgets(line, sizeof line, p)) {
    found |= strstr(line, command) != NULL;
  }
  if (p) {
    pclose(p);
  }
  return found;
}

/* A UDP port free at the moment, for --discovery-port (so that facilitators
   started at once never share the default), or -1. */
static inline int ws_free_udp_port(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof a;
  int port = -1;
  if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof a) == 0 && getsockname(fd, (struct sockaddr *)&a, &len) == 0) {
    port = ntohs(a.sin_port);
  }
  if (fd >= 0) {
    close(fd);
  }
  return port;
}

/* A running facilitator: its process, the read end of its stdout, and what
   its banner line said. */
typedef struct WsFacil {
  pid_t pid;
  int out_fd;
  int port;
  char code[16];
  char sid[64];
  char banner[256];
} WsFacil;

/* Reads one line (without its newline) from 'fd' into 'out' within
   'timeout_ms'; 1 on a line, 0 at end of file, -1 on timeout or error. Reads
   one byte at a time: the facilitator's stdout carries two lines. */
static inline int ws_read_fd_line(int fd, char *out, size_t cap, int timeout_ms) {
  size_t n = 0;
  int64_t deadline = ws_now_ms() + timeout_ms;
  for (;;) {
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int left = (int)(deadline - ws_now_ms());
    if (left <= 0 || poll(&p, 1, left) <= 0) {
      return -1;
    }
    char c;
    ssize_t got = read(fd, &c, 1);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      out[n] = '\0';
      return n > 0 ? 1 : 0;
    }
    if (c == '\n') {
      out[n] = '\0';
      return 1;
    }
    if (n + 1 < cap) {
      out[n++] = c;
    }
  }
}

/* Starts 'argv' (argv[0] a path) with its stdout on a pipe and its stderr
   appended to 'err_path', and reads its banner "workshop: listening on port
   N, code CODE, session SID" within 'timeout_ms'. 0 when started, else -1
   (the child is killed) with the reason on stderr. */
static inline int ws_facil_start(WsFacil *f, const char *const argv[], const char *err_path, int timeout_ms) {
  memset(f, 0, sizeof *f);
  int out[2];
  if (pipe(out) != 0) {
    perror("pipe");
    return -1;
  }
  fflush(NULL);
  f->pid = fork();
  if (f->pid < 0) {
    perror("fork");
    return -1;
  }
  if (f->pid == 0) {
    int err = open(err_path, O_WRONLY | O_CREAT | O_APPEND, 0600);
    dup2(out[1], STDOUT_FILENO);
    if (err >= 0) {
      dup2(err, STDERR_FILENO);
    }
    close(out[0]);
    close(out[1]);
    execvp(argv[0], (char *const *)argv); /* execvp never writes to its arguments */
    _exit(127);
  }
  close(out[1]);
  f->out_fd = out[0];
  int rc = ws_read_fd_line(f->out_fd, f->banner, sizeof f->banner, timeout_ms);
  if (rc == 1 &&
      sscanf(f->banner, "workshop: listening on port %d, code %15[^,], session %63s", &f->port, f->code, f->sid) == 3) {
    return 0;
  }
  fprintf(stderr, "facilitator %s: no banner within %d ms (read \"%s\"); its stderr is in %s\n", argv[0], timeout_ms,
          rc == 1 ? f->banner : "", err_path);
  kill(f->pid, SIGKILL);
  waitpid(f->pid, NULL, 0);
  close(f->out_fd);
  f->pid = 0;
  return -1;
}

/* Waits up to 'timeout_ms' for the facilitator to exit; its last stdout line
   goes to 'last' (the results). Returns its exit status, or -1 when it had to
   be killed. */
static inline int ws_facil_wait(WsFacil *f, char *last, size_t cap, int timeout_ms) {
  int64_t deadline = ws_now_ms() + timeout_ms;
  char line[WS_LINE_MAX];
  if (last) {
    last[0] = '\0';
  }
  int rc;
  while ((rc = ws_read_fd_line(f->out_fd, line, sizeof line, (int)(deadline - ws_now_ms()))) == 1) {
    if (last && line[0]) {
      snprintf(last, cap, "%s", line);
    }
  }
  int status = 0;
  while (rc != 0 || waitpid(f->pid, &status, WNOHANG) == 0) {
    if (ws_now_ms() >= deadline || rc != 0) {
      kill(f->pid, SIGKILL);
      waitpid(f->pid, NULL, 0);
      close(f->out_fd);
      f->pid = 0;
      return -1;
    }
    usleep(10000);
  }
  close(f->out_fd);
  f->pid = 0;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Stops a facilitator the test is done with (SIGTERM, then SIGKILL). */
static inline void ws_facil_stop(WsFacil *f) {
  if (f->pid <= 0) {
    return;
  }
  kill(f->pid, SIGTERM);
  for (int i = 0; i < 200 && waitpid(f->pid, NULL, WNOHANG) == 0; i++) {
    usleep(10000);
  }
  if (waitpid(f->pid, NULL, WNOHANG) == 0) {
    kill(f->pid, SIGKILL);
    waitpid(f->pid, NULL, 0);
  }
  close(f->out_fd);
  f->pid = 0;
}

/* The resident set of process 'pid' in KiB (VmRSS), or -1. */
static inline long ws_rss_kib(pid_t pid) {
  char path[64], line[256];
  snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
  FILE *f = fopen(path, "r");
  long kib = -1;
  while (f && fgets(line, sizeof line, f)) {
    if (sscanf(line, "VmRSS: %ld kB", &kib) == 1) {
      break;
    }
  }
  if (f) {
    fclose(f);
  }
  return kib;
}

/* --- a TCP connection speaking JSON lines --------------------------------------- */

/* One connection and its input buffer (at most one line of WS_LINE_MAX). */
typedef struct WsConn {
  int fd;
  int eof; /* the peer closed (or reset) the connection */
  size_t len;
  char buf[WS_LINE_MAX + 1];
} WsConn;

/* Connects 'c' to 'host':'port' from the local address 'from' (NULL: any);
   'nonblocking' leaves the socket non-blocking. 0 or -1 (errno kept). */
static inline int ws_connect_from(WsConn *c, const char *host, int port, const char *from, int nonblocking) {
  c->fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  c->eof = 0;
  c->len = 0;
  if (c->fd < 0) {
    return -1;
  }
  if (from) {
    struct sockaddr_in src = {.sin_family = AF_INET};
    inet_pton(AF_INET, from, &src.sin_addr);
    if (bind(c->fd, (struct sockaddr *)&src, sizeof src) != 0) {
      close(c->fd);
      c->fd = -1;
      return -1;
    }
  }
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  inet_pton(AF_INET, host, &a.sin_addr);
  if (connect(c->fd, (struct sockaddr *)&a, sizeof a) != 0) {
    int e = errno;
    close(c->fd);
    c->fd = -1;
    errno = e;
    return -1;
  }
  int one = 1;
  setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  if (nonblocking) {
    fcntl(c->fd, F_SETFL, fcntl(c->fd, F_GETFL) | O_NONBLOCK);
  }
  return 0;
}

static inline int ws_connect(WsConn *c, int port) {
  return ws_connect_from(c, "127.0.0.1", port, NULL, 0);
}

static inline void ws_close(WsConn *c) {
  if (c->fd >= 0) {
    close(c->fd);
  }
  c->fd = -1;
}

/* Sends 'len' bytes as they are (no newline added). 0, or -1 when the peer is gone. */
static inline int ws_send_raw(WsConn *c, const char *bytes, size_t len) {
  while (len > 0) {
    ssize_t n = send(c->fd, bytes, len, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return -1;
    }
    bytes += n;
    len -= (size_t)n;
  }
  return 0;
}

/* Sends 'line' and its newline in one write. */
static inline int ws_send_line(WsConn *c, const char *line) {
  size_t n = strlen(line);
  char *buf = malloc(n + 1);
  if (!buf) {
    return -1;
  }
  memcpy(buf, line, n);
  buf[n] = '\n';
  int rc = ws_send_raw(c, buf, n + 1);
  free(buf);
  return rc;
}

/* Sends the JSON of 'msg' as one line ('msg' stays the caller's). */
static inline int ws_send_json(WsConn *c, const cJSON *msg) {
  char *text = cJSON_PrintUnformatted(msg);
  int rc = text ? ws_send_line(c, text) : -1;
  cJSON_free(text);
  return rc;
}

/* Moves the first complete line of the buffer to 'out' (without its
   newline, nor a \r before it); 1 when there was one, else 0. */
static inline int ws_take_line(WsConn *c, char *out, size_t cap) {
  char *nl = memchr(c->buf, '\n', c->len);
  if (!nl) {
    return 0;
  }
  size_t n = (size_t)(nl - c->buf), keep = n;
  if (keep > 0 && c->buf[keep - 1] == '\r') {
    keep--;
  }
  snprintf(out, cap, "%.*s", (int)keep, c->buf);
  c->len -= n + 1;
  memmove(c->buf, nl + 1, c->len);
  return 1;
}

/* One read into the buffer: 1 when bytes came, 0 when none were waiting
   (non-blocking), -1 at end of file or on a reset (c->eof set). A line
   longer than the buffer is a protocol failure too. */
static inline int ws_fill(WsConn *c) {
  if (c->len >= WS_LINE_MAX) {
    c->eof = 1;
    return -1;
  }
  ssize_t n = recv(c->fd, c->buf + c->len, WS_LINE_MAX - c->len, 0);
  if (n > 0) {
    c->len += (size_t)n;
    return 1;
  }
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
    return 0;
  }
  c->eof = 1;
  return -1;
}

/* The next line within 'timeout_ms': 1 with it in 'out', 0 when the peer
   closed first, -1 on timeout. */
static inline int ws_read_line(WsConn *c, char *out, size_t cap, int timeout_ms) {
  int64_t deadline = ws_now_ms() + timeout_ms;
  for (;;) {
    if (ws_take_line(c, out, cap)) {
      return 1;
    }
    if (c->eof) {
      return 0;
    }
    struct pollfd p = {.fd = c->fd, .events = POLLIN};
    int left = (int)(deadline - ws_now_ms());
    if (left <= 0 || poll(&p, 1, left) <= 0) {
      return -1;
    }
    ws_fill(c);
  }
}

/* The next message within 'timeout_ms' (free it with cJSON_Delete), or NULL
   on close, timeout or a line that is not a JSON object with a string "t"
   (said on stderr with 'who'). */
static inline cJSON *ws_read_msg(WsConn *c, const char *who, int timeout_ms) {
  static char line[WS_LINE_MAX + 1];
  int rc = ws_read_line(c, line, sizeof line, timeout_ms);
  if (rc != 1) {
    fprintf(stderr, "%s: %s\n", who, rc == 0 ? "the facilitator closed the connection" : "no message in time");
    return NULL;
  }
  cJSON *msg = cJSON_Parse(line);
  if (!cJSON_IsObject(msg) || !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(msg, "t"))) {
    fprintf(stderr, "%s: not a message: %.200s\n", who, line);
    cJSON_Delete(msg);
    return NULL;
  }
  return msg;
}

/* 1 when the peer closes the connection within 'timeout_ms' (lines still
   waiting are read and dropped first), else 0. */
static inline int ws_closed_within(WsConn *c, int timeout_ms) {
  static char line[WS_LINE_MAX + 1];
  int rc;
  while ((rc = ws_read_line(c, line, sizeof line, timeout_ms)) == 1) {
  }
  return rc == 0;
}

/* --- reading fields --------------------------------------------------------------- */

/* The string field 'key' of 'msg', or "" when absent or not a string. */
static inline const char *ws_str(const cJSON *msg, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(msg, key);
  return cJSON_IsString(v) ? v->valuestring : "";
}

/* The number field 'key' of 'msg' as an integer, or 'missing'. */
static inline long long ws_int(const cJSON *msg, const char *key, long long missing) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(msg, key);
  return cJSON_IsNumber(v) ? (long long)v->valuedouble : missing;
}

static inline const char *ws_type(const cJSON *msg) {
  return msg ? ws_str(msg, "t") : "(none)";
}

/* The hello line for 'code' and 'name' ('pid' NULL on a first join); static storage. */
static inline const char *ws_hello(const char *code, const char *name, const char *pid) {
  static char line[512];
  if (pid && *pid) {
    snprintf(line, sizeof line, "{\"t\":\"hello\",\"v\":1,\"code\":\"%s\",\"name\":\"%s\",\"pid\":\"%s\"}", code, name,
             pid);
  } else {
    snprintf(line, sizeof line, "{\"t\":\"hello\",\"v\":1,\"code\":\"%s\",\"name\":\"%s\"}", code, name);
  }
  return line;
}

/* The answer line for decision 'seq' of 'thread'/'beat'; static storage. */
static inline const char *ws_answer(long long seq, const char *thread, const char *beat, int choice, int ms) {
  static char line[512];
  snprintf(line, sizeof line,
           "{\"t\":\"answer\",\"seq\":%lld,\"thread\":\"%s\",\"beat\":\"%s\",\"choice\":%d,\"ms\":%d,\"at\":0}", seq,
           thread, beat, choice, ms);
  return line;
}

#endif
