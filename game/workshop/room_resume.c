/* room_resume.c — a session brought back from its log after the
   facilitator's process stopped: each event replayed through the room's
   own code (nothing sent, nothing logged, no records written twice). A
   damaged line stops the replay there; the file is copied aside and cut
   back to what was replayed before anything more is appended. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "journal.h"
#include "record.h"
#include "room_internal.h"

#define LOG_MAX_BYTES (64 << 20)

typedef struct LogFile {
  char path[PATH_MAX];
  char *data; /* owned */
  size_t len;
} LogFile;

static int read_log(LogFile *f, char *err, size_t errlen) {
  int fd = open(f->path, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) {
    snprintf(err, errlen, "%s: cannot open the session log: %s", f->path, strerror(errno));
    if (fd >= 0) {
      close(fd);
    }
    return -1;
  }
  f->data = st.st_size <= LOG_MAX_BYTES ? malloc((size_t)st.st_size + 1) : NULL;
  ssize_t n = 0;
  for (f->len = 0; f->data && f->len < (size_t)st.st_size; f->len += (size_t)n) {
    n = read(fd, f->data + f->len, (size_t)st.st_size - f->len);
    if (n <= 0 && !(n < 0 && errno == EINTR)) {
      break;
    }
    n = n < 0 ? 0 : n;
  }
  close(fd);
  if (!f->data || f->len != (size_t)st.st_size) {
    snprintf(err, errlen, "%s: cannot read the session log (%s)", f->path,
             f->data ? "a read error" : "larger than 64 MB, or out of memory");
    return -1;
  }
  return 0;
}

static const char *str_field(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static double num_field(const cJSON *o, const char *key, double dflt) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsNumber(v) ? v->valuedouble : dflt;
}

/* The first line: the room as it was made. Its version, code and session
   id are checked, not defaulted: a room made up afresh would listen under
   another code, or replay lines it reads differently. */
static Room *replay_session(const cJSON *ev, const char *sid, WsFindFn find, void *find_ctx, const RoomOpts *o,
                            const char *data_dir, char *err, size_t errlen) {
  const char *e = str_field(ev, "e"), *hash = str_field(ev, "hash"), *id = str_field(ev, "scenario");
  const char *pace = str_field(ev, "pace"), *lang = str_field(ev, "lang"), *code = str_field(ev, "code");
  const char *log_sid = str_field(ev, "sid");
  double v = num_field(ev, "v", 0);
  if (!e || strcmp(e, "session") != 0 || !hash || !id || !pace || !lang || !str_field(ev, "secret")) {
    snprintf(err, errlen, "the first line is not the session's");
    return NULL;
  }
  if (v != WS_VERSION) {
    snprintf(err, errlen, "the log is of version %.0f of the protocol; this facilitator reads version %d", v,
             WS_VERSION);
    return NULL;
  }
  if (!code || !log_sid || strcmp(log_sid, sid) != 0) {
    snprintf(err, errlen, "the first line has no %s", code ? "\"sid\" of this session" : "join \"code\"");
    return NULL;
  }
  const Scenario *s = find(find_ctx, id, strtoull(hash, NULL, 16));
  if (!s) {
    snprintf(err, errlen, "the scenario '%.100s' (version %.16s) is not here", id, hash);
    return NULL;
  }
  RoomOpts ro = *o;
  ro.pace = strcmp(pace, "own") == 0 ? WS_OWN_PACE : WS_TOGETHER;
  ro.lang = lang_from_code(lang) >= 0 ? lang_from_code(lang) : s->lang;
  ro.seed = (uint64_t)num_field(ev, "seed", 0);
  ro.data_dir = data_dir;
  ro.names_shown = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ev, "names"));
  ro.port = (int)num_field(ev, "port", 0); /* out of range: 0, not known */
  return room_make(s, &ro, code, log_sid, str_field(ev, "secret"), err, errlen);
}

static int replay_answer(Room *r, const char *line, size_t len, const cJSON *ev, char *err, size_t errlen) {
  WsMsg m;
  const char *pid = str_field(ev, "pid");
  int i = pid ? room_find_seat(r, pid) : -1;
  if (i < 0) {
    snprintf(err, errlen, "an answer from no seat that joined");
    return -1;
  }
  if (ws_parse(line, len, WS_FROM_PARTICIPANT, &m, err, errlen) != 0) {
    return -1;
  }
  int rc = m.t == WS_ANSWER ? room_accept_answer(r, i, &m.answer, err, errlen) : -1;
  if (m.t != WS_ANSWER) {
    snprintf(err, errlen, "an answer event that is no answer");
  }
  ws_msg_free(&m);
  return rc == 0 ? 0 : -1;
}

static int replay_join(Room *r, const cJSON *ev, char *err, size_t errlen) {
  const char *pid = str_field(ev, "pid"), *attempt = str_field(ev, "attempt"), *name = str_field(ev, "name");
  if (!pid || !attempt || !name || !attempt_is_uuid(pid) || !attempt_is_uuid(attempt) ||
      ws_name_check(name, err, errlen) != 0 || room_find_seat(r, pid) >= 0) {
    snprintf(err, errlen, "a join without a new pid, an attempt id and a name");
    return -1;
  }
  /* a log written before seats had their own timer holds none: factor 1 */
  double factor = num_field(ev, "time_factor", 1);
  if (factor != floor(factor) || factor < 0 || factor > WS_MAX_TIME_FACTOR) {
    snprintf(err, errlen, "a join whose \"time_factor\" is not an integer from 0 to %d", WS_MAX_TIME_FACTOR);
    return -1;
  }
  if (!room_new_seat(r, pid, attempt, name, (int)factor, (int64_t)num_field(ev, "joined", 0))) {
    snprintf(err, errlen, "out of memory");
    return -1;
  }
  return 0;
}

static int replay_continue(Room *r, const cJSON *ev, char *err, size_t errlen) {
  if (num_field(ev, "seq", 0) != r->seq || room_set_branch(r, (int)num_field(ev, "room", 0)) != 0 ||
      room_continue(r, 0) != 0) {
    snprintf(err, errlen, "a continue that does not fit: %.400s", r->error);
    return -1;
  }
  return 0;
}

static int replay_event(Room *r, const char *line, size_t len, char *err, size_t errlen) {
  cJSON *ev = cJSON_ParseWithLength(line, len);
  const char *e = ev ? str_field(ev, "e") : NULL, *pid = ev ? str_field(ev, "pid") : NULL;
  int rc = -1, seat = pid ? room_find_seat(r, pid) : -1;
  snprintf(err, errlen, "not an event of the session log");
  if (!e) {
  } else if (strcmp(e, "join") == 0) {
    rc = replay_join(r, ev, err, errlen);
  } else if (strcmp(e, "answer") == 0) {
    rc = replay_answer(r, line, len, ev, err, errlen);
  } else if (strcmp(e, "done") == 0) {
    rc = seat >= 0 ? room_accept_done(r, seat, err, errlen) : -1;
  } else if (strcmp(e, "start") == 0) {
    rc = room_start(r, 0);
  } else if (strcmp(e, "close") == 0) {
    rc = room_close(r, 0);
  } else if (strcmp(e, "continue") == 0) {
    rc = replay_continue(r, ev, err, errlen);
  } else if (strcmp(e, "end") == 0) { /* the story's end may have ended it already */
    rc = r->stage == ROOM_ENDED ? 0 : room_end(r, 0);
    r->log_ended = rc == 0;
  }
  if (rc != 0 && r->error[0] && strcmp(err, "not an event of the session log") == 0) {
    snprintf(err, errlen, "%s", r->error);
  }
  cJSON_Delete(ev);
  return rc;
}

/* Keeps the damaged log beside it and cuts the log back to 'keep' bytes. */
static int set_aside(const LogFile *f, size_t keep, char *err, size_t errlen) {
  char aside[PATH_MAX + 16];
  snprintf(aside, sizeof aside, "%s.damaged", f->path);
  if (journal_write_atomic(aside, f->data, f->len, 0600, err, errlen) != 0) {
    return -1;
  }
  if (truncate(f->path, (off_t)keep) != 0) {
    snprintf(err, errlen, "%s: cannot cut the damaged log back: %s", f->path, strerror(errno));
    return -1;
  }
  return 0;
}

/* Every line after the first, until one does not replay. */
static int replay_lines(Room *r, LogFile *f, size_t from, int *line_no, char *warn, size_t warnlen, char *err,
                        size_t errlen) {
  size_t at = from;
  while (at < f->len) {
    const char *nl = memchr(f->data + at, '\n', f->len - at);
    char why[512];
    (*line_no)++;
    if (!nl) {
      snprintf(why, sizeof why, "the last line was cut short");
    } else if (replay_event(r, f->data + at, (size_t)(nl - f->data - at), why, sizeof why) == 0) {
      at = (size_t)(nl - f->data) + 1;
      continue;
    }
    snprintf(warn, warnlen, "%s:%d: %s; the session resumes from the line before", f->path, *line_no, why);
    return set_aside(f, at, err, errlen);
  }
  return 0;
}

Room *room_resume(const char *data_dir, const char *sid, WsFindFn find, void *find_ctx, const RoomOpts *o,
                  char *warn, size_t warnlen, char *err, size_t errlen) {
  LogFile f = {.data = NULL};
  warn[0] = err[0] = '\0';
  if (!attempt_is_uuid(sid) || snprintf(f.path, sizeof f.path, "%s/workshops/%s.jsonl", data_dir, sid) >= PATH_MAX) {
    snprintf(err, errlen, "'%.40s' is not a session id", sid);
    return NULL;
  }
  if (read_log(&f, err, errlen) != 0) {
    free(f.data);
    return NULL;
  }
  const char *nl = memchr(f.data, '\n', f.len);
  cJSON *first = nl ? cJSON_ParseWithLength(f.data, (size_t)(nl - f.data)) : NULL;
  char why[512] = "not the session's first line";
  Room *r = first ? replay_session(first, sid, find, find_ctx, o, data_dir, why, sizeof why) : NULL;
  cJSON_Delete(first);
  int line_no = 1;
  if (!r) {
    snprintf(err, errlen, "%s:1: %s", f.path, why);
  }
  if (r) {
    r->replaying = 1;
    int rc = replay_lines(r, &f, (size_t)(nl - f.data) + 1, &line_no, warn, warnlen, err, errlen);
    r->replaying = 0;
    r->log_fd = rc == 0 ? open(f.path, O_WRONLY | O_APPEND | O_CLOEXEC) : -1;
    if (rc == 0 && r->log_fd >= 0 && r->stage == ROOM_ENDED && !r->log_ended) {
      /* the story ended on a continue, and the process stopped before the
         log's end: the records may be missing (room_end writes them before
         its line), so those not in the journal are written now */
      room_write_records(r);
      roomlog_event(r, "end");
    }
    if (rc != 0 || r->log_fd < 0) {
      if (rc == 0) {
        snprintf(err, errlen, "%s: cannot append to the session log: %s", f.path, strerror(errno));
      }
      room_free(r);
      r = NULL;
    }
  }
  free(f.data);
  return r;
}
