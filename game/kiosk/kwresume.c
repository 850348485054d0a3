/* kwresume.c — the scan for an unfinished workshop (kwresume.h): each
   session log's first line (the `session` event), its `join` lines and
   whether it has an `end`, with bounded work: at most KW_RESUME_MAX_LOGS
   logs, each read whole only when under KW_RESUME_MAX_BYTES. */
#define _POSIX_C_SOURCE 200809L
#include "kwresume.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cJSON.h"

/* The log's text, NUL-terminated (caller frees), or NULL when it cannot be
   read or is too big. */
static char *read_log(const char *path, const struct stat *st) {
  if (!S_ISREG(st->st_mode) || st->st_size <= 0 || st->st_size > KW_RESUME_MAX_BYTES) {
    return NULL;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    return NULL;
  }
  char *text = malloc((size_t)st->st_size + 1);
  size_t n = text ? fread(text, 1, (size_t)st->st_size, f) : 0;
  fclose(f);
  if (text) {
    text[n] = '\0';
  }
  return text;
}

/* The first line's session event into 'out'; 0, or -1 when it is not one. */
static int read_session(char *first, KwResumable *out) {
  cJSON *ev = cJSON_Parse(first);
  const cJSON *e = cJSON_GetObjectItemCaseSensitive(ev, "e");
  const cJSON *id = cJSON_GetObjectItemCaseSensitive(ev, "scenario");
  const cJSON *pace = cJSON_GetObjectItemCaseSensitive(ev, "pace");
  const cJSON *sid = cJSON_GetObjectItemCaseSensitive(ev, "sid");
  int rc = -1;
  if (cJSON_IsString(e) && strcmp(e->valuestring, "session") == 0 && cJSON_IsString(id) && cJSON_IsString(pace) &&
      cJSON_IsString(sid) && strlen(sid->valuestring) == WS_UUID_LEN && strlen(id->valuestring) < sizeof out->scenario) {
    for (int p = 0; ws_pace_names[p]; p++) {
      if (strcmp(ws_pace_names[p], pace->valuestring) == 0) {
        out->pace = (WsPace)p;
        rc = 0;
      }
    }
    snprintf(out->sid, sizeof out->sid, "%s", sid->valuestring);
    snprintf(out->scenario, sizeof out->scenario, "%s", id->valuestring);
  }
  cJSON_Delete(ev);
  return rc;
}

/* One log: 1 if it is an unfinished session (filled in 'out'), else 0. */
static int look_at(const char *path, const struct stat *st, KwResumable *out) {
  char *text = read_log(path, st);
  if (!text) {
    return 0;
  }
  char *line = text, *nl = strchr(line, '\n');
  if (nl) {
    *nl = '\0';
  }
  memset(out, 0, sizeof *out);
  int ok = read_session(line, out) == 0;
  out->started_unix_ms = (int64_t)st->st_mtime * 1000;
  for (line = nl ? nl + 1 : NULL; ok && line && *line; line = nl ? nl + 1 : NULL) {
    nl = strchr(line, '\n');
    if (nl) {
      *nl = '\0';
    }
    if (strncmp(line, "{\"e\":\"end\"", 10) == 0) {
      ok = 0; /* ended: nothing to resume */
    } else if (strncmp(line, "{\"e\":\"join\"", 11) == 0) {
      cJSON *ev = cJSON_Parse(line);
      const cJSON *at = cJSON_GetObjectItemCaseSensitive(ev, "joined");
      if (out->participants++ == 0 && cJSON_IsNumber(at) && at->valuedouble > 0) {
        out->started_unix_ms = (int64_t)at->valuedouble;
      }
      cJSON_Delete(ev);
    }
  }
  free(text);
  return ok;
}

int kw_resume_scan(const char *data_dir, KwResumable *out) {
  char dir[1024], path[1400];
  if (!data_dir || snprintf(dir, sizeof dir, "%s/workshops", data_dir) >= (int)sizeof dir) {
    return 0;
  }
  DIR *d = opendir(dir);
  if (!d) {
    return 0;
  }
  int found = 0, looked = 0;
  struct timespec newest = {0, 0};
  struct dirent *de;
  while ((de = readdir(d)) && looked < KW_RESUME_MAX_LOGS) {
    size_t n = strlen(de->d_name);
    struct stat st;
    KwResumable one;
    if (n < 7 || strcmp(de->d_name + n - 6, ".jsonl") != 0 ||
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name) >= (int)sizeof path || stat(path, &st) != 0) {
      continue;
    }
    looked++;
    if (!look_at(path, &st, &one)) {
      continue;
    }
    int newer = st.st_mtim.tv_sec > newest.tv_sec ||
                (st.st_mtim.tv_sec == newest.tv_sec && st.st_mtim.tv_nsec > newest.tv_nsec);
    if (found++ == 0 || newer) {
      int others = found - 1;
      *out = one;
      out->others = others;
      newest = st.st_mtim;
    } else {
      out->others++;
    }
  }
  closedir(d);
  return found > 0;
}
