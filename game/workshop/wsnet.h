/* wsnet.h — the workshop's sockets (POSIX, no SDL): the facilitator's
   listener with its non-blocking connections driven by poll(), and a
   participant's connection that reconnects by itself. Bytes only: every
   line goes through the bounded reader of wsproto.h, and what a line means
   is decided by the caller (facil.c, join.c). See docs/workshop-protocol.md,
   "Transport". */
#ifndef TS_WSNET_H
#define TS_WSNET_H

#include <stddef.h>
#include <stdint.h>

#include "wsproto.h"

/* The limits are wsproto.h's: WS_MAX_CONNECTIONS open at once (the next is
   refused at once), WS_MAX_QUEUE bytes queued to a connection (past it, a
   disconnect), WS_HELLO_TIMEOUT_MS to say hello, WS_SILENT_MS of silence
   before a connection counts as dropped, and the line bounds of each side. */
#define WSNET_PEER_MAX 64 /* "ADDR:PORT" with its NUL */

/* Milliseconds of a monotonic clock: what every deadline here is measured in. */
int64_t wsnet_now_ms(void);

/* --- the facilitator's listener -------------------------------------------- */

typedef struct WsListener WsListener;

/* What the listener tells its owner. Connection ids are never reused in a
   process, so a late event cannot be mistaken for a newer connection. */
typedef struct WsNetHandler {
  void *ctx;
  void (*opened)(void *ctx, int conn);
  /* One complete line, without its '\n' (nor a '\r' before it), not
     NUL-terminated, valid during the call. */
  void (*line)(void *ctx, int conn, const char *line, size_t len);
  /* A line passed the bound: 'lineno' is the line it happened on. The
     owner may queue an error; the connection closes whatever it does. */
  void (*bad)(void *ctx, int conn, int lineno, const char *problem);
  /* The connection is gone ('why' says how). While a timeout is reported
     (no hello, silence) the owner may still queue a last line; otherwise
     nothing more can be sent. */
  void (*closed)(void *ctx, int conn, const char *why);
} WsNetHandler;

/* Listens on TCP 'port' (0: any free port) on every IPv4 address. 'full_line'
   (copied; may be NULL) is written, best effort, to a connection refused
   because WS_MAX_CONNECTIONS are open (or the process has no file
   descriptor left: one is kept spare for it). NULL with a message in 'err'
   on failure. */
WsListener *wsnet_listen(int port, const char *full_line, char *err, size_t errlen);
void wsnet_free(WsListener *l);
int wsnet_port(const WsListener *l);
int wsnet_count(const WsListener *l); /* connections open (closing ones included) */

/* Waits up to 'timeout_ms' (0: just look; -1: forever) for the sockets and
   for 'extra_fd' (-1: none; *extra_ready set when it is readable), then
   accepts, reads, writes and applies the deadlines, reporting through 'h'.
   Returns the number of events reported, or -1 when poll itself failed. */
int wsnet_poll(WsListener *l, int timeout_ms, const WsNetHandler *h, int extra_fd, int *extra_ready);

/* Queues 'len' bytes (one or more whole lines, each ended by '\n') for
   'conn'. Returns 0; -1 if the connection is gone or closing; -2 if the
   queue would pass WS_MAX_QUEUE, in which case the connection is closed
   and 'closed' is reported at the next poll. */
int wsnet_send(WsListener *l, int conn, const char *bytes, size_t len);
/* Corked, sends are only queued, and written by wsnet_flush (and by the
   next poll): a host whose room must put answers on disk before they are
   acknowledged syncs, then flushes, once per round of its loop. */
void wsnet_cork(WsListener *l, int on);
void wsnet_flush(WsListener *l);
/* Closes 'conn' after what is queued is written (and lingers briefly so
   that the peer reads it). No 'closed' is reported for it. */
void wsnet_close(WsListener *l, int conn);
/* The connection sent a valid hello: its 5 s deadline is lifted. */
void wsnet_hello_ok(WsListener *l, int conn);
/* "ADDR:PORT" of the peer, and "ADDR" alone; "" for an unknown connection. */
const char *wsnet_peer(const WsListener *l, int conn);
const char *wsnet_peer_addr(const WsListener *l, int conn);

/* --- a participant's connection -------------------------------------------- */

typedef struct WsClient WsClient;

typedef enum { WSC_DOWN, WSC_CONNECTING, WSC_UP, WSC_STOPPED } WsClientState;

typedef struct WsClientHandler {
  void *ctx;
  void (*up)(void *ctx); /* connected: send hello now */
  void (*line)(void *ctx, const char *line, size_t len);
  void (*bad)(void *ctx, int lineno, const char *problem);
  void (*down)(void *ctx, const char *why); /* dropped; a reconnect follows */
} WsClientHandler;

/* A connection to HOST:PORT ('host' a name or a dotted address), opened at
   the first poll and reopened after every drop with a growing pause (100 ms
   up to 1 s). NULL with a message when 'host' cannot be resolved. */
WsClient *wsclient_new(const char *host, int port, char *err, size_t errlen);
void wsclient_free(WsClient *c);
int wsclient_poll(WsClient *c, int timeout_ms, const WsClientHandler *h);
/* Queues whole lines; -1 unless the connection is up (the caller keeps what
   it must resend), -2 past WS_MAX_QUEUE (the connection is dropped). */
int wsclient_send(WsClient *c, const char *bytes, size_t len);
/* Drops the connection at once (a RST, nothing flushed), as a crash or a
   pulled cable would, and reconnects after 'delay_ms' (-1: the usual pause).
   'down' is reported at the next poll. */
void wsclient_drop(WsClient *c, int delay_ms);
/* Closes for good after flushing what is queued: no more reconnects. */
void wsclient_stop(WsClient *c);
WsClientState wsclient_state(const WsClient *c);
/* Milliseconds since anything was sent, for the keepalive. */
int64_t wsclient_idle_ms(const WsClient *c);
const char *wsclient_peer(const WsClient *c); /* "ADDR:PORT" */

#endif
