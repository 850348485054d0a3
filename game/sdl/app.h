/* app.h — the kiosk application: the session (kiosk.h) and the way it is
   drawn. The screens (scr_*.c) draw one frame each from the session's state
   and act on the widgets' answers; app.c runs the window and the loop. */
#ifndef TS_APP_H
#define TS_APP_H

#include "kiosk.h"
#include "kstrings.h"
#include "ui.h"

typedef struct App {
  Kiosk k;
  Gfx g;
  Ui ui;
  int windowed;       /* development: a window that may be closed */
  int64_t attract_t0; /* when the attract screen's current post began to slide in */
  int attract_shown;  /* posts shown so far on the attract screen */
  int hold_down;      /* the admin gesture: the corner is being held */
  int64_t hold_since;
  unsigned seen_session;
  Screen seen_screen;
  Overlay seen_overlay;
  int seen_events;
  int seen_thread;
  unsigned seen_view; /* the workshop's view counter (kworkshop.h) last drawn */
  int shot_anchor_y; /* for the screenshots: where the case section (home) or the chart (case debrief) starts in its
                        scroll view */
} App;

/* Draws the current state into the renderer (no present); the log, if set,
   receives every box. */
void app_draw(App *a, int w, int h, int64_t now);
/* One SDL event (touch, mouse, key, window) for a window of w×h; returns 1
   when it asks for a frame before the next event is read. The loop calls
   it, and so does the touch test with events of its own. */
int app_handle_event(App *a, const SDL_Event *e, int64_t now, int w, int h);
/* 1 while a text field takes the keyboard (letters type, digits are not replies). */
int app_typing(const App *a);
/* Milliseconds the loop may sleep before the next frame is needed. */
int64_t app_next_frame(const App *a, int64_t now);

/* --- screens ------------------------------------------------------------- */
void scr_attract(App *a);
void scr_identify(App *a);
void scr_home(App *a);
void scr_play(App *a);
void scr_feedback(App *a);
void scr_debrief(App *a);
void scr_admin(App *a);
void ov_still_there(App *a);
void ov_pin(App *a);
void ov_rules(App *a);
void ov_settings(App *a);
/* the trainee records' screens and their parts on other screens */
void scr_onboarding(App *a);
void scr_progress(App *a);
void scr_certificate(App *a);
int home_records(App *a, int x, int y, int w);           /* onboarding and "My progress" cards; the height */
int debrief_records_notice(App *a, int x, int y, int w); /* not saved, track complete; the height */
int records_guest_note(App *a, int x, int y, int w);     /* progress is kept only under a name */
int admin_records(App *a, int x, int y, int w);          /* export, erase, journal warnings; the height */
int certificate_save(App *a);                            /* the certificate as an image; 0 or -1 */

/* case studies (scr_case.c, scr_case_debrief.c) */
const Scenario *play_case(const App *a); /* the play's scenario when it is a case study, else NULL */
void case_stamp(const App *a, int64_t sim_ms, char *out, int cap); /* "Thu 30 Jan 2014, 18:05 CET" */
/* The same for a stamp of that precision: "~18:05" when approximate, the date alone when only the day is known. */
void case_stamp_as(const App *a, int64_t sim_ms, CivilPrecision precision, char *out, int cap);
void case_number(int lang, double v, char *out, int cap);          /* 6,000 or 6.000 */
void case_sources_line(const App *a, const int *sources, int n, char *out, int cap);
int case_clock_bar(App *a, Box b, int draw); /* the story clock and its controls; the height for b.w */
int case_post_extras(App *a, const Post *p, int x, int y, int w, Uint8 alpha, int draw); /* translation, note, source */
int case_alt_band(App *a, int x, int y, int w, int draw);                /* "What might have happened" */
int case_reveal(App *a, const DecisionRecord *rec, int x, int y, int w); /* what they actually did */
/* The same three for a scenario other than the play's (the projector's room). */
void case_stamp_in(const App *a, const Scenario *s, int64_t sim_ms, CivilPrecision precision, char *out, int cap);
void case_sources_in(const Scenario *s, const int *sources, int n, char *out, int cap);
int case_reveal_in(App *a, const Scenario *s, const DecisionRecord *rec, int x, int y, int w);
int debrief_case(App *a, int x, int y, int w); /* the paths, the chart, lessons, outcome, sources */

/* workshops: the participant's screens (scr_ws_join.c, scr_ws_part.c), the
   set-up and the projector (scr_ws_setup.c, scr_ws_room.c, scr_ws_results.c) */
void scr_ws_join(App *a);
void scr_ws_lobby(App *a);
void scr_ws_reveal(App *a);
void scr_ws_setup(App *a);
void scr_ws_projector(App *a);
/* Together, on the play screen: the decision panel once answered (the
   calm wait for the room); 1 when it drew it, 0 to draw the usual panel. */
int ws_decision_wait(App *a, Box area);
/* The projector's pieces (scr_ws_room.c) and its two other stages (scr_ws_results.c). */
int ws_room_buttons(App *a, Box bar, const char *const *labels, const ButtonStyle *styles, int n);
int ws_room_head(App *a, const Room *r, int x, int y, int w);
int ws_room_names(App *a, const Room *r, int x, int y, int w);
void ws_room_board(App *a, Room *r, Box body, Box bar);
void ws_room_results(App *a, Room *r, Box body, Box bar);
/* The small "Reconnecting…" notice over any screen while the link is down. */
void ws_link_notice(App *a);
/* The room's answers to a decision as bars, one per reply offered (and one
   for no answer when some gave none): 'mine' (1-based, 0 silence, -1 none)
   is marked as yours, 'marked' as the room's way on; with 'pickable' a bar
   (or its number key) picks it into *picked. Returns the height. */
int ws_bars(App *a, const Scenario *s, const Pending *d, const WsReveal *rv, int mine, int marked, Box at,
            int pickable, int *picked);
/* The best reply of a revealed decision and why (its feedback); the height. */
int ws_best_reply(App *a, const Scenario *s, const Decision *dec, const WsReveal *rv, int x, int y, int w,
                  TextRole role);

/* --- shared pieces (scr_common.c) ---------------------------------------- */
#define ADMIN_CORNER_UNITS 110
const char *str_channel(int lang, int channel);
const char *str_difficulty(int lang, int difficulty);
const char *str_archetype(int lang, int archetype);
const char *str_outcome(int lang, int outcome);
const char *str_mood(int lang, double mood);
SDL_Color avatar_colour(const char *name);
SDL_Color mood_colour(const Palette *p, double mood);
/* A round avatar with the initials of 'name'. */
void draw_avatar(Ui *ui, int x, int y, int size, const char *name, Uint8 alpha);
/* A small rounded tag; returns its width. */
int draw_tag(Ui *ui, int x, int y, const char *s, SDL_Color bg, SDL_Color fg);
int tag_width(Ui *ui, const char *s);
int tag_height(Ui *ui);
/* A modal card centred on screen, at most w×h units; returns its inner box. */
Box modal_card(Ui *ui, int w_units, int h_px);
/* The app's margin and gap, in pixels. */
int margin(const Ui *ui);
int gap(const Ui *ui);
int64_t app_now(void);

#endif
