/* roomlog.c — the session log, DATA/workshops/SID.jsonl (mode 0600): one
   JSON line per event (the session's parameters and secret, every join,
   every answer accepted, every close and continue, done, the end),
   appended with fsync like the journal, and the resume that replays it
   into the same room. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "journal.h"
#include "record.h"
#include "room_internal.h"

#define LOG_DIR "workshops"

static int log_path(const char *data_dir, const char *sid, const char *suffix, char *out, size_t cap) {
  return snprintf(out, cap, "%s/" LOG_DIR "/%s.jsonl%s", data_dir, sid, suffix) < (int)cap ? 0 : -1;
}

/* --- appending ---------------------------------------------------------- */

/* Writes one whole line or none: a write cut short (a full disk) is cut
   back off, or the next line would be glued to it and the resume would
   stop there, losing every event after it. */
static int append_line(int fd, const char *line, size_t len) {
  struct stat st;
  if (fstat(fd, &st) != 0) {
    return -1;
  }
  if (journal_write_all(fd, line, len) != 0) {
    int saved = errno;
    if (ftruncate(fd, st.st_size) != 0) {
      /* the part stays: the resume stops at it and sets the log aside */
    }
    errno = saved;
    return -1;
  }
  return 0;
}

/* Appends the event (consumed) as one line; then, when 'durable', fsync
   (or marks the log for room_sync). A failure is reported and the session
   goes on: the log only serves a resume. */
static void append_event(Room *r, cJSON *ev, int durable) {
  if (r->replaying || r->log_fd < 0) {
    cJSON_Delete(ev);
    return;
  }
  char *text = ev ? cJSON_PrintUnformatted(ev) : NULL;
  cJSON_Delete(ev);
  size_t n = text ? strlen(text) : 0;
  char *line = text ? realloc(text, n + 2) : NULL;
  if (line) {
    line[n] = '\n';
    line[n + 1] = '\0';
  }
  errno = 0;
  if (!line || append_line(r->log_fd, line, n + 1) != 0 || (durable && !r->batch_sync && fsync(r->log_fd) != 0)) {
    fprintf(stderr, "workshop: %s/" LOG_DIR "/%s.jsonl: cannot append to the session log: %s\n", r->data_dir,
            r->sid, !line ? "out of memory" : errno ? strerror(errno) : "the disk took no more");
  }
  free(line ? line : text);
  r->log_dirty |= durable && r->batch_sync;
}

static void append(Room *r, cJSON *ev) {
  append_event(r, ev, 1);
}

int room_sync(Room *r) {
  if (!r->log_dirty || r->log_fd < 0) {
    return 0;
  }
  r->log_dirty = 0;
  if (fsync(r->log_fd) != 0) {
    fprintf(stderr, "workshop: %s/" LOG_DIR "/%s.jsonl: cannot flush the session log: %s\n", r->data_dir, r->sid,
            strerror(errno));
    return -1;
  }
  return 0;
}

static cJSON *event(const char *name) {
  cJSON *ev = cJSON_CreateObject();
  if (ev && !cJSON_AddStringToObject(ev, "e", name)) {
    cJSON_Delete(ev);
    return NULL;
  }
  return ev;
}

void roomlog_event(Room *r, const char *name) {
  append(r, event(name));
}

void roomlog_join(Room *r, const RSeat *seat) {
  cJSON *ev = event("join");
  if (ev && !(cJSON_AddStringToObject(ev, "pid", seat->pid) && cJSON_AddStringToObject(ev, "attempt", seat->attempt) &&
              cJSON_AddStringToObject(ev, "name", seat->name) &&
              cJSON_AddNumberToObject(ev, "time_factor", seat->time_factor) &&
              cJSON_AddNumberToObject(ev, "joined", (double)seat->joined_unix_ms))) {
    cJSON_Delete(ev);
    ev = NULL;
  }
  append(r, ev);
}

/* The answer as its wire message plus the seat's pid, so the resume reads
   it back with the protocol's own checks. */
void roomlog_answer(Room *r, const RSeat *seat, const WsAnswer *a) {
  char *line = ws_build_answer(a);
  cJSON *ev = line ? cJSON_Parse(line) : NULL;
  free(line);
  if (ev && !(cJSON_AddStringToObject(ev, "e", "answer") && cJSON_AddStringToObject(ev, "pid", seat->pid))) {
    cJSON_Delete(ev);
    ev = NULL;
  }
  /* An answer is written but not waited for: the next structural event's
     fsync (a close, a continue, a join, the end) takes it to the disk with
     it, and until then a participant holds every answer too and sends it
     again after a resume whose welcome does not list it. So an answer's
     count reaches the room without waiting for the disk. */
  append_event(r, ev, 0);
}

void roomlog_done(Room *r, const RSeat *seat) {
  cJSON *ev = event("done");
  if (ev && !cJSON_AddStringToObject(ev, "pid", seat->pid)) {
    cJSON_Delete(ev);
    ev = NULL;
  }
  append(r, ev);
}

void roomlog_continue(Room *r, const WsStep *step) {
  cJSON *ev = event("continue");
  if (ev && !(cJSON_AddNumberToObject(ev, "seq", step->seq) && cJSON_AddNumberToObject(ev, "room", step->room) &&
              cJSON_AddNumberToObject(ev, "ms", (double)step->ms))) {
    cJSON_Delete(ev);
    ev = NULL;
  }
  append(r, ev);
}

static cJSON *session_event(const Room *r) {
  cJSON *ev = event("session");
  char hash[17];
  snprintf(hash, sizeof hash, "%016llx", (unsigned long long)r->s->hash);
  if (ev && !(cJSON_AddNumberToObject(ev, "v", WS_VERSION) && cJSON_AddStringToObject(ev, "sid", r->sid) &&
              cJSON_AddStringToObject(ev, "secret", r->secret) && cJSON_AddStringToObject(ev, "code", r->code) &&
              cJSON_AddStringToObject(ev, "scenario", r->s->id) && cJSON_AddStringToObject(ev, "hash", hash) &&
              cJSON_AddNumberToObject(ev, "seed", (double)r->seed) &&
              cJSON_AddStringToObject(ev, "pace", ws_pace_names[r->pace]) &&
              cJSON_AddStringToObject(ev, "lang", lang_code(r->lang)) &&
              cJSON_AddBoolToObject(ev, "names", r->names_shown) &&
              (r->port == 0 || cJSON_AddNumberToObject(ev, "port", r->port)))) {
    cJSON_Delete(ev);
    return NULL;
  }
  return ev;
}

int roomlog_create(Room *r, char *err, size_t errlen) {
  char dir[PATH_MAX], path[PATH_MAX];
  if (snprintf(dir, sizeof dir, "%s/" LOG_DIR, r->data_dir) >= (int)sizeof dir ||
      log_path(r->data_dir, r->sid, "", path, sizeof path) != 0) {
    snprintf(err, errlen, "%s: the folder name is too long", r->data_dir);
    return -1;
  }
  if (journal_make_dirs(dir, err, errlen) != 0) {
    return -1;
  }
  r->log_fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0600);
  if (r->log_fd < 0) {
    snprintf(err, errlen, "%s: cannot create the session log: %s", path, strerror(errno));
    return -1;
  }
  append(r, session_event(r));
  return 0;
}
