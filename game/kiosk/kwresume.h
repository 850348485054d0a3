/* kwresume.h — a workshop the kiosk's facilitator did not end (the
   machine restarted, the program crashed): found among the session logs
   of the data folder (DATA/workshops/SID.jsonl without an `end` line) so
   the set-up can offer to resume it. No SDL. */
#ifndef TS_KWRESUME_H
#define TS_KWRESUME_H

#include <stdint.h>

#include "wsproto.h"

#define KW_RESUME_MAX_LOGS 64                /* logs looked at, at most */
#define KW_RESUME_MAX_BYTES (4 * 1024 * 1024) /* a bigger log is not offered */

typedef struct KwResumable {
  char sid[WS_UUID_LEN + 1];
  char scenario[128];      /* the scenario's id, as the log names it */
  WsPace pace;
  int64_t started_unix_ms; /* the first join's time, else the log's last change */
  int participants;        /* seats that joined */
  int others;              /* further unfinished sessions, not offered */
} KwResumable;

/* Looks through DATA/workshops/ for the most recent log (by its last
   change) with no `end`, whose first line is a readable `session` event.
   Returns 1 with 'out' filled, 0 when there is none (no folder, none
   unfinished, only damaged ones). Never fails otherwise. */
int kw_resume_scan(const char *data_dir, KwResumable *out);

#endif
