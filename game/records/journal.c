/* journal.c — the journal file: locked appends that either land whole or
   leave the file as it was, tolerant reading, atomic rewrites for erasing.

   Why it holds: a line goes out in one write() (continued only if the
   kernel takes part of it) while an exclusive flock is held, so two processes never interleave; fsync before the lock
   is let go, so an acknowledged attempt survives a power cut; a write that fails is cut back to the old size, so a full
   disk never leaves half a record behind (a kill -9 or power cut can still leave one, at the very end, which readers
   skip and the next append steps over by starting a new line). Erasing replaces the file by rename, so a writer that
   was waiting for the lock on the old file notices (the inode changed) and opens the new one. */
#define _DEFAULT_SOURCE
#include "journal.h"
#include "journal_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static JournalWriteFn write_fn = write;

void journal_set_write_fn(JournalWriteFn fn) {
  write_fn = fn ? fn : write;
}

static int fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(char *err, size_t errlen, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err, errlen, fmt, ap);
  va_end(ap);
  return -1;
}

/* --- folders ------------------------------------------------------------------ */

char *journal_default_dir(void) {
  const char *xdg = getenv("XDG_DATA_HOME");
  char buf[PATH_MAX];
  if (xdg && xdg[0] == '/') { /* the XDG spec ignores relative values */
    snprintf(buf, sizeof buf, "%s/thickskin", xdg);
    return strdup(buf);
  }
  const char *home = getenv("HOME");
  if (!home || !home[0]) {
    struct passwd *pw = getpwuid(getuid());
    home = pw ? pw->pw_dir : NULL;
  }
  if (!home || !home[0]) {
    return NULL;
  }
  snprintf(buf, sizeof buf, "%s/.local/share/thickskin", home);
  return strdup(buf);
}

int journal_path(const char *dir, char *out, size_t cap) {
  int n = snprintf(out, cap, "%s/%s", dir, JOURNAL_FILE);
  return n < 0 || (size_t)n >= cap ? -1 : 0;
}

int journal_fsync_dir(const char *dir) {
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    return -1;
  }
  int rc = fsync(fd);
  close(fd);
  return rc;
}

void journal_parent_of(const char *path, char *out, size_t cap) {
  snprintf(out, cap, "%s", path);
  char *slash = strrchr(out, '/');
  if (!slash) {
    snprintf(out, cap, ".");
  } else if (slash == out) {
    out[1] = '\0';
  } else {
    *slash = '\0';
  }
}

/* mkdir -p, making each new folder durable in its parent. */
int journal_make_dirs(const char *dir, char *err, size_t errlen) {
  char path[PATH_MAX], parent[PATH_MAX];
  if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) {
    return fail(err, errlen, "%s: the folder name is too long", dir);
  }
  for (char *p = path + 1;; p++) {
    if (*p != '/' && *p != '\0') {
      continue;
    }
    char c = *p;
    *p = '\0';
    if (mkdir(path, 0700) == 0) {
      journal_parent_of(path, parent, sizeof parent);
      journal_fsync_dir(parent);
    } else if (errno != EEXIST) {
      return fail(err, errlen, "%s: cannot create the records folder: %s", path, strerror(errno));
    }
    *p = c;
    if (c == '\0') {
      return 0;
    }
  }
}

/* --- the locked file ---------------------------------------------------------- */

/* Opens 'path' and takes 'lock' on it, again if an erase replaced the file
   while this process waited. Returns the fd, or -1 with errno set. */
int journal_open_locked(const char *path, int flags, int lock) {
  for (;;) {
    int fd = open(path, flags | O_CLOEXEC, 0600);
    if (fd < 0) {
      return -1;
    }
    int rc;
    while ((rc = flock(fd, lock)) != 0 && errno == EINTR) {
    }
    struct stat held, named;
    if (rc != 0 || fstat(fd, &held) != 0) {
      int saved = errno;
      close(fd);
      errno = saved;
      return -1;
    }
    if (stat(path, &named) == 0 && named.st_ino == held.st_ino && named.st_dev == held.st_dev) {
      return fd;
    }
    close(fd); /* replaced meanwhile: lock the file that is there now */
  }
}

/* 1 unless the file is empty or ends in '\n'. When the last byte cannot be
   read, a newline too many only makes a blank line, which readers ignore. */
static int needs_newline(int fd, off_t size) {
  char last = 0;
  return size > 0 && (pread(fd, &last, 1, size - 1) != 1 || last != '\n');
}

/* The whole buffer, or the file cut back to 'size'. The kernel may take
   only part of a write (a filling disk does); the rest follows under the
   same lock, and the failure that stops it is the reason reported. */
static int write_whole(int fd, const char *buf, size_t len, off_t size, const char *path, char *err, size_t errlen) {
  size_t done = 0;
  while (done < len) {
    ssize_t n = write_fn(fd, buf + done, len - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      if (n == 0) {
        errno = ENOSPC;
      }
      break;
    }
    done += (size_t)n;
  }
  if (done == len && fsync(fd) == 0) {
    return 0;
  }
  char reason[200];
  if (done == len) {
    snprintf(reason, sizeof reason, "%s (while flushing to disk)", strerror(errno));
  } else if (done > 0) {
    snprintf(reason, sizeof reason, "%s (after %zu of %zu bytes)", strerror(errno), done, len);
  } else {
    snprintf(reason, sizeof reason, "%s", strerror(errno));
  }
  if (ftruncate(fd, size) != 0 || fsync(fd) != 0) {
    return fail(err, errlen, "%s: cannot save the attempt: %s; and cutting back the partial record failed: %s", path,
                reason, strerror(errno));
  }
  return fail(err, errlen, "%s: cannot save the attempt: %s", path, reason);
}

int journal_append(const char *dir, const Attempt *a, char *err, size_t errlen) {
  char path[PATH_MAX];
  if (journal_path(dir, path, sizeof path) != 0) {
    return fail(err, errlen, "%s: the folder name is too long", dir);
  }
  char *line = attempt_to_line(a);
  if (!line) {
    return fail(err, errlen, "%s: cannot save the attempt: the record is invalid or memory ran out", path);
  }
  int rc = -1, fd = -1;
  struct stat before;
  int existed = stat(path, &before) == 0;
  if (journal_make_dirs(dir, err, errlen) != 0) {
    goto done;
  }
  fd = journal_open_locked(path, O_RDWR | O_CREAT | O_APPEND, LOCK_EX); /* read: the last byte */
  if (fd < 0) {
    fail(err, errlen, "%s: cannot open the journal: %s", path, strerror(errno));
    goto done;
  }
  if (!existed && journal_fsync_dir(dir) != 0) {
    fail(err, errlen, "%s: cannot make the new journal durable: %s", dir, strerror(errno));
    goto done;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    fail(err, errlen, "%s: %s", path, strerror(errno));
    goto done;
  }
  /* a torn last line keeps its bytes; the record starts on a line of its own */
  size_t len = strlen(line);
  char *framed = malloc(len + 2);
  if (!framed) {
    fail(err, errlen, "%s: cannot save the attempt: out of memory", path);
    goto done;
  }
  framed[0] = '\n';
  memcpy(framed + 1, line, len + 1);
  int nl = needs_newline(fd, st.st_size);
  rc = write_whole(fd, framed + 1 - nl, len + (size_t)nl, st.st_size, path, err, errlen);
  free(framed);
done:
  if (fd >= 0) {
    close(fd); /* releases the lock */
  }
  free(line);
  return rc;
}

/* --- reading ------------------------------------------------------------------ */

/* Everything from 'fd' into a malloc'd buffer; -1 with errno set. */
int journal_read_fd(int fd, char **out, size_t *out_len) {
  size_t cap = 0, len = 0;
  char *buf = NULL;
  for (;;) {
    if (len + 65536 > cap) {
      cap = cap ? cap * 2 : 65536;
      char *grown = realloc(buf, cap + 1);
      if (!grown) {
        free(buf);
        errno = ENOMEM;
        return -1;
      }
      buf = grown;
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      int saved = errno;
      free(buf);
      errno = saved;
      return -1;
    }
    if (n == 0) {
      break;
    }
    len += (size_t)n;
  }
  *out = buf;
  *out_len = len;
  return 0;
}

/* The whole file, read under a shared lock so no append is seen half done. */
static int slurp(const char *path, char **out, size_t *out_len, char *err, size_t errlen) {
  *out = NULL;
  *out_len = 0;
  int fd = journal_open_locked(path, O_RDONLY, LOCK_SH);
  if (fd < 0) {
    return errno == ENOENT ? 0 : fail(err, errlen, "%s: cannot read the journal: %s", path, strerror(errno));
  }
  int rc = journal_read_fd(fd, out, out_len);
  int saved = errno;
  close(fd);
  return rc == 0 ? 0 : fail(err, errlen, "%s: cannot read the journal: %s", path, strerror(saved));
}

static int add_damage(JournalRead *jr, const char *path, Diag *warn, int line, const char *bytes, size_t len,
                      size_t offset, int torn, const char *reason) {
  JournalDamage *grown = realloc(jr->damaged, (size_t)(jr->n_damaged + 1) * sizeof *grown);
  if (!grown) {
    return -1;
  }
  jr->damaged = grown;
  JournalDamage *d = &jr->damaged[jr->n_damaged];
  memset(d, 0, sizeof *d);
  d->bytes = malloc(len + 1);
  if (!d->bytes) {
    return -1;
  }
  memcpy(d->bytes, bytes, len);
  d->bytes[len] = '\0';
  d->len = len;
  d->line = line;
  d->offset = (long long)offset;
  d->torn = torn;
  snprintf(d->reason, sizeof d->reason, "%s%s", torn ? "torn, the last write was cut short: " : "", reason);
  jr->n_damaged++;
  if (warn) {
    diag_add(warn, DIAG_WARNING, path, line, "damaged record skipped (kept in the file): %s", d->reason);
  }
  return 0;
}

static int add_attempt(JournalRead *jr, int *cap, Attempt *a) {
  if (jr->n == *cap) {
    int grown_cap = *cap ? *cap * 2 : 64;
    Attempt *grown = realloc(jr->attempts, (size_t)grown_cap * sizeof *grown);
    if (!grown) {
      return -1;
    }
    jr->attempts = grown;
    *cap = grown_cap;
  }
  jr->attempts[jr->n++] = *a;
  return 0;
}

static int blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') {
      return 0;
    }
  }
  return 1;
}

/* One line of the journal: a record, a damaged line, or blank (ignored). */
static int take_line(JournalRead *jr, int *cap, const char *path, Diag *warn, int number, const char *s, size_t len,
                     size_t offset, int torn) {
  if (blank(s, len)) {
    return 0;
  }
  char reason[160];
  Attempt a;
  if (len > JOURNAL_MAX_LINE) {
    snprintf(reason, sizeof reason, "longer than %d bytes", JOURNAL_MAX_LINE);
  } else if (attempt_parse(s, len, &a, reason, sizeof reason) == 0) {
    if (add_attempt(jr, cap, &a) == 0) {
      return 0;
    }
    attempt_clear(&a);
    return -1;
  }
  return add_damage(jr, path, warn, number, s, len, offset, torn, reason);
}

int journal_read(const char *dir, JournalRead *out, Diag *warn, char *err, size_t errlen) {
  memset(out, 0, sizeof *out);
  char path[PATH_MAX];
  if (journal_path(dir, path, sizeof path) != 0) {
    return fail(err, errlen, "%s: the folder name is too long", dir);
  }
  char *buf;
  size_t len;
  if (slurp(path, &buf, &len, err, errlen) != 0) {
    return -1;
  }
  int cap = 0, number = 1;
  for (size_t at = 0; at < len; number++) {
    const char *nl = memchr(buf + at, '\n', len - at);
    size_t line_len = nl ? (size_t)(nl - (buf + at)) : len - at;
    if (take_line(out, &cap, path, warn, number, buf + at, line_len, at, nl == NULL) != 0) {
      free(buf);
      journal_read_free(out);
      return fail(err, errlen, "%s: out of memory reading the journal", path);
    }
    at += line_len + (nl ? 1 : 0);
  }
  free(buf);
  return 0;
}

void journal_read_free(JournalRead *jr) {
  for (int i = 0; i < jr->n; i++) {
    attempt_clear(&jr->attempts[i]);
  }
  for (int i = 0; i < jr->n_damaged; i++) {
    free(jr->damaged[i].bytes);
  }
  free(jr->attempts);
  free(jr->damaged);
  memset(jr, 0, sizeof *jr);
}
