/* test_library.c — the shipped scenario library as a whole: every archetype
   covered, the angry customer on two channels, intro scenarios in Italian
   and Spanish, every scenario with an escalation among its endings, and
   every track naming only scenarios that exist. */
#include <stdlib.h>
#include <string.h>

#include "scenario.h"
#include "testing.h"
#include "track.h"

#define LIBRARY "scenarios"
#define MIN_SCENARIOS 14
#define MAX_SCENARIOS 128

/* One requirement of the library, met or not. */
static void require(int met, const char *requirement) {
  t_checks++;
  if (!met) {
    T_FAIL("not met: %s", requirement);
  }
}

static Scenario *library[MAX_SCENARIOS];
static int n_library;

static void load_library(void) {
  char **paths;
  int n = scn_list_dir(LIBRARY, &paths);
  EXPECT(n > 0);
  for (int i = 0; i < n; i++) {
    Diag d = {0};
    Scenario *s = scn_load_file(paths[i], NULL, &d);
    if (!s) {
      T_FAIL("%s does not load: %s", paths[i], d.count ? d.items[0].msg : "?");
    } else if (n_library < MAX_SCENARIOS) {
      library[n_library++] = s;
    } else {
      scn_free(s);
    }
    diag_free(&d);
    free(paths[i]);
  }
  free(paths);
}

static void every_archetype_is_covered(void) {
  char what[96];
  for (int a = 0; archetype_names[a]; a++) {
    int covered = 0;
    for (int i = 0; i < n_library; i++) {
      covered |= (library[i]->archetypes >> a) & 1u;
    }
    snprintf(what, sizeof what, "archetype %s", archetype_names[a]);
    require(covered, what);
  }
  require(n_library >= MIN_SCENARIOS, "at least 14 scenarios");
}

static void angry_customers_on_two_channels(void) {
  int angry = name_index(archetype_names, "angry-customer");
  unsigned channels = 0;
  for (int i = 0; i < n_library; i++) {
    if ((library[i]->archetypes >> angry) & 1u) {
      channels |= 1u << library[i]->channel;
    }
  }
  require(channels != 0 && (channels & (channels - 1)) != 0, "angry-customer on two channels");
}

static void intro_scenarios_speak_italian_and_spanish(void) {
  unsigned both = (1u << LANG_IT) | (1u << LANG_ES);
  char what[160];
  for (int i = 0; i < n_library; i++) {
    if (library[i]->difficulty == DIFF_INTRO) {
      snprintf(what, sizeof what, "intro %s in it and es", library[i]->id);
      require((library[i]->complete_langs & both) == both, what);
    }
  }
}

/* At least three decisions, two endings, and one of them an escalation or
   a crisis; check has already proved that every ending is reachable. */
static void every_scenario_can_go_well_or_badly(void) {
  char what[160];
  for (int i = 0; i < n_library; i++) {
    const Scenario *s = library[i];
    int decisions = 0, endings = 0, bad = 0;
    for (int b = 0; b < s->n_beats; b++) {
      decisions += s->beats[b].decision != NULL;
      if (s->beats[b].ending) {
        endings++;
        bad += s->beats[b].ending->outcome >= OUT_ESCALATED;
      }
    }
    snprintf(what, sizeof what, "%s has 3 or more decisions, 2 or more endings, one of them escalated", s->id);
    require(decisions >= 3 && endings >= 2 && bad >= 1, what);
  }
}

static void every_track_names_existing_scenarios(void) {
  char **paths;
  int n = track_list_dir(LIBRARY "/tracks", &paths);
  EXPECT(n >= 1);
  char what[160];
  for (int i = 0; i < n; i++) {
    Diag d = {0};
    Track *t = track_load_file(paths[i], &d);
    if (!t) {
      T_FAIL("%s does not load: %s", paths[i], d.count ? d.items[0].msg : "?");
    }
    for (int k = 0; t && k < t->n_steps; k++) {
      char *path = malloc(strlen(LIBRARY) + strlen(t->steps[k].scenario) + 6);
      EXPECT(path != NULL);
      if (path) {
        sprintf(path, LIBRARY "/%s.lua", t->steps[k].scenario);
        FILE *f = fopen(path, "r");
        snprintf(what, sizeof what, "track %s: %s", t->id, t->steps[k].scenario);
        require(f != NULL, what);
        if (f) {
          fclose(f);
        }
        free(path);
      }
    }
    track_free(t);
    diag_free(&d);
    free(paths[i]);
  }
  free(paths);
}

int main(void) {
  load_library();
  RUN_TEST(every_archetype_is_covered);
  RUN_TEST(angry_customers_on_two_channels);
  RUN_TEST(intro_scenarios_speak_italian_and_spanish);
  RUN_TEST(every_scenario_can_go_well_or_badly);
  RUN_TEST(every_track_names_existing_scenarios);
  for (int i = 0; i < n_library; i++) {
    scn_free(library[i]);
  }
  return t_summary();
}
