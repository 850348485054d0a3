/* shots.h — the render check's shared pieces (shots.c), for the files that
   add screens to it (shots_ws.c: the workshop's). */
#ifndef TS_SHOTS_H
#define TS_SHOTS_H

#include "app.h"

/* A shoot in progress: where images go and the clock of the story. */
typedef struct Shoot {
  App *a;
  SDL_Surface *surf;
  const char *dir;
  int64_t now;
  int bad; /* layout problems found so far */
} Shoot;

/* Draws the screen now up, checks its layout and saves it as NAME-WxH.bmp. */
void shot_take(Shoot *sh, const char *name, int64_t later);
/* The workshop's screens, participant's and projector's (shots_ws.c). */
void shots_workshop(Shoot *sh);

#endif
