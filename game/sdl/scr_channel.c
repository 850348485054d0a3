/* scr_channel.c — a conversation drawn like the real channel: a feed or a
   page (cards with avatars, handles, relative times and reactions), a forum
   thread (numbered posts with roles), a chat (bubbles) or email (messages
   with a sender and subject). New posts fade and slide in. A case study's
   posts carry their real date and time, the original wording with its
   translation, uncertainty notes and sources, and what might have happened
   is banded apart from history. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "channel.h"

#define ARRIVE_MS 380

typedef struct Item {
  RunEventKind kind;
  int brand;
  const char *name, *handle, *role, *text;
  int likes, shares, replies;
  int64_t sim_ms;
  int number;               /* position in the thread, from 1 */
  int64_t stamp_ms;         /* a case study's real time of the post, or -1 */
  CivilPrecision precision; /* …and how precisely it is known */
  float t;                  /* arrival animation, 0..1 */
} Item;

static void item_of(App *a, const RunEvent *e, int64_t shown_at, Item *it) {
  const PlayCtl *pc = &a->k.play;
  const Scenario *s = pc->s;
  const Beat *b = &s->beats[e->beat];
  int lang = pc->lang;
  memset(it, 0, sizeof *it);
  it->kind = e->kind;
  it->sim_ms = e->sim_ms;
  it->stamp_ms = -1;
  it->name = s->brand_name;
  it->handle = s->brand_handle;
  it->brand = 1;
  if (e->kind == EV_POST) {
    const Post *p = &b->posts[e->index];
    if (p->persona != SCN_BRAND) {
      const Persona *who = &s->personas[p->persona];
      it->name = who->name;
      it->handle = who->handle;
      it->role = text_get(&who->role, lang, s->lang);
      it->brand = 0;
    }
    it->text = p->original && s->case_info ? p->original : text_get(&p->text, lang, s->lang);
    it->stamp_ms = p->stamp_ms;
    it->precision = p->precision;
    it->likes = p->likes, it->shares = p->shares, it->replies = p->replies;
  } else if (e->kind == EV_REPLY) {
    it->text = text_get(&b->decision->choices[e->index].text, lang, s->lang);
  }
  float t = (float)(a->ui.now - shown_at) / ARRIVE_MS;
  it->t = t > 1 ? 1 : t < 0 ? 0 : t;
  a->ui.anim |= it->t < 1;
}

static void when(App *a, const Item *it, char *out, int cap) {
  int64_t sim_ms = it->sim_ms;
  if (play_case(a)) { /* a case study: the real date and time, or the story's for what might have happened */
    if (it->stamp_ms >= 0) {
      case_stamp_as(a, it->stamp_ms, it->precision, out, cap);
    } else {
      case_stamp(a, sim_ms, out, cap);
    }
    return;
  }
  int64_t age = run_sim_ms(a->k.play.run) - sim_ms;
  int lang = a->k.lang;
  if (age < 60000) {
    snprintf(out, (size_t)cap, "%s", tr(lang, S_JUST_NOW));
  } else if (age < 3600000) {
    snprintf(out, (size_t)cap, tr(lang, S_MIN_AGO_FMT), (int)(age / 60000));
  } else {
    snprintf(out, (size_t)cap, tr(lang, S_HOURS_AGO_FMT), (int)(age / 3600000));
  }
}

static Uint8 alpha_of(const Item *it) {
  return (Uint8)(255 * it->t);
}

/* --- feed and page: cards ------------------------------------------------ */

static int card_item(App *a, const Item *it, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int pad = ui_px(ui, 22), av = ui_px(ui, 60);
  int tx = x + pad + av + ui_px(ui, 18), tw = x + w - pad - tx;
  char meta[300], ago[128], counts[120] = "";
  when(a, it, ago, sizeof ago);
  snprintf(meta, sizeof meta, "%s · %s", it->handle, ago);
  if (it->likes || it->shares || it->replies) {
    snprintf(counts, sizeof counts, "♥ %d     ↻ %d     ↩ %d", it->likes, it->shares, it->replies);
  }
  int h = pad + ui_measure(ui, T_LABEL, it->name, tw, NULL) + ui_measure(ui, T_SMALL, meta, tw, NULL) + ui_px(ui, 10) +
          ui_measure(ui, T_BODY, it->text, tw, NULL) + pad;
  if (counts[0]) {
    h += ui_px(ui, 10) + ui_measure(ui, T_SMALL, counts, tw, NULL);
  }
  if (!draw) {
    return h;
  }
  Uint8 al = alpha_of(it);
  SDL_Color bg = it->brand ? p->brand_bubble : p->surface;
  bg.a = al;
  ui_panel(ui, box_make(x, y, w, h), bg, ui_px(ui, 20));
  draw_avatar(ui, x + pad, y + pad, av, it->name, al);
  int cy = y + pad;
  cy += ui_text_alpha(ui, box_make(tx, cy, tw, 0), T_LABEL, p->text, it->name, AL_LEFT, al);
  cy += ui_text_alpha(ui, box_make(tx, cy, tw, 0), T_SMALL, p->muted, meta, AL_LEFT, al) + ui_px(ui, 10);
  cy += ui_text_alpha(ui, box_make(tx, cy, tw, 0), T_BODY, p->text, it->text, AL_LEFT, al);
  if (counts[0]) {
    ui_text_alpha(ui, box_make(tx, cy + ui_px(ui, 10), tw, 0), T_SMALL, p->muted, counts, AL_LEFT, al);
  }
  return h;
}

/* --- forum: numbered posts under a header strip -------------------------- */

static int forum_item(App *a, const Item *it, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int pad = ui_px(ui, 22), av = ui_px(ui, 48);
  char head[300], num[16], ago[128];
  when(a, it, ago, sizeof ago);
  snprintf(num, sizeof num, "#%d", it->number);
  snprintf(head, sizeof head, "%s · %s", it->role && it->role[0] ? it->role : it->handle, ago);
  int nw;
  ui_measure(ui, T_SMALL, num, 0, &nw);
  int tx = x + pad + av + ui_px(ui, 14), tw = x + w - pad - nw - ui_px(ui, 12) - tx;
  int head_h = pad + ui_measure(ui, T_LABEL, it->name, tw, NULL) + ui_measure(ui, T_SMALL, head, tw, NULL) + pad / 2;
  head_h = head_h < av + pad + pad / 2 ? av + pad + pad / 2 : head_h;
  int bw = w - 2 * pad;
  int h = head_h + pad / 2 + ui_measure(ui, T_BODY, it->text, bw, NULL) + pad;
  if (!draw) {
    return h;
  }
  Uint8 al = alpha_of(it);
  SDL_Color bg = p->surface, strip = it->brand ? p->brand_bubble : p->surface2;
  bg.a = al, strip.a = al;
  ui_panel(ui, box_make(x, y, w, h), bg, ui_px(ui, 14));
  ui_panel(ui, box_make(x, y, w, head_h), strip, ui_px(ui, 14));
  draw_avatar(ui, x + pad, y + pad, av, it->name, al);
  int cy = y + pad;
  cy += ui_text_alpha(ui, box_make(tx, cy, tw, 0), T_LABEL, p->text, it->name, AL_LEFT, al);
  ui_text_alpha(ui, box_make(tx, cy, tw, 0), T_SMALL, p->muted, head, AL_LEFT, al);
  ui_text_alpha(ui, box_make(x + w - pad - nw, y + pad, nw, 0), T_SMALL, p->muted, num, AL_RIGHT, al);
  ui_text_alpha(ui, box_make(x + pad, y + head_h + pad / 2, bw, 0), T_BODY, p->text, it->text, AL_LEFT, al);
  return h;
}

/* --- chat: bubbles, ours on the right ----------------------------------- */

static int chat_item(App *a, const Item *it, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int pad = ui_px(ui, 20), av = ui_px(ui, 48);
  int max_text = (w - av - ui_px(ui, 14)) * 78 / 100 - 2 * pad;
  int tw, nw;
  int th = ui_measure(ui, T_BODY, it->text, max_text, &tw);
  int nh = ui_measure(ui, T_CAPTION, it->name, max_text, &nw);
  int inner = tw > nw ? tw : nw;
  int bw = inner + 2 * pad, h = pad + nh + ui_px(ui, 6) + th + pad;
  if (!draw) {
    return h;
  }
  Uint8 al = alpha_of(it);
  int bx = it->brand ? x + w - bw : x + av + ui_px(ui, 14);
  SDL_Color bg = it->brand ? p->accent : p->surface, fg = it->brand ? p->on_accent : p->text;
  bg.a = al;
  if (!it->brand) {
    draw_avatar(ui, x, y + h - av, av, it->name, al);
  }
  ui_panel(ui, box_make(bx, y, bw, h), bg, ui_px(ui, 24));
  int cy = y + pad;
  cy +=
      ui_text_alpha(ui, box_make(bx + pad, cy, inner, 0), T_CAPTION, it->brand ? fg : p->muted, it->name, AL_LEFT, al) +
      ui_px(ui, 6);
  ui_text_alpha(ui, box_make(bx + pad, cy, inner, 0), T_BODY, fg, it->text, AL_LEFT, al);
  return h;
}

/* --- email: messages with a sender, a time and a subject ------------------ */

static int email_item(App *a, const Item *it, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  const PlayCtl *pc = &a->k.play;
  int pad = ui_px(ui, 24), av = ui_px(ui, 48);
  char from[200], subject[300], ago[128];
  when(a, it, ago, sizeof ago);
  snprintf(from, sizeof from, "%s <%s>", it->name, it->handle);
  const char *title = text_get(&pc->s->threads[pc->view_thread].title, pc->lang, pc->s->lang);
  snprintf(subject, sizeof subject, "%s%s", it->brand ? tr(a->k.lang, S_REPLY_PREFIX) : "",
           title[0] ? title : text_get(&pc->s->title, pc->lang, pc->s->lang));
  int aw;
  ui_measure(ui, T_SMALL, ago, 0, &aw);
  int tx = x + pad + av + ui_px(ui, 16), tw = x + w - pad - aw - ui_px(ui, 12) - tx;
  int head = ui_measure(ui, T_LABEL, from, tw, NULL) + ui_measure(ui, T_SMALL, subject, tw, NULL);
  head = head < av ? av : head;
  int bw = w - 2 * pad;
  int h = pad + head + ui_px(ui, 14) + 1 + ui_px(ui, 14) + ui_measure(ui, T_BODY, it->text, bw, NULL) + pad;
  if (!draw) {
    return h;
  }
  Uint8 al = alpha_of(it);
  SDL_Color bg = it->brand ? p->brand_bubble : p->surface, rule = p->border;
  bg.a = al, rule.a = al;
  ui_panel(ui, box_make(x, y, w, h), bg, ui_px(ui, 12));
  draw_avatar(ui, x + pad, y + pad, av, it->name, al);
  int cy = y + pad;
  cy += ui_text_alpha(ui, box_make(tx, cy, tw, 0), T_LABEL, p->text, from, AL_LEFT, al);
  ui_text_alpha(ui, box_make(tx, cy, tw, 0), T_SMALL, p->muted, subject, AL_LEFT, al);
  ui_text_alpha(ui, box_make(x + w - pad - aw, y + pad, aw, 0), T_SMALL, p->muted, ago, AL_RIGHT, al);
  int ry = y + pad + head + ui_px(ui, 14);
  gfx_fill(ui->g, box_make(x + pad, ry, bw, 1), rule);
  ui_text_alpha(ui, box_make(x + pad, ry + 1 + ui_px(ui, 14), bw, 0), T_BODY, p->text, it->text, AL_LEFT, al);
  return h;
}

static int note_item(App *a, const char *s, int x, int y, int w, int draw) {
  Ui *ui = &a->ui;
  int h = ui_measure(ui, T_SMALL, s, w, NULL) + ui_px(ui, 8);
  if (draw) {
    ui_text(ui, box_make(x, y + ui_px(ui, 4), w, 0), T_SMALL, ui->pal.muted, s, AL_CENTER);
  }
  return h;
}

static int draw_item(App *a, const Item *it, int x, int y, int w) {
  int lang = a->k.lang;
  if (it->kind == EV_SILENCE) {
    char s[200];
    snprintf(s, sizeof s, tr(lang, S_NO_REPLY_FMT), a->k.play.s->brand_name);
    return note_item(a, s, x, y, w, 1);
  }
  switch (a->k.play.s->channel) {
  case CH_FORUM: return forum_item(a, it, x, y, w, 1);
  case CH_CHAT: return chat_item(a, it, x, y, w, 1);
  case CH_EMAIL: return email_item(a, it, x, y, w, 1);
  default: return card_item(a, it, x, y, w, 1);
  }
}

/* The page's cover: the brand as a page, above its comments. */
static int page_header(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Scenario *s = a->k.play.s;
  int h = ui_px(ui, 130);
  ui_panel(ui, box_make(x, y, w, h), ui->pal.accent, ui_px(ui, 20));
  int av = ui_px(ui, 76);
  draw_avatar(ui, x + ui_px(ui, 26), y + (h - av) / 2, av, s->brand_name, 255);
  int tx = x + ui_px(ui, 26) + av + ui_px(ui, 20), tw = x + w - tx - ui_px(ui, 20);
  int ty = y + ui_px(ui, 26);
  ty += ui_text(ui, box_make(tx, ty, tw, 0), T_H2, ui->pal.on_accent, s->brand_name, AL_LEFT);
  char sub[160];
  snprintf(sub, sizeof sub, "%s · %s", s->brand_handle, str_channel(a->k.lang, CH_PAGE));
  ui_text(ui, box_make(tx, ty, tw, 0), T_SMALL, ui->pal.on_accent, sub, AL_LEFT);
  return h;
}

/* A case study's extras around an item: the band before the first post of
   what might have happened, a bar beside each of its posts, the notes under
   a post of history. */
static int case_item(App *a, const RunEvent *e, const Item *it, int *was_alt, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Beat *b = &a->k.play.s->beats[e->beat];
  int y0 = y, g = ui_px(ui, 16);
  if (b->alternative && !*was_alt) {
    const Scroll *sc = &ui->scrolls[ui->cur_scroll];
    a->shot_anchor_y = y - sc->view.y + sc->offset;
    y += case_alt_band(a, x, y, w, 1) + g;
  }
  *was_alt = b->alternative;
  int bar = b->alternative ? ui_px(ui, 10) : 0, in = bar ? bar + ui_px(ui, 12) : 0;
  int slide = (int)((1.0f - it->t) * (float)ui_px(ui, 28));
  int h = draw_item(a, it, x + in, y + slide, w - in);
  if (e->kind == EV_POST) {
    h += case_post_extras(a, &b->posts[e->index], x + in, y + h + ui_px(ui, 8), w - in, alpha_of(it), 1) + ui_px(ui, 8);
  }
  if (bar) {
    gfx_fill(ui->g, box_make(x, y, bar, h), ui->pal.warn);
  }
  return y + h - y0;
}

int channel_draw(App *a, Box view, int scroll_id) {
  Ui *ui = &a->ui;
  PlayCtl *pc = &a->k.play;
  int n;
  const RunEvent *ev = run_events(pc->run, &n);
  if (a->k.case_mode && a->k.replay.shown < n) {
    n = a->k.replay.shown; /* the story clock has not reached the rest yet */
  }
  int pad = ui_px(ui, 20), g = ui_px(ui, 16);
  int x = view.x + pad, w = view.w - 2 * pad - ui_px(ui, 10);
  int y = ui_scroll_begin(ui, scroll_id, view) + pad;
  if (pc->s->channel == CH_PAGE) {
    y += page_header(a, x, y, w) + g;
  }
  int number = 0, was_alt = 0;
  for (int i = 0; i < n && i < RUN_MAX_EVENTS; i++) {
    if (ev[i].thread != pc->view_thread || ev[i].kind == EV_ENDING) {
      continue;
    }
    Item it;
    item_of(a, &ev[i], a->k.case_mode ? a->k.replay.shown_at_ms[i] : pc->shown_at_ms[i], &it);
    it.number = ++number;
    if (play_case(a)) {
      y += case_item(a, &ev[i], &it, &was_alt, x, y, w) + g;
      continue;
    }
    int slide = (int)((1.0f - it.t) * (float)ui_px(ui, 28));
    y += draw_item(a, &it, x, y + slide, w) + g;
  }
  ui_scroll_end(ui, y + pad - g);
  return 0;
}
