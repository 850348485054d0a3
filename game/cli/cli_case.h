/* cli_case.h — the case-study parts of the terminal transcript */
#ifndef TS_CLI_CASE_H
#define TS_CLI_CASE_H

#include <stdint.h>

#include "run.h"

/* "(A case study: Organisation, period. Times are TZ.)" under the title. */
void cli_case_intro(const Scenario *s, int lang);
/* "[2014-01-30 18:05]" ("[2014-01-30 ~18:05]" or "[2014-01-30]" for a
   post whose stamp is approximate or date-only), and the "what might have
   happened" mark in an alternative beat, in place of the [00h05] clock. */
void cli_case_clock(const Scenario *s, const RunEvent *e);
/* Under a post: its original wording, its sources, an uncertainty note. */
void cli_case_post_notes(const Scenario *s, const Post *p, int lang);
/* Under a turning point's prompt: its uncertainty note. */
void cli_case_prompt_notes(const Scenario *s, const Decision *d, int lang);
/* After a reply (choice >= 0) or silence (-1): what the organisation did. */
void cli_case_reveal(const Scenario *s, const Beat *b, int choice, int lang);
/* At the end: how it ended in reality, the lessons, the sources. */
void cli_case_debrief(const Run *r, int lang);

#endif
