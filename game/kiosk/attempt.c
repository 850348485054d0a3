/* attempt.c — where a finished or abandoned attempt leaves the kiosk. The
   trainee records (journal, exports) connect here. Until then, as a testing
   aid, a finished attempt's result is appended as one line of JSON to the
   file named by $THICKSKIN_RESULT_LOG, when that is set. */
#include <stdio.h>
#include <stdlib.h>

#include "kiosk.h"
#include "result.h"

void kiosk_attempt_done(const Run *r, const ScoreCard *card, const char *trainee, int lang, int finished) {
  (void)trainee; /* the records will keep it; the test log does not */
  const char *path = getenv("THICKSKIN_RESULT_LOG");
  if (!finished || !path || !*path) {
    return;
  }
  cJSON *json = result_to_json(r, card, lang);
  char *line = json ? cJSON_PrintUnformatted(json) : NULL;
  FILE *f = line ? fopen(path, "a") : NULL;
  if (!f) {
    fprintf(stderr, "thickskin: cannot append the result to %s\n", path);
  } else {
    fprintf(f, "%s\n", line);
    if (fclose(f) != 0) {
      fprintf(stderr, "thickskin: cannot write the result to %s\n", path);
    }
  }
  cJSON_free(line);
  cJSON_Delete(json);
}
