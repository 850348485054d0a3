/* kconfig.c — the kiosk configuration: defaults, finding the file, reading
   it as UTF-8 JSON with syntax errors placed by line and column, and the
   struct's lifetime. The keys themselves are read in kconfig_keys.c and the
   admin PIN is hashed and checked in kconfig_pin.c. */
#define _POSIX_C_SOURCE 200809L
#include "kconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kconfig_internal.h"
#include "text.h"

/* A kiosk configuration is a few hundred bytes; anything this big is the
   wrong file. */
#define KCFG_MAX_BYTES (1024 * 1024)

void kcfg_defaults(KioskConfig *c) {
  memset(c, 0, sizeof *c);
  c->idle_timeout_s = 90;
  c->still_there_s = 20;
  c->pin_is_default = 1;
  c->languages = (1u << LANG_EN) | (1u << LANG_IT) | (1u << LANG_ES);
  c->default_lang = LANG_EN;
  c->modes = (1u << MODE_PRACTICE) | (1u << MODE_ONBOARDING) | (1u << MODE_CASES);
  c->fullscreen = 1;
  c->width = 1280;
  c->height = 720;
  c->render = RENDER_AUTO;
  c->theme = THEME_LIGHT;
  c->text_scale_pct = 100;
  c->timer_factor = 1;
}

void kcfg_free(KioskConfig *c) {
  free(c->path);
  free(c->pin_hash);
  free(c->data_dir);
  for (int i = 0; i < c->n_scenario_dirs; i++) {
    free(c->scenario_dirs[i]);
  }
  memset(c, 0, sizeof *c);
}

void kcfg_problem(KcfgReader *r, const char *key, const char *fmt, ...) {
  char body[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(body, sizeof body, fmt, ap);
  va_end(ap);
  diag_add(r->diag, DIAG_ERROR, r->path, 0, "%s: %s", key, body);
}

void kcfg_warnings(const KioskConfig *c, Diag *diag) {
  static const char warning[] = "the default admin PIN " KCFG_DEFAULT_PIN " is in force; set your own "
                                 "with 'thickskin config pin' and put it in \"admin_pin_hash\"";
  if (c->pin_is_default && c->path) {
    diag_add(diag, DIAG_WARNING, c->path, 0, "%s", warning);
  } else if (c->pin_is_default) {
    diag_add_raw(diag, DIAG_WARNING, warning);
  }
}

/* ---- finding the file ---- */

static int exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

static char *join(const char *dir, const char *rest) {
  size_t len = strlen(dir) + strlen(rest) + 2;
  char *s = malloc(len);
  if (s) {
    snprintf(s, len, "%s/%s", dir, rest);
  }
  return s;
}

/* The per-user file: XDG says a relative $XDG_CONFIG_HOME is to be ignored. */
static char *user_config_path(void) {
  const char *xdg = getenv("XDG_CONFIG_HOME");
  if (xdg && xdg[0] == '/') {
    return join(xdg, "thickskin/kiosk.json");
  }
  const char *home = getenv("HOME");
  if (home && home[0] == '/') {
    return join(home, ".config/thickskin/kiosk.json");
  }
  return NULL;
}

char *kcfg_find(void) {
  const char *env = getenv("THICKSKIN_CONFIG");
  if (env && env[0]) {
    return strdup(env);
  }
  char *user = user_config_path();
  if (user && exists(user)) {
    return user;
  }
  free(user);
  if (exists("/etc/thickskin/kiosk.json")) {
    return strdup("/etc/thickskin/kiosk.json");
  }
  return NULL;
}

/* ---- reading the file ---- */

static int read_fd(int fd, char *buf, size_t len) {
  size_t got = 0;
  while (got < len) {
    ssize_t n = read(fd, buf + got, len - got);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return -1;
    }
    got += (size_t)n;
  }
  return 0;
}

/* The file's bytes, NUL-terminated, in *out (malloc'd); -1 with the reason
   reported. O_NONBLOCK so that a FIFO named by mistake cannot hang a kiosk. */
static int read_file(const char *path, char **out, size_t *len, Diag *diag) {
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot open the file: %s", strerror(errno));
    return -1;
  }
  struct stat st;
  const char *problem = NULL;
  if (fstat(fd, &st) != 0) {
    problem = strerror(errno);
  } else if (S_ISDIR(st.st_mode)) {
    problem = "it is a folder (expected a JSON file)";
  } else if (!S_ISREG(st.st_mode)) {
    problem = "it is not a regular file (expected a JSON file)";
  } else if (st.st_size > KCFG_MAX_BYTES) {
    problem = "it is larger than 1 MiB (expected a JSON file of a few hundred bytes)";
  }
  char *buf = problem ? NULL : malloc((size_t)st.st_size + 1);
  if (!problem && !buf) {
    problem = "out of memory";
  }
  if (!problem && read_fd(fd, buf, (size_t)st.st_size) != 0) {
    problem = errno ? strerror(errno) : "the file changed while it was read";
  }
  close(fd);
  if (problem) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot read the file: %s", problem);
    free(buf);
    return -1;
  }
  buf[st.st_size] = '\0';
  *out = buf;
  *len = (size_t)st.st_size;
  return 0;
}

/* ---- positions and syntax ---- */

/* Line and column (both from 1) of byte 'pos'; columns count characters,
   as editors show them, so the text must already be valid UTF-8. */
static void line_col(const char *text, size_t pos, int *line, int *col) {
  *line = 1;
  *col = 1;
  size_t bom = strncmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; /* invisible in editors */
  for (size_t i = bom; i < pos; i++) {
    if (text[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

/* Length of the UTF-8 sequence at 's' (at most 'left' bytes), 0 if invalid:
   overlong forms, surrogates, code points past U+10FFFF and NUL are refused. */
static size_t utf8_seq(const unsigned char *s, size_t left) {
  unsigned c = s[0];
  size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (c == 0 || n == 0 || n > left) {
    return 0;
  }
  unsigned cp = n == 1 ? c : c & (0x7Fu >> n);
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      return 0;
    }
    cp = (cp << 6) | (s[i] & 0x3Fu);
  }
  static const unsigned min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_len[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return n;
}

/* Byte offset of the first invalid UTF-8 sequence, or 'len' if none. */
static size_t utf8_invalid_at(const char *text, size_t len) {
  size_t i = 0;
  while (i < len) {
    size_t n = utf8_seq((const unsigned char *)text + i, len - i);
    if (n == 0) {
      return i;
    }
    i += n;
  }
  return len;
}

static int is_blank(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Offset of the last non-blank byte before 'pos', or -1. */
static long prev_nonblank(const char *text, size_t pos) {
  long i = (long)pos - 1;
  while (i >= 0 && is_blank(text[i])) {
    i--;
  }
  return i;
}

static int ends_value(char ch) {
  return ch == '"' || ch == ']' || ch == '}' || (ch >= '0' && ch <= '9') || ch == 'e' || ch == 'l';
}

static int starts_value(char ch) {
  return ch == '"' || ch == '[' || ch == '{' || ch == '-' || (ch >= '0' && ch <= '9') || ch == 't' || ch == 'f' ||
         ch == 'n';
}

static int is_word(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

/* Up to 12 characters of the text at 's' for a message: the whole word if
   it is one, never past the line's end or through a UTF-8 sequence. */
static void excerpt(const char *s, char *buf, size_t size) {
  size_t n = 0;
  if (is_word(s[0])) {
    while (n < 12 && is_word(s[n])) {
      n++;
    }
  } else {
    while (n < 12 && s[n] && s[n] != '\n' && s[n] != '\r') {
      n++;
    }
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) {
      n--;
    }
  }
  snprintf(buf, size, "%.*s", (int)n, s);
}

/* A message for the syntax error cJSON stopped at, naming the usual slips
   (trailing comma, comment, single quotes, missing comma, unclosed string,
   a bare word) where they can be told from the text around it; *pos may
   move to the culprit. 'complete' says a whole value ends at *pos. */
static void syntax_message(const char *text, size_t len, size_t *pos, int complete, char *msg, size_t size) {
  long before = prev_nonblank(text, *pos);
  char at = *pos < len ? text[*pos] : '\0';
  char prev = before >= 0 ? text[before] : '\0';
  long comma = (prev == '}' || prev == ']') && at == '\0' ? prev_nonblank(text, (size_t)before) : -1;
  char near[64];
  excerpt(text + *pos, near, sizeof near);
  if ((at == '}' || at == ']') && prev == ',') {
    comma = before;
  }
  if (comma >= 0 && text[comma] == ',') {
    *pos = (size_t)comma;
    snprintf(msg, size, "a comma after the last item (JSON allows none there)");
  } else if (complete) {
    snprintf(msg, size, "'%s' after the end of the object (expected nothing more)", near);
  } else if (at == '\0') {
    snprintf(msg, size, "unexpected end of the file (a string, list or object is not closed)");
  } else if (*pos > 0 && text[*pos - 1] == '"' && !memchr(text + *pos, '"', len - *pos)) {
    *pos -= 1;
    snprintf(msg, size, "a string that is never closed (expected a closing '\"')");
  } else if (at == '/' || at == '#') {
    snprintf(msg, size, "a comment (JSON has no comments; the keys are explained in docs/kiosk-config.md)");
  } else if (at == '\'' || prev == '\'') {
    snprintf(msg, size, "a single quote (JSON strings and keys need double quotes)");
  } else if (at == '\\') {
    snprintf(msg, size, "an invalid escape '\\%c' in a string", *pos + 1 < len ? text[*pos + 1] : ' ');
  } else if (starts_value(at) && ends_value(prev)) {
    snprintf(msg, size, "a missing %s before '%s'", prev == '"' ? "comma or colon" : "comma", near);
  } else if (at == ':') {
    snprintf(msg, size, "a key without double quotes before ':'");
  } else if ((at == ',' || at == '}') && prev == ':') {
    snprintf(msg, size, "a missing value after ':'");
  } else if (is_word(at)) {
    snprintf(msg, size, "'%s' is not a value (strings need double quotes; true, false and null are lowercase)",
             near);
  } else {
    snprintf(msg, size, "unexpected '%s' (expected JSON: \"key\": value pairs in { })", near);
  }
}

static void add_at(Diag *diag, const char *path, const char *text, size_t pos, const char *msg) {
  int line, col;
  line_col(text, pos, &line, &col);
  size_t len = strlen(path) + strlen(msg) + 48;
  char *full = malloc(len);
  if (full) {
    snprintf(full, len, "%s:%d:%d: %s", path, line, col, msg);
    diag_add_raw(diag, DIAG_ERROR, full);
    free(full);
  } else {
    diag_add_raw(diag, DIAG_ERROR, msg);
  }
}

static const char *json_kind(const cJSON *v) {
  return cJSON_IsArray(v) ? "a list" : cJSON_IsString(v) ? "a string" : cJSON_IsNumber(v) ? "a number"
                                     : cJSON_IsBool(v)   ? "a boolean"
                                                         : "null";
}

/* The parsed top-level object, or NULL with the problem reported. */
static cJSON *parse(const char *path, const char *text, size_t len, Diag *diag) {
  size_t bad = utf8_invalid_at(text, len);
  if (bad < len) {
    add_at(diag, path, text, bad, "not UTF-8 text (expected a JSON file saved as UTF-8)");
    return NULL;
  }
  if (prev_nonblank(text, len) < 0) {
    diag_add(diag, DIAG_ERROR, path, 0, "the file is empty (expected a JSON object; 'thickskin config example' "
                                        "prints one)");
    return NULL;
  }
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithOpts(text, &end, 1);
  if (!root) {
    char msg[256];
    size_t pos = end && end >= text ? (size_t)(end - text) : 0;
    const char *value_end = NULL;
    cJSON *prefix = cJSON_ParseWithOpts(text, &value_end, 0); /* did a value end before the junk? */
    int complete = prefix && value_end && value_end + strspn(value_end, " \t\r\n") == end;
    cJSON_Delete(prefix);
    syntax_message(text, len, &pos, complete, msg, sizeof msg);
    add_at(diag, path, text, pos, msg);
    return NULL;
  }
  if (!cJSON_IsObject(root)) {
    diag_add(diag, DIAG_ERROR, path, 0, "the file holds %s (expected a JSON object: { \"key\": value, … })",
             json_kind(root));
    cJSON_Delete(root);
    return NULL;
  }
  return root;
}

/* ---- loading ---- */

static char *folder_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) {
    return NULL;
  }
  size_t n = slash == path ? 1 : (size_t)(slash - path);
  char *dir = malloc(n + 1);
  if (dir) {
    memcpy(dir, path, n);
    dir[n] = '\0';
  }
  return dir;
}

/* The default language must be one that is offered: the one the file names
   if it is, else English, else the first offered in LANG_* order. */
static void settle_default_language(KcfgReader *r) {
  KioskConfig *c = r->c;
  if (r->default_lang >= 0 && (c->languages & (1u << r->default_lang))) {
    c->default_lang = r->default_lang;
  } else if (r->default_lang >= 0) {
    kcfg_problem(r, "default_language", "\"%s\" is not one of the languages offered (expected a code listed in "
                 "\"languages\")", lang_code(r->default_lang));
  }
  for (int l = 0; !(c->languages & (1u << c->default_lang)) && l < LANG_COUNT; l++) {
    c->default_lang = l;
  }
}

int kcfg_load(const char *path, KioskConfig *c, Diag *diag) {
  int errors_before = diag->errors;
  char *text = NULL;
  size_t len = 0;
  if (read_file(path, &text, &len, diag) != 0) {
    return -1;
  }
  cJSON *root = parse(path, text, len, diag);
  free(c->path);
  c->path = strdup(path);
  if (root) {
    KcfgReader r = {path, folder_of(path), c, diag, -1};
    kcfg_read_keys(&r, root);
    settle_default_language(&r);
    free(r.dir);
  }
  cJSON_Delete(root);
  free(text);
  return diag->errors > errors_before ? -1 : 0;
}
