/* scenario.c — scenario look-ups, freeing, and listing a scenario folder */
#define _POSIX_C_SOURCE 200809L
#include "scenario.h"

#include "civil.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

int scn_beat_index(const Scenario *s, const char *id) {
  for (int i = 0; id && i < s->n_beats; i++) {
    if (s->beats[i].id && strcmp(s->beats[i].id, id) == 0) {
      return i;
    }
  }
  return -1;
}

int scn_var_index(const Scenario *s, const char *name) {
  for (int i = 0; name && i < s->n_vars; i++) {
    if (strcmp(s->vars[i].name, name) == 0) {
      return i;
    }
  }
  return -1;
}

int scn_persona_index(const Scenario *s, const char *id) {
  for (int i = 0; id && i < s->n_personas; i++) {
    if (s->personas[i].id && strcmp(s->personas[i].id, id) == 0) {
      return i;
    }
  }
  return -1;
}

int scn_source_index(const Scenario *s, const char *id) {
  for (int i = 0; id && s->case_info && i < s->case_info->n_sources; i++) {
    if (s->case_info->sources[i].id && strcmp(s->case_info->sources[i].id, id) == 0) {
      return i;
    }
  }
  return -1;
}

void scn_stamp_format(const Scenario *s, int64_t sim_ms, char *buf, size_t len) {
  int64_t start = s->case_info ? s->case_info->start_min : 0;
  civil_format(start + sim_ms / 60000, buf, len);
}

void scn_stamp_format_as(const Scenario *s, int64_t sim_ms, CivilPrecision precision, char *buf, size_t len) {
  int64_t start = s->case_info ? s->case_info->start_min : 0;
  civil_format_as(start + sim_ms / 60000, precision, buf, len);
}

int64_t scn_stamp_day(const Scenario *s, int64_t sim_ms) {
  int64_t start = s->case_info ? s->case_info->start_min : 0;
  return civil_day(start + sim_ms / 60000) - civil_day(start);
}

void scn_case_free(CaseInfo *c) {
  if (!c) {
    return;
  }
  for (int i = 0; i < c->n_sources; i++) {
    CaseSource *src = &c->sources[i];
    free(src->id);
    free(src->publication);
    free(src->date);
    free(src->title);
    free(src->url);
  }
  free(c->sources);
  for (int i = 0; i < c->n_reach; i++) {
    text_free(&c->reach[i].label);
    text_free(&c->reach[i].uncertain);
  }
  free(c->reach);
  for (int i = 0; i < c->n_lessons; i++) {
    text_free(&c->lessons[i].text);
  }
  free(c->lessons);
  free(c->organisation);
  free(c->country);
  free(c->timezone);
  text_free(&c->period);
  text_free(&c->lesson);
  text_free(&c->outcome);
  free(c);
}

static void free_choice(Choice *c) {
  text_free(&c->text);
  text_free(&c->feedback);
  free(c->tags);
  free(c->follows);
  free(c->breaks);
  free(c->effects);
}

static void free_beat(Beat *b) {
  free(b->id);
  for (int i = 0; i < b->n_posts; i++) {
    text_free(&b->posts[i].text);
    text_free(&b->posts[i].uncertain);
    free(b->posts[i].sources);
    free(b->posts[i].original);
  }
  free(b->posts);
  if (b->decision) {
    text_free(&b->decision->prompt);
    text_free(&b->decision->uncertain);
    for (int i = 0; i < b->decision->n_choices; i++) {
      free_choice(&b->decision->choices[i]);
    }
    free_choice(&b->decision->silence);
    if (b->decision->reveal) {
      text_free(&b->decision->reveal->text);
      text_free(&b->decision->reveal->uncertain);
      free(b->decision->reveal->sources);
      free(b->decision->reveal);
    }
    free(b->decision);
  }
  if (b->ending) {
    text_free(&b->ending->text);
    free(b->ending);
  }
}

/* Lua references die with the sandbox; only C memory is freed one by one. */
void scn_free(Scenario *s) {
  if (!s) {
    return;
  }
  for (int i = 0; i < s->n_beats; i++) {
    free_beat(&s->beats[i]);
  }
  free(s->beats);
  for (int i = 0; i < s->n_threads; i++) {
    free(s->threads[i].id);
    text_free(&s->threads[i].title);
  }
  free(s->threads);
  for (int i = 0; i < s->n_personas; i++) {
    Persona *p = &s->personas[i];
    free(p->id);
    free(p->name);
    free(p->handle);
    text_free(&p->role);
  }
  free(s->personas);
  for (int i = 0; i < s->n_vars; i++) {
    free(s->vars[i].name);
  }
  free(s->vars);
  for (int i = 0; i < s->n_rules; i++) {
    text_free(&s->rules[i]);
  }
  free(s->rules);
  text_free(&s->title);
  text_free(&s->summary);
  free(s->brand_name);
  free(s->brand_handle);
  free(s->id);
  free(s->path);
  scn_case_free(s->case_info);
  sb_free(s->sb);
  free(s);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int scn_list_dir(const char *dir, char ***out_paths) {
  *out_paths = NULL;
  DIR *d = opendir(dir);
  if (!d) {
    return -1;
  }
  char **paths = NULL;
  int n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    size_t len = strlen(e->d_name);
    if (len < 5 || e->d_name[0] == '.' || strcmp(e->d_name + len - 4, ".lua") != 0) {
      continue;
    }
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      char **grown = realloc(paths, (size_t)cap * sizeof *paths);
      if (!grown) {
        break;
      }
      paths = grown;
    }
    size_t plen = strlen(dir) + len + 2;
    paths[n] = malloc(plen);
    if (!paths[n]) {
      break;
    }
    strcpy(paths[n], dir);
    if (plen > len + 2 && dir[strlen(dir) - 1] != '/') {
      strcat(paths[n], "/");
    }
    strcat(paths[n], e->d_name);
    n++;
  }
  closedir(d);
  if (n > 0) {
    qsort(paths, (size_t)n, sizeof *paths, cmp_str);
  }
  *out_paths = paths;
  return n;
}
