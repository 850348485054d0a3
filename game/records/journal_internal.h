/* journal_internal.h — what the journal's files share among themselves:
   locking, folders and durable writes. Not for callers of journal.h. */
#ifndef TS_JOURNAL_INTERNAL_H
#define TS_JOURNAL_INTERNAL_H

#include <stddef.h>

/* Opens 'path' (with open(2) 'flags', mode 0600 on creation) and takes the
   flock 'lock', again if the file was replaced while waiting. The fd, or -1
   with errno set. */
int journal_open_locked(const char *path, int flags, int lock);
/* Everything left in 'fd', malloc'd (the caller frees it); -1 with errno. */
int journal_read_fd(int fd, char **out, size_t *out_len);
/* fsync of a folder, so that a new or renamed name in it survives a power
   cut; -1 with errno. */
int journal_fsync_dir(const char *dir);
/* The folder part of 'path' ("." when there is none). */
void journal_parent_of(const char *path, char *out, size_t cap);

#endif
