/* track.c — track files: reading the JSON, validating every key (each
   problem named with the file, the place and what is wrong), resolving the
   scenario ids against a folder, and the check report */
#define _POSIX_C_SOURCE 200809L
#include "track.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ID_MAX 64
#define PLACE_MAX 96

static const char *const track_keys[] = {"id", "title", "intro", "steps", NULL};
static const char *const step_keys[] = {"scenario", "pass", "title", "intro", NULL};

/* What every reader needs to report a problem. */
typedef struct Reader {
  const char *path;
  Diag *diag;
} Reader;

static void problem(const Reader *r, const char *place, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void problem(const Reader *r, const char *place, const char *fmt, ...) {
  char body[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(body, sizeof body, fmt, ap);
  va_end(ap);
  diag_add(r->diag, DIAG_ERROR, r->path, 0, "%s: %s", place, body);
}

static char *dup_str(const char *s) {
  size_t n = strlen(s) + 1;
  char *copy = malloc(n);
  if (copy) {
    memcpy(copy, s, n);
  }
  return copy;
}

static int in_list(const char *const *list, const char *name) {
  for (int i = 0; list[i]; i++) {
    if (strcmp(list[i], name) == 0) {
      return 1;
    }
  }
  return 0;
}

/* "id, title, intro, steps" for messages about unknown keys. */
static void join(const char *const *list, char *buf, size_t len) {
  buf[0] = '\0';
  for (int i = 0; list[i]; i++) {
    if (i > 0) {
      strncat(buf, ", ", len - strlen(buf) - 1);
    }
    strncat(buf, list[i], len - strlen(buf) - 1);
  }
}

/* Every key of 'obj' must be one of 'allowed' and appear once. cJSON keeps
   duplicate keys and would silently read the first, so they are named. */
static void check_keys(const Reader *r, const cJSON *obj, const char *prefix, const char *const *allowed) {
  char expected[128], place[PLACE_MAX];
  join(allowed, expected, sizeof expected);
  for (const cJSON *k = obj->child; k; k = k->next) {
    snprintf(place, sizeof place, "%s%s", prefix, k->string);
    if (!in_list(allowed, k->string)) {
      problem(r, place, "unknown key (expected %s)", expected);
      continue;
    }
    for (const cJSON *e = obj->child; e != k; e = e->next) {
      if (strcmp(e->string, k->string) == 0) {
        problem(r, place, "appears twice");
        break;
      }
    }
  }
}

static int valid_id(const char *s) {
  size_t n = strlen(s);
  if (n == 0 || n > ID_MAX) {
    return 0;
  }
  for (size_t i = 0; i < n; i++) {
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-')) {
      return 0;
    }
  }
  return 1;
}

/* An id: a-z, 0-9 and '-', so that it is also a safe file name. */
static char *read_id(const Reader *r, const cJSON *item, const char *place) {
  if (!item) {
    problem(r, place, "missing");
    return NULL;
  }
  if (!cJSON_IsString(item) || !valid_id(item->valuestring)) {
    problem(r, place, "must be an id of 1 to %d characters from a-z, 0-9 and '-'", ID_MAX);
    return NULL;
  }
  return dup_str(item->valuestring);
}

static void set_lang(Text *t, int lang, const char *s) {
  free(t->s[lang]);
  t->s[lang] = dup_str(s);
}

/* One language of a text given as an object: "title": {"en": "…", "it": "…"}. */
static void read_translation(const Reader *r, const cJSON *item, const char *place, Text *out) {
  char sub[PLACE_MAX];
  snprintf(sub, sizeof sub, "%s.%s", place, item->string);
  int lang = lang_from_code(item->string);
  if (lang < 0) {
    problem(r, sub, "unknown language (expected en, it, es, fr, de or pt)");
  } else if (!cJSON_IsString(item) || item->valuestring[0] == '\0') {
    problem(r, sub, "must be a non-empty string");
  } else if (out->s[lang]) {
    problem(r, sub, "appears twice");
  } else {
    set_lang(out, lang, item->valuestring);
  }
}

/* A text: a plain string (English), or an object of language codes to
   strings that includes English. */
static void read_text(const Reader *r, const cJSON *item, const char *place, int required, Text *out) {
  if (!item) {
    if (required) {
      problem(r, place, "missing");
    }
    return;
  }
  if (cJSON_IsString(item)) {
    if (item->valuestring[0] == '\0') {
      problem(r, place, "must not be empty");
    } else {
      set_lang(out, LANG_EN, item->valuestring);
    }
    return;
  }
  if (!cJSON_IsObject(item)) {
    problem(r, place, "must be a text: a string, or an object such as {\"en\": \"...\", \"it\": \"...\"}");
    return;
  }
  int before = r->diag->errors;
  for (const cJSON *k = item->child; k; k = k->next) {
    read_translation(r, k, place, out);
  }
  if (r->diag->errors == before && !out->s[LANG_EN]) {
    problem(r, place, "needs an English text (\"en\")");
  }
}

static double read_pass(const Reader *r, const cJSON *item, const char *place) {
  if (!item) {
    problem(r, place, "missing");
    return 0;
  }
  if (!cJSON_IsNumber(item) || !isfinite(item->valuedouble) || item->valuedouble < 0 || item->valuedouble > 100) {
    problem(r, place, "must be a number from 0 to 100");
    return 0;
  }
  return item->valuedouble;
}

static void read_step(const Reader *r, const cJSON *item, int index, TrackStep *step) {
  char place[PLACE_MAX];
  if (!cJSON_IsObject(item)) {
    snprintf(place, sizeof place, "steps[%d]", index);
    problem(r, place, "must be an object with scenario, pass, title and intro");
    return;
  }
  snprintf(place, sizeof place, "steps[%d].", index);
  check_keys(r, item, place, step_keys);
  snprintf(place, sizeof place, "steps[%d].scenario", index);
  step->scenario = read_id(r, cJSON_GetObjectItemCaseSensitive(item, "scenario"), place);
  snprintf(place, sizeof place, "steps[%d].pass", index);
  step->pass = read_pass(r, cJSON_GetObjectItemCaseSensitive(item, "pass"), place);
  snprintf(place, sizeof place, "steps[%d].title", index);
  read_text(r, cJSON_GetObjectItemCaseSensitive(item, "title"), place, 1, &step->title);
  snprintf(place, sizeof place, "steps[%d].intro", index);
  read_text(r, cJSON_GetObjectItemCaseSensitive(item, "intro"), place, 1, &step->intro);
}

/* A scenario may appear once in a track: a second step with the same id
   would make progress ("step passed") ambiguous. */
static void check_repeats(const Reader *r, const Track *t) {
  char place[PLACE_MAX];
  for (int i = 0; i < t->n_steps; i++) {
    for (int j = 0; j < i && t->steps[i].scenario; j++) {
      if (t->steps[j].scenario && strcmp(t->steps[i].scenario, t->steps[j].scenario) == 0) {
        snprintf(place, sizeof place, "steps[%d].scenario", i);
        problem(r, place, "'%s' is already steps[%d]", t->steps[i].scenario, j);
        break;
      }
    }
  }
}

static void read_steps(const Reader *r, const cJSON *item, Track *t) {
  if (!item) {
    problem(r, "steps", "missing");
    return;
  }
  int n = cJSON_IsArray(item) ? cJSON_GetArraySize(item) : -1;
  if (n < 1 || n > TRACK_MAX_STEPS) {
    problem(r, "steps", "must be a list of 1 to %d steps", TRACK_MAX_STEPS);
    return;
  }
  t->steps = calloc((size_t)n, sizeof *t->steps);
  if (!t->steps) {
    problem(r, "steps", "out of memory");
    return;
  }
  t->n_steps = n;
  int i = 0;
  for (const cJSON *s = item->child; s; s = s->next, i++) {
    read_step(r, s, i, &t->steps[i]);
  }
  check_repeats(r, t);
}

static unsigned text_langs(const Text *t) {
  unsigned bits = 0;
  for (int l = 0; l < LANG_COUNT; l++) {
    bits |= t->s[l] ? 1u << l : 0u;
  }
  return bits;
}

static unsigned complete_langs(const Track *t) {
  unsigned bits = text_langs(&t->title);
  if (!text_empty(&t->intro)) {
    bits &= text_langs(&t->intro);
  }
  for (int i = 0; i < t->n_steps; i++) {
    bits &= text_langs(&t->steps[i].title) & text_langs(&t->steps[i].intro);
  }
  return bits;
}

static void read_track(const Reader *r, const cJSON *root, Track *t) {
  if (!cJSON_IsObject(root)) {
    problem(r, "top level", "must be an object with id, title, intro and steps");
    return;
  }
  check_keys(r, root, "", track_keys);
  t->id = read_id(r, cJSON_GetObjectItemCaseSensitive(root, "id"), "id");
  read_text(r, cJSON_GetObjectItemCaseSensitive(root, "title"), "title", 1, &t->title);
  read_text(r, cJSON_GetObjectItemCaseSensitive(root, "intro"), "intro", 0, &t->intro);
  read_steps(r, cJSON_GetObjectItemCaseSensitive(root, "steps"), t);
  t->complete_langs = complete_langs(t);
}

/* Line and column (1-based) of 'at' in 'buf', for a syntax error. */
static void position(const char *buf, const char *at, int *line, int *col) {
  *line = 1;
  *col = 1;
  for (const char *p = buf; p < at && *p; p++) {
    if (*p == '\n') {
      (*line)++;
      *col = 1;
    } else {
      (*col)++;
    }
  }
}

Track *track_load_buffer(const char *path, const char *buf, size_t len, Diag *diag) {
  Reader r = {path, diag};
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(buf, len, &end, 0);
  if (!root) {
    int line, col;
    position(buf, end ? end : buf, &line, &col);
    char msg[PLACE_MAX + 256];
    snprintf(msg, sizeof msg, "%.255s:%d:%d: JSON syntax error", path, line, col);
    diag_add_raw(diag, DIAG_ERROR, msg);
    return NULL;
  }
  Track *t = calloc(1, sizeof *t);
  if (!t || !(t->path = dup_str(path))) {
    diag_add(diag, DIAG_ERROR, path, 0, "out of memory");
    cJSON_Delete(root);
    track_free(t);
    return NULL;
  }
  int before = diag->errors;
  read_track(&r, root, t);
  cJSON_Delete(root);
  if (diag->errors != before) {
    track_free(t);
    return NULL;
  }
  return t;
}

/* The whole file, NUL-terminated, in a malloc'd buffer; NULL on failure
   with the reason in 'diag'. */
static char *read_whole(const char *path, size_t *len, Diag *diag) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot open: %s", strerror(errno));
    return NULL;
  }
  char *buf = malloc(TRACK_MAX_BYTES + 1);
  size_t n = buf ? fread(buf, 1, TRACK_MAX_BYTES + 1, f) : 0;
  int failed = !buf || ferror(f);
  fclose(f);
  if (failed || n > TRACK_MAX_BYTES) {
    diag_add(diag, DIAG_ERROR, path, 0, failed ? "cannot read the file" : "larger than %d bytes", TRACK_MAX_BYTES);
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

Track *track_load_file(const char *path, Diag *diag) {
  size_t len = 0;
  char *buf = read_whole(path, &len, diag);
  if (!buf) {
    return NULL;
  }
  Track *t = track_load_buffer(path, buf, len, diag);
  free(buf);
  return t;
}

void track_free(Track *t) {
  if (!t) {
    return;
  }
  for (int i = 0; i < t->n_steps; i++) {
    free(t->steps[i].scenario);
    free(t->steps[i].path);
    text_free(&t->steps[i].title);
    text_free(&t->steps[i].intro);
  }
  free(t->steps);
  free(t->path);
  free(t->id);
  text_free(&t->title);
  text_free(&t->intro);
  free(t);
}

static int is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int track_resolve(Track *t, const char *dir, Diag *diag) {
  Reader r = {t->path, diag};
  int missing = 0;
  for (int i = 0; i < t->n_steps; i++) {
    TrackStep *s = &t->steps[i];
    free(s->path);
    s->path = malloc(strlen(dir) + strlen(s->scenario) + 6);
    if (!s->path) {
      return -1;
    }
    sprintf(s->path, "%s/%s.lua", dir, s->scenario);
    if (!is_file(s->path)) {
      char place[PLACE_MAX];
      snprintf(place, sizeof place, "steps[%d].scenario", i);
      problem(&r, place, "unknown scenario '%s' (there is no %s)", s->scenario, s->path);
      free(s->path);
      s->path = NULL;
      missing++;
    }
  }
  return missing;
}

char *track_scenario_dir(const char *track_path) {
  char *copy = dup_str(track_path);
  if (!copy) {
    return NULL;
  }
  /* dirname may modify its argument and return a pointer into it or to a
     static string, so each result is copied before the next call. */
  char *folder = dup_str(dirname(copy));
  free(copy);
  if (!folder) {
    return NULL;
  }
  char *above = strcmp(folder, ".") == 0 ? dup_str("..") : dup_str(dirname(folder));
  free(folder);
  return above;
}

static int is_json(const struct dirent *e) {
  size_t n = strlen(e->d_name);
  return e->d_name[0] != '.' && n > 5 && strcmp(e->d_name + n - 5, ".json") == 0;
}

int track_list_dir(const char *dir, char ***out_paths) {
  struct dirent **names = NULL;
  *out_paths = NULL;
  int n = scandir(dir, &names, is_json, alphasort);
  if (n < 0) {
    return -1;
  }
  char **paths = calloc((size_t)n + 1, sizeof *paths);
  int kept = 0;
  for (int i = 0; i < n; i++) {
    char *p = paths ? malloc(strlen(dir) + strlen(names[i]->d_name) + 2) : NULL;
    if (p) {
      sprintf(p, "%s/%s", dir, names[i]->d_name);
      paths[kept++] = p;
    }
    free(names[i]);
  }
  free(names);
  *out_paths = paths;
  return paths ? kept : -1;
}

static void print_summary(const Track *t, int missing, FILE *out) {
  fprintf(out, "  %s \"%s\" [", t->id, text_get(&t->title, LANG_EN, LANG_EN));
  int first = 1;
  for (int l = 0; l < LANG_COUNT; l++) {
    if (t->complete_langs & (1u << l)) {
      fprintf(out, "%s%s", first ? "" : ", ", lang_code(l));
      first = 0;
    }
  }
  fprintf(out, "]: %d step%s", t->n_steps, t->n_steps == 1 ? "" : "s");
  if (missing > 0) {
    fprintf(out, ", %d of them with no scenario", missing);
  }
  fprintf(out, "\n");
}

int track_check_file(const char *path, const char *scenario_dir, FILE *out) {
  Diag diag = {0};
  Track *t = track_load_file(path, &diag);
  int missing = 0;
  if (t) {
    missing = track_resolve(t, scenario_dir, &diag);
    if (missing < 0) {
      diag_add(&diag, DIAG_ERROR, path, 0, "out of memory");
    }
  }
  for (int i = 0; i < diag.count; i++) {
    fprintf(out, "%s%s\n", diag.items[i].level == DIAG_WARNING ? "warning: " : "", diag.items[i].msg);
  }
  int errors = diag.errors;
  fprintf(out, "%s: %s\n", path, errors ? "FAILED" : "ok");
  if (t) {
    print_summary(t, missing, out);
  }
  diag_free(&diag);
  track_free(t);
  return errors;
}
