/* result.h — a play's result as JSON (cJSON), in one language */
#ifndef TS_RESULT_H
#define TS_RESULT_H

#include <cjson/cJSON.h>

#include "run.h"
#include "score.h"

/* A new cJSON tree (the caller frees it with cJSON_Delete), or NULL when
   out of memory. 'card' is score_compute over the run's records. Choice
   numbers are 1-based in listed order; 0 means silence. */
cJSON *result_to_json(const Run *r, const ScoreCard *card, int lang);

/* result_case.c: the 'case' object result_to_json adds for a case study
   (NULL for an ordinary scenario or when out of memory; the caller owns it). */
cJSON *result_case_json(const Run *r, int lang);
/* When the organisation really acted at a turning point, in ms since the
   case's start, and how precisely that is known: the reveal's stamp, or -1
   when the reveal has none (the real time is not known; the turning
   point's stamp is the writer's moment for the decision, not the answer). */
int64_t result_real_stamp(const Decision *d, CivilPrecision *precision);
/* When the trainee's reply at a turning point went out on the story's clock:
   the moment of answering plus the reply's own cost ("wait for Monday"), so
   a trainee who makes the organisation's choice lands at its time. */
int64_t result_reply_stamp(const Decision *d, const DecisionRecord *rec);
/* "exact", "approximate" or "date" (a date-only stamp). */
const char *result_precision_name(CivilPrecision precision);

#endif
