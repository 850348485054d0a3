/* cli_case.c — a case study in the terminal: real dates and times instead
   of the story clock, alternative beats marked as such, the reveal after
   each turning point with its sources, and the sources at the end, so that
   nothing is shown as history without saying where it comes from. */
#include "cli/cli_case.h"

#include <stdio.h>

#include "result.h"

void cli_case_intro(const Scenario *s, int lang) {
  const CaseInfo *c = s->case_info;
  printf("(A case study: %s, %s. Times are %s.)\n", c->organisation, text_get(&c->period, lang, s->lang), c->timezone);
}

void cli_case_clock(const Scenario *s, const RunEvent *e) {
  const Beat *b = &s->beats[e->beat];
  const Post *p = e->kind == EV_POST ? &b->posts[e->index] : NULL;
  char stamp[32];
  scn_stamp_format_as(s, e->sim_ms, p && p->stamp_ms >= 0 ? p->precision : CIVIL_EXACT, stamp, sizeof stamp);
  printf("[%s]%s", stamp, b->alternative ? " [what might have happened]" : "");
}

static void print_uncertain(const Scenario *s, const char *what, const Text *note, int lang) {
  if (!text_empty(note)) {
    printf("      (uncertain%s: %s)\n", what, text_get(note, lang, s->lang));
  }
}

static void print_sources(const Scenario *s, const int *sources, int n) {
  for (int i = 0; i < n; i++) {
    printf("%s%s", i ? ", " : " [", s->case_info->sources[sources[i]].id);
  }
  if (n > 0) {
    printf("]");
  }
}

void cli_case_post_notes(const Scenario *s, const Post *p, int lang) {
  if (p->original) {
    printf("      original: %s\n", p->original);
  }
  print_uncertain(s, "", &p->uncertain, lang);
  if (p->n_sources > 0) {
    printf("      source:");
    print_sources(s, p->sources, p->n_sources);
    printf("\n");
  }
}

static const Choice *real_choice(const Decision *d) {
  for (int i = 0; i < d->n_choices; i++) {
    if (d->choices[i].real) {
      return &d->choices[i];
    }
  }
  return d->timeout_ms > 0 && d->silence.real ? &d->silence : NULL;
}

void cli_case_prompt_notes(const Scenario *s, const Decision *d, int lang) {
  if (!text_empty(&d->uncertain)) {
    printf("    (uncertain: %s)\n", text_get(&d->uncertain, lang, s->lang));
  }
}

void cli_case_reveal(const Scenario *s, const Beat *b, int choice, int lang) {
  const Decision *d = b->decision;
  const Reveal *rv = d->reveal;
  if (!rv) {
    return;
  }
  const Choice *real = real_choice(d), *mine = choice < 0 ? &d->silence : &d->choices[choice];
  CivilPrecision precision;
  int64_t at = result_real_stamp(d, &precision);
  char stamp[32] = "time not reported";
  if (at >= 0) {
    scn_stamp_format_as(s, at, precision, stamp, sizeof stamp);
  }
  printf("      What really happened (%s): %s", stamp, text_get(&rv->text, lang, s->lang));
  print_sources(s, rv->sources, rv->n_sources);
  printf("\n");
  print_uncertain(s, "", &rv->uncertain, lang);
  if (real == mine) {
    printf("      You did what they did.\n");
  } else if (real) {
    printf("      They chose: %s\n", real == &d->silence ? "(silence)" : text_get(&real->text, lang, s->lang));
  }
}

void cli_case_debrief(const Run *r, int lang) {
  const Scenario *s = run_scenario(r);
  const CaseInfo *c = s->case_info;
  int ending = run_ending_beat(r);
  if (ending >= 0 && s->beats[ending].alternative) {
    printf("\n(Your ending is what might have happened, not history.)\n");
  }
  printf("\nWhat really happened in the end: %s\n", text_get(&c->outcome, lang, s->lang));
  printf("\nLessons:\n");
  for (int i = 0; i < c->n_lessons; i++) {
    printf("  - %s (%s)\n", text_get(&c->lessons[i].text, lang, s->lang), principles[c->lessons[i].principle].id);
  }
  printf("\nSources:\n");
  for (int i = 0; i < c->n_sources; i++) {
    const CaseSource *src = &c->sources[i];
    printf("  [%s] %s, %s: \"%s\"%s%s\n", src->id, src->publication, src->date, src->title, src->url ? " " : "",
           src->url ? src->url : "");
  }
}
