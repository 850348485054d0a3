/* render.h — drawing on an SDL_Renderer: the two fonts at any pixel size,
   text rendered once into textures and kept in a bounded cache (keyed by
   font, size, colour, string and wrap width), and filled shapes: rounded
   boxes and circles from cached anti-aliased disc textures plus plain
   rectangles (cheap on the software renderer, where triangles are slow),
   and the focus ring from triangles. */
#ifndef TS_RENDER_H
#define TS_RENDER_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdint.h>

#include "layout.h"

typedef enum { W_REGULAR, W_BOLD } Weight;
typedef enum { AL_LEFT, AL_CENTER, AL_RIGHT } Align;

#define GFX_CACHE_ENTRIES 768
#define GFX_CACHE_HINTS 2048               /* hash -> entry, so most look-ups skip the scan */
#define GFX_CACHE_PIXELS (3 * 1024 * 1024) /* ~12 MB of ARGB text at most */
#define GFX_MAX_GROUNDS 768

typedef struct TextTex {
  SDL_Texture *tex; /* NULL for an empty string */
  int w, h;
} TextTex;

typedef struct CacheEntry {
  uint64_t hash;
  char *str; /* owned */
  int weight, px, wrap, align;
  SDL_Color color;
  int opaque; /* rendered onto 'ground' (no blending needed), or with alpha */
  SDL_Color ground;
  TextTex t;
  uint64_t used; /* frame of the last use, for eviction */
} CacheEntry;

typedef struct Gfx {
  SDL_Renderer *r; /* not owned */
  char font_path[2][1024];
  TTF_Font *font[2]; /* owned; one face per weight, resized as needed */
  int font_px[2];
  CacheEntry cache[GFX_CACHE_ENTRIES];
  int16_t hint[GFX_CACHE_HINTS]; /* entry index + 1 last found for a hash, 0 for none */
  long cache_pixels;
  uint64_t frame;
  int failures; /* text that could not be rendered (reported once) */
  struct {
    int radius;
    SDL_Texture *tex; /* owned; a white anti-aliased disc, tinted when drawn */
  } discs[32];
  int n_discs;
  struct {
    Box box;
    SDL_Color color;
    int solid;                /* an opaque box; 0 for anything else (a circle, a translucent fill) */
  } grounds[GFX_MAX_GROUNDS]; /* what this frame has filled, in drawing order */
  int n_grounds;
} Gfx;

/* Finds the fonts under 'asset_dir' and opens them once to check. Returns 0,
   or -1 with a message naming the file in 'err'. */
int gfx_init(Gfx *g, SDL_Renderer *r, const char *asset_dir, char *err, int errcap);
void gfx_free(Gfx *g);
/* Drops every cached texture (a new trainee: nothing of the last one stays). */
void gfx_cache_clear(Gfx *g);
int gfx_cache_count(const Gfx *g);

/* The text as a texture, from the cache or rendered now. 'wrap' > 0 wraps at
   that many pixels. Characters the font lacks (emoji) are left out rather
   than drawn as boxes. Never NULL; the texture may be NULL (empty text). */
const TextTex *gfx_text(Gfx *g, Weight w, int px, SDL_Color c, const char *s, int wrap, Align al);
/* The same text rendered onto an opaque 'ground' colour: the same size, and
   copied to the screen without blending (blending text is half the cost of a
   frame on the software renderer). */
const TextTex *gfx_text_on(Gfx *g, Weight w, int px, SDL_Color c, SDL_Color ground, const char *s, int wrap, Align al);
int gfx_line_height(Gfx *g, Weight w, int px);
void gfx_blit(Gfx *g, const TextTex *t, int x, int y, Uint8 alpha);

/* A new frame cleared to 'c': what was filled is recorded from here on. */
void gfx_begin_frame(Gfx *g, SDL_Color c, int w, int h);
/* 1 and the colour when the last fill under 'r' was one opaque box holding
   all of it; 0 when it is unknown (a circle, a translucent fill, an edge). */
int gfx_ground_at(const Gfx *g, Box r, SDL_Color *out);

void gfx_fill(Gfx *g, Box b, SDL_Color c);
void gfx_round(Gfx *g, Box b, int radius, SDL_Color c);
void gfx_ring(Gfx *g, Box b, int radius, int thickness, SDL_Color c);
/* The edge of a rounded box only, 'thickness' pixels wide (cheap: no fill under it). */
void gfx_outline(Gfx *g, Box b, int radius, int thickness, SDL_Color c);
void gfx_circle(Gfx *g, int cx, int cy, int radius, SDL_Color c);
/* A straight line 'thickness' pixels wide (charts). */
void gfx_line(Gfx *g, int x0, int y0, int x1, int y1, int thickness, SDL_Color c);

/* Where the assets are: $THICKSKIN_ASSETS, ./assets, or next to the program
   (../assets from build/). Never NULL. */
const char *gfx_asset_dir(void);

#endif
