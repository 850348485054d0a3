/* loader.h — internals of the scenario loader, shared by scenario_load.c
   (the scenario and its people), load_beats.c (beats, posts, decisions,
   choices) and load_fields.c (typed field readers). Each reader pops what
   it pushes and reports problems at the line of the innermost constructor. */
#ifndef TS_LOADER_H
#define TS_LOADER_H

#include <stdint.h>

#include <lua.h>

#include "scenario.h"

typedef struct Loader {
  lua_State *L;
  Scenario *s;
  Diag *diag;
  int line;       /* line of the innermost constructor being read */
  unsigned langs; /* languages present in every text read so far */
} Loader;

void ld_err(Loader *ld, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *ld_dup(const char *s); /* malloc'd copy, NULL when out of memory */
int ld_is_identifier(const char *s);

/* Enters the table at 'idx', checking it was made by the constructor 'kind';
   returns the line to restore with ld_leave. */
int ld_enter(Loader *ld, int idx, const char *kind);
void ld_leave(Loader *ld, int saved);
/* Reports every key of the table at 'idx' not in the NULL-terminated 'allowed'. */
void ld_check_fields(Loader *ld, int idx, const char *what, const char *const *allowed);
/* Pushes t[name] (raw) and returns its type. */
int ld_field(Loader *ld, int idx, const char *name);
const char *ld_type_name(Loader *ld, int idx);

/* Typed readers of t[name]; 'required' reports a missing field. */
void ld_text_value(Loader *ld, int idx, const char *name, Text *out);
void ld_text(Loader *ld, int idx, const char *name, Text *out, int required);
char *ld_string(Loader *ld, int idx, const char *name, int required);
double ld_number(Loader *ld, int idx, const char *name, double lo, double hi, int required, double def);
int ld_int(Loader *ld, int idx, const char *name, int lo, int hi, int required, int def);
int64_t ld_duration(Loader *ld, int idx, const char *name, int64_t def);
LuaRef ld_function(Loader *ld, int idx, const char *name);
/* An index into a NULL-terminated list of names; def < 0 makes it required. */
int ld_enum(Loader *ld, int idx, const char *name, const char *const *names, int def);
/* A beat id, or (with 'fn') a function stored in *fn; returns the beat or -1. */
int ld_beat_ref(Loader *ld, int idx, const char *name, LuaRef *fn, int required);
/* A list mapped element by element into a malloc'd array stored in *out. */
void ld_list(Loader *ld, int idx, const char *name, int **out, int *count, int (*map)(Loader *, int));

/* load_beats.c: every beat{} of t.beats, ids first so 'next' can look ahead. */
void ld_beats(Loader *ld, int idx);

/* load_case.c: case studies. ld_case reads t.case (before the beats, which
   cite its sources); the ld_case_* readers take a story table's extra
   fields and run only when s->case_info is set; ld_case_beat_done checks a
   beat's stamps once it is read; ld_case_finish warns of uncited sources. */
void ld_case(Loader *ld, int idx);
void ld_case_beat(Loader *ld, int idx, Beat *b);
void ld_case_post(Loader *ld, int idx, Post *p, const Beat *b);
void ld_case_decision(Loader *ld, int idx, Decision *d, const Beat *b);
void ld_case_choice(Loader *ld, int idx, Choice *c, const Beat *b);
void ld_case_beat_done(Loader *ld, Beat *b);
void ld_case_finish(Loader *ld);

#endif
