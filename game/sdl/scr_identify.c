/* scr_identify.c — "who are you?": a name or badge code typed on the
   on-screen keyboard (or a real one), or guest; and the interface language. */
#include <string.h>

#include "app.h"

static void begin(App *a, int guest) {
  if (guest) {
    osk_clear(&a->k.name);
  }
  kiosk_go(&a->k, SCR_HOME, a->ui.now);
}

static void draw_field(App *a, Box b) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  ui_panel(ui, b, p->accent, ui_px(ui, 18));
  ui_panel(ui, box_inset(b, 3, 3), p->surface, ui_px(ui, 16));
  Box inner = box_inset(b, ui_px(ui, 24), 0);
  int empty = a->k.name.len == 0;
  int tw = 0;
  if (!empty) {
    ui_measure(ui, T_H2, a->k.name.text, 0, &tw);
  }
  tw = tw > inner.w - ui_px(ui, 8) ? inner.w - ui_px(ui, 8) : tw;
  ui_text(ui, box_make(inner.x, inner.y, inner.w - ui_px(ui, 8), inner.h), empty ? T_BODY : T_H2,
          empty ? p->muted : p->text, empty ? tr(a->k.lang, S_NAME_PLACEHOLDER) : a->k.name.text, AL_LEFT);
  int ch = ui_px(ui, 40);
  gfx_fill(ui->g, box_make(inner.x + (empty ? 0 : tw) + ui_px(ui, 3), b.y + (b.h - ch) / 2, ui_px(ui, 3), ch),
           p->accent);
}

static void draw_keyboard(App *a, Box area) {
  Ui *ui = &a->ui;
  int n;
  const OskKey *keys = osk_keys(&n);
  int g = ui_px(ui, 10);
  int kw = (area.w - 9 * g) / 10;
  int kh = (area.h - (osk_rows() - 1) * g) / osk_rows();
  kh = kh > ui_px(ui, 96) ? ui_px(ui, 96) : kh;
  for (int i = 0; i < n; i++) {
    const OskKey *k = &keys[i];
    Box b = box_make(area.x + k->col * (kw + g), area.y + k->row * (kh + g), k->span * kw + (k->span - 1) * g, kh);
    const char *label = k->kind == OSK_SPACE ? tr(a->k.lang, S_KEY_SPACE) : k->kind == OSK_DELETE ? "⌫" : k->label;
    if (ui_button(ui, b, label, k->kind == OSK_CHAR ? BTN_SECONDARY : BTN_GHOST)) {
      osk_press(&a->k.name, k);
    }
  }
}

static int keyboard_height(const Ui *ui, int width) {
  int g = ui_px(ui, 10);
  int kw = (width - 9 * g) / 10;
  int kh = kw < ui_px(ui, 96) ? kw : ui_px(ui, 96);
  return 5 * kh + 4 * g;
}

static void draw_languages(App *a, Box row) {
  Ui *ui = &a->ui;
  static const int langs[] = {LANG_EN, LANG_IT, LANG_ES};
  static const char *const names[] = {"English", "Italiano", "Español"};
  int x = row.x;
  for (int i = 0; i < 3; i++) {
    if (!(a->k.cfg.languages & (1u << langs[i]))) {
      continue;
    }
    int w;
    ui_measure(ui, T_LABEL, names[i], 0, &w);
    w += ui_px(ui, 64);
    if (ui_button(ui, box_make(x, row.y, w, row.h), names[i], a->k.lang == langs[i] ? BTN_CHIP_ON : BTN_CHIP)) {
      kiosk_set_lang(&a->k, langs[i]);
    }
    x += w + ui_px(ui, 14);
  }
}

void scr_identify(App *a) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  int lang = a->k.lang;
  Box body = box_inset(box_make(0, 0, ui->w, ui->h), margin(ui), margin(ui));
  int portrait = ui->w < ui->h * 11 / 10;
  int kb_w = portrait ? body.w : body.w * 52 / 100;
  Box kb = portrait ? box_cut_bottom(&body, keyboard_height(ui, kb_w)) : box_cut_right(&body, kb_w);
  if (!portrait) {
    kb = box_make(kb.x, kb.y + (kb.h - keyboard_height(ui, kb.w)) / 2, kb.w, keyboard_height(ui, kb.w));
    box_cut_right(&body, gap(ui) * 2);
  } else {
    box_cut_bottom(&body, gap(ui) * 2);
  }
  int half = (body.w - gap(ui)) / 2;
  int bh = ui_button_height(ui, tr(lang, S_GUEST), half);
  int bh2 = ui_button_height(ui, tr(lang, S_START), half);
  bh = bh2 > bh ? bh2 : bh;
  int fh = ui_px(ui, 92);
  int content = ui_measure(ui, T_TITLE, tr(lang, S_WHO_ARE_YOU), body.w, NULL) + gap(ui) / 2 +
                ui_measure(ui, T_BODY, tr(lang, S_NAME_HINT), body.w, NULL) + gap(ui) + fh + gap(ui) + bh +
                gap(ui) * 3 / 2 + ui_measure(ui, T_CAPTION, tr(lang, S_LANGUAGE), body.w, NULL) + gap(ui) / 2 +
                ui_px(ui, 72);
  int y = content >= body.h ? body.y : body.y + (body.h - content) / 2;
  if (portrait && content < body.h) { /* the form sits right above the keyboard, the pair centred */
    int spare = body.h - content;
    y = body.y + spare / 2;
    kb.y -= spare / 2;
  }
  y += ui_text(ui, box_make(body.x, y, body.w, 0), T_TITLE, p->text, tr(lang, S_WHO_ARE_YOU), AL_LEFT) + gap(ui) / 2;
  y += ui_text(ui, box_make(body.x, y, body.w, 0), T_BODY, p->muted, tr(lang, S_NAME_HINT), AL_LEFT) + gap(ui);
  draw_field(a, box_make(body.x, y, body.w, fh));
  y += fh + gap(ui);
  int named = a->k.name.len > 0;
  if (ui_button(ui, box_make(body.x, y, half, bh), tr(lang, S_START), named ? BTN_PRIMARY : BTN_SECONDARY) && named) {
    begin(a, 0);
    return;
  }
  if (ui_button(ui, box_make(body.x + half + gap(ui), y, half, bh), tr(lang, S_GUEST), BTN_GHOST)) {
    begin(a, 1);
    return;
  }
  y += bh + gap(ui) * 3 / 2;
  y += ui_text(ui, box_make(body.x, y, body.w, 0), T_CAPTION, p->muted, tr(lang, S_LANGUAGE), AL_LEFT) + gap(ui) / 2;
  draw_languages(a, box_make(body.x, y, body.w, ui_px(ui, 72)));
  draw_keyboard(a, kb);
  if (ui->key_activate && ui->focus.current < 0) { /* Enter with nothing focused */
    begin(a, !named);
  }
}
