/* record.h — one attempt at a scenario, finished or abandoned, as it is kept
   in the journal: who, what, how, each decision and the scores. Built from a
   Run and its ScoreCard, written as one JSON line, read back with every field
   checked (see docs/records.md). Plain C and cJSON, no SDL, no I/O. */
#ifndef TS_RECORD_H
#define TS_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "principles.h"
#include "run.h"
#include "score.h"

#define REC_FORMAT 1        /* the "v" of a journal line */
#define REC_MAX_TRAINEE 128 /* bytes of a trainee's name or badge */
#define REC_MAX_ID 128      /* bytes of a scenario, thread, beat or session id */
#define REC_MAX_DECISIONS RUN_MAX_DECISIONS
#define REC_GUEST "guest"

typedef enum { REC_PRACTICE, REC_ASSESSED, REC_ONBOARDING, REC_CASE_STUDY, REC_WORKSHOP, REC_MODE_COUNT } AttemptMode;

extern const char *const attempt_mode_names[]; /* "practice", "assessed", "onboarding", "case-study", "workshop" */

typedef struct AttemptDecision {
  char thread[REC_MAX_ID], beat[REC_MAX_ID];
  int choice;          /* 1-based in listed order, 0 for silence (as in result.h) */
  int64_t reaction_ms; /* real time from the decision opening to the answer */
} AttemptDecision;

/* An attempt is plain data in fixed buffers except its decisions, which it
   owns: copy it with attempt_copy, free it with attempt_clear. */
typedef struct Attempt {
  char id[37];                   /* a UUID, also the xAPI registration */
  char trainee[REC_MAX_TRAINEE]; /* the name or badge typed, or "guest" */
  char scenario[REC_MAX_ID];     /* Scenario.id */
  char title[REC_MAX_ID];        /* the title in the language played, for exports */
  char hash[17];                 /* Scenario.hash, 16 hex digits */
  AttemptMode mode;
  uint64_t seed;
  char lang[8];                /* language code played in */
  int time_factor;             /* 1 normal, 2..10 extended, 0 untimed */
  char session[REC_MAX_ID];    /* workshop session id, "" for none */
  char started[32], ended[32]; /* UTC, ISO 8601: 2026-12-01T18:54:24.125Z */
  int64_t real_ms;             /* the trainee's time in the scenario */
  int finished;                /* 0: abandoned (or stopped by an error) */
  char outcome[16];            /* outcome name of the ending, "" if none */
  double axis[AXIS_COUNT];     /* 0..100, one decimal */
  double overall;
  int pass;
  double pass_mark;
  int n_decisions;
  AttemptDecision *decisions; /* owned, n_decisions long (NULL when 0) */
} Attempt;

/* What the run does not know about itself. */
typedef struct AttemptMeta {
  const char *id;      /* NULL: a new random UUID */
  const char *trainee; /* NULL or blank: "guest" */
  AttemptMode mode;
  const char *session;          /* NULL: none */
  int lang;                     /* LANG_* played in */
  int64_t started_ms, ended_ms; /* Unix time in milliseconds */
} AttemptMeta;

/* Fills 'out' from a run (finished or not) and score_compute over its
   records. Returns 0, or -1 with a reason in 'err' (a trainee name that is
   too long or has control characters, an id too long, no memory). */
int attempt_from_run(const Run *r, const ScoreCard *card, const AttemptMeta *meta, Attempt *out, char *err,
                     size_t errlen);
/* The attempt as one JSON line with its '\n' (malloc'd, the caller frees
   it with free), or NULL when out of memory. */
char *attempt_to_line(const Attempt *a);
/* Reads one line (without its '\n'; need not be NUL-terminated) into 'out',
   checking every field. Returns 0, or -1 with the problem in 'err' and
   nothing to free. Unknown fields are ignored, for later versions. */
int attempt_parse(const char *line, size_t len, Attempt *out, char *err, size_t errlen);
/* Frees the decisions and zeroes the attempt. */
void attempt_clear(Attempt *a);
/* A deep copy (decisions included); -1 when out of memory. */
int attempt_copy(Attempt *dst, const Attempt *src);

/* The trainee's name as stored: trimmed of surrounding spaces, "guest" when
   blank. Returns 0, or -1 with a reason (too long, a control character). */
int attempt_trainee_name(const char *typed, char *out, size_t outlen, char *err, size_t errlen);
/* 1 if a record belongs to 'trainee' (trimmed, ASCII case ignored). */
int attempt_is_trainee(const Attempt *a, const char *trainee);

/* A new random (version 4) UUID in 'out'. Returns 0, or -1 if the system
   has no randomness to give. */
int attempt_new_id(char out[37]);
/* 1 if 's' is a UUID of the RFC 4122 variant (any version). */
int attempt_is_uuid(const char *s);
/* Unix milliseconds as "YYYY-MM-DDTHH:MM:SS.mmmZ"; the current time. */
void attempt_format_time(int64_t unix_ms, char out[32]);
int64_t attempt_now_ms(void);
/* The inverse of attempt_format_time (seconds alone or with 1..3 decimals
   are accepted); -1 when 's' is not such a time. */
int attempt_parse_time(const char *s, int64_t *unix_ms);

#endif
