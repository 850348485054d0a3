/* load_case.c — the case-study part of the loader: the case{} table
   (sources, reach points, lessons) and the extra fields of posts,
   decisions, choices and beats that tie a scenario to real history.
   Ordinary scenarios never reach most of this: without case{} every extra
   field is an unknown field. */
#include "loader.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "civil.h"

#define MAX_SOURCES 64
#define MAX_POINTS 256
#define MAX_LESSONS 16
#define NO_START INT64_MIN
#define STAMP_MAX_MS ((int64_t)3660 * 24 * 3600 * 1000) /* ten years after the start */

/* A stamp of the story (a post's, a turning point's) or of a reach point,
   in listed order, for the order check and the placement of date-only ones. */
typedef struct StampRef {
  int64_t *ms;
  CivilPrecision precision;
  int line, is_decision;
} StampRef;

static void stamp_text(const Loader *ld, int64_t ms, CivilPrecision precision, char *buf, size_t len) {
  scn_stamp_format_as(ld->s, ms, precision, buf, len);
}

/* t[name] as a stamp ("YYYY-MM-DD HH:MM", "YYYY-MM-DD ~HH:MM" or
   "YYYY-MM-DD"), in ms since the case's start, with its precision; -1
   when absent or wrong (reported). A date-only stamp on the start's own
   day is placed no earlier than the start. */
static int64_t read_stamp(Loader *ld, int idx, const char *name, CivilPrecision *precision) {
  char *v = ld_string(ld, idx, name, 0);
  int64_t min, out = -1;
  const CaseInfo *c = ld->s->case_info;
  *precision = CIVIL_EXACT;
  if (!v) {
    return -1;
  }
  if (civil_parse_stamp(v, &min, precision) != 0) {
    ld_err(ld,
           "'%s' = \"%s\" is not a date and time: write \"YYYY-MM-DD HH:MM\", e.g. \"2014-01-30 18:05\" (or "
           "\"2014-01-30 ~18:05\" for an approximate time, \"2014-01-30\" when the time of day is not known)",
           name, v);
  } else if (c->start_min == NO_START) {
    /* the start is wrong or missing, already said: nothing to measure from */
  } else if (*precision == CIVIL_DAY && min < c->start_min && civil_day(min) == civil_day(c->start_min)) {
    out = 0; /* the start's own day: the time of day is not known, so it is not before the start */
  } else if (min < c->start_min) {
    char start[32];
    civil_format(c->start_min, start, sizeof start);
    ld_err(ld, "'%s' = \"%s\" comes before the case's start (%s)", name, v, start);
  } else if ((min - c->start_min) * 60000 > STAMP_MAX_MS) {
    ld_err(ld, "'%s' = \"%s\" is more than ten years after the case's start", name, v);
  } else {
    out = (min - c->start_min) * 60000;
  }
  free(v);
  return out;
}

/* A source id as a citation: its index (counted as cited), or -1 (reported). */
static int cite(Loader *ld, int idx) {
  const char *id = lua_type(ld->L, idx) == LUA_TSTRING ? lua_tostring(ld->L, idx) : NULL;
  int i = scn_source_index(ld->s, id);
  if (i < 0) {
    ld_err(ld, "unknown source '%s': cite an id listed in case.sources", id ? id : ld_type_name(ld, idx));
    return -1;
  }
  ld->s->case_info->sources[i].cited++;
  return i;
}

/* 'source = "ID"' or 'sources = { "ID", … }' into a malloc'd list (owned
   by the caller's struct from the start). Returns how many citations were
   written, known or not, so that one slip gives one message. */
static int read_citations(Loader *ld, int idx, int **out, int *n, int required, const char *what) {
  int one = ld_field(ld, idx, "source");
  lua_pop(ld->L, 1);
  int many = ld_field(ld, idx, "sources");
  int given = many == LUA_TTABLE ? (int)lua_rawlen(ld->L, -1) : many != LUA_TNIL;
  lua_pop(ld->L, 1);
  *n = 0;
  if (one != LUA_TNIL && many != LUA_TNIL) {
    ld_err(ld, "give 'source' or 'sources', not both");
  } else if (one != LUA_TNIL) {
    given = 1;
    *out = calloc(1, sizeof **out);
    ld_field(ld, idx, "source");
    int i = *out ? cite(ld, -1) : -1;
    lua_pop(ld->L, 1);
    if (i >= 0) {
      (*out)[(*n)++] = i;
    }
  }
  if (many != LUA_TNIL) {
    ld_list(ld, idx, "sources", out, n, cite);
  }
  if (given == 0 && required) {
    ld_err(ld, "%s must cite its source: add source = \"ID\" (or sources = { \"ID\", ... })", what);
  }
  return given;
}

/* --- the case{} table ---------------------------------------------------- */

/* Opens the list t[name] of constructors 'kind'; calls 'each' on every
   element with the element on top. Returns the length read. */
static int each_in_list(Loader *ld, int idx, const char *name, const char *kind, int max, int required,
                        void (*each)(Loader *, int)) {
  lua_State *L = ld->L;
  int type = ld_field(ld, idx, name);
  int n = type == LUA_TTABLE ? (int)lua_rawlen(L, -1) : 0;
  if (type != LUA_TTABLE && type != LUA_TNIL) {
    ld_err(ld, "'%s' must be a list of %s{ ... }", name, kind);
  } else if (n == 0 && required) {
    ld_err(ld, "case.%s needs at least one %s{ ... }", name, kind);
  } else if (n > max) {
    ld_err(ld, "case.%s has %d entries; at most %d", name, n, max);
    n = max;
  }
  for (int i = 1; i <= n; i++) {
    if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
      int saved = ld_enter(ld, -1, kind);
      each(ld, lua_gettop(L));
      ld_leave(ld, saved);
    } else {
      ld_err(ld, "entry %d of case.%s must be a %s{ ... }", i, name, kind);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return n;
}

static void read_source(Loader *ld, int idx) {
  static const char *const allowed[] = {"id", "publication", "date", "title", "url", NULL};
  CaseInfo *c = ld->s->case_info;
  CaseSource *src = &c->sources[c->n_sources];
  src->line = ld->line;
  ld_check_fields(ld, idx, "source", allowed);
  src->id = ld_string(ld, idx, "id", 1);
  if (src->id && scn_source_index(ld->s, src->id) >= 0) {
    ld_err(ld, "two sources have the id '%s'", src->id);
  } else if (src->id && !ld_is_identifier(src->id)) {
    ld_err(ld, "source id '%s' must be a name made of letters, digits, '_' and '-'", src->id);
  }
  src->publication = ld_string(ld, idx, "publication", 1);
  src->date = ld_string(ld, idx, "date", 1);
  src->title = ld_string(ld, idx, "title", 1);
  src->url = ld_string(ld, idx, "url", 0);
  c->n_sources++; /* after the look-up above, so an id never matches itself */
}

static void read_point(Loader *ld, int idx) {
  static const char *const allowed[] = {"at", "value", "source", "label", "uncertain", NULL};
  CaseInfo *c = ld->s->case_info;
  CasePoint *p = &c->reach[c->n_reach++];
  p->line = ld->line;
  p->source = -1;
  ld_check_fields(ld, idx, "point", allowed);
  if (ld_field(ld, idx, "at") == LUA_TNIL) {
    ld_err(ld, "missing 'at'");
  }
  lua_pop(ld->L, 1);
  p->at_ms = read_stamp(ld, idx, "at", &p->precision);
  p->value = ld_number(ld, idx, "value", 0, 1e12, 1, 0);
  if (ld_field(ld, idx, "source") == LUA_TNIL) {
    ld_err(ld, "a reach point must cite its source: add source = \"ID\"");
  } else {
    p->source = cite(ld, -1);
  }
  lua_pop(ld->L, 1);
  ld_text(ld, idx, "label", &p->label, 1);
  ld_text(ld, idx, "uncertain", &p->uncertain, 0);
}

static int check_order(Loader *ld, const StampRef *refs, int n, const char *back_msg);
static void place_days(const Loader *ld, StampRef *refs, int n, int64_t gap_ms);

/* Reach points are ordered like the stamps of a beat, then placed, and must
   then lie strictly later each than the one before: one point per moment. */
static void order_reach(Loader *ld, CaseInfo *c) {
  StampRef *refs = calloc((size_t)c->n_reach + 1, sizeof *refs);
  int n = 0;
  if (!refs) {
    ld_err(ld, "out of memory checking the reach points");
    return;
  }
  for (int i = 0; i < c->n_reach; i++) {
    if (c->reach[i].at_ms >= 0) {
      refs[n++] = (StampRef){&c->reach[i].at_ms, c->reach[i].precision, c->reach[i].line, 0};
    }
  }
  if (check_order(ld, refs, n, "reach point at %s comes before the one above it (%s)") == 0) {
    place_days(ld, refs, n, 60000); /* a minute before a timed point on its day, so that the two differ */
    for (int i = 1; i < n; i++) {
      if (*refs[i].ms <= *refs[i - 1].ms) {
        diag_add(ld->diag, DIAG_ERROR, ld->s->path, refs[i].line,
                 "reach points must go forward in time: this one is not after the one before");
      }
    }
  }
  free(refs);
}

static void read_lesson(Loader *ld, int idx) {
  static const char *const allowed[] = {"principle", "text", NULL};
  CaseInfo *c = ld->s->case_info;
  CaseLesson *l = &c->lessons[c->n_lessons++];
  ld_check_fields(ld, idx, "lesson", allowed);
  char *id = ld_string(ld, idx, "principle", 1);
  l->principle = id ? principle_find(id) : 0;
  if (l->principle < 0) {
    ld_err(ld, "unknown principle '%s' (see the principle ids in docs/scenario-format.md)", id);
    l->principle = 0;
  }
  free(id);
  ld_text(ld, idx, "text", &l->text, 1);
}

static void read_case_strings(Loader *ld, int idx, CaseInfo *c) {
  c->organisation = ld_string(ld, idx, "organisation", 1);
  c->country = ld_string(ld, idx, "country", 1);
  const char *cc = c->country;
  if (cc && (strlen(cc) != 2 || !isupper((unsigned char)cc[0]) || !isupper((unsigned char)cc[1]))) {
    ld_err(ld, "'country' = \"%s\" must be an ISO 3166 code of two capital letters, e.g. \"ES\"", cc);
  }
  c->timezone = ld_string(ld, idx, "timezone", 1);
  char *start = ld_string(ld, idx, "start", 1);
  if (!start || civil_parse(start, &c->start_min) != 0) {
    c->start_min = NO_START;
  }
  if (start && c->start_min == NO_START) {
    ld_err(ld, "'start' = \"%s\" is not a date and time: write \"YYYY-MM-DD HH:MM\"", start);
  }
  free(start);
  ld_text(ld, idx, "period", &c->period, 1);
  ld_text(ld, idx, "lesson", &c->lesson, 1);
  ld_text(ld, idx, "outcome", &c->outcome, 1);
}

static void read_case_table(Loader *ld, int idx) {
  static const char *const allowed[] = {"organisation", "country", "start",   "timezone", "period", "lesson",
                                        "sources",      "reach",   "lessons", "outcome",  NULL};
  CaseInfo *c = ld->s->case_info;
  int saved = ld_enter(ld, idx, "case");
  c->line = ld->line;
  ld_check_fields(ld, idx, "case", allowed);
  read_case_strings(ld, idx, c);
  c->sources = calloc(MAX_SOURCES, sizeof *c->sources);
  c->reach = calloc(MAX_POINTS, sizeof *c->reach);
  c->lessons = calloc(MAX_LESSONS, sizeof *c->lessons);
  if (c->sources && c->reach && c->lessons) {
    each_in_list(ld, idx, "sources", "source", MAX_SOURCES, 1, read_source);
    each_in_list(ld, idx, "reach", "point", MAX_POINTS, 0, read_point);
    order_reach(ld, c);
    each_in_list(ld, idx, "lessons", "lesson", MAX_LESSONS, 1, read_lesson);
  } else {
    ld_err(ld, "out of memory reading the case");
  }
  ld_leave(ld, saved);
}

void ld_case(Loader *ld, int idx) {
  int type = ld_field(ld, idx, "case");
  const char *id = ld->s->id;
  int case_id = id && strncmp(id, "case-", 5) == 0;
  if (type == LUA_TTABLE) {
    ld->s->case_info = calloc(1, sizeof *ld->s->case_info);
    if (ld->s->case_info) {
      read_case_table(ld, lua_gettop(ld->L));
    }
    if (id && !case_id) {
      ld_err(ld, "a case study's id starts with \"case-\" (e.g. \"case-%s\")", id);
    }
  } else if (type != LUA_TNIL) {
    ld_err(ld, "'case' must be a case{ ... }, not a %s", ld_type_name(ld, -1));
  } else if (case_id) {
    ld_err(ld, "the id '%s' names a case study, which needs 'case = case { ... }'", id);
  }
  lua_pop(ld->L, 1);
}

/* A source never cited is probably a slip: a warning, not an error. */
void ld_case_finish(Loader *ld) {
  const CaseInfo *c = ld->s->case_info;
  for (int i = 0; c && i < c->n_sources; i++) {
    if (c->sources[i].cited == 0 && c->sources[i].id && scn_source_index(ld->s, c->sources[i].id) == i) {
      diag_add(ld->diag, DIAG_WARNING, ld->s->path, c->sources[i].line, "source '%s' is never cited", c->sources[i].id);
    }
  }
}

/* --- extra fields on the story ------------------------------------------ */

void ld_case_beat(Loader *ld, int idx, Beat *b) {
  if (ld_field(ld, idx, "alternative") == LUA_TBOOLEAN) {
    b->alternative = lua_toboolean(ld->L, -1);
  } else if (!lua_isnil(ld->L, -1)) {
    ld_err(ld, "'alternative' must be true or false");
  }
  lua_pop(ld->L, 1);
}

static void read_uncertain(Loader *ld, int idx, Post *p) {
  ld_text(ld, idx, "uncertain", &p->uncertain, 0);
}

void ld_case_post(Loader *ld, int idx, Post *p, const Beat *b) {
  int has_at = ld_field(ld, idx, "at") != LUA_TNIL;
  lua_pop(ld->L, 1);
  p->stamp_ms = read_stamp(ld, idx, "stamp", &p->precision);
  int has_stamp = ld_field(ld, idx, "stamp") != LUA_TNIL;
  lua_pop(ld->L, 1);
  if (b->alternative && has_stamp) {
    ld_err(ld, "a post in an alternative beat is not history: give it 'at', not 'stamp'");
    p->stamp_ms = -1;
  } else if (!b->alternative && has_at) {
    ld_err(ld, "a post of a case study gives its real time with 'stamp', not 'at' (only alternative beats use 'at')");
  } else if (!b->alternative && !has_stamp) {
    ld_err(ld, "missing 'stamp = \"YYYY-MM-DD HH:MM\"': every post of a case study has its real time");
  }
  int cited = read_citations(ld, idx, &p->sources, &p->n_sources, !b->alternative, "a post of history");
  p->original = ld_string(ld, idx, "original", 0);
  if (p->original && cited == 0) {
    ld_err(ld, "'original' quotes a source: add source = \"ID\" for the source that reports the wording");
  }
  read_uncertain(ld, idx, p);
}

static void read_reveal(Loader *ld, int idx, Decision *d) {
  static const char *const allowed[] = {"text", "stamp", "source", "sources", "uncertain", NULL};
  Reveal *rv = d->reveal = calloc(1, sizeof *d->reveal);
  if (!rv) {
    return;
  }
  int saved = ld_enter(ld, idx, "reveal");
  rv->line = ld->line;
  ld_check_fields(ld, idx, "reveal", allowed);
  ld_text(ld, idx, "text", &rv->text, 1);
  rv->stamp_ms = read_stamp(ld, idx, "stamp", &rv->precision);
  read_citations(ld, idx, &rv->sources, &rv->n_sources, 1, "a reveal");
  ld_text(ld, idx, "uncertain", &rv->uncertain, 0);
  ld_leave(ld, saved);
}

void ld_case_decision(Loader *ld, int idx, Decision *d, const Beat *b) {
  int has_at = ld_field(ld, idx, "at") != LUA_TNIL;
  lua_pop(ld->L, 1);
  d->stamp_ms = read_stamp(ld, idx, "stamp", &d->precision);
  ld_text(ld, idx, "uncertain", &d->uncertain, 0);
  if (d->stamp_ms >= 0 && b->alternative) {
    ld_err(ld, "a decision in an alternative beat is not history: give it 'at', not 'stamp'");
    d->stamp_ms = -1;
  } else if (d->stamp_ms >= 0 && has_at) {
    ld_err(ld, "give the decision 'stamp' or 'at', not both");
  }
  int type = ld_field(ld, idx, "reveal");
  if (type == LUA_TTABLE) {
    read_reveal(ld, lua_gettop(ld->L), d);
  } else if (type != LUA_TNIL) {
    ld_err(ld, "'reveal' must be a reveal{ ... }");
  } else if (!b->alternative) {
    ld_err(ld, "a turning point needs 'reveal = reveal { text = ..., sources = { ... } }': what did the "
               "organisation actually do?");
  }
  lua_pop(ld->L, 1);
  int real = 0;
  for (int i = 0; i < d->n_choices; i++) {
    real += d->choices[i].real;
  }
  real += d->timeout_ms > 0 && d->silence.real;
  if (real > 1) {
    ld_err(ld, "%d choices are marked real = true; at most one is what the organisation did", real);
  }
}

void ld_case_choice(Loader *ld, int idx, Choice *c, const Beat *b) {
  int type = ld_field(ld, idx, "real");
  if (type == LUA_TBOOLEAN) {
    c->real = lua_toboolean(ld->L, -1);
  } else if (type != LUA_TNIL) {
    ld_err(ld, "'real' must be true or false");
  }
  lua_pop(ld->L, 1);
  if (c->real && b->alternative) {
    ld_err(ld, "'real' in an alternative beat: nothing there is what the organisation did");
  }
}

/* The stamps of a beat that the order and the placement work on. Returns
   how many; 'refs' has room for every post and the decision. */
static int beat_stamps(Beat *b, StampRef *refs) {
  int n = 0;
  for (int i = 0; i < b->n_posts; i++) {
    Post *p = &b->posts[i];
    if (p->stamp_ms >= 0) {
      refs[n++] = (StampRef){&p->stamp_ms, p->precision, p->line, 0};
    }
  }
  Decision *d = b->decision;
  if (d && d->stamp_ms >= 0) {
    refs[n++] = (StampRef){&d->stamp_ms, d->precision, d->line, 1};
  }
  return n;
}

/* Stamps never go back: one with a time of day is not before any earlier
   time of day, and no stamp falls on an earlier day than one above it (a
   date-only stamp is ordered by its day alone). Returns the errors found. */
static int check_order(Loader *ld, const StampRef *refs, int n, const char *back_msg) {
  int errors = 0;
  const StampRef *high_timed = NULL, *high_day = NULL;
  for (int i = 0; i < n; i++) {
    const StampRef *r = &refs[i];
    int64_t day = scn_stamp_day(ld->s, *r->ms);
    const StampRef *passed = NULL;
    if (r->precision != CIVIL_DAY && high_timed && *r->ms < *high_timed->ms) {
      passed = high_timed;
    } else if (high_day && day < scn_stamp_day(ld->s, *high_day->ms)) {
      passed = high_day;
    }
    if (passed) {
      char now[32], before[32];
      stamp_text(ld, *r->ms, r->precision, now, sizeof now);
      stamp_text(ld, *passed->ms, passed->precision, before, sizeof before);
      diag_add(ld->diag, DIAG_ERROR, ld->s->path, r->line,
               r->is_decision ? "the turning point stamped %s comes before its beat's last post (%s)" : back_msg, now,
               before);
      errors++;
      continue;
    }
    if (r->precision != CIVIL_DAY && (!high_timed || *r->ms >= *high_timed->ms)) {
      high_timed = r;
    }
    if (!high_day || day >= scn_stamp_day(ld->s, *high_day->ms)) {
      high_day = r;
    }
  }
  return errors;
}

/* A date-only stamp sits at CIVIL_DAY_HOUR, moved if need be to the next
   timed stamp below it (less 'gap_ms', but not off its own day) or to just
   after the stamp above it, so the story plays in listed order and every
   timed stamp shows its own time. Call only on stamps in order. */
static void place_days(const Loader *ld, StampRef *refs, int n, int64_t gap_ms) {
  if (n == 0) {
    return; /* also when the start is wrong: there is no day to measure from */
  }
  int64_t lo = -1, start_in_day = ld->s->case_info->start_min - civil_day(ld->s->case_info->start_min) * 1440;
  for (int i = 0; i < n; i++) {
    if (refs[i].precision == CIVIL_DAY) {
      int64_t at = *refs[i].ms;
      int64_t day_start = (scn_stamp_day(ld->s, at) * 1440 - start_in_day) * 60000;
      for (int j = i + 1; j < n; j++) {
        if (refs[j].precision != CIVIL_DAY) {
          int64_t hi = *refs[j].ms - gap_ms;
          at = at < hi ? at : hi > day_start ? hi : day_start;
          break;
        }
      }
      at = at > lo ? at : lo;
      *refs[i].ms = at > 0 ? at : 0;
    }
    lo = *refs[i].ms > lo ? *refs[i].ms : lo;
  }
}

/* Within a beat, listed stamps never go back; the beat's first and last
   stamps are kept for the timeline check along each path (run.c). */
void ld_case_beat_done(Loader *ld, Beat *b) {
  StampRef *refs = calloc((size_t)b->n_posts + 1, sizeof *refs);
  if (!refs) {
    ld_err(ld, "out of memory checking the stamps of beat '%s'", b->id ? b->id : "?");
    return;
  }
  int n = beat_stamps(b, refs);
  if (check_order(ld, refs, n, "post stamped %s comes before the post above it (%s)") == 0) {
    place_days(ld, refs, n, 0);
  }
  for (int i = 0; i < n; i++) {
    int64_t ms = *refs[i].ms, day = scn_stamp_day(ld->s, ms);
    b->first_stamp_ms = b->first_stamp_ms < 0 ? ms : b->first_stamp_ms;
    b->last_stamp_ms = ms > b->last_stamp_ms ? ms : b->last_stamp_ms;
    b->first_day = b->first_day < 0 ? day : b->first_day;
    b->last_day = day > b->last_day ? day : b->last_day;
    if (refs[i].precision != CIVIL_DAY) {
      b->first_timed_ms = b->first_timed_ms < 0 ? ms : b->first_timed_ms;
      b->last_timed_ms = ms > b->last_timed_ms ? ms : b->last_timed_ms;
    }
  }
  free(refs);
}
