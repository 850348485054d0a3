/* xapi.h — attempts as xAPI 1.0.3 statements, for a learning record store:
   one statement per attempt (completed, passed, failed or terminated) and
   one per decision (answered), with stable activity ids and statement ids
   derived from the attempt, so exporting twice gives the same statements
   and a store can drop the duplicates. See docs/records.md. */
#ifndef TS_XAPI_H
#define TS_XAPI_H

#include <stddef.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "record.h"

#define XAPI_BASE "https://thickskin.example/xapi"
#define XAPI_HOME_PAGE "https://thickskin.example/kiosk"

typedef struct XapiOptions {
  const char *base;      /* IRI prefix of activities and extensions; NULL: XAPI_BASE */
  const char *home_page; /* the actor's account homePage; NULL: XAPI_HOME_PAGE */
} XapiOptions;

/* The statements of one attempt: the attempt's first, then one per decision,
   as a new cJSON array (cJSON_Delete it), or NULL when out of memory. 'o'
   may be NULL for the defaults. */
cJSON *xapi_statements(const Attempt *a, const XapiOptions *o);

/* Every statement of every attempt as one JSON array (what a store's
   statements resource takes), malloc'd text the caller frees with free(),
   or NULL when out of memory. */
char *xapi_export(const Attempt *a, int n, const XapiOptions *o);

/* Milliseconds as an ISO 8601 duration to the hundredth of a second, as
   xAPI asks: 64500 -> "PT1M4.5S", 0 -> "PT0S", 3723000 -> "PT1H2M3S". */
void xapi_duration(int64_t ms, char *out, size_t cap);

/* The id of statement 'index' of an attempt (0: the attempt, k: its k-th
   decision): a UUID (version 8, RFC 9562) made from two mixed 64-bit
   FNV-1a hashes of "<attempt id>/<index>", so it is the same at every export. */
void xapi_statement_id(const char *attempt_id, int index, char out[37]);

#endif
