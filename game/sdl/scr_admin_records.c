/* scr_admin_records.c — the records on the admin screen: where they are and
   how many, attempts that could not be saved, the journal's damaged lines
   and where they were copied, the onboarding track's problems, exporting
   CSV and xAPI to the data folder or a mounted USB stick, and erasing one
   trainee's records after a confirmation. */
#include <stdio.h>
#include <string.h>

#include "app.h"

static int block(Ui *ui, int x, int y, int w, const char *head, const char *body, SDL_Color c) {
  int y0 = y;
  y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, ui->pal.text, head, AL_LEFT) + ui_px(ui, 6);
  y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, c, body, AL_LEFT);
  return y - y0 + gap(ui);
}

static int outcome(App *a, int x, int y, int w, int erase) {
  Ui *ui = &a->ui;
  const KRecAdmin *ad = &a->k.rec.admin;
  int lang = a->k.lang;
  char head[700];
  if (!erase && ad->outcome == KREC_EXPORTED) {
    snprintf(head, sizeof head, tr(lang, S_EXPORTED_FMT), ad->count);
    return block(ui, x, y, w, head, ad->msg, ui->pal.good);
  }
  if (!erase && ad->outcome == KREC_EXPORT_FAILED) {
    return block(ui, x, y, w, tr(lang, S_EXPORT_FAILED), ad->msg, ui->pal.bad);
  }
  if (erase && ad->outcome == KREC_ERASED) {
    snprintf(head, sizeof head, tr(lang, S_ERASED_FMT), ad->msg, ad->count);
    return ui_text(ui, box_make(x, y, w, 0), T_LABEL, ui->pal.good, head, AL_LEFT) + gap(ui);
  }
  if (erase && ad->outcome == KREC_ERASE_FAILED) {
    return block(ui, x, y, w, tr(lang, S_ERASE_FAILED), ad->msg, ui->pal.bad);
  }
  return 0;
}

static int export_section(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  KRecords *r = &a->k.rec;
  int y0 = y, bw = w > ui_px(ui, 900) ? ui_px(ui, 900) : w;
  y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, ui->pal.text, tr(a->k.lang, S_EXPORT_TO), AL_LEFT) + ui_px(ui, 10);
  for (int i = 0; i < r->admin.n_folders; i++) {
    int bh = ui_button_height(ui, r->admin.folders[i], bw);
    if (ui_button(ui, box_make(x, y, bw, bh), r->admin.folders[i], BTN_SECONDARY)) {
      krec_admin_export(r, i);
    }
    y += bh + ui_px(ui, 12);
  }
  y += ui_px(ui, 6);
  return y - y0 + outcome(a, x, y, w, 0);
}

/* The trainees as chips; a tap asks for confirmation. */
static int erase_section(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  KRecAdmin *ad = &a->k.rec.admin;
  int lang = a->k.lang, y0 = y, h = ui_px(ui, 64), cx = x, g = ui_px(ui, 12), row_h = h;
  y += ui_text(ui, box_make(x, y, w, 0), T_LABEL, ui->pal.text, tr(lang, S_ERASE_TITLE), AL_LEFT) + ui_px(ui, 10);
  if (ad->n_trainees == 0) {
    y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, ui->pal.muted, tr(lang, S_NO_RECORDS), AL_LEFT) + gap(ui);
    return y - y0 + outcome(a, x, y, w, 1);
  }
  for (int i = 0; i < ad->n_trainees; i++) {
    char label[REC_MAX_TRAINEE + 16];
    snprintf(label, sizeof label, "%s (%d)", ad->trainees[i].name, ad->trainees[i].attempts);
    int cw;
    ui_measure(ui, T_LABEL, label, 0, &cw);
    cw = cw + ui_px(ui, 60) > w ? w : cw + ui_px(ui, 60);
    int bh = ui_button_height(ui, label, cw) > h ? ui_button_height(ui, label, cw) : h;
    if (cx + cw > x + w && cx > x) {
      cx = x;
      y += row_h + g;
      row_h = h;
    }
    row_h = bh > row_h ? bh : row_h;
    if (ui_button(ui, box_make(cx, y, cw, bh), label, ad->erase_pick == i ? BTN_CHIP_ON : BTN_CHIP)) {
      ad->erase_pick = i;
      ad->outcome = KREC_NO_OUTCOME;
    }
    cx += cw + g;
  }
  y += row_h + gap(ui);
  if (ad->erase_pick >= 0 && ad->erase_pick < ad->n_trainees) {
    char ask[400];
    snprintf(ask, sizeof ask, tr(lang, S_ERASE_CONFIRM_FMT), ad->trainees[ad->erase_pick].name,
             ad->trainees[ad->erase_pick].attempts);
    y += ui_text(ui, box_make(x, y, w, 0), T_BODY, ui->pal.bad, ask, AL_LEFT) + ui_px(ui, 12);
    int bw = (w - g) / 2 > ui_px(ui, 320) ? ui_px(ui, 320) : (w - g) / 2, bh = ui_px(ui, 76);
    if (ui_button(ui, box_make(x, y, bw, bh), tr(lang, S_ERASE), BTN_DANGER)) {
      krec_admin_erase(&a->k.rec, ad->erase_pick);
    } else if (ui_button(ui, box_make(x + bw + g, y, bw, bh), tr(lang, S_CANCEL), BTN_SECONDARY)) {
      ad->erase_pick = -1;
    }
    y += bh + gap(ui);
  }
  return y - y0 + outcome(a, x, y, w, 1);
}

int admin_records(App *a, int x, int y, int w) {
  Ui *ui = &a->ui;
  const Palette *p = &ui->pal;
  KRecords *r = &a->k.rec;
  int lang = a->k.lang, y0 = y, g = gap(ui);
  if (!r->admin.loaded) {
    krec_admin_open(r);
  }
  y += g;
  y += ui_text(ui, box_make(x, y, w, 0), T_H2, p->text, tr(lang, S_RECORDS), AL_LEFT) + ui_px(ui, 10);
  if (!r->dir) {
    return y - y0 + ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->bad, tr(lang, S_NO_DATA_DIR), AL_LEFT) + g;
  }
  char line[1200];
  snprintf(line, sizeof line, tr(lang, S_RECORDS_IN_FMT), r->dir, r->admin.n_attempts);
  y += ui_text(ui, box_make(x, y, w, 0), T_SMALL, p->text, line, AL_LEFT) + g;
  if (r->n_failures > 0) {
    char list[KREC_MAX_FAILURES * (KREC_MSG + 1)] = "";
    for (int i = 0; i < r->n_failures; i++) {
      strcat(strcat(list, r->failures[i]), i + 1 < r->n_failures ? "\n" : "");
    }
    y += block(ui, x, y, w, tr(lang, S_SAVE_FAILURES), list, p->bad);
  }
  y += block(ui, x, y, w, tr(lang, S_JOURNAL_DAMAGE), r->admin.damage[0] ? r->admin.damage : tr(lang, S_DAMAGE_NONE),
             r->admin.damage[0] ? p->warn : p->text);
  if (r->track_problems) {
    y += block(ui, x, y, w, tr(lang, S_TRACK_PROBLEMS), r->track_problems, p->bad);
  }
  y += export_section(a, x, y, w);
  y += erase_section(a, x, y, w);
  return y - y0;
}
