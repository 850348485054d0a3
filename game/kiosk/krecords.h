/* krecords.h — the kiosk's side of the trainee records: the data folder,
   recording each attempt as it ends (finished or abandoned), the onboarding
   track, and what the records screens show: this trainee's onboarding steps
   and progress (read by the typed name only, never anyone else's), the
   certificate, and the admin's export, erase and journal warnings. No SDL. */
#ifndef TS_KRECORDS_H
#define TS_KRECORDS_H

#include <stdint.h>

#include "catalog.h"
#include "journal.h"
#include "progress.h"
#include "track.h"

#define KREC_MAX_STEPS 32     /* onboarding steps shown */
#define KREC_MAX_HISTORY 1024 /* a trainee's attempts kept for the screens */
#define KREC_MAX_BEST 64      /* scenarios in "best per scenario" */
#define KREC_MAX_TRAINEES 512 /* names on the admin's erase list */
#define KREC_MAX_FOLDERS 8    /* export destinations offered */
#define KREC_MAX_FAILURES 8   /* failed saves listed for the admin */
#define KREC_MSG 640

/* The trainee on screen: only their own attempts, and what they say. */
typedef struct KRecMine {
  int loaded;
  char who[REC_MAX_TRAINEE]; /* the stored name; "" for a guest */
  Attempt *attempts;         /* owned, only this trainee's */
  int n_attempts;
  const Attempt *hist[KREC_MAX_HISTORY]; /* oldest first */
  int n_hist;
  BestScore best[KREC_MAX_BEST];
  int n_best;
  AxisPoint points[KREC_MAX_HISTORY];
  int n_points;
  Recommendation rec;
  int has_rec;
  int rec_item; /* catalogue index of rec.scenario, or -1 */
  StepStatus steps[KREC_MAX_STEPS];
  TrackProgress track;
  char error[KREC_MSG]; /* the journal could not be read: why */
} KRecMine;

typedef struct KRecTrainee {
  char name[REC_MAX_TRAINEE]; /* as first spelled in the journal */
  int attempts;
} KRecTrainee;

typedef enum { KREC_NO_OUTCOME, KREC_EXPORTED, KREC_EXPORT_FAILED, KREC_ERASED, KREC_ERASE_FAILED } KRecOutcome;

/* The admin screen's records section. */
typedef struct KRecAdmin {
  int loaded;
  int n_attempts;
  KRecTrainee *trainees; /* owned */
  int n_trainees;
  char damage[2048]; /* the journal's damaged lines and where they were copied, or "" */
  char folders[KREC_MAX_FOLDERS][512];
  int n_folders;
  int erase_pick;      /* trainee awaiting confirmation, or -1 */
  KRecOutcome outcome; /* of the last export or erase */
  int count;           /* attempts exported or erased */
  char msg[2200];      /* the files written, the name erased, or the error */
} KRecAdmin;

typedef struct KRecords {
  char *dir;            /* owned; the data folder (may be NULL: no home to be found) */
  Track *track;         /* owned; the onboarding track, NULL when none loaded */
  char *track_problems; /* owned; why the track did not load, for the admin, or NULL */
  int n_steps;
  ProgressStep steps[KREC_MAX_STEPS]; /* point into 'track' */
  int step_item[KREC_MAX_STEPS];      /* catalogue index of each step, -1 unavailable */
  /* the attempt being played */
  int step;                                   /* onboarding step being played, -1 for none */
  int64_t started_ms;                         /* Unix time it began */
  int recorded;                               /* already handed over */
  char save_error[KREC_MSG];                  /* the last attempt could not be saved: why; "" when saved */
  char failures[KREC_MAX_FAILURES][KREC_MSG]; /* failed saves since start, for the admin */
  int n_failures;
  KRecMine mine;
  char cert_path[1024]; /* the certificate saved this session, or "" */
  char cert_error[1400];
  KRecAdmin admin;
} KRecords;

/* Sets the data folder ('data_dir', else journal_default_dir) and loads the
   onboarding track (tracks/onboarding.json in the first scenario folder
   that has one), matching its steps with the catalogue. Returns 0, or -1
   when out of memory; a track that does not load is noted, not fatal. */
int krec_init(KRecords *r, const char *data_dir, char *const *scenario_dirs, int n_dirs, const Catalog *cat);
void krec_free(KRecords *r);
/* Wipes everything of the trainee (history, certificate, save notice, the
   admin's picks), for the session reset. */
void krec_forget(KRecords *r);

/* A play begins: 'step' is the onboarding step, or -1. */
void krec_play_started(KRecords *r, int step);
/* The pass mark of the attempt being played: the step's, else 'own'. */
double krec_pass_mark(const KRecords *r, double own);

/* Appends the attempt to the journal (once per play: later calls do
   nothing). 'typed' is the name or badge as typed ("" for a guest).
   Returns 0, or -1 with the reason in r->save_error and in the admin's
   list; nothing saved earlier is touched. */
int krec_record(KRecords *r, const Run *run, const ScoreCard *card, const char *typed, AttemptMode mode, int lang);

/* The same for an attempt built elsewhere (a workshop's, which carries the
   room's attempt id and session): appended once per play; 'a' NULL records
   the failure 'why' instead. Returns 0, or -1 as krec_record. */
int krec_record_attempt(KRecords *r, const Attempt *a, const char *why);

/* 1 if 'typed' names a trainee whose records are kept (not blank, not "guest"). */
int krec_is_named(const char *typed);
/* Reads this trainee's attempts and fills r->mine (a guest has none).
   Re-reads only when the name changed or an attempt was recorded since.
   Returns 0, or -1 with mine.error set. */
int krec_load_mine(KRecords *r, const char *typed, const Catalog *cat);

/* DIR/certificate-NAME-YYYYMMDD-HHMMSS.bmp for 'typed' at 'now_ms', the
   folder created if missing. Returns 0, or -1 with a reason in 'err'. */
int krec_certificate_path(const KRecords *r, const char *typed, int64_t now_ms, char *out, size_t cap, char *err,
                          size_t errlen);

/* Admin: reads the journal for the trainee list and damage warnings, and
   finds the export folders (the data folder, then every folder under
   /media/x/ and /run/media/x/). */
void krec_admin_open(KRecords *r);
void krec_admin_close(KRecords *r);
/* Both exports of every attempt into folder 'i'; the outcome in r->admin. */
int krec_admin_export(KRecords *r, int folder);
/* Erases trainee 'i' of the admin's list; the outcome in r->admin. */
int krec_admin_erase(KRecords *r, int trainee);

#endif
