/* journal.h — the append-only journal of attempts: one JSON line per attempt
   in DIR/attempts.jsonl. Appends are one write() under an exclusive flock,
   then fsync, so a crash loses at most the attempt being written and two
   processes never interleave; a failed write is cut back so that nothing
   saved before is damaged. Reading skips damaged lines with a warning and
   never rewrites them. See docs/records.md. */
#ifndef TS_JOURNAL_H
#define TS_JOURNAL_H

#include <stddef.h>
#include <sys/types.h>

#include "diag.h"
#include "record.h"

#define JOURNAL_FILE "attempts.jsonl"
#define JOURNAL_DAMAGED_FILE "attempts.damaged.txt"
#define JOURNAL_MAX_LINE (1 << 20) /* longer lines are damaged, not records */
#define JOURNAL_MAX_DAMAGED 1000   /* damaged lines listed; the rest are counted */

/* A line of the journal that is not a record: kept in the file, reported. */
typedef struct JournalDamage {
  int line;         /* 1-based line number */
  long long offset; /* byte offset of the line in the file */
  char reason[224];
  char *bytes; /* owned copy of the line, without its '\n' (its first
                  4096 bytes when longer than JOURNAL_MAX_LINE) */
  size_t len;
  int torn; /* the last line, with no '\n': a write was cut short */
} JournalDamage;

typedef struct JournalRead {
  Attempt *attempts; /* owned, in file order */
  int n;
  JournalDamage *damaged; /* owned */
  int n_damaged;
} JournalRead;

/* The default records folder: $XDG_DATA_HOME/thickskin, else
   ~/.local/share/thickskin (HOME from the environment, else the password
   database). malloc'd; NULL when there is no home to be found, or the
   path would be longer than PATH_MAX. */
char *journal_default_dir(void);
/* DIR/attempts.jsonl into 'out' (cap bytes); -1 if it does not fit. */
int journal_path(const char *dir, char *out, size_t cap);

/* Appends one attempt, creating the folder (mode 0700) and the file (0600)
   if needed. Returns 0, or -1 with a message in 'err' naming the file and the
   system's reason ("…/attempts.jsonl: cannot save the attempt: No space
   left on device"); on -1 the journal is as it was before the call. */
int journal_append(const char *dir, const Attempt *a, char *err, size_t errlen);

/* Reads every record of DIR's journal. A missing folder or file is an empty
   journal. Each damaged line is skipped and kept in out->damaged, with a
   warning "file:line: …" added to 'warn' (may be NULL); past the first
   JOURNAL_MAX_DAMAGED, damaged lines are only counted, in one last warning.
   Returns 0, or -1 with a message in 'err' when the file cannot be read at
   all. */
int journal_read(const char *dir, JournalRead *out, Diag *warn, char *err, size_t errlen);
void journal_read_free(JournalRead *jr);

/* Writes the damaged lines of 'jr' to DIR/attempts.damaged.txt for the admin
   (each as "# line N, byte B: reason" then the line itself, control bytes
   shown as \xNN), replacing an
   earlier report atomically. Nothing to report removes nothing. Returns 0
   or -1 with 'err'. */
int journal_report_damage(const char *dir, const JournalRead *jr, char *err, size_t errlen);

/* Removes every record of 'trainee' (as attempt_is_trainee matches) by
   rewriting the journal atomically under the lock: a temporary file in the
   folder, fsync, rename, fsync of the folder. Every other line, damaged
   ones included, is kept byte for byte. '*erased' gets the number of records
   removed (0 leaves the file untouched). Returns 0 or -1 with 'err'; on -1
   '*erased' is 0 unless the journal was replaced but its folder could not
   be flushed to disk afterwards. */
int journal_erase(const char *dir, const char *trainee, int *erased, char *err, size_t errlen);

/* mkdir -p with mode 0700, each new folder made durable in its parent;
   -1 with a message in 'err'. (Also the workshops' session logs' folder.) */
int journal_make_dirs(const char *dir, char *err, size_t errlen);
/* All of 'data' through write(2), again after EINTR and short writes; -1
   with errno (ENOSPC when the disk takes no more). Not the journal's test
   seam (journal_set_write_fn): that one stands for the journal's appends. */
int journal_write_all(int fd, const char *data, size_t len);
/* Writes 'len' bytes to 'path' atomically: a temporary file in the same
   folder, fsync, rename over 'path', fsync of the folder. For exports and
   reports; 'mode' as for open(2). Returns 0 or -1 with 'err'. */
int journal_write_atomic(const char *path, const char *data, size_t len, mode_t mode, char *err, size_t errlen);

/* Test seam: the write(2) the journal calls, so that tests can make a disk
   fill up or fail. NULL restores write(2). */
typedef ssize_t (*JournalWriteFn)(int fd, const void *buf, size_t len);
void journal_set_write_fn(JournalWriteFn fn);

#endif
