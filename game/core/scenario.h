/* scenario.h — a loaded, validated scenario: plain data plus references to
   the Lua hooks, which stay alive in the scenario's own sandbox */
#ifndef TS_SCENARIO_H
#define TS_SCENARIO_H

#include <stddef.h>
#include <stdint.h>

#include "civil.h"
#include "diag.h"
#include "principles.h"
#include "sandbox.h"
#include "text.h"

#define SCN_MAX_CHOICES 5
#define SCN_MAX_THREADS 8
#define SCN_MAX_PERSONAS 32
#define SCN_MAX_VARS 64
#define SCN_MAX_BEATS 512
#define SCN_NOREF (-2) /* LUA_NOREF */
#define SCN_BRAND (-1) /* persona index of the organisation itself */

typedef int LuaRef; /* a registry reference in the scenario's state, or SCN_NOREF */

typedef struct Persona {
  char *id, *name, *handle;
  Text role;
  double mood; /* starting mood, -100 furious .. 100 delighted */
} Persona;

typedef struct VarDef {
  char *name;
  int is_bool;
  double initial; /* booleans are 0 or 1 */
} VarDef;

typedef enum { FX_MOOD, FX_AUDIENCE, FX_SET, FX_ADD } EffectKind;

typedef struct Effect {
  EffectKind kind;
  int target; /* persona index (FX_MOOD) or var index (FX_SET, FX_ADD) */
  double value;
} Effect;

typedef struct Choice {
  int line;
  Text text;                                  /* empty for a decision's silence */
  double empathy, policy;                     /* 0..10 */
  int64_t cost_ms;                            /* simulated time the reply takes */
  int *tags, n_tags;                          /* indices into principles[] */
  int *follows, n_follows, *breaks, n_breaks; /* rule numbers, 1-based */
  Text feedback;
  Effect *effects;
  int n_effects;
  LuaRef effect_fn, when_fn, next_fn;
  int next; /* beat index, or -1 when next_fn decides */
  int real; /* case study: what the organisation actually did */
} Choice;

/* Case study: what the organisation actually did at a turning point. */
typedef struct Reveal {
  int line;
  Text text;
  int64_t stamp_ms;         /* since the case's start; -1 when not given: the real time is not known */
  CivilPrecision precision; /* of stamp_ms */
  int *sources, n_sources;  /* indices into CaseInfo.sources (owned) */
  Text uncertain;           /* shown beside the reveal; empty = none */
} Reveal;

typedef struct Decision {
  int line;
  Text prompt;
  double target_s;    /* reaction time target, real seconds */
  int64_t timeout_ms; /* simulated; 0 = never times out */
  int64_t at_ms;      /* opens this long after the beat is entered */
  double weight;
  Choice choices[SCN_MAX_CHOICES];
  int n_choices;
  Choice silence;   /* valid when timeout_ms > 0 */
  int64_t stamp_ms; /* case study: when it happened in history; -1 = none */
  CivilPrecision precision; /* case study: of stamp_ms */
  Text uncertain;           /* case study: a note on the turning point; empty = none */
  Reveal *reveal;           /* case study: owned, NULL = none */
} Decision;

typedef struct Post {
  int line;
  int persona; /* index, or SCN_BRAND */
  int64_t at_ms;
  Text text;
  int likes, shares, replies;
  LuaRef when_fn;
  /* case studies only */
  int64_t stamp_ms;        /* real time since the case's start, -1 = relative 'at' */
  CivilPrecision precision; /* of stamp_ms */
  int *sources, n_sources; /* indices into CaseInfo.sources (owned) */
  char *original;          /* the reported wording, owned, or NULL */
  Text uncertain;          /* shown beside the post; empty = none */
} Post;

typedef struct Ending {
  int line;
  Outcome outcome;
  Text text;
} Ending;

typedef struct Beat {
  int line;
  char *id;
  Post *posts;
  int n_posts;
  LuaRef on_enter;
  Decision *decision; /* exactly one of decision, ending, next */
  Ending *ending;
  int next; /* beat index, or -1 */
  LuaRef next_fn;
  int64_t after_ms;                      /* delay before next */
  int alternative;                       /* case study: not history, "what might have happened" */
  /* Case study, for the order of history along a path (run.c): the first
     and the latest (placed) stamp of its posts and decision, the first and
     the latest stamp with a time of day (exact or approximate), and the
     first and the latest day any stamp falls on (days since the case's
     start day); -1 = none. */
  int64_t first_stamp_ms, last_stamp_ms, first_timed_ms, last_timed_ms;
  int64_t first_day, last_day;
} Beat;

typedef struct Thread {
  int line;
  char *id;
  Text title;
  int start; /* beat index */
  int64_t at_ms;
} Thread;

/* --- case studies (docs/scenario-format.md, "Case studies") ----------- */

typedef struct CaseSource {
  int line;
  char *id, *publication, *date, *title, *url; /* owned; url may be NULL */
  int cited;                                   /* references found while loading */
} CaseSource;

typedef struct CasePoint { /* a sourced data point of the public reaction */
  int line;
  int64_t at_ms; /* since start */
  CivilPrecision precision;
  double value;
  int source; /* index into sources */
  Text label;
  Text uncertain; /* empty = none */
} CasePoint;

typedef struct CaseLesson {
  int principle; /* index into principles[] */
  Text text;
} CaseLesson;

typedef struct CaseInfo {
  int line;
  char *organisation, *country, *timezone; /* owned */
  int64_t start_min;                       /* civil minutes (civil.h) of simulated time 0 */
  Text period, lesson, outcome;
  CaseSource *sources;
  int n_sources;
  CasePoint *reach;
  int n_reach;
  CaseLesson *lessons;
  int n_lessons;
} CaseInfo;

typedef struct Scenario {
  char *path;    /* as given to scn_load_file */
  uint64_t hash; /* FNV-1a of the file's bytes */
  char *id;
  int lang;                /* the scenario's own language */
  unsigned complete_langs; /* bit per language every text has */
  Text title, summary;
  unsigned archetypes; /* bit per archetype_names index */
  Channel channel;
  Difficulty difficulty;
  int minutes;
  char *brand_name, *brand_handle;
  Text *rules;
  int n_rules;
  Persona *personas;
  int n_personas;
  VarDef *vars;
  int n_vars;
  double audience;
  int rate; /* simulated seconds per real second */
  double weights[AXIS_COUNT];
  double pass_mark;
  Thread *threads; /* always at least one */
  int n_threads;
  Beat *beats;
  int n_beats;
  Sandbox *sb;         /* owns the hooks */
  CaseInfo *case_info; /* owned; NULL for an ordinary scenario */
} Scenario;

/* Loads 'path' in a fresh sandbox and validates it. Returns a scenario
   (free with scn_free) or NULL; every problem found is added to 'diag' as
   "path:line: message". 'lim' may be NULL for the defaults. */
Scenario *scn_load_file(const char *path, const SandboxLimits *lim, Diag *diag);
/* The same from memory; 'path' is only used in messages. */
Scenario *scn_load_buffer(const char *path, const char *buf, size_t len, const SandboxLimits *lim, Diag *diag);
void scn_free(Scenario *s);

int scn_beat_index(const Scenario *s, const char *id);
int scn_var_index(const Scenario *s, const char *name);
int scn_persona_index(const Scenario *s, const char *id);
/* Index of a case source by id, or -1 (also for an ordinary scenario). */
int scn_source_index(const Scenario *s, const char *id);
/* "YYYY-MM-DD HH:MM" of a case's simulated time 'sim_ms' (seconds dropped). */
void scn_stamp_format(const Scenario *s, int64_t sim_ms, char *buf, size_t len);
/* The same as a stamp of that precision: "YYYY-MM-DD ~HH:MM", "YYYY-MM-DD". */
void scn_stamp_format_as(const Scenario *s, int64_t sim_ms, CivilPrecision precision, char *buf, size_t len);
/* The day a case's simulated time falls on, counted from the start's day. */
int64_t scn_stamp_day(const Scenario *s, int64_t sim_ms);
void scn_case_free(CaseInfo *c);

/* Lists the *.lua files of a folder, sorted; returns the count or -1.
   The caller frees each path and the array. */
int scn_list_dir(const char *dir, char ***out_paths);

#endif
