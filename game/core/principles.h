/* principles.h — the principles the trainer teaches, and the scenario vocabularies */
#ifndef TS_PRINCIPLES_H
#define TS_PRINCIPLES_H

typedef enum { AXIS_EMPATHY, AXIS_SPEED, AXIS_POLICY, AXIS_COUNT } Axis;

typedef struct Principle {
  const char *id;    /* stable tag used in scenarios and records */
  Axis axis;         /* the axis it mostly feeds */
  const char *title; /* one line, English */
} Principle;

extern const Principle principles[];
extern const int principle_count;

/* Index into principles[] for a tag, or -1. */
int principle_find(const char *id);

const char *axis_name(Axis a);

/* The closed vocabularies of the scenario format; each list is NULL-terminated
   and the index of a name is its enum value. */
extern const char *const archetype_names[];
extern const char *const channel_names[];
extern const char *const difficulty_names[];
extern const char *const outcome_names[]; /* in order of severity */

typedef enum { CH_FEED, CH_PAGE, CH_FORUM, CH_CHAT, CH_EMAIL } Channel;
typedef enum { DIFF_INTRO, DIFF_STANDARD, DIFF_HARD } Difficulty;
typedef enum { OUT_RESOLVED, OUT_CONTAINED, OUT_ESCALATED, OUT_CRISIS } Outcome;

/* Index of 'name' in a NULL-terminated list, or -1. */
int name_index(const char *const *list, const char *name);

#endif
