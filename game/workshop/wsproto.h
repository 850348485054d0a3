/* wsproto.h — the workshop protocol on the wire (docs/workshop-protocol.md):
   the bounded line reader, and every message built and parsed with each
   field checked. JSON lines through cJSON; no sockets, no state. */
#ifndef TS_WSPROTO_H
#define TS_WSPROTO_H

#include <stddef.h>
#include <stdint.h>

#include "principles.h"
#include "scenario.h"

#define WS_VERSION 1
#define WS_PORT 47810           /* TCP, the session */
#define WS_DISCOVERY_PORT 47811 /* UDP, probes and answers */
#define WS_MAX_PARTICIPANT_LINE 4096
#define WS_MAX_FACILITATOR_LINE 65536
#define WS_MAX_DATAGRAM 512
#define WS_MAX_CONNECTIONS 256
#define WS_MAX_SEATS 256
#define WS_HELLO_TIMEOUT_MS 5000
#define WS_PING_MS 5000
#define WS_SILENT_MS 15000
#define WS_WRONG_CODES 5             /* wrong join codes from one address … */
#define WS_WRONG_CODE_BAN_MS 30000   /* … refuse it this long */
#define WS_MAX_QUEUE (1 << 20)       /* bytes queued to one connection */

#define WS_CODE_LEN 5
#define WS_CODE_ALPHABET "ACDEFHJKMNPRTUVWXY34679"
#define WS_MAX_NAME 64   /* bytes of a participant's name */
#define WS_UUID_LEN 36
#define WS_SECRET_LEN 32 /* hex digits */
#define WS_MAX_ID 128    /* bytes of a scenario, thread or beat id (REC_MAX_ID) */
#define WS_MAX_MSG 256   /* bytes of an error's or a refusal's text */
#define WS_MAX_STEPS 64  /* decisions of one play (RUN_MAX_DECISIONS) */
#define WS_BINS 5        /* score bins: 0–20, 20–40, 40–60, 60–80, 80–100 */
#define WS_MAX_MISTAKES 5
#define WS_MAX_PRINCIPLES 8
#define WS_MAX_PRINCIPLE_ID 48
#define WS_MAX_TIME_FACTOR 10 /* a seat's time factor: 0 (untimed) .. 10 */

/* --- the bounded line reader ------------------------------------------- */

/* Cuts a byte stream into lines of at most 'bound' bytes (the '\n', and a
   '\r' before it, not counted). It holds at most bound + 1 bytes (a '\r'
   waiting for its '\n'), so a 100 MB line costs no more than that: the
   error comes the moment the bound is passed. */
typedef struct WsReader {
  char *buf; /* owned, bound + 1 bytes, allocated at the first byte */
  size_t len, bound;
  int lines;  /* lines delivered so far; the one being read is lines + 1 */
  int failed; /* the bound was passed: every later feed fails */
} WsReader;

/* Called with each whole line (no '\n' or '\r', not NUL-terminated; valid
   during the call). Returns 0 to go on, anything else to stop the feed. */
typedef int (*WsLineFn)(void *ctx, const char *line, size_t len);

#define WS_READ_TOO_LONG (-1)

void ws_reader_init(WsReader *r, size_t bound);
/* Feeds 'len' bytes. Returns 0 when all were taken, WS_READ_TOO_LONG once
   a line passed the bound (then and on every later call), or the first
   non-zero value 'fn' returned (the rest of 'data' is dropped). */
int ws_reader_feed(WsReader *r, const char *data, size_t len, WsLineFn fn, void *ctx);
/* Bytes held for the line being read. */
size_t ws_reader_pending(const WsReader *r);
void ws_reader_free(WsReader *r);

/* --- messages ---------------------------------------------------------- */

typedef enum {
  WS_HELLO,
  WS_ANSWER,
  WS_DONE,
  WS_PING,
  WS_CONTROL, /* from a participant's side of the wire, by the facilitator's remote */
  WS_WELCOME,
  WS_REFUSE,
  WS_START,
  WS_OPEN,
  WS_COUNT,
  WS_ACK,
  WS_REVEAL,
  WS_CONTINUE,
  WS_END,
  WS_ERROR,
  WS_TYPE_COUNT
} WsType;
extern const char *const ws_type_names[]; /* "hello", "answer", … as "t" */

typedef enum { WS_FROM_PARTICIPANT, WS_FROM_FACILITATOR } WsSide;
typedef enum { WS_TOGETHER, WS_OWN_PACE } WsPace;
extern const char *const ws_pace_names[]; /* "together", "own" */
typedef enum { WS_LOBBY, WS_PLAY, WS_ENDED } WsPhase;
extern const char *const ws_phase_names[]; /* "lobby", "play", "ended" */
typedef enum { WS_REFUSE_CODE, WS_REFUSE_FULL, WS_REFUSE_VERSION, WS_REFUSE_ENDED, WS_REFUSE_NAME } WsRefuseWhy;
extern const char *const ws_refuse_names[]; /* "code", "full", "version", "ended", "name" */
typedef enum { WS_DO_START, WS_DO_CLOSE, WS_DO_BRANCH, WS_DO_CONTINUE, WS_DO_END } WsControlDo;
extern const char *const ws_control_names[]; /* "start", "close", "branch", "continue", "end" */

/* A decision of the room's story (open) or of one play. */
typedef struct WsDecisionRef {
  int seq; /* 1, 2, 3 … */
  char thread[WS_MAX_ID], beat[WS_MAX_ID];
} WsDecisionRef;

/* A participant's answer (message "answer", and "mine" in a welcome). */
typedef struct WsAnswer {
  int seq;
  char thread[WS_MAX_ID], beat[WS_MAX_ID];
  int choice;        /* 1-based in listed order (Decision.choices); 0 silence */
  int64_t ms;        /* reaction, real ms */
  int64_t at;        /* own pace: the run's real clock at the answer; 0 together */
} WsAnswer;

/* A decision the room closed and went on from ("steps", "continue"). */
typedef struct WsStep {
  int seq;
  char thread[WS_MAX_ID], beat[WS_MAX_ID];
  int room;   /* 1-based choice the story went on with */
  int64_t ms; /* reaction time given to the story: the answers' median */
} WsStep;

typedef struct WsStart {
  char scenario[WS_MAX_ID];
  uint64_t hash; /* Scenario.hash; 16 hex digits on the wire */
  uint64_t seed; /* a number below 2^53 on the wire */
  WsPace pace;
  char lang[8]; /* language code */
} WsStart;

/* The session as one participant needs it to rebuild its play. */
typedef struct WsState {
  WsPhase phase;
  int has_start;
  WsStart start;
  WsStep *steps; /* owned by the enclosing WsMsg (or the caller building one) */
  int n_steps;
  int has_open;
  WsDecisionRef open;
  WsAnswer *mine; /* owned like 'steps' */
  int n_mine;
} WsState;

typedef struct WsReveal {
  int seq;
  int counts[SCN_MAX_CHOICES + 1]; /* [0] no answer (or silence), [k] choice k */
  int n_counts;                    /* 1 + the decision's listed choices */
  int best;                        /* 1-based; 0 when silence is the best */
  int room;                        /* proposed branch, 1-based */
} WsReveal;

typedef struct WsAxisResult {
  double mean; /* over the seats, one decimal */
  int bins[WS_BINS];
} WsAxisResult;

typedef struct WsMistake {
  int seq;
  char beat[WS_MAX_ID];
  int choice; /* 1-based */
  int count;
  char principles[WS_MAX_PRINCIPLES][WS_MAX_PRINCIPLE_ID]; /* stable ids */
  int n_principles;
} WsMistake;

/* The room's results: no names, ever. */
typedef struct WsResults {
  int seats, finished;
  WsAxisResult axes[AXIS_COUNT]; /* empathy, speed, policy */
  WsMistake mistakes[WS_MAX_MISTAKES];
  int n_mistakes;
} WsResults;

/* One parsed message. Only the fields of its type are set; 'welcome.state'
   owns its arrays: free them with ws_msg_free. */
typedef struct WsMsg {
  WsType t;
  struct {
    int v;
    char code[WS_CODE_LEN + 1]; /* as sent; matching ignores case */
    char name[WS_MAX_NAME + 1];
    char pid[WS_UUID_LEN + 1]; /* "" when not rejoining */
    int time_factor;           /* their decision timer: 1 (default), 2..10 extended, 0 untimed */
    char name_problem[WS_MAX_MSG]; /* "" when the name is fine, else why it is
                                      not (the room refuses it as "name") */
  } hello;
  WsAnswer answer;
  struct {
    char secret[WS_SECRET_LEN + 1];
    WsControlDo what;
    int choice; /* branch: 1-based; 0 otherwise */
  } control;
  struct {
    int v;
    char sid[WS_UUID_LEN + 1], pid[WS_UUID_LEN + 1], attempt[WS_UUID_LEN + 1];
    char name[WS_MAX_NAME + 1];
    int time_factor; /* the seat is scored with (1 when not sent) */
    WsState state;
  } welcome;
  struct {
    WsRefuseWhy why;
    char msg[WS_MAX_MSG];
  } refuse;
  WsStart start;
  WsDecisionRef open;
  struct {
    int seq, answered, of;
  } count;
  int ack; /* seq */
  WsReveal reveal;
  WsStep cont; /* thread and beat "" when not sent */
  WsResults end;
  char error[WS_MAX_MSG];
} WsMsg;

/* Parses one line (without its '\n'; need not be NUL-terminated) sent by
   'from'. Every field is checked: on -1, 'err' names the problem and the
   field ('"choice" must be an integer from 0 to 5'), 'out' holds nothing to
   free. On 0 the caller frees 'out' with ws_msg_free. Unknown fields are
   ignored, for later versions. */
int ws_parse(const char *line, size_t len, WsSide from, WsMsg *out, char *err, size_t errlen);
void ws_msg_free(WsMsg *m);
void ws_state_free(WsState *s);

/* "PEER: line N: PROBLEM" into 'out', the form of every complaint. */
void ws_format_problem(char *out, size_t cap, const char *peer, int line, const char *problem);

/* Builders: each returns one malloc'd line ending in '\n' (free it with
   free), or NULL when out of memory. Strings are copied as given (the
   caller checked them); ids are JSON-escaped. */
/* 'time_factor' is sent only when it is not 1, the default. */
char *ws_build_hello(const char *code, const char *name, const char *pid /* NULL: none */, int time_factor);
char *ws_build_answer(const WsAnswer *a);
char *ws_build_done(void);
char *ws_build_ping(void);
char *ws_build_control(const char *secret, WsControlDo what, int choice);
char *ws_build_welcome(const char *sid, const char *pid, const char *attempt, const char *name, int time_factor,
                       const WsState *state);
char *ws_build_refuse(WsRefuseWhy why, const char *msg);
char *ws_build_start(const WsStart *s);
char *ws_build_open(const WsDecisionRef *d);
char *ws_build_count(int seq, int answered, int of);
char *ws_build_ack(int seq);
char *ws_build_reveal(const WsReveal *r);
char *ws_build_continue(const WsStep *s);
char *ws_build_end(const WsResults *r);
char *ws_build_error(const char *msg);

/* The results as the "results" object of 'end' (a new cJSON tree the
   caller deletes with cJSON_Delete), for the projector and the CLI. */
struct cJSON *ws_results_json(const WsResults *r);

/* Finds the scenario a session plays: the one with this id whose file
   hashes to 'hash' (Scenario.hash), or NULL when there is none. The
   scenario must outlive the room or seat it is given to. */
typedef const Scenario *(*WsFindFn)(void *ctx, const char *id, uint64_t hash);

/* --- small vocabularies ------------------------------------------------- */

/* A new join code (WS_CODE_LEN letters of WS_CODE_ALPHABET, NUL-terminated)
   and a new secret (WS_SECRET_LEN lowercase hex digits). Return 0, or -1
   when the system has no randomness to give. */
int ws_new_code(char out[WS_CODE_LEN + 1]);
int ws_new_secret(char out[WS_SECRET_LEN + 1]);
/* 1 if two join codes match (ASCII case ignored). */
int ws_code_matches(const char *a, const char *b);
/* 1 if 'code' is WS_CODE_LEN letters of the alphabet, either case. */
int ws_code_valid(const char *code);
/* Checks a participant's name: 1..WS_MAX_NAME bytes of UTF-8 without
   control characters. Returns 0, or -1 with the problem in 'err'. */
int ws_name_check(const char *name, char *err, size_t errlen);

#endif
