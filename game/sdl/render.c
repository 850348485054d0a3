/* render.c — fonts, the text texture cache, and shapes */
#define _POSIX_C_SOURCE 200809L
#include "render.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hash.h"
#include "paths.h"

static const char *const font_files[2] = {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf"};

const char *gfx_asset_dir(void) {
  static char dir[4096];
  const char *env = getenv("THICKSKIN_ASSETS");
  if (env && *env) {
    return env;
  }
  return path_find_dir("assets", dir, sizeof dir);
}

int gfx_init(Gfx *g, SDL_Renderer *r, const char *asset_dir, char *err, int errcap) {
  memset(g, 0, sizeof *g);
  g->r = r;
  for (int w = 0; w < 2; w++) {
    snprintf(g->font_path[w], sizeof g->font_path[w], "%s/%s", asset_dir, font_files[w]);
    g->font[w] = TTF_OpenFont(g->font_path[w], 16);
    if (!g->font[w]) {
      snprintf(err, (size_t)errcap, "%s: cannot open this font (%s); the kiosk needs it to draw text", g->font_path[w],
               TTF_GetError());
      return -1;
    }
    g->font_px[w] = 16;
    TTF_SetFontHinting(g->font[w], TTF_HINTING_LIGHT);
  }
  return 0;
}

void gfx_cache_clear(Gfx *g) {
  for (int i = 0; i < GFX_CACHE_ENTRIES; i++) {
    CacheEntry *e = &g->cache[i];
    if (e->str) {
      SDL_DestroyTexture(e->t.tex);
      memset(e->str, 0, strlen(e->str));
      free(e->str);
    }
    memset(e, 0, sizeof *e);
  }
  g->cache_pixels = 0;
  memset(g->hint, 0, sizeof g->hint);
}

int gfx_cache_count(const Gfx *g) {
  int n = 0;
  for (int i = 0; i < GFX_CACHE_ENTRIES; i++) {
    n += g->cache[i].str != NULL;
  }
  return n;
}

void gfx_free(Gfx *g) {
  gfx_cache_clear(g);
  for (int i = 0; i < g->n_discs; i++) {
    SDL_DestroyTexture(g->discs[i].tex);
  }
  g->n_discs = 0;
  for (int w = 0; w < 2; w++) {
    if (g->font[w]) {
      TTF_CloseFont(g->font[w]);
    }
    g->font[w] = NULL;
  }
}

/* One open face per weight, set to the size asked for: opening a face per
   size would read and parse the file again each time. Rendered text is
   cached as textures, so sizes change rarely. */
static TTF_Font *font_at(Gfx *g, Weight w, int px) {
  if (!g->font[w]) {
    return NULL;
  }
  if (g->font_px[w] != px && TTF_SetFontSize(g->font[w], px) == 0) {
    g->font_px[w] = px;
  }
  return g->font[w];
}

int gfx_line_height(Gfx *g, Weight w, int px) {
  TTF_Font *f = font_at(g, w, px);
  return f ? TTF_FontLineSkip(f) : px;
}

static uint32_t decode(const unsigned char *s, int *len) {
  if (s[0] < 0x80) {
    *len = 1;
    return s[0];
  }
  if ((s[0] >> 5) == 6 && s[1]) {
    *len = 2;
    return ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
  }
  if ((s[0] >> 4) == 14 && s[1] && s[2]) {
    *len = 3;
    return ((uint32_t)(s[0] & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
  }
  if ((s[0] >> 3) == 30 && s[1] && s[2] && s[3]) {
    *len = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) | ((uint32_t)(s[2] & 0x3f) << 6) |
           (s[3] & 0x3f);
  }
  *len = 1;
  return 0xFFFD;
}

/* A copy of 's' without the characters 'f' has no glyph for (emoji, mostly),
   without joiners and variation selectors, and without the space a dropped
   emoji leaves at the end. Malloc'd; NULL when out of memory. */
static char *drop_missing_glyphs(TTF_Font *f, const char *s) {
  size_t n = strlen(s);
  char *out = malloc(n + 1);
  if (!out) {
    return NULL;
  }
  size_t o = 0;
  int dropped = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p;) {
    int len;
    uint32_t cp = decode(p, &len);
    int keep =
        cp == '\n' || (cp >= 0x20 && cp != 0x200D && (cp < 0xFE00 || cp > 0xFE0F) && TTF_GlyphIsProvided32(f, cp));
    /* no space at the start, and no double space, where an emoji was left out */
    if (keep && cp == ' ' && dropped && (o == 0 || out[o - 1] == ' ')) {
      keep = 0;
    }
    dropped = keep ? 0 : dropped || cp != ' ';
    if (keep) {
      memcpy(out + o, p, (size_t)len);
      o += (size_t)len;
    }
    p += len;
  }
  while (o > 0 && out[o - 1] == ' ') {
    o--;
  }
  out[o] = '\0';
  return out;
}

/* Drops the least recently used text, but never one used in this frame: a
   screen may still blit a texture it looked up earlier in the frame (a long
   debrief holds more text than the budget). Returns 0 when none could go. */
static int evict_one(Gfx *g) {
  int oldest = -1;
  for (int i = 0; i < GFX_CACHE_ENTRIES; i++) {
    if (g->cache[i].str && g->cache[i].used < g->frame && (oldest < 0 || g->cache[i].used < g->cache[oldest].used)) {
      oldest = i;
    }
  }
  if (oldest >= 0) {
    CacheEntry *e = &g->cache[oldest];
    g->cache_pixels -= (long)e->t.w * e->t.h;
    SDL_DestroyTexture(e->t.tex);
    free(e->str);
    memset(e, 0, sizeof *e);
  }
  return oldest >= 0;
}

static TextTex render_text(Gfx *g, Weight w, int px, SDL_Color c, const SDL_Color *ground, const char *s, int wrap,
                           Align al) {
  TextTex t = {NULL, 0, 0};
  TTF_Font *f = font_at(g, w, px);
  char *clean = f ? drop_missing_glyphs(f, s) : NULL;
  if (!clean) {
    g->failures++;
    return t;
  }
  t.h = TTF_FontLineSkip(f);
  if (clean[0]) {
    TTF_SetFontWrappedAlign(f, al == AL_CENTER  ? TTF_WRAPPED_ALIGN_CENTER
                               : al == AL_RIGHT ? TTF_WRAPPED_ALIGN_RIGHT
                                                : TTF_WRAPPED_ALIGN_LEFT);
    SDL_Surface *surf = ground     ? (wrap > 0 ? TTF_RenderUTF8_Shaded_Wrapped(f, clean, c, *ground, (Uint32)wrap)
                                               : TTF_RenderUTF8_Shaded(f, clean, c, *ground))
                        : wrap > 0 ? TTF_RenderUTF8_Blended_Wrapped(f, clean, c, (Uint32)wrap)
                                   : TTF_RenderUTF8_Blended(f, clean, c);
    if (surf) {
      t.tex = SDL_CreateTextureFromSurface(g->r, surf);
      if (t.tex && ground) {
        SDL_SetTextureBlendMode(t.tex, SDL_BLENDMODE_NONE);
      }
      t.w = surf->w;
      t.h = surf->h;
      SDL_FreeSurface(surf);
    }
    if (!t.tex && g->failures++ == 0) {
      fprintf(stderr, "thickskin: cannot render text: %s\n", TTF_GetError());
    }
  }
  free(clean);
  return t;
}

static const TextTex *cached_text(Gfx *g, Weight w, int px, SDL_Color c, const SDL_Color *ground, const char *s,
                                  int wrap, Align al) {
  static TextTex none;
  uint64_t h = HASH_START;
  int key[4] = {(int)w, px, wrap, (int)al};
  h = hash_bytes(h, key, sizeof key);
  h = hash_bytes(h, &c, sizeof c);
  SDL_Color none_ground = {0, 0, 0, 0};
  SDL_Color gr = ground ? *ground : none_ground;
  h = hash_bytes(h, &gr, sizeof gr);
  h = hash_bytes(h, s, strlen(s));
  int free_slot = -1;
  int hinted = g->hint[h % GFX_CACHE_HINTS] - 1;
  for (int k = -1; k < GFX_CACHE_ENTRIES; k++) {
    int i = k < 0 ? hinted : k;
    if (i < 0) {
      continue;
    }
    CacheEntry *e = &g->cache[i];
    if (!e->str) {
      free_slot = free_slot < 0 && k >= 0 ? i : free_slot;
    } else if (e->hash == h && e->px == px && e->weight == (int)w && e->wrap == wrap && e->align == (int)al &&
               memcmp(&e->color, &c, sizeof c) == 0 && e->opaque == (ground != NULL) &&
               memcmp(&e->ground, &gr, sizeof gr) == 0 && strcmp(e->str, s) == 0) {
      e->used = g->frame;
      g->hint[h % GFX_CACHE_HINTS] = (int16_t)(i + 1);
      return &e->t;
    }
  }
  TextTex t = render_text(g, w, px, c, ground, s, wrap, al);
  while (free_slot < 0 || g->cache_pixels + (long)t.w * t.h > GFX_CACHE_PIXELS) {
    if (gfx_cache_count(g) == 0 || !evict_one(g)) {
      break; /* over the budget for this frame; the next frames evict again */
    }
    for (int i = 0; free_slot < 0 && i < GFX_CACHE_ENTRIES; i++) {
      free_slot = g->cache[i].str ? -1 : i;
    }
  }
  char *copy = free_slot >= 0 ? strdup(s) : NULL;
  if (!copy) {
    SDL_DestroyTexture(t.tex);
    none.h = t.h;
    return &none;
  }
  CacheEntry *e = &g->cache[free_slot];
  g->hint[h % GFX_CACHE_HINTS] = (int16_t)(free_slot + 1);
  *e = (CacheEntry){.hash = h,
                    .str = copy,
                    .weight = (int)w,
                    .px = px,
                    .wrap = wrap,
                    .align = (int)al,
                    .color = c,
                    .opaque = ground != NULL,
                    .ground = gr,
                    .t = t,
                    .used = g->frame};
  g->cache_pixels += (long)t.w * t.h;
  return &e->t;
}

const TextTex *gfx_text(Gfx *g, Weight w, int px, SDL_Color c, const char *s, int wrap, Align al) {
  return cached_text(g, w, px, c, NULL, s, wrap, al);
}

const TextTex *gfx_text_on(Gfx *g, Weight w, int px, SDL_Color c, SDL_Color ground, const char *s, int wrap, Align al) {
  return cached_text(g, w, px, c, &ground, s, wrap, al);
}

void gfx_blit(Gfx *g, const TextTex *t, int x, int y, Uint8 alpha) {
  if (!t->tex) {
    return;
  }
  SDL_SetTextureAlphaMod(t->tex, alpha);
  SDL_Rect dst = {x, y, t->w, t->h};
  SDL_RenderCopy(g->r, t->tex, NULL, &dst);
}

static void note_ground(Gfx *g, Box b, SDL_Color c, int solid) {
  if (g->n_grounds < GFX_MAX_GROUNDS) {
    g->grounds[g->n_grounds].box = b;
    g->grounds[g->n_grounds].color = c;
    g->grounds[g->n_grounds].solid = solid && c.a == 255;
  }
  g->n_grounds++;
}

void gfx_begin_frame(Gfx *g, SDL_Color c, int w, int h) {
  g->n_grounds = 0;
  note_ground(g, box_make(0, 0, w, h), c, 1);
}

int gfx_ground_at(const Gfx *g, Box r, SDL_Color *out) {
  if (g->n_grounds > GFX_MAX_GROUNDS) {
    return 0; /* lost track this frame */
  }
  for (int i = g->n_grounds - 1; i >= 0; i--) {
    if (box_overlaps(g->grounds[i].box, r)) {
      *out = g->grounds[i].color;
      return g->grounds[i].solid && box_inside(r, g->grounds[i].box);
    }
  }
  return 0;
}

void gfx_fill(Gfx *g, Box b, SDL_Color c) {
  note_ground(g, b, c, 1);
  SDL_SetRenderDrawBlendMode(g->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(g->r, c.r, c.g, c.b, c.a);
  SDL_Rect r = {b.x, b.y, b.w, b.h};
  SDL_RenderFillRect(g->r, &r);
}

void gfx_line(Gfx *g, int x0, int y0, int x1, int y1, int thickness, SDL_Color c) {
  SDL_SetRenderDrawBlendMode(g->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(g->r, c.r, c.g, c.b, c.a);
  int steep = abs(y1 - y0) > abs(x1 - x0); /* thicken across the line's direction */
  for (int k = 0; k < thickness; k++) {
    int off = k - thickness / 2;
    SDL_RenderDrawLine(g->r, x0 + (steep ? off : 0), y0 + (steep ? 0 : off), x1 + (steep ? off : 0),
                       y1 + (steep ? 0 : off));
  }
}

#define ARC_STEPS 8
#define PI_F 3.14159265f
#define ROUND_VERTS (4 * (ARC_STEPS + 1))

/* The outline of a rounded box, clockwise from the top-left corner's arc. */
static int round_path(Box b, float radius, float inset, SDL_FPoint *pts) {
  float r = radius - inset;
  if (r < 0) {
    r = 0;
  }
  float cx[4] = {b.x + radius, b.x + b.w - radius, b.x + b.w - radius, b.x + radius};
  float cy[4] = {b.y + radius, b.y + radius, b.y + b.h - radius, b.y + b.h - radius};
  int n = 0;
  for (int corner = 0; corner < 4; corner++) {
    float start = PI_F * (1.0f + 0.5f * (float)corner);
    for (int i = 0; i <= ARC_STEPS; i++) {
      float a = start + PI_F * 0.5f * (float)i / ARC_STEPS;
      pts[n].x = cx[corner] + cosf(a) * r;
      pts[n].y = cy[corner] + sinf(a) * r;
      n++;
    }
  }
  return n;
}

static int clamp_radius(Box b, int radius) {
  int max = (b.w < b.h ? b.w : b.h) / 2;
  return radius > max ? max : radius < 0 ? 0 : radius;
}

/* A white disc of 'radius' with soft edges, made once per radius; with a
   'hole' > 0 a ring that many pixels wide. */
static SDL_Texture *disc_or_ring(Gfx *g, int radius, int hole) {
  int key = radius * 1024 + hole;
  for (int i = 0; i < g->n_discs; i++) {
    if (g->discs[i].radius == key) {
      return g->discs[i].tex;
    }
  }
  int size = 2 * radius;
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) {
    return NULL;
  }
  Uint32 *px = s->pixels;
  for (int y = 0; y < size; y++) {
    for (int x = 0; x < size; x++) {
      float dx = (float)x + 0.5f - (float)radius, dy = (float)y + 0.5f - (float)radius;
      float d = sqrtf(dx * dx + dy * dy);
      float cover = (float)radius - d + 0.5f;
      cover = cover < 0 ? 0 : cover > 1 ? 1 : cover;
      if (hole > 0) {
        float inner = d - (float)(radius - hole) + 0.5f;
        cover *= inner < 0 ? 0 : inner > 1 ? 1 : inner;
      }
      px[y * (s->pitch / 4) + x] = ((Uint32)(cover * 255.0f + 0.5f) << 24) | 0xFFFFFFu;
    }
  }
  SDL_Texture *t = SDL_CreateTextureFromSurface(g->r, s);
  SDL_FreeSurface(s);
  if (!t) {
    return NULL;
  }
  SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
  if (g->n_discs == (int)(sizeof g->discs / sizeof g->discs[0])) {
    SDL_DestroyTexture(g->discs[0].tex);
    memmove(&g->discs[0], &g->discs[1], sizeof g->discs[0] * (size_t)(g->n_discs - 1));
    g->n_discs--;
  }
  g->discs[g->n_discs].radius = key;
  g->discs[g->n_discs].tex = t;
  g->n_discs++;
  return t;
}

static SDL_Texture *disc(Gfx *g, int radius) {
  return disc_or_ring(g, radius, 0);
}

static void fill_blend(Gfx *g, int x, int y, int w, int h) {
  if (w > 0 && h > 0) {
    SDL_Rect r = {x, y, w, h};
    SDL_RenderFillRect(g->r, &r);
  }
}

/* The four corners of a box from the quarters of a disc or ring texture. */
static void corners(Gfx *g, SDL_Texture *t, Box b, int r, SDL_Color c) {
  SDL_SetTextureColorMod(t, c.r, c.g, c.b);
  SDL_SetTextureAlphaMod(t, c.a);
  const SDL_Rect src[4] = {{0, 0, r, r}, {r, 0, r, r}, {0, r, r, r}, {r, r, r, r}};
  const SDL_Rect dst[4] = {
      {b.x, b.y, r, r}, {b.x + b.w - r, b.y, r, r}, {b.x, b.y + b.h - r, r, r}, {b.x + b.w - r, b.y + b.h - r, r, r}};
  for (int i = 0; i < 4; i++) {
    SDL_RenderCopy(g->r, t, &src[i], &dst[i]);
  }
  SDL_SetRenderDrawBlendMode(g->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(g->r, c.r, c.g, c.b, c.a);
}

void gfx_outline(Gfx *g, Box b, int radius, int thickness, SDL_Color c) {
  radius = clamp_radius(b, radius);
  SDL_Texture *t = radius > thickness ? disc_or_ring(g, radius, thickness) : NULL;
  int r = t ? radius : 0;
  if (t) {
    corners(g, t, b, r, c);
  } else {
    SDL_SetRenderDrawBlendMode(g->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g->r, c.r, c.g, c.b, c.a);
  }
  fill_blend(g, b.x + r, b.y, b.w - 2 * r, thickness);
  fill_blend(g, b.x + r, b.y + b.h - thickness, b.w - 2 * r, thickness);
  fill_blend(g, b.x, b.y + r, thickness, b.h - 2 * r);
  fill_blend(g, b.x + b.w - thickness, b.y + r, thickness, b.h - 2 * r);
}

void gfx_round(Gfx *g, Box b, int radius, SDL_Color c) {
  radius = clamp_radius(b, radius);
  SDL_Texture *t = radius >= 2 ? disc(g, radius) : NULL;
  if (!t) {
    gfx_fill(g, b, c);
    return;
  }
  note_ground(g, b, c, 1);
  corners(g, t, b, radius, c);
  int r = radius;
  fill_blend(g, b.x + r, b.y, b.w - 2 * r, b.h);
  fill_blend(g, b.x, b.y + r, r, b.h - 2 * r);
  fill_blend(g, b.x + b.w - r, b.y + r, r, b.h - 2 * r);
}

void gfx_ring(Gfx *g, Box b, int radius, int thickness, SDL_Color c) {
  note_ground(g, b, c, 0);
  radius = clamp_radius(b, radius);
  SDL_FPoint outer[ROUND_VERTS], inner[ROUND_VERTS];
  SDL_Vertex v[ROUND_VERTS * 2];
  int idx[ROUND_VERTS * 6];
  int n = round_path(b, (float)radius, 0, outer);
  round_path(box_inset(b, thickness, thickness), (float)radius - (float)thickness, 0, inner);
  for (int i = 0; i < n; i++) {
    v[2 * i] = (SDL_Vertex){outer[i], c, {0, 0}};
    v[2 * i + 1] = (SDL_Vertex){inner[i], c, {0, 0}};
    int a = 2 * i, b2 = 2 * i + 1, c2 = (2 * i + 2) % (2 * n), d = (2 * i + 3) % (2 * n);
    int *t = &idx[i * 6];
    t[0] = a, t[1] = b2, t[2] = c2, t[3] = b2, t[4] = d, t[5] = c2;
  }
  SDL_SetRenderDrawBlendMode(g->r, SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(g->r, NULL, v, n * 2, idx, n * 6);
}

void gfx_circle(Gfx *g, int cx, int cy, int radius, SDL_Color c) {
  note_ground(g, box_make(cx - radius, cy - radius, 2 * radius, 2 * radius), c, 0);
  SDL_Texture *t = radius >= 1 ? disc(g, radius) : NULL;
  if (!t) {
    return;
  }
  SDL_SetTextureColorMod(t, c.r, c.g, c.b);
  SDL_SetTextureAlphaMod(t, c.a);
  SDL_Rect dst = {cx - radius, cy - radius, 2 * radius, 2 * radius};
  SDL_RenderCopy(g->r, t, NULL, &dst);
}
