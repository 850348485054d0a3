/* track.h — a track: an ordered list of scenarios with a pass mark per
   step (the onboarding path for a new hire), read from a JSON file and
   resolved against a scenario folder. Plain C and cJSON, no SDL. */
#ifndef TS_TRACK_H
#define TS_TRACK_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "text.h"

#define TRACK_MAX_STEPS 64
#define TRACK_MAX_BYTES (1024 * 1024)

typedef struct TrackStep {
  char *scenario; /* the scenario's id, which is also its file name */
  double pass;    /* the overall score this step asks for, 0..100 */
  Text title;     /* short, shown on the step's card */
  Text intro;     /* a sentence or two: what this step teaches */
  char *path;     /* DIR/ID.lua once track_resolve found it, else NULL */
} TrackStep;

/* A track owns every string it points at. */
typedef struct Track {
  char *path; /* as given to the loader */
  char *id;
  Text title;
  Text intro;              /* may be empty */
  unsigned complete_langs; /* bit per language every text of the track has */
  TrackStep *steps;
  int n_steps;
} Track;

/* Reads and validates a track file. Returns a track (free with track_free),
   or NULL when the file is unusable; every problem found is added to 'diag'
   as "path:line:col: problem" for JSON syntax, else "path: place: problem",
   the place being a key such as 'title' or 'steps[2].pass'. */
Track *track_load_file(const char *path, Diag *diag);
/* The same from memory; 'path' is only used in messages. */
Track *track_load_buffer(const char *path, const char *buf, size_t len, Diag *diag);
void track_free(Track *t);

/* Looks for every step's scenario as DIR/ID.lua, sets the steps' 'path',
   and reports each id with no file as an error. Returns the number of ids
   not found, or -1 if memory ran out. */
int track_resolve(Track *t, const char *dir, Diag *diag);

/* The scenario folder a track file belongs to: tracks live in a 'tracks'
   folder inside the scenario folder, so this is the folder above the
   track's own. Returns a malloc'd path the caller frees, or NULL. */
char *track_scenario_dir(const char *track_path);

/* Lists the *.json files of a folder, sorted; returns the count, or -1 if
   the folder cannot be read. The caller frees each path and the array. */
int track_list_dir(const char *dir, char ***out_paths);

/* Loads, validates and resolves one track against 'scenario_dir', and
   prints its problems and a summary to 'out' the way check does for
   scenarios. Returns the number of errors (0 = the track is fit to use). */
int track_check_file(const char *path, const char *scenario_dir, FILE *out);

#endif
