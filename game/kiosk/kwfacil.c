/* kwfacil.c — the facilitator's side of a workshop on the kiosk: the
   set-up reached from the admin screen, the room opened over the chosen
   scenario or case study (a Facil host: listener, discovery, the session
   log in the kiosk's data folder), and the projector's buttons. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

#include "hash.h"
#include "kiosk.h"
#include "kstrings.h"
#include "kworkshop.h"

void kw_setup_begin(Kiosk *k, int64_t now_ms) {
  KWorkshop *w = &k->ws;
  w->facil_error[0] = '\0';
  if (w->setup_item < 0) { /* the first scenario ready to play */
    for (int i = 0; i < k->cat.n && w->setup_item < 0; i++) {
      w->setup_item = k->cat.items[i].s ? i : -1;
    }
    w->setup_case = 0;
  }
  w->has_resumable = kw_resume_scan(k->rec.dir, &w->resumable);
  kiosk_go(k, SCR_WS_SETUP, now_ms);
  w->view++;
}

/* The catalogue entry (practice or case study) of scenario 'id', or NULL. */
static const CatalogEntry *entry_by_id(const Kiosk *k, const char *id) {
  const Catalog *lists[2] = {&k->cat, &k->cases};
  for (int l = 0; l < 2; l++) {
    for (int i = 0; i < lists[l]->n; i++) {
      if (lists[l]->items[i].s && strcmp(lists[l]->items[i].s->id, id) == 0) {
        return &lists[l]->items[i];
      }
    }
  }
  return NULL;
}

const char *kw_resumable_title(const Kiosk *k) {
  const CatalogEntry *e = entry_by_id(k, k->ws.resumable.scenario);
  return e ? text_get(&e->s->title, k->lang, e->s->lang) : k->ws.resumable.scenario;
}

static const CatalogEntry *setup_entry(const Kiosk *k) {
  const Catalog *c = k->ws.setup_case ? &k->cases : &k->cat;
  int i = k->ws.setup_item;
  return i >= 0 && i < c->n && c->items[i].s ? &c->items[i] : NULL;
}

int kw_open_room(Kiosk *k, int64_t now_ms) {
  KWorkshop *w = &k->ws;
  const CatalogEntry *e = setup_entry(k);
  if (!e) {
    snprintf(w->facil_error, sizeof w->facil_error, tr(k->lang, S_WS_CANNOT_OPEN_FMT), tr(k->lang, S_NO_SCENARIOS));
    return -1;
  }
  kw_facil_close(k);
  FacilOpts o = {.scenario = e->path,
                 .port = WS_PORT,
                 .pace = w->setup_pace,
                 .lang = k->lang,
                 .seed = k->seed,
                 .data_dir = k->rec.dir};
  char err[512];
  w->facil = facil_open(&o, err, sizeof err);
  if (!w->facil) {
    snprintf(w->facil_error, sizeof w->facil_error, tr(k->lang, S_WS_CANNOT_OPEN_FMT), err);
    return -1;
  }
  w->facil_error[0] = '\0';
  w->branch = 0;
  kiosk_go(k, SCR_WS_PROJECTOR, now_ms);
  w->view++;
  return 0;
}

int kw_resume_room(Kiosk *k, int64_t now_ms) {
  KWorkshop *w = &k->ws;
  if (!w->has_resumable) {
    return -1;
  }
  kw_facil_close(k);
  /* The kiosk's own copy of the scenario is tried first (its folders may
     not be the shipped ones); the room checks it is the session's version. */
  const CatalogEntry *e = entry_by_id(k, w->resumable.scenario);
  FacilOpts o = {.scenario = e ? e->path : NULL,
                 .port = -1,
                 .pace = w->resumable.pace,
                 .lang = k->lang,
                 .seed = k->seed,
                 .data_dir = k->rec.dir,
                 .resume_sid = w->resumable.sid};
  char err[512];
  w->facil = facil_open(&o, err, sizeof err);
  if (!w->facil) {
    snprintf(w->facil_error, sizeof w->facil_error, tr(k->lang, S_WS_CANNOT_OPEN_FMT), err);
    return -1;
  }
  w->facil_error[0] = '\0';
  w->has_resumable = 0;
  w->branch = 0;
  kiosk_go(k, SCR_WS_PROJECTOR, now_ms);
  w->view++;
  return 0;
}

Room *kw_room(const Kiosk *k) {
  return k->ws.facil ? facil_room(k->ws.facil) : k->ws.room_shown;
}

const char *kw_room_code(const Kiosk *k) {
  Room *r = kw_room(k);
  return r ? room_code(r) : "";
}

void kw_room_address(const Kiosk *k, char *host, int cap, int *port) {
  const char *addr = k->ws.facil ? facil_address(k->ws.facil) : "192.168.1.20:47810";
  const char *colon = strrchr(addr, ':');
  int n = colon ? (int)(colon - addr) : (int)strlen(addr);
  snprintf(host, (size_t)cap, "%.*s", n, addr);
  *port = k->ws.facil ? facil_port(k->ws.facil) : WS_PORT;
}

/* A button's action: the host's when a room is open, else the room's own. */
static int done(Kiosk *k, int rc) {
  Room *r = kw_room(k);
  if (rc != 0 && r) {
    snprintf(k->ws.facil_error, sizeof k->ws.facil_error, "%s", room_error(r));
  } else {
    k->ws.facil_error[0] = '\0';
  }
  k->ws.view++;
  return rc;
}

int kw_room_start(Kiosk *k) {
  Room *r = kw_room(k);
  return done(k, k->ws.facil ? facil_start(k->ws.facil) : r ? room_start(r, 0) : -1);
}

int kw_room_close(Kiosk *k) {
  Room *r = kw_room(k);
  k->ws.branch = 0;
  return done(k, k->ws.facil ? facil_close(k->ws.facil) : r ? room_close(r, 0) : -1);
}

int kw_room_branch(Kiosk *k, int choice) {
  Room *r = kw_room(k);
  int rc = k->ws.facil ? facil_branch(k->ws.facil, choice) : r ? room_set_branch(r, choice) : -1;
  if (rc == 0) {
    k->ws.branch = choice;
  }
  return done(k, rc);
}

int kw_room_continue(Kiosk *k) {
  Room *r = kw_room(k);
  int rc = k->ws.facil ? facil_continue(k->ws.facil) : r ? room_continue(r, 0) : -1;
  if (rc == 0) {
    k->ws.branch = 0;
  }
  return done(k, rc);
}

int kw_room_end(Kiosk *k) {
  Room *r = kw_room(k);
  return done(k, k->ws.facil ? facil_end(k->ws.facil) : r ? room_end(r, 0) : -1);
}

void kw_room_names(Kiosk *k, int on) {
  Room *r = kw_room(k);
  if (r) {
    room_show_names(r, on);
  }
}

int kw_room_marked(const Kiosk *k) {
  Room *r = kw_room(k);
  WsReveal rv;
  if (!r || !room_reveal(r, &rv)) {
    return 0;
  }
  return k->ws.branch > 0 ? k->ws.branch : rv.room;
}

void kw_facil_close(Kiosk *k) {
  if (k->ws.facil) {
    facil_free(k->ws.facil);
    k->ws.facil = NULL;
  }
  k->ws.branch = 0;
}

void kw_room_leave(Kiosk *k, int64_t now_ms) {
  kw_facil_close(k);
  if (k->ws.quit_on_leave) {
    k->quit = 1;
    return;
  }
  kiosk_go(k, SCR_ADMIN, now_ms);
  k->ws.view++;
}

/* The room's numbers the projector shows, as one value that changes with them. */
static uint64_t room_signature(const Room *r) {
  WsReveal rv;
  int seq = 0;
  Pending d;
  room_open_decision(r, &seq, &d);
  int answers = 0, finished = 0; /* own pace: the board moves with every answer */
  RoomSeatInfo si;
  for (int i = 0; i < room_seats_total(r); i++) {
    if (room_seat_info(r, i, &si) == 0) {
      answers += si.answers + si.connected * 1000;
      finished += si.done;
    }
  }
  int64_t v[] = {room_stage(r), seq, room_answered(r), room_seats_present(r), room_seats_total(r),
                 room_reveal(r, &rv) ? rv.seq : 0, room_steps(r), room_names_shown(r), answers, finished};
  return hash_bytes(HASH_START, v, sizeof v);
}

int kw_facil_poll(Kiosk *k, int64_t now_ms) {
  (void)now_ms;
  static uint64_t seen;
  if (!k->ws.facil) {
    return 0;
  }
  if (facil_poll(k->ws.facil, 0) == FACIL_FAILED) {
    snprintf(k->ws.facil_error, sizeof k->ws.facil_error, "%s", tr(k->lang, S_WS_LINK_LOST));
  }
  uint64_t sig = room_signature(facil_room(k->ws.facil));
  if (sig == seen) {
    return 0;
  }
  seen = sig;
  return 1;
}
