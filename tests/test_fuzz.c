/* test_fuzz.c — a deterministic mutation test of the loader and the runtime.

   Every .lua file of scenarios/ and tests/data/ is mutated many times with a
   fixed-seed generator (byte flips, deleted, duplicated and swapped spans,
   truncation, number literals replaced by 0 / -1 / 1e309 / huge integers,
   string literals replaced by a beat id of the same file or by ""). Each
   mutant goes through scn_load_buffer with small sandbox limits:

   - refused: there is at least one error and every message starts with the
     path given to the loader;
   - loaded: it is played to the end with seeded random moves (answers after
     various delays, silences, plain waiting, a few invalid moves), scored,
     turned into JSON, and explored with a small cap. Nothing may crash or
     trip a sanitizer; scores, the audience (0..100) and the moods
     (-100..100) stay in range; every record is of an offered choice; every
     runtime error starts with the path.

   A second test plays the unmutated files twice with the same moves, once
   passing each move's real time in one call and once in many small calls:
   the runtime promises that both give the same run (run.c, docs).

   Environment, for reproducing a failure:
     THICKSKIN_FUZZ_MUTANTS=N    mutants per file (default: FUZZ_MUTANTS
                                 shared among the files)
     THICKSKIN_FUZZ_ONLY=F:I     only mutant I of the file whose name is F
                                 (e.g. bridge-troll.lua:417), verbosely
   If the process dies on a mutant (a sanitizer report or a signal), the
   mutant is written to $TMPDIR/thickskin-fuzz-crash.lua (else /tmp) and
   named on stderr. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "explore.h"
#include "result.h"
#include "run.h"
#include "scenario.h"
#include "score.h"
#include "testing.h"

#if defined(__SANITIZE_ADDRESS__)
#define FUZZ_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FUZZ_SANITIZED 1
#endif
#endif
#ifdef FUZZ_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

#define FUZZ_MUTANTS 10000 /* in all, shared among the files so the run stays
                              short as the library grows */
#define FUZZ_MUTANTS_MIN 200 /* per file at least */
#define FUZZ_MOVES 200    /* moves per play at most */
#define FUZZ_EXPLORE_CAP 200
#define SPLIT_SEEDS 12 /* plays per file in the split-step test */
#define MAX_FILES 64

static const SandboxLimits LIMITS = {.mem_bytes = (size_t)16 << 20, .instructions = 2000000, .millis = 200};

/* --- a fixed-seed generator (splitmix64) --------------------------------- */

typedef struct Rng {
  uint64_t s;
} Rng;

static uint64_t rnd(Rng *g) {
  uint64_t z = (g->s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static size_t below(Rng *g, size_t n) {
  return n ? (size_t)(rnd(g) % n) : 0;
}

static uint64_t fnv(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) {
    h = (h ^ (unsigned char)*s) * 1099511628211ull;
  }
  return h;
}

/* --- the corpus: files, and the literals found in them -------------------- */

typedef struct Site {
  size_t pos, len;
} Site;

typedef struct Corpus {
  char *path, *name; /* name: the base name, for seeds and messages */
  char *data;
  size_t len;
  Site *nums, *strs; /* number literals (also digit runs inside strings); string literals with quotes */
  int n_nums, n_strs;
  char **ids; /* beat ids */
  int n_ids;
} Corpus;

static void add_site(Site **v, int *n, size_t pos, size_t len) {
  Site *grown = realloc(*v, sizeof **v * (size_t)(*n + 1));
  if (!grown) {
    return;
  }
  *v = grown;
  (*v)[(*n)++] = (Site){pos, len};
}

static int ident_char(char c) {
  return isalnum((unsigned char)c) || c == '_';
}

/* Length of a long bracket opener "[[" or "[==[" at d[i], else 0; *level gets the '=' count. */
static size_t long_open(const char *d, size_t len, size_t i, size_t *level) {
  size_t j = i + 1;
  if (i >= len || d[i] != '[') {
    return 0;
  }
  while (j < len && d[j] == '=') {
    j++;
  }
  if (j < len && d[j] == '[') {
    *level = j - i - 1;
    return j - i + 1;
  }
  return 0;
}

static size_t skip_long(const char *d, size_t len, size_t i, size_t level) {
  for (; i < len; i++) {
    if (d[i] == ']') {
      size_t j = i + 1, k = 0;
      while (j < len && d[j] == '=' && k < level) {
        j++;
        k++;
      }
      if (k == level && j < len && d[j] == ']') {
        return j + 1;
      }
    }
  }
  return len;
}

static size_t back_spaces(const char *d, size_t i) {
  while (i > 0 && isspace((unsigned char)d[i - 1])) {
    i--;
  }
  return i;
}

/* Does the string literal at 'pos' follow "beat { id ="? */
static int is_beat_id(const char *d, size_t pos) {
  size_t i = back_spaces(d, pos);
  if (i == 0 || d[i - 1] != '=') {
    return 0;
  }
  i = back_spaces(d, i - 1);
  if (i < 2 || strncmp(d + i - 2, "id", 2) != 0 || (i > 2 && ident_char(d[i - 3]))) {
    return 0;
  }
  i = back_spaces(d, i - 2);
  if (i == 0 || d[i - 1] != '{') {
    return 0;
  }
  i = back_spaces(d, i - 1);
  return i >= 4 && strncmp(d + i - 4, "beat", 4) == 0 && (i == 4 || !ident_char(d[i - 5]));
}

/* A light Lua lexer: enough to find number and string literals outside comments. */
static void scan(Corpus *c) {
  const char *d = c->data;
  size_t len = c->len, i = 0, level;
  while (i < len) {
    char ch = d[i];
    if (ch == '-' && i + 1 < len && d[i + 1] == '-') {
      size_t open = long_open(d, len, i + 2, &level);
      if (open) {
        i = skip_long(d, len, i + 2 + open, level);
      } else {
        while (i < len && d[i] != '\n') {
          i++;
        }
      }
    } else if (ch == '"' || ch == '\'') {
      size_t j = i + 1;
      while (j < len && d[j] != ch && d[j] != '\n') {
        if (d[j] == '\\') {
          j++;
        } else if (isdigit((unsigned char)d[j]) && !isdigit((unsigned char)d[j - 1]) &&
                   (!isalpha((unsigned char)d[j - 1]) ||
                    (strchr("smhd", d[j - 1]) && isdigit((unsigned char)d[j - 2])))) {
          size_t k = j;
          while (k < len && isdigit((unsigned char)d[k])) {
            k++;
          }
          add_site(&c->nums, &c->n_nums, j, k - j); /* a duration such as "1h30m" */
          j = k;
          continue;
        }
        j++;
      }
      if (j < len && d[j] == ch) {
        add_site(&c->strs, &c->n_strs, i, j + 1 - i);
        if (is_beat_id(d, i) && j - i - 1 > 0) {
          char **grown = realloc(c->ids, sizeof *c->ids * (size_t)(c->n_ids + 1));
          if (grown) {
            c->ids = grown;
            c->ids[c->n_ids] = strndup(d + i + 1, j - i - 1);
            c->n_ids += c->ids[c->n_ids] != NULL;
          }
        }
      }
      i = j + 1;
    } else if (long_open(d, len, i, &level)) {
      i = skip_long(d, len, i + long_open(d, len, i, &level), level);
    } else if (isdigit((unsigned char)ch) || (ch == '.' && i + 1 < len && isdigit((unsigned char)d[i + 1]))) {
      size_t j = i;
      while (j < len && (isxdigit((unsigned char)d[j]) || d[j] == '.' || d[j] == 'x' || d[j] == 'X' ||
                         ((d[j] == '+' || d[j] == '-') && strchr("eEpP", d[j - 1])))) {
        j++;
      }
      add_site(&c->nums, &c->n_nums, i, j - i);
      i = j;
    } else if (ident_char(ch)) {
      while (i < len && ident_char(d[i])) {
        i++;
      }
    } else {
      i++;
    }
  }
}

static int read_file(const char *path, char **out, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    return -1;
  }
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) {
      break;
    }
    char *grown = realloc(buf, cap * 2);
    if (!grown) {
      free(buf);
      buf = NULL;
    }
    buf = grown;
    cap *= 2;
  }
  fclose(f);
  *out = buf;
  *len = n;
  return buf ? 0 : -1;
}

static int load_corpus(Corpus *files, int max) {
  static const char *const dirs[] = {"scenarios", "tests/data"};
  int n = 0;
  for (int d = 0; d < 2; d++) {
    char **paths;
    int k = scn_list_dir(dirs[d], &paths);
    for (int i = 0; i < k; i++) {
      if (n < max && read_file(paths[i], &files[n].data, &files[n].len) == 0) {
        Corpus *c = &files[n++];
        c->path = paths[i];
        const char *slash = strrchr(c->path, '/');
        c->name = slash ? (char *)slash + 1 : c->path;
        scan(c);
      } else {
        free(paths[i]);
      }
    }
    free(paths);
  }
  return n;
}

static void free_corpus(Corpus *c) {
  for (int i = 0; i < c->n_ids; i++) {
    free(c->ids[i]);
  }
  free(c->ids);
  free(c->nums);
  free(c->strs);
  free(c->data);
  free(c->path);
}

/* --- mutants ------------------------------------------------------------- */

typedef struct Buf {
  char *p;
  size_t len, cap;
} Buf;

static void buf_reserve(Buf *b, size_t need) {
  if (need <= b->cap) {
    return;
  }
  size_t cap = b->cap ? b->cap : 1024;
  while (cap < need) {
    cap *= 2;
  }
  char *p = realloc(b->p, cap);
  if (!p) {
    fprintf(stderr, "test_fuzz: out of memory\n");
    exit(2);
  }
  b->p = p;
  b->cap = cap;
}

static void buf_splice(Buf *b, size_t pos, size_t del, const char *ins, size_t n) {
  buf_reserve(b, b->len - del + n + 1);
  memmove(b->p + pos + n, b->p + pos + del, b->len - pos - del);
  memcpy(b->p + pos, ins, n);
  b->len = b->len - del + n;
}

/* What was done to the file, for messages. */
typedef struct Desc {
  char s[512];
} Desc;

static void describe(Desc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void describe(Desc *d, const char *fmt, ...) {
  size_t used = strlen(d->s);
  if (used + 3 >= sizeof d->s) {
    return;
  }
  if (used) {
    strcat(d->s, "; ");
    used += 2;
  }
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(d->s + used, sizeof d->s - used, fmt, ap);
  va_end(ap);
}

static const char *const NUMBER_VALUES[] = {"0",
                                            "-1",
                                            "1e309",
                                            "-1e309",
                                            "9223372036854775807",
                                            "-9223372036854775808",
                                            "99999999999999999999",
                                            "4294967296",
                                            "(0/0)",
                                            "0.5",
                                            "math.mininteger",
                                            "math.maxinteger"};
static const char SPECIAL[] = "{}()[]=,.;:\"'-+*/%#~<>\\\n\t 019aez_";

/* Byte-level edits on the current text. */
static void raw_op(Buf *b, Rng *g, Desc *d) {
  size_t len = b->len;
  switch (below(g, 5)) {
  case 0: { /* flip a few bytes */
    int n = 1 + (int)below(g, 4);
    for (int k = 0; k < n && b->len > 0; k++) {
      size_t at = below(g, b->len);
      if (below(g, 2)) {
        b->p[at] ^= (char)(1u << below(g, 8));
      } else {
        b->p[at] = SPECIAL[below(g, sizeof SPECIAL - 1)];
      }
      describe(d, "flip@%zu", at);
    }
    break;
  }
  case 1: { /* delete a span */
    if (len == 0) {
      break;
    }
    size_t at = below(g, len);
    size_t n = 1 + below(g, below(g, 8) == 0 ? len / 4 + 1 : 64);
    if (n > len - at) {
      n = len - at;
    }
    buf_splice(b, at, n, "", 0);
    describe(d, "delete@%zu+%zu", at, n);
    break;
  }
  case 2: { /* duplicate a span somewhere */
    if (len == 0) {
      break;
    }
    size_t from = below(g, len);
    size_t n = 1 + below(g, below(g, 8) == 0 ? len / 4 + 1 : 200);
    if (n > len - from) {
      n = len - from;
    }
    size_t to = below(g, 2) ? from + n : below(g, len + 1);
    char *copy = malloc(n);
    if (!copy) {
      break;
    }
    memcpy(copy, b->p + from, n);
    buf_splice(b, to, 0, copy, n);
    free(copy);
    describe(d, "dup@%zu+%zu->%zu", from, n, to);
    break;
  }
  case 3: { /* truncate */
    size_t at = below(g, len + 1);
    b->len = at;
    describe(d, "truncate@%zu", at);
    break;
  }
  case 4: { /* swap two lines */
    size_t starts[4096];
    int n = 0;
    starts[n++] = 0;
    for (size_t i = 0; i < len && n < 4095; i++) {
      if (b->p[i] == '\n') {
        starts[n++] = i + 1;
      }
    }
    starts[n] = len; /* sentinel: lines are [starts[k], starts[k+1]) */
    if (n < 2) {
      break;
    }
    int x = (int)below(g, (size_t)n), y = (int)below(g, (size_t)n);
    if (x == y) {
      break;
    }
    if (x > y) {
      int t = x;
      x = y;
      y = t;
    }
    size_t xs = starts[x], xl = starts[x + 1] - xs, ys = starts[y], yl = starts[y + 1] - ys;
    char *tmp = malloc(len);
    if (!tmp) {
      break;
    }
    /* [0,xs) y [xs+xl, ys) x [ys+yl, len) */
    size_t mid = ys - xs - xl;
    memcpy(tmp, b->p, xs);
    memcpy(tmp + xs, b->p + ys, yl);
    memcpy(tmp + xs + yl, b->p + xs + xl, mid);
    memcpy(tmp + xs + yl + mid, b->p + xs, xl);
    memcpy(tmp + xs + yl + mid + xl, b->p + ys + yl, len - ys - yl);
    memcpy(b->p, tmp, len);
    free(tmp);
    describe(d, "swap-lines %d,%d", x + 1, y + 1);
    break;
  }
  }
}

/* Mutant 'index' of corpus file 'c', into 'b'; the same index always gives the same mutant. */
static void make_mutant(const Corpus *c, int index, Buf *b, Desc *d) {
  Rng g = {fnv(c->name) ^ (0x5eedull * (uint64_t)(index + 1))};
  rnd(&g);
  b->len = 0;
  d->s[0] = '\0';
  buf_reserve(b, c->len + 1);
  memcpy(b->p, c->data, c->len);
  b->len = c->len;
  int op = (int)below(&g, 10);
  if ((op == 5 || op == 6) && c->n_nums > 0) { /* number literals (or the digits of a duration) */
    int n = op == 5 ? 1 : 2 + (int)below(&g, 2), picked[3];
    for (int k = 0; k < n; k++) {
      picked[k] = (int)below(&g, (size_t)c->n_nums);
    }
    for (int k = 0; k < n; k++) { /* from the end of the file back, so that positions stay valid */
      int last = -1;
      for (int j = 0; j < n; j++) {
        if (picked[j] >= 0 && (last < 0 || picked[j] > picked[last])) {
          last = j;
        }
      }
      if (last < 0) {
        break;
      }
      const Site *s = &c->nums[picked[last]];
      for (int j = 0; j < n; j++) {
        if (picked[j] == picked[last] && j != last) picked[j] = -1; /* the same site twice */
      }
      picked[last] = -1;
      const char *v = NUMBER_VALUES[below(&g, sizeof NUMBER_VALUES / sizeof *NUMBER_VALUES)];
      buf_splice(b, s->pos, s->len, v, strlen(v));
      describe(d, "number@%zu '%.*s' -> %s", s->pos, (int)s->len, c->data + s->pos, v);
    }
  } else if ((op == 7 || op == 8) && c->n_strs > 0) { /* a string literal */
    const Site *s = &c->strs[below(&g, (size_t)c->n_strs)];
    char v[256] = "\"\"";
    if (c->n_ids > 0 && below(&g, 3) != 0) {
      snprintf(v, sizeof v, "\"%s\"", c->ids[below(&g, (size_t)c->n_ids)]);
    }
    buf_splice(b, s->pos, s->len, v, strlen(v));
    describe(d, "string@%zu %.*s -> %s", s->pos, s->len > 40 ? 40 : (int)s->len, c->data + s->pos, v);
  } else {
    raw_op(b, &g, d);
  }
  int more = op == 9 ? 1 + (int)below(&g, 2) : below(&g, 8) == 0;
  for (int k = 0; k < more; k++) {
    raw_op(b, &g, d);
  }
  buf_reserve(b, b->len + 1);
  b->p[b->len] = '\0'; /* for printing only: the loader is given the length */
}

/* --- what a crash leaves behind -------------------------------------------- */

static const Buf *crash_buf;
static const char *crash_what;
static char crash_file[512];

static void write_str(int fd, const char *s) {
  ssize_t rc = write(fd, s, strlen(s));
  (void)rc;
}

static void save_current(void) {
  if (!crash_buf || !crash_what) {
    return;
  }
  write_str(2, "\ntest_fuzz: the process died on ");
  write_str(2, crash_what);
  int fd = open(crash_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    ssize_t rc = write(fd, crash_buf->p, crash_buf->len);
    (void)rc;
    close(fd);
    write_str(2, "\ntest_fuzz: the input is saved in ");
    write_str(2, crash_file);
  }
  write_str(2, "\n");
  crash_what = NULL;
}

static void on_signal(int sig) {
  save_current();
  signal(sig, SIG_DFL);
  raise(sig);
}

static void install_crash_report(void) {
  const char *tmp = getenv("TMPDIR");
  snprintf(crash_file, sizeof crash_file, "%s/thickskin-fuzz-crash.lua", tmp && *tmp ? tmp : "/tmp");
  static const int sigs[] = {SIGSEGV, SIGFPE, SIGBUS, SIGILL, SIGABRT};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
    signal(sigs[i], on_signal);
  }
#ifdef FUZZ_SANITIZED
  __sanitizer_set_death_callback(save_current);
#endif
}

/* A sanitizer report ends in abort(), not exit(), so that on_signal saves
   the mutant (UBSan has its own copy of the death callback, never called). */
const char *__ubsan_default_options(void);
const char *__asan_default_options(void);
const char *__ubsan_default_options(void) {
  return "abort_on_error=1:print_stacktrace=1";
}
const char *__asan_default_options(void) {
  return "abort_on_error=1";
}

/* --- checks ---------------------------------------------------------------- */

typedef struct Stats {
  long mutants, loaded, rejected, plays_finished, plays_failed, moves, explored_paths;
} Stats;

static int verbose;

static int starts_with(const char *s, const char *prefix) {
  return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static void expect_prefixed(const Diag *d, const char *path, const char *what, const char *mutant) {
  for (int i = 0; i < d->count; i++) {
    t_checks++;
    if (!starts_with(d->items[i].msg, path)) {
      T_FAIL("%s: %s message does not start with \"%s\": \"%s\"", mutant, what, path, d->items[i].msg);
    }
  }
}

static int in_range(double v, double lo, double hi) {
  return isfinite(v) && v >= lo - 1e-9 && v <= hi + 1e-9;
}

static void check_card(const Scenario *s, const DecisionRecord *recs, int n, const ScoreCard *card,
                       const char *mutant) {
  t_checks++;
  for (int a = 0; a < AXIS_COUNT; a++) {
    if (!in_range(card->axis[a], 0, 100)) {
      T_FAIL("%s: axis %s is %g", mutant, axis_name((Axis)a), card->axis[a]);
    }
  }
  if (!in_range(card->overall, 0, 100)) {
    T_FAIL("%s: overall is %g", mutant, card->overall);
  }
  for (int i = 0; i < card->n && i < n; i++) {
    const DecisionScore *ds = &card->decisions[i];
    const DecisionRecord *rec = &recs[i];
    const Decision *d = s->beats[rec->beat].decision;
    if (!d) {
      T_FAIL("%s: decision %d was recorded at beat '%s', which has no decision", mutant, i, s->beats[rec->beat].id);
      continue;
    }
    int offered = rec->choice < 0 ? (rec->offered & OFFERED_SILENCE) != 0
                                  : rec->choice < d->n_choices && (rec->offered & (1u << rec->choice)) != 0;
    if (!offered) {
      T_FAIL("%s: decision %d played choice %d, which was not offered (0x%x)", mutant, i, rec->choice, rec->offered);
    }
    if (rec->reaction_ms < 0 || rec->answered_sim_ms < rec->opened_sim_ms) {
      T_FAIL("%s: decision %d has reaction %lld ms, opened %lld, answered %lld", mutant, i,
             (long long)rec->reaction_ms, (long long)rec->opened_sim_ms, (long long)rec->answered_sim_ms);
    }
    for (int a = 0; a < AXIS_COUNT; a++) {
      if (ds->points[a] != SCORE_NOT_COUNTED && !in_range(ds->points[a], 0, 100)) {
        T_FAIL("%s: decision %d scores %g on %s", mutant, i, ds->points[a], axis_name((Axis)a));
      }
    }
    if (!in_range(ds->reaction, 0, 1) || !in_range(ds->delay, 0, 1)) {
      T_FAIL("%s: decision %d has reaction %g and delay %g", mutant, i, ds->reaction, ds->delay);
    }
  }
}

static void check_json(const Run *r, const ScoreCard *card, const Scenario *s, const char *mutant) {
  int lang = s->lang;
  cJSON *json = result_to_json(r, card, lang);
  t_checks++;
  if (!json) {
    T_FAIL("%s: result_to_json returned NULL", mutant);
    return;
  }
  char *text = cJSON_PrintUnformatted(json);
  if (!text) {
    T_FAIL("%s: the result does not print", mutant);
  } else {
    cJSON *back = cJSON_Parse(text);
    const cJSON *id = back ? cJSON_GetObjectItemCaseSensitive(back, "scenario") : NULL;
    if (!cJSON_IsString(id) || strcmp(id->valuestring, s->id) != 0) {
      T_FAIL("%s: the result JSON does not parse back with its scenario id", mutant);
    }
    cJSON_Delete(back);
  }
  cJSON_free(text);
  cJSON_Delete(json);
}

static int64_t pick_delay(Rng *g, const Scenario *s, const Pending *p) {
  double target = s->beats[p->beat].decision ? s->beats[p->beat].decision->target_s : 60;
  switch (below(g, 8)) {
  case 0: return 0;
  case 1: return 1;
  case 2: return (int64_t)below(g, 5000);
  case 3: return (int64_t)(target * 1000);
  case 4: return (int64_t)(target * 3000) + 1;
  case 5: return 120000;
  case 6: return 3600000;
  default: return (int64_t)below(g, 90000);
  }
}

/* Plays 's' to the end (or FUZZ_MOVES moves) with random moves. */
static void play(const Scenario *s, const char *path, Rng *g, Stats *st, const char *mutant) {
  static const int factors[] = {1, 1, 1, 2, 0};
  RunOpts o = {.seed = rnd(g), .time_factor = factors[below(g, 5)], .record_events = (int)below(g, 2)};
  Run *r = run_new(s, &o);
  t_checks++;
  if (!r) {
    T_FAIL("%s: run_new failed", mutant);
    return;
  }
  run_start(r);
  for (int m = 0; m < FUZZ_MOVES && !run_done(r) && !run_error(r); m++) {
    Pending p[SCN_MAX_THREADS];
    int n = run_pending(r, p, SCN_MAX_THREADS);
    st->moves++;
    if (n == 0) {
      T_FAIL("%s: the run is neither done nor failed, but nothing is pending", mutant);
      break;
    }
    int rc;
    size_t kind = below(g, 16);
    const Pending *pick = &p[below(g, (size_t)n)];
    if (kind == 0) {
      rc = run_advance(r, (int64_t)below(g, 600000) - 1000);
      EXPECT(rc == RUN_OK || rc == RUN_ERROR);
    } else if (kind <= 3) {
      int can_wait = 0;
      for (int i = 0; i < n; i++) {
        can_wait |= p[i].deadline_sim_ms >= 0;
      }
      rc = run_wait(r, -1);
      t_checks++;
      if (can_wait ? rc == RUN_INVALID : rc != RUN_INVALID) {
        T_FAIL("%s: run_wait returned %d with%s a deadline", mutant, rc, can_wait ? "" : "out");
      }
    } else if (kind == 4) { /* moves that are not possible: nothing may change */
      int64_t sim = run_sim_ms(r);
      int bad_choice = SCN_MAX_CHOICES;
      for (int c = 0; c < SCN_MAX_CHOICES; c++) {
        int offered = 0;
        for (int k = 0; k < pick->n_offered; k++) {
          offered |= pick->offered[k] == c;
        }
        if (!offered) {
          bad_choice = c;
          break;
        }
      }
      EXPECT_INT(run_answer(r, pick->thread, bad_choice, 1000), RUN_INVALID);
      EXPECT_INT(run_answer(r, s->n_threads, 0, 1000), RUN_INVALID);
      EXPECT_INT(run_answer(r, -1, 0, 1000), RUN_INVALID);
      EXPECT_INT(run_answer(r, pick->thread, -1, 1000), RUN_INVALID);
      EXPECT_INT(run_sim_ms(r), sim);
    } else {
      int choice = pick->offered[below(g, (size_t)pick->n_offered)];
      rc = run_answer(r, pick->thread, choice, pick_delay(g, s, pick));
      t_checks++;
      if (rc != RUN_OK && rc != RUN_ERROR && rc != RUN_TIMED_OUT) {
        T_FAIL("%s: run_answer of an offered choice returned %d", mutant, rc);
      }
    }
  }
  const char *err = run_error(r);
  if (err) {
    st->plays_failed++;
    t_checks++;
    if (!starts_with(err, path)) {
      T_FAIL("%s: run error does not start with \"%s\": \"%s\"", mutant, path, err);
    }
    if (verbose) {
      fprintf(stderr, "  run error: %s\n", err);
    }
  } else if (run_done(r)) {
    st->plays_finished++;
    int e = run_ending_beat(r);
    t_checks++;
    if (e < 0 || e >= s->n_beats || !s->beats[e].ending) {
      T_FAIL("%s: the run is done but its ending beat is %d", mutant, e);
    }
  }
  /* docs/scenario-format.md §9: audience 0..100 and moods -100..100, "kept in range automatically" */
  t_checks++;
  if (!in_range(run_audience(r), 0, 100)) {
    T_FAIL("%s: the audience is %g after the play", mutant, run_audience(r));
  }
  for (int i = 0; i < s->n_personas; i++) {
    if (!in_range(run_mood(r, i), -100, 100)) {
      T_FAIL("%s: the mood of '%s' is %g after the play", mutant, s->personas[i].id, run_mood(r, i));
    }
  }
  int n;
  const DecisionRecord *recs = run_records(r, &n);
  ScoreCard card;
  score_compute(s, recs, n, o.time_factor, &card);
  check_card(s, recs, n, &card, mutant);
  check_json(r, &card, s, mutant);
  run_free(r);
}

static void explore_checked(const Scenario *s, const char *path, Stats *st, const char *mutant) {
  Diag d = {0};
  ExploreStats es;
  int rc = explore(s, FUZZ_EXPLORE_CAP, &d, &es);
  t_checks++;
  if (rc != 0) {
    T_FAIL("%s: explore returned %d", mutant, rc);
  }
  if (es.paths > FUZZ_EXPLORE_CAP) {
    T_FAIL("%s: explore went past its cap: %ld paths", mutant, es.paths);
  }
  for (int a = 0; es.paths > 0 && a <= AXIS_COUNT; a++) {
    if (!in_range(es.lo[a], 0, 100) || !in_range(es.hi[a], 0, 100) || es.lo[a] > es.hi[a]) {
      T_FAIL("%s: explored range %d is %g..%g", mutant, a, es.lo[a], es.hi[a]);
    }
  }
  expect_prefixed(&d, path, "explore", mutant);
  if (verbose) {
    for (int i = 0; i < d.count; i++) {
      fprintf(stderr, "  explore: %s\n", d.items[i].msg);
    }
  }
  st->explored_paths += es.paths;
  explore_free(&es);
  diag_free(&d);
}

/* One mutant: load, and if it loads, play, score and explore. */
static void run_mutant(const Corpus *c, int index, Buf *b, Stats *st) {
  static char long_path[256];
  Desc desc = {{0}};
  make_mutant(c, index, b, &desc);
  /* Every other mutant gets a path longer than Lua's chunk-name limit (60). */
  const char *path = c->path;
  if (index & 1) {
    snprintf(long_path, sizeof long_path, "fuzz/a-folder-name-long-enough-to-pass-the-lua-chunk-name-limit/%s",
             c->name);
    path = long_path;
  }
  char mutant[700];
  snprintf(mutant, sizeof mutant, "%s mutant %d (%s)", c->name, index, desc.s);
  crash_buf = b;
  crash_what = mutant;
  if (verbose) {
    fprintf(stderr, "%s\n", mutant);
  }
  Diag diag = {0};
  Scenario *s = scn_load_buffer(path, b->p, b->len, &LIMITS, &diag);
  st->mutants++;
  expect_prefixed(&diag, path, "loader", mutant);
  if (verbose) {
    for (int i = 0; i < diag.count; i++) {
      fprintf(stderr, "  load: %s\n", diag.items[i].msg);
    }
  }
  t_checks++;
  if (!s) {
    st->rejected++;
    if (diag.errors == 0) {
      T_FAIL("%s: refused without an error", mutant);
    }
  } else {
    st->loaded++;
    if (diag.errors != 0) {
      T_FAIL("%s: loaded with %d errors", mutant, diag.errors);
    }
    Rng g = {fnv(c->name) + (uint64_t)index * 7919u};
    play(s, path, &g, st, mutant);
    play(s, path, &g, st, mutant);
    explore_checked(s, path, st, mutant);
    scn_free(s);
  }
  diag_free(&diag);
  crash_what = NULL;
}

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static Corpus corpus[MAX_FILES];
static int n_corpus;

static void the_corpus_is_there(void) {
  EXPECT(n_corpus >= 7);
  for (int i = 0; i < n_corpus; i++) {
    EXPECT(corpus[i].n_nums > 0);
    EXPECT(corpus[i].n_strs > 0);
    EXPECT(corpus[i].n_ids > 1);
    /* the unmutated file loads: otherwise the mutants prove little */
    Diag d = {0};
    Scenario *s = scn_load_buffer(corpus[i].path, corpus[i].data, corpus[i].len, &LIMITS, &d);
    EXPECT(s != NULL);
    if (!s) {
      for (int k = 0; k < d.count; k++) {
        fprintf(stderr, "%s\n", d.items[k].msg);
      }
    }
    scn_free(s);
    diag_free(&d);
  }
}

static void mutants_load_or_fail_cleanly(void) {
  const char *only = getenv("THICKSKIN_FUZZ_ONLY");
  const char *count = getenv("THICKSKIN_FUZZ_MUTANTS");
  int per_file = FUZZ_MUTANTS / (n_corpus > 0 ? n_corpus : 1);
  if (per_file < FUZZ_MUTANTS_MIN) {
    per_file = FUZZ_MUTANTS_MIN;
  }
  if (count && atoi(count) > 0) {
    per_file = atoi(count);
  }
  Buf b = {0};
  Stats st = {0};
  double t0 = seconds();
  for (int f = 0; f < n_corpus; f++) {
    Stats before = st;
    double t1 = seconds();
    for (int i = 0; i < per_file; i++) {
      if (only) {
        const char *colon = strrchr(only, ':');
        if (!colon || strncmp(only, corpus[f].name, (size_t)(colon - only)) != 0 ||
            strlen(corpus[f].name) != (size_t)(colon - only) || atoi(colon + 1) != i) {
          continue;
        }
        verbose = 1;
      }
      run_mutant(&corpus[f], i, &b, &st);
    }
    if (!only) {
      printf("  %-20s %4ld mutants: %4ld loaded, %4ld refused; %ld plays finished, %ld stopped by an error (%.1f s)\n",
             corpus[f].name, st.mutants - before.mutants, st.loaded - before.loaded, st.rejected - before.rejected,
             st.plays_finished - before.plays_finished, st.plays_failed - before.plays_failed, seconds() - t1);
    }
  }
  printf("  %ld mutants run: %ld loaded, %ld refused; %ld moves played, %ld paths explored (%.1f s)\n", st.mutants,
         st.loaded, st.rejected, st.moves, st.explored_paths, seconds() - t0);
  EXPECT_INT(st.loaded + st.rejected, st.mutants);
  if (!only) {
    EXPECT(st.loaded > 0);   /* the mutations are not all fatal */
    EXPECT(st.rejected > 0); /* nor all harmless */
  }
  free(b.p);
}

/* --- the same moves in one step or in many ----------------------------------- */

typedef struct Snapshot {
  int64_t sim, real;
  int n_recs, n_events, done, failed;
  DecisionRecord last;
} Snapshot;

static Snapshot snap(const Run *r) {
  Snapshot s = {run_sim_ms(r), run_real_ms(r), 0, 0, run_done(r), run_error(r) != NULL, {0}};
  const DecisionRecord *recs = run_records(r, &s.n_recs);
  if (s.n_recs > 0) {
    s.last = recs[s.n_recs - 1];
  }
  run_events(r, &s.n_events);
  return s;
}

static int same(const Snapshot *a, const Snapshot *b) {
  return a->sim == b->sim && a->real == b->real && a->n_recs == b->n_recs && a->n_events == b->n_events &&
         a->done == b->done && a->failed == b->failed && a->last.choice == b->last.choice &&
         a->last.beat == b->last.beat && a->last.reaction_ms == b->last.reaction_ms &&
         a->last.opened_sim_ms == b->last.opened_sim_ms && a->last.answered_sim_ms == b->last.answered_sim_ms;
}

/* Passes 'total' ms of real time to 'r' in a few random slices; returns the rest. */
static int64_t slice(Run *r, Rng *g, int64_t total, int *steps) {
  int64_t left = total;
  while (left > 1 && below(g, 4) != 0) {
    int64_t step = 1 + (int64_t)below(g, (size_t)left);
    run_advance(r, step);
    left -= step;
    (*steps)++;
  }
  return left;
}

/* docs/scenario-format.md §8 and run.c: "advancing in one step or in many
   gives the same run". Each move's real time goes to one run in one call and
   to the other in slices; after every move the two must agree. */
static void one_step_or_many_give_the_same_run(void) {
  long compared = 0, differed = 0;
  for (int f = 0; f < n_corpus; f++) {
    Diag d = {0};
    Scenario *s = scn_load_buffer(corpus[f].path, corpus[f].data, corpus[f].len, NULL, &d);
    diag_free(&d);
    if (!s) {
      continue;
    }
    int reported = 0;
    for (int seed = 1; seed <= SPLIT_SEEDS; seed++) {
      Rng g = {fnv(corpus[f].name) ^ (uint64_t)seed};
      Rng split = {(uint64_t)seed * 104729u};
      RunOpts o = {.seed = (uint64_t)seed, .time_factor = seed % 4 == 0 ? 2 : 1, .record_events = 1};
      Run *one = run_new(s, &o), *many = run_new(s, &o);
      run_start(one);
      run_start(many);
      char moves[512] = "";
      for (int m = 0; m < FUZZ_MOVES && !run_done(one) && !run_error(one); m++) {
        Pending p[SCN_MAX_THREADS], q[SCN_MAX_THREADS];
        int n = run_pending(one, p, SCN_MAX_THREADS);
        int nq = run_pending(many, q, SCN_MAX_THREADS);
        if (n == 0) {
          break;
        }
        const Pending *pick = &p[below(&g, (size_t)n)];
        int steps = 0;
        char move[96];
        if (below(&g, 5) == 0) {
          int64_t t = (int64_t)below(&g, 300000);
          run_advance(one, t);
          int64_t rest = slice(many, &split, t, &steps);
          run_advance(many, rest);
          snprintf(move, sizeof move, "%swait %lld ms", m ? ", " : "", (long long)t);
        } else {
          int choice = pick->offered[below(&g, (size_t)pick->n_offered)];
          int64_t t = pick_delay(&g, s, pick);
          run_answer(one, pick->thread, choice, t);
          /* the same decision in the other run, if it is still open after the slices */
          int beat = -1;
          int64_t opened = -1;
          for (int i = 0; i < nq; i++) {
            if (q[i].thread == pick->thread) {
              beat = q[i].beat;
              opened = q[i].opened_real_ms;
            }
          }
          int64_t rest = slice(many, &split, t, &steps);
          nq = run_pending(many, q, SCN_MAX_THREADS);
          int still = 0;
          for (int i = 0; i < nq; i++) {
            still |= q[i].thread == pick->thread && q[i].beat == beat && q[i].opened_real_ms == opened;
          }
          if (still) {
            run_answer(many, pick->thread, choice, rest);
          } else {
            run_advance(many, rest);
          }
          snprintf(move, sizeof move, "%sthread %d choice %d after %lld ms", m ? ", " : "", pick->thread, choice + 1,
                   (long long)t);
        }
        if (strlen(moves) + strlen(move) + 1 < sizeof moves) {
          strcat(moves, move);
        }
        Snapshot a = snap(one), b = snap(many);
        compared++;
        t_checks++;
        if (!same(&a, &b)) {
          differed++;
          if (!reported++) {
            T_FAIL("%s (seed %d, time factor %d): after the moves [%s], the last one given in %d slices, "
                   "one step has sim %lld ms real %lld ms, %d decisions (last: reaction %lld ms, opened at sim %lld), "
                   "many steps have sim %lld ms real %lld ms, %d decisions "
                   "(last: reaction %lld ms, opened at sim %lld)",
                   corpus[f].path, seed, o.time_factor, moves, steps + 1, (long long)a.sim, (long long)a.real,
                   a.n_recs, (long long)a.last.reaction_ms, (long long)a.last.opened_sim_ms, (long long)b.sim,
                   (long long)b.real, b.n_recs, (long long)b.last.reaction_ms, (long long)b.last.opened_sim_ms);
          }
          break;
        }
      }
      run_free(one);
      run_free(many);
    }
    scn_free(s);
  }
  printf("  %ld moves compared, %ld plays diverged\n", compared, differed);
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0); /* the figures so far survive a crash */
  install_crash_report();
  n_corpus = load_corpus(corpus, MAX_FILES);
  RUN_TEST(the_corpus_is_there);
  RUN_TEST(mutants_load_or_fail_cleanly);
  if (!getenv("THICKSKIN_FUZZ_ONLY")) {
    RUN_TEST(one_step_or_many_give_the_same_run);
  }
  for (int i = 0; i < n_corpus; i++) {
    free_corpus(&corpus[i]);
  }
  return t_summary();
}
