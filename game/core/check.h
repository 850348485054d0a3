/* check.h — validates scenario files: the schema (at load), the content
   (flat decisions, unreachable beats), and every path through the story */
#ifndef TS_CHECK_H
#define TS_CHECK_H

#include <stdio.h>

#include "sandbox.h"

typedef struct CheckOpts {
  long cap; /* complete paths explored per scenario; 0 = default */
  SandboxLimits limits;
} CheckOpts;

/* Checks one file and prints its diagnostics and summary to 'out'.
   Returns the number of errors (0 = the file is fit to play). */
int check_file(const char *path, const CheckOpts *o, FILE *out);

#endif
