/* scr_certificate.c — the certificate for a completed onboarding track: the
   trainee's name, the date, the track, and each step's best score with its
   three axes. On screen it scrolls; "Save as an image" draws the same
   certificate off screen on an A4 portrait page (1240×1754, 150 dpi) and
   saves it as a BMP in the data folder, the path shown. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"

#define CERT_SCROLL 3
#define CERT_PAGE_W 1240
#define CERT_PAGE_H 1754
#define CERT_PAGE_TEXT 1.15f /* text a little larger on paper than on screen */

static void today(char *out, size_t cap) {
  time_t t = time(NULL);
  struct tm tm;
  localtime_r(&t, &tm);
  strftime(out, cap, "%Y-%m-%d", &tm);
}

/* The table: step, best, and the axes of that best attempt. */
static int cert_table(Ui *ui, const Kiosk *k, int x, int y, int w) {
  const Palette *p = &ui->pal;
  int lang = k->lang, y0 = y, col_w[4], cols = 0, num_w, head_h = 0;
  const char *heads[4] = {tr(lang, S_BEST), tr(lang, S_AXIS_EMPATHY), tr(lang, S_AXIS_SPEED), tr(lang, S_AXIS_POLICY)};
  ui_measure(ui, T_LABEL, "100", 0, &num_w);
  for (int c = 0; c < 4; c++) { /* each column as wide as its heading or a score */
    ui_measure(ui, T_CAPTION, heads[c], 0, &col_w[c]);
    col_w[c] = (col_w[c] > num_w ? col_w[c] : num_w) + ui_px(ui, 24);
    col_w[c] = col_w[c] > w / 10 ? col_w[c] : w / 10;
    cols += col_w[c];
  }
  for (int c = 0; cols > w * 2 / 3 && c < 4; c++) { /* a narrow screen: the headings wrap */
    cols += w / 6 - col_w[c];
    col_w[c] = w / 6;
  }
  int title_w = w - cols, col_x[4];
  for (int c = 0, cx = x + title_w; c < 4; cx += col_w[c], c++) {
    col_x[c] = cx;
    int h = ui_measure(ui, T_CAPTION, heads[c], col_w[c] - ui_px(ui, 4), NULL);
    head_h = h > head_h ? h : head_h;
  }
  for (int c = 0; c < 4; c++) {
    ui_text(ui, box_make(col_x[c], y, col_w[c] - ui_px(ui, 4), head_h), T_CAPTION, p->muted, heads[c], AL_RIGHT);
  }
  y += head_h + ui_px(ui, 8);
  for (int i = 0; i < k->rec.n_steps; i++) {
    const Attempt *best = k->rec.mine.steps[i].best;
    char title[300];
    snprintf(title, sizeof title, "%d. %s", i + 1, text_get(&k->rec.track->steps[i].title, lang, LANG_EN));
    int h = ui_measure(ui, T_SMALL, title, title_w - ui_px(ui, 12), NULL) + ui_px(ui, 10);
    gfx_fill(ui->g, box_make(x, y, w, 1), p->border);
    ui_text(ui, box_make(x, y + ui_px(ui, 5), title_w - ui_px(ui, 12), 0), T_SMALL, p->text, title, AL_LEFT);
    for (int c = 0; c < 4 && best; c++) {
      char v[16];
      snprintf(v, sizeof v, "%.0f", c == 0 ? best->overall : best->axis[c - 1]);
      ui_text(ui, box_make(col_x[c], y, col_w[c] - ui_px(ui, 4), h), c == 0 ? T_LABEL : T_SMALL, p->text, v, AL_RIGHT);
    }
    y += h;
  }
  return y - y0;
}

/* The certificate itself inside 'b' (its height when b.h is 0: measured
   off the clip, nothing recorded). Returns the height used. */
static int cert_body(Ui *ui, const Kiosk *k, const char *name, const char *date, Box b) {
  const Palette *p = &ui->pal;
  int lang = k->lang, pad = ui_px(ui, 56), x = b.x + pad, w = b.w - 2 * pad;
  if (b.h > 0) {
    ui_panel_edged(ui, b, p->surface, p->accent, ui_px(ui, 28), ui_px(ui, 6));
  }
  int y = b.y + pad;
  y += ui_text(ui, box_make(x, y, w, 0), T_CAPTION, p->accent, tr(lang, S_CERTIFICATE), AL_CENTER) + ui_px(ui, 24);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, tr(lang, S_CERT_AWARDED), AL_CENTER) + ui_px(ui, 8);
  y += ui_text(ui, box_make(x, y, w, 0), T_DISPLAY, p->text, name, AL_CENTER) + ui_px(ui, 8);
  y += ui_text(ui, box_make(x, y, w, 0), T_BODY, p->muted, tr(lang, S_CERT_COMPLETED), AL_CENTER) + ui_px(ui, 8);
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, text_get(&k->rec.track->title, lang, LANG_EN), AL_CENTER);
  char when[64];
  snprintf(when, sizeof when, tr(lang, S_CERT_DATE_FMT), date);
  y += ui_px(ui, 12) + ui_text(ui, box_make(x, y + ui_px(ui, 12), w, 0), T_SMALL, p->muted, when, AL_CENTER);
  y += ui_px(ui, 36);
  y += cert_table(ui, k, x, y, w);
  return y + pad - b.y;
}

static int measure_cert(Ui *ui, const Kiosk *k, const char *name, const char *date, int w) {
  LayoutLog *log = ui->log;
  ui->log = NULL;
  int h = cert_body(ui, k, name, date, box_make(-100000, -100000, w, 0));
  ui->log = log;
  return h;
}

/* Draws the certificate on an off-screen page and saves it as a BMP. */
static int save_image(App *a, const char *name, const char *date) {
  Kiosk *k = &a->k;
  char path[1024], err[KREC_MSG - 100];
  if (krec_certificate_path(&k->rec, name, attempt_now_ms(), path, sizeof path, err, sizeof err) != 0) {
    snprintf(k->rec.cert_error, sizeof k->rec.cert_error, "%s", err);
    return -1;
  }
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, CERT_PAGE_W, CERT_PAGE_H, 32, SDL_PIXELFORMAT_RGB888);
  SDL_Renderer *r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
  static Gfx g;
  static Ui ui;
  int rc = -1;
  if (!r) {
    snprintf(k->rec.cert_error, sizeof k->rec.cert_error, "%s", SDL_GetError());
  } else if (gfx_init(&g, r, gfx_asset_dir(), err, sizeof err) != 0) {
    snprintf(k->rec.cert_error, sizeof k->rec.cert_error, "%s", err);
  } else {
    memset(&ui, 0, sizeof ui);
    ui.g = &g;
    ui.key_digit = -1;
    ui_palette(&ui.pal, 0, 0); /* a printed page: light, whatever the screen theme */
    ui_begin_frame(&ui, CERT_PAGE_W, CERT_PAGE_H, CERT_PAGE_TEXT, a->ui.now);
    /* a frame round the page, the certificate centred in it */
    int m = ui_px(&ui, 40), w = CERT_PAGE_W - 4 * m;
    ui_panel_edged(&ui, box_make(m, m, CERT_PAGE_W - 2 * m, CERT_PAGE_H - 2 * m), ui.pal.bg, ui.pal.accent,
                   ui_px(&ui, 20), ui_px(&ui, 2));
    int h = measure_cert(&ui, k, name, date, w);
    h = h < CERT_PAGE_H - 4 * m ? h : CERT_PAGE_H - 4 * m;
    cert_body(&ui, k, name, date, box_make(2 * m, (CERT_PAGE_H - h) / 2, w, h));
    ui_end_frame(&ui);
    SDL_RenderPresent(r);
    rc = SDL_SaveBMP(surf, path);
    if (rc != 0) {
      snprintf(k->rec.cert_error, sizeof k->rec.cert_error, "%s: %s", path, SDL_GetError());
    } else {
      snprintf(k->rec.cert_path, sizeof k->rec.cert_path, "%s", path);
      k->rec.cert_error[0] = '\0';
    }
  }
  gfx_free(&g);
  memset(&g, 0, sizeof g);
  if (r) {
    SDL_DestroyRenderer(r);
  }
  SDL_FreeSurface(surf);
  return rc;
}

/* Where the image went, or why it did not; above the buttons. */
static int save_line(App *a, Box b, int draw) {
  Ui *ui = &a->ui;
  const KRecords *rec = &a->k.rec;
  char line[2000] = "";
  if (rec->cert_error[0]) {
    snprintf(line, sizeof line, "%s %s", tr(a->k.lang, S_IMAGE_FAILED), rec->cert_error);
  } else if (rec->cert_path[0]) {
    snprintf(line, sizeof line, tr(a->k.lang, S_SAVED_TO_FMT), rec->cert_path);
  }
  if (!line[0]) {
    return 0;
  }
  if (!draw) {
    return ui_measure(ui, T_SMALL, line, b.w, NULL);
  }
  return ui_text(ui, b, T_SMALL, rec->cert_error[0] ? ui->pal.bad : ui->pal.good, line, AL_LEFT);
}

void scr_certificate(App *a) {
  Ui *ui = &a->ui;
  Kiosk *k = &a->k;
  char name[OSK_MAX_BYTES + 1], date[32];
  osk_trimmed(&k->name, name, sizeof name);
  krec_load_mine(&k->rec, name, &k->cat);
  if (!k->rec.track || !k->rec.mine.who[0] || !k->rec.mine.track.complete) {
    kiosk_go(k, SCR_HOME, ui->now);
    return;
  }
  today(date, sizeof date);
  int m = margin(ui), g = gap(ui), bh = ui_px(ui, 88);
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), m, m / 2);
  Box bar = box_cut_bottom(&body, bh);
  box_cut_bottom(&body, g);
  int lh = save_line(a, body, 0);
  Box said = lh ? box_cut_bottom(&body, lh) : box_make(body.x, body.y + body.h, body.w, 0);
  if (lh) {
    box_cut_bottom(&body, ui_px(ui, 12));
    save_line(a, said, 1);
  }
  int cw = body.w > ui_px(ui, 1200) ? ui_px(ui, 1200) : body.w - ui_px(ui, 18);
  int y = ui_scroll_begin(ui, CERT_SCROLL, body);
  Box card = box_make(body.x + (body.w - ui_px(ui, 18) - cw) / 2, y, cw, measure_cert(ui, k, name, date, cw));
  cert_body(ui, k, name, date, card);
  ui_scroll_end(ui, card.y + card.h);
  int bw = (bar.w - g) / 2;
  bw = bw > ui_px(ui, 460) ? ui_px(ui, 460) : bw;
  Box save = box_make(bar.x + bar.w - bw, bar.y, bw, bh);
  if (ui_button(ui, box_make(save.x - g - bw, bar.y, bw, bh), tr(k->lang, S_HOME), BTN_SECONDARY) || ui->key_back) {
    kiosk_go(k, SCR_HOME, ui->now);
  } else if (ui_button(ui, save, tr(k->lang, S_SAVE_IMAGE), BTN_PRIMARY)) {
    save_image(a, name, date);
  }
}

/* For the render check: saves the certificate as the button would. */
int certificate_save(App *a) {
  char name[OSK_MAX_BYTES + 1], date[32];
  if (!a->k.rec.track) { /* a certificate is for a track; none is loaded */
    snprintf(a->k.rec.cert_error, sizeof a->k.rec.cert_error, "no onboarding track is loaded");
    return -1;
  }
  osk_trimmed(&a->k.name, name, sizeof name);
  krec_load_mine(&a->k.rec, name, &a->k.cat);
  today(date, sizeof date);
  return save_image(a, name, date);
}
