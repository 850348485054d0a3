/* discover.h — finding a facilitator on the local network (UDP): the
   facilitator answers `probe` datagrams on the discovery port with `here`;
   a participant probes the broadcast address and 127.0.0.1 once a second
   and collects the answers. Datagrams over 512 bytes or malformed are
   ignored; a network without broadcast is never an error, only fewer
   answers. See docs/workshop-protocol.md, "Discovery". */
#ifndef TS_DISCOVER_H
#define TS_DISCOVER_H

#include <stddef.h>
#include <stdint.h>

#define DISC_DEFAULT_PORT 47811
#define DISC_MAX_DATAGRAM 512
#define DISC_PROBE_EVERY_MS 1000
#define DISC_MAX_FOUND 16

/* --- the facilitator's side ------------------------------------------------ */

typedef struct DiscAnswerer DiscAnswerer;

/* What a `here` says about this facilitator. */
typedef struct DiscHere {
  int port;          /* the workshop's TCP port */
  const char *title; /* the scenario's title (may be "") */
  const char *host;  /* this machine's name (NULL: gethostname) */
  int seats;
} DiscHere;

/* Listens for probes on UDP 'port' on every IPv4 address. NULL with a
   message when the port cannot be bound (another facilitator on this
   machine): the caller carries on without discovery. */
DiscAnswerer *disc_answerer_open(int port, char *err, size_t errlen);
void disc_answerer_free(DiscAnswerer *d);
int disc_answerer_fd(const DiscAnswerer *d); /* for poll(): readable when a probe waits */
/* Answers every probe waiting (never blocks); returns how many. */
int disc_answerer_serve(DiscAnswerer *d, const DiscHere *here);

/* --- a participant's side -------------------------------------------------- */

typedef struct DiscFound {
  char addr[48]; /* the address the answer came from */
  int port;      /* its workshop port */
  char title[128], host[128];
  int seats;
} DiscFound;

typedef struct DiscProber DiscProber;

/* An unbound UDP socket that probes 'port' (with SO_BROADCAST when the
   system allows it). NULL with a message when no socket can be had. */
DiscProber *disc_prober_open(int port, char *err, size_t errlen);
void disc_prober_free(DiscProber *p);
/* Sends the probes when a second has passed since the last ones, then reads
   every answer waiting for up to 'timeout_ms' (0: just look). Returns the
   number of facilitators found so far. */
int disc_prober_poll(DiscProber *p, int timeout_ms);
/* The i-th facilitator found, in the order they first answered. */
const DiscFound *disc_prober_found(const DiscProber *p, int i);
int disc_prober_count(const DiscProber *p);

#endif
