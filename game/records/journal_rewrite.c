/* journal_rewrite.c — whole-file replacements that are atomic: exports, the
   damage report, and erasing a trainee from the journal. A reader sees the
   old file or the new one, never a mix, whatever happens in between. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "journal.h"
#include "journal_internal.h"
#include "records_internal.h"

/* Not the journal's seam: a short write here only loses the temporary file. */
int journal_write_all(int fd, const char *data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      if (n == 0) {
        errno = ENOSPC;
      }
      return -1;
    }
    data += n;
    len -= (size_t)n;
  }
  return 0;
}

/* mkstemp made the file 0600, so that mode needs no chmod: and a FAT USB
   stick, where exports go, refuses a chmod that changes the read bits
   (EPERM), which must not make the export fail. Another mode is set where
   the file system has modes at all. */
static int set_mode(int fd, mode_t mode) {
  if (mode == 0600 || fchmod(fd, mode) == 0 || errno == EPERM || errno == ENOTSUP) {
    return 0;
  }
  return -1;
}

/* journal_write_atomic, telling in *replaced whether 'path' holds the new
   bytes: a folder that cannot be flushed after the rename is an error, yet
   the file was replaced, and erasing must not say that nothing was erased. */
static int write_atomic(const char *path, const char *data, size_t len, mode_t mode, int *replaced, char *err,
                        size_t errlen) {
  char dir[PATH_MAX], tmp[PATH_MAX];
  *replaced = 0;
  journal_parent_of(path, dir, sizeof dir);
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  if (snprintf(tmp, sizeof tmp, "%s/.%s.XXXXXX", dir, base) >= (int)sizeof tmp) {
    return rec_fail(err, errlen, "%s: the file name is too long", path);
  }
  int fd = mkstemp(tmp);
  if (fd < 0) {
    return rec_fail(err, errlen, "%s: cannot create a temporary file in %s: %s", path, dir, strerror(errno));
  }
  if (set_mode(fd, mode) != 0 || journal_write_all(fd, data, len) != 0 || fsync(fd) != 0) {
    int saved = errno;
    close(fd);
    unlink(tmp);
    return rec_fail(err, errlen, "%s: cannot write: %s", path, strerror(saved));
  }
  if (close(fd) != 0 || rename(tmp, path) != 0) {
    int saved = errno;
    unlink(tmp);
    return rec_fail(err, errlen, "%s: cannot replace the file: %s", path, strerror(saved));
  }
  *replaced = 1;
  if (journal_fsync_dir(dir) != 0) {
    return rec_fail(err, errlen, "%s: written, but the folder could not be flushed to disk: %s", path, strerror(errno));
  }
  return 0;
}

int journal_write_atomic(const char *path, const char *data, size_t len, mode_t mode, char *err, size_t errlen) {
  int replaced;
  return write_atomic(path, data, len, mode, &replaced, err, errlen);
}

/* --- the damage report --------------------------------------------------------- */

/* Control bytes (a NUL, a stray escape) as \xNN, so the report stays
   readable text; the exact bytes are still in the journal. */
static void put_escaped(FILE *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
      fprintf(out, "\\x%02X", c);
    } else {
      fputc(c, out);
    }
  }
}

int journal_report_damage(const char *dir, const JournalRead *jr, char *err, size_t errlen) {
  if (jr->n_damaged == 0) {
    return 0;
  }
  char path[PATH_MAX];
  if (snprintf(path, sizeof path, "%s/%s", dir, JOURNAL_DAMAGED_FILE) >= (int)sizeof path) {
    return rec_fail(err, errlen, "%s: the folder name is too long", dir);
  }
  /* a memory stream grows with the folder's name and the lines; sizing a
     buffer by hand got both wrong once */
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  if (!out) {
    return rec_fail(err, errlen, "%s: cannot write the report: out of memory", path);
  }
  fprintf(out,
          "# Damaged lines of %s/%s, copied for inspection. They stay in the journal\n"
          "# untouched; this file is rewritten each time the journal is read with damage.\n",
          dir, JOURNAL_FILE);
  for (int i = 0; i < jr->n_damaged; i++) {
    const JournalDamage *d = &jr->damaged[i];
    fprintf(out, "\n# line %d, byte %lld: %s\n", d->line, d->offset, d->reason);
    put_escaped(out, d->bytes, d->len);
    fputc('\n', out);
  }
  int broken = ferror(out);
  if (fclose(out) != 0 || broken) {
    free(text);
    return rec_fail(err, errlen, "%s: cannot write the report: out of memory", path);
  }
  int rc = journal_write_atomic(path, text, len, 0600, err, errlen);
  free(text);
  return rc;
}

/* --- erasing a trainee ---------------------------------------------------------- */

/* 1 if the line (without '\n') is a valid record of 'trainee'. */
static int is_trainees_record(const char *line, size_t len, const char *trainee) {
  Attempt a;
  char reason[160];
  if (len == 0 || len > JOURNAL_MAX_LINE || attempt_parse(line, len, &a, reason, sizeof reason) != 0) {
    return 0;
  }
  int mine = attempt_is_trainee(&a, trainee);
  attempt_clear(&a);
  return mine;
}

/* Copies every line of 'buf' but the trainee's into 'out' (as long as buf). */
static size_t keep_others(const char *buf, size_t len, const char *trainee, char *out, int *erased) {
  size_t kept = 0;
  *erased = 0;
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(buf + at, '\n', len - at);
    size_t line_len = nl ? (size_t)(nl - (buf + at)) : len - at;
    size_t with_nl = line_len + (nl ? 1 : 0);
    if (is_trainees_record(buf + at, line_len, trainee)) {
      ++*erased;
    } else {
      memcpy(out + kept, buf + at, with_nl);
      kept += with_nl;
    }
    at += with_nl;
  }
  return kept;
}

int journal_erase(const char *dir, const char *trainee, int *erased, char *err, size_t errlen) {
  char path[PATH_MAX];
  *erased = 0;
  if (journal_path(dir, path, sizeof path) != 0) {
    return rec_fail(err, errlen, "%s: the folder name is too long", dir);
  }
  int fd = journal_open_locked(path, O_RDONLY, LOCK_EX);
  if (fd < 0) {
    return errno == ENOENT ? 0 : rec_fail(err, errlen, "%s: cannot open the journal: %s", path, strerror(errno));
  }
  char *buf = NULL, *kept = NULL;
  size_t len = 0;
  int rc = -1;
  if (journal_read_fd(fd, &buf, &len) != 0) {
    rec_fail(err, errlen, "%s: cannot read the journal: %s", path, strerror(errno));
    goto done;
  }
  kept = malloc(len + 1);
  if (!kept) {
    rec_fail(err, errlen, "%s: out of memory", path);
    goto done;
  }
  size_t kept_len = keep_others(buf, len, trainee, kept, erased);
  /* the lock stays held across the rename: no append can land in the old
     file after it was read, and waiting writers reopen the new one */
  int replaced = 0;
  rc = *erased == 0 ? 0 : write_atomic(path, kept, kept_len, 0600, &replaced, err, errlen);
  if (rc != 0 && !replaced) {
    *erased = 0;
  }
done:
  free(buf);
  free(kept);
  close(fd);
  return rc;
}
