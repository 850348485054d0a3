/* attempt.c — where a finished or abandoned attempt leaves the kiosk: it is
   recorded in the journal of the data folder (krecords.h) under the typed
   name or as a guest, in the mode it was played; a failure to save is kept
   for the debrief and the admin screen. Also the pass mark a play is judged
   by: an onboarding step's own, else the scenario's. */
#include <string.h>

#include "kiosk.h"

void kiosk_attempt_done(Kiosk *k) {
  if (!k->play.run) {
    return;
  }
  if (kw_play_is_workshop(k)) { /* recorded as the seat holds it: the room's attempt id and session */
    if (run_done(k->play.run)) {
      kw_report_moves(k);
      kw_record(k);
    }
    return;
  }
  char name[OSK_MAX_BYTES + 1];
  osk_trimmed(&k->name, name, sizeof name);
  AttemptMode mode = k->rec.step >= 0  ? REC_ONBOARDING
                     : k->case_mode    ? REC_CASE_STUDY
                     : k->cfg.assessed ? REC_ASSESSED
                                       : REC_PRACTICE;
  krec_record(&k->rec, k->play.run, &k->play.card, krec_is_named(name) ? name : "", mode, k->lang);
  memset(name, 0, sizeof name);
}

double kiosk_pass_mark(const Kiosk *k) {
  return krec_pass_mark(&k->rec, k->play.s ? k->play.s->pass_mark : 0);
}

int kiosk_passed(const Kiosk *k) {
  if (k->rec.step < 0) {
    return k->play.card.pass;
  }
  return k->play.run && run_done(k->play.run) && k->play.card.overall >= kiosk_pass_mark(k);
}
