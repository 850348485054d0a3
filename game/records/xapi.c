/* xapi.c — building xAPI 1.0.3 statements from attempts with cJSON */
#include "xapi.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VERB_ADL "http://adlnet.gov/expapi/verbs/"
#define TYPE_SIMULATION "http://adlnet.gov/expapi/activities/simulation"
#define TYPE_INTERACTION "http://adlnet.gov/expapi/activities/cmi.interaction"
#define TYPE_SESSION "http://adlnet.gov/expapi/activities/meeting"

typedef struct Ctx {
  const Attempt *a;
  const char *base, *home_page;
  char scenario_iri[512];
} Ctx;

/* --- small pieces ----------------------------------------------------------- */

void xapi_duration(int64_t ms, char *out, size_t cap) {
  int64_t cs = (ms < 0 ? 0 : ms + 5) / 10; /* hundredths, rounded */
  int64_t h = cs / 360000, m = cs / 6000 % 60, s = cs / 100 % 60, frac = cs % 100;
  char sec[32] = "";
  if (s || frac || (!h && !m)) {
    if (frac == 0) {
      snprintf(sec, sizeof sec, "%" PRId64 "S", s);
    } else if (frac % 10 == 0) {
      snprintf(sec, sizeof sec, "%" PRId64 ".%" PRId64 "S", s, frac / 10);
    } else {
      snprintf(sec, sizeof sec, "%" PRId64 ".%02" PRId64 "S", s, frac);
    }
  }
  char hours[32] = "", minutes[32] = "";
  if (h) {
    snprintf(hours, sizeof hours, "%" PRId64 "H", h);
  }
  if (m || (h && s + frac > 0)) {
    snprintf(minutes, sizeof minutes, "%" PRId64 "M", m);
  }
  snprintf(out, cap, "PT%s%s%s", hours, minutes, sec);
}

static uint64_t fnv1a(const char *s, uint64_t basis) {
  uint64_t h = basis;
  for (; *s; s++) {
    h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  }
  return h;
}

/* splitmix64's finaliser: FNV-1a alone barely changes the high bits when
   only the last character differs, and ids should not look alike. */
static uint64_t mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

void xapi_statement_id(const char *attempt_id, int index, char out[37]) {
  char key[64];
  snprintf(key, sizeof key, "%.36s/%d", attempt_id, index);
  uint64_t hi = mix(fnv1a(key, 0xcbf29ce484222325ull)), lo = mix(fnv1a(key, hi ^ 0x9e3779b97f4a7c15ull));
  unsigned char b[16];
  for (int i = 0; i < 8; i++) {
    b[i] = (unsigned char)(hi >> (56 - 8 * i));
    b[8 + i] = (unsigned char)(lo >> (56 - 8 * i));
  }
  b[6] = (unsigned char)((b[6] & 0x0f) | 0x80); /* version 8: made by the application */
  b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
  snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3],
           b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

/* Appends 's' to 'out' with every byte outside RFC 3986's unreserved set
   percent-encoded, so any id makes a valid IRI segment. */
static void append_segment(char *out, size_t cap, const char *s) {
  size_t len = strlen(out);
  for (; *s && len + 4 < cap; s++) {
    unsigned char c = (unsigned char)*s;
    if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out[len++] = (char)c;
    } else {
      len += (size_t)snprintf(out + len, cap - len, "%%%02X", c);
    }
  }
  out[len] = '\0';
}

static void iri(char *out, size_t cap, const char *base, const char *kind, const char *id) {
  snprintf(out, cap, "%s/%s/", base, kind);
  append_segment(out, cap, id);
}

static cJSON *lang_map(const char *lang, const char *text) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, lang, text);
  return o;
}

static cJSON *activity(const char *id, const char *type, const char *lang, const char *name) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "objectType", "Activity");
  cJSON_AddStringToObject(o, "id", id);
  cJSON *def = cJSON_AddObjectToObject(o, "definition");
  cJSON_AddStringToObject(def, "type", type);
  cJSON_AddItemToObject(def, "name", lang_map(lang, name));
  return o;
}

static cJSON *verb(const char *name) {
  char id[96];
  snprintf(id, sizeof id, VERB_ADL "%s", name);
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", id);
  cJSON_AddItemToObject(o, "display", lang_map("en-US", name));
  return o;
}

static cJSON *actor(const Ctx *c) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "objectType", "Agent");
  cJSON_AddStringToObject(o, "name", c->a->trainee);
  cJSON *acc = cJSON_AddObjectToObject(o, "account");
  cJSON_AddStringToObject(acc, "homePage", c->home_page);
  cJSON_AddStringToObject(acc, "name", c->a->trainee);
  return o;
}

static void add_extension(cJSON *ext, const Ctx *c, const char *name, cJSON *value) {
  char key[256];
  snprintf(key, sizeof key, "%s/extensions/%s", c->base, name);
  cJSON_AddItemToObject(ext, key, value);
}

/* --- statements ---------------------------------------------------------------- */

static cJSON *context(const Ctx *c, int with_parent) {
  const Attempt *a = c->a;
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "registration", a->id);
  cJSON_AddStringToObject(o, "platform", "Thick Skin");
  cJSON_AddStringToObject(o, "language", a->lang);
  cJSON *acts = with_parent || a->session[0] ? cJSON_AddObjectToObject(o, "contextActivities") : NULL;
  if (with_parent) {
    cJSON *parent = cJSON_AddArrayToObject(acts, "parent");
    cJSON_AddItemToArray(parent,
                         activity(c->scenario_iri, TYPE_SIMULATION, a->lang, a->title[0] ? a->title : a->scenario));
  }
  if (a->session[0]) {
    char id[512];
    iri(id, sizeof id, c->base, "sessions", a->session);
    cJSON *grouping = cJSON_AddArrayToObject(acts, "grouping");
    cJSON_AddItemToArray(grouping, activity(id, TYPE_SESSION, "en-US", a->session));
  }
  char seed[24];
  snprintf(seed, sizeof seed, "%" PRIu64, a->seed);
  cJSON *ext = cJSON_AddObjectToObject(o, "extensions");
  add_extension(ext, c, "mode", cJSON_CreateString(attempt_mode_names[a->mode]));
  add_extension(ext, c, "seed", cJSON_CreateString(seed));
  add_extension(ext, c, "scenario-hash", cJSON_CreateString(a->hash));
  add_extension(ext, c, "time-factor", cJSON_CreateNumber(a->time_factor));
  return o;
}

static const char *attempt_verb(const Attempt *a) {
  if (!a->finished) {
    return "terminated";
  }
  if (a->mode == REC_ASSESSED || a->mode == REC_ONBOARDING) {
    return a->pass ? "passed" : "failed";
  }
  return "completed";
}

static cJSON *attempt_result(const Ctx *c) {
  const Attempt *a = c->a;
  cJSON *o = cJSON_CreateObject();
  cJSON *score = cJSON_AddObjectToObject(o, "score");
  cJSON_AddNumberToObject(score, "scaled", a->overall / 100.0);
  cJSON_AddNumberToObject(score, "raw", a->overall);
  cJSON_AddNumberToObject(score, "min", 0);
  cJSON_AddNumberToObject(score, "max", 100);
  if (a->finished) {
    cJSON_AddBoolToObject(o, "success", a->pass);
  }
  cJSON_AddBoolToObject(o, "completion", a->finished);
  char duration[48];
  xapi_duration(a->real_ms, duration, sizeof duration);
  cJSON_AddStringToObject(o, "duration", duration);
  cJSON *ext = cJSON_AddObjectToObject(o, "extensions");
  for (int k = 0; k < AXIS_COUNT; k++) {
    add_extension(ext, c, axis_name((Axis)k), cJSON_CreateNumber(a->axis[k]));
  }
  return o;
}

static cJSON *statement(const Ctx *c, int index, const char *verb_name, cJSON *object, cJSON *result,
                        const char *timestamp, int with_parent) {
  char id[37];
  xapi_statement_id(c->a->id, index, id);
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", id);
  cJSON_AddItemToObject(o, "actor", actor(c));
  cJSON_AddItemToObject(o, "verb", verb(verb_name));
  cJSON_AddItemToObject(o, "object", object);
  cJSON_AddItemToObject(o, "result", result);
  cJSON_AddItemToObject(o, "context", context(c, with_parent));
  cJSON_AddStringToObject(o, "timestamp", timestamp);
  cJSON_AddStringToObject(o, "version", "1.0.3");
  return o;
}

static cJSON *decision_statement(const Ctx *c, int k, int64_t at_ms) {
  const AttemptDecision *d = &c->a->decisions[k];
  char id[768], name[320], response[32], duration[48], when[32];
  snprintf(id, sizeof id, "%s/beats/", c->scenario_iri);
  append_segment(id, sizeof id, d->beat);
  snprintf(name, sizeof name, "%s: %s", c->a->scenario, d->beat);
  if (d->choice > 0) {
    snprintf(response, sizeof response, "choice %d", d->choice);
  } else {
    snprintf(response, sizeof response, "silence");
  }
  xapi_duration(d->reaction_ms, duration, sizeof duration);
  attempt_format_time(at_ms, when);
  cJSON *result = cJSON_CreateObject();
  cJSON_AddStringToObject(result, "response", response);
  cJSON_AddStringToObject(result, "duration", duration);
  cJSON *ext = cJSON_AddObjectToObject(result, "extensions");
  add_extension(ext, c, "thread", cJSON_CreateString(d->thread));
  add_extension(ext, c, "choice", cJSON_CreateNumber(d->choice));
  return statement(c, k + 1, "answered", activity(id, TYPE_INTERACTION, "en-US", name), result, when, 1);
}

cJSON *xapi_statements(const Attempt *a, const XapiOptions *o) {
  Ctx c = {a, o && o->base ? o->base : XAPI_BASE, o && o->home_page ? o->home_page : XAPI_HOME_PAGE, ""};
  iri(c.scenario_iri, sizeof c.scenario_iri, c.base, "scenarios", a->scenario);
  int64_t started = 0, ended = 0;
  attempt_parse_time(a->started, &started);
  attempt_parse_time(a->ended, &ended);
  cJSON *list = cJSON_CreateArray();
  cJSON *object = activity(c.scenario_iri, TYPE_SIMULATION, a->lang, a->title[0] ? a->title : a->scenario);
  cJSON_AddItemToArray(list, statement(&c, 0, attempt_verb(a), object, attempt_result(&c), a->ended, 0));
  /* a decision's time is not kept, only its reaction time: the statement is
     dated from the start plus the reaction times so far, never past the end */
  int64_t at = started;
  for (int k = 0; k < a->n_decisions; k++) {
    at += a->decisions[k].reaction_ms;
    cJSON_AddItemToArray(list, decision_statement(&c, k, at < ended ? at : ended));
  }
  /* cJSON drops an item it could not allocate; a short array is refused */
  if (!list || cJSON_GetArraySize(list) != 1 + a->n_decisions) {
    cJSON_Delete(list);
    return NULL;
  }
  return list;
}

char *xapi_export(const Attempt *a, int n, const XapiOptions *o) {
  cJSON *all = cJSON_CreateArray();
  for (int i = 0; all && i < n; i++) {
    cJSON *one = xapi_statements(&a[i], o);
    if (!one) {
      cJSON_Delete(all);
      return NULL;
    }
    while (cJSON_GetArraySize(one) > 0) {
      cJSON_AddItemToArray(all, cJSON_DetachItemFromArray(one, 0));
    }
    cJSON_Delete(one);
  }
  char *text = all ? cJSON_Print(all) : NULL;
  cJSON_Delete(all);
  if (!text) {
    return NULL;
  }
  /* cJSON's allocator is malloc unless hooked, which this program never does */
  size_t len = strlen(text);
  char *out = malloc(len + 2);
  if (out) {
    memcpy(out, text, len);
    out[len] = '\n';
    out[len + 1] = '\0';
  }
  cJSON_free(text);
  return out;
}
