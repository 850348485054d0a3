/* kstrings.h — every string the kiosk's interface shows, by id, with one
   table per interface language (kstrings_en.c, kstrings_it.c, kstrings_es.c).
   Scenario texts come from the scenarios themselves, not from here. */
#ifndef TS_KSTRINGS_H
#define TS_KSTRINGS_H

typedef enum {
  S_APP_NAME, S_TAGLINE, S_TOUCH_TO_START,
  S_WHO_ARE_YOU, S_NAME_HINT, S_NAME_PLACEHOLDER, S_START, S_GUEST, S_LANGUAGE, S_KEY_SPACE, S_KEY_DELETE,
  S_HELLO_FMT, S_HELLO_GUEST, S_PRACTICE, S_PRACTICE_SUB, S_ONBOARDING, S_ONBOARDING_SOON, S_CASES, S_CASES_SOON,
  S_COMING_SOON, S_FILTER_ALL, S_MINUTES_FMT, S_UNAVAILABLE, S_UNAVAILABLE_SUB, S_NO_SCENARIOS, S_NO_MATCH, S_SETTINGS, S_FINISH,
  S_CH_FEED, S_CH_PAGE, S_CH_FORUM, S_CH_CHAT, S_CH_EMAIL,
  S_DIFF_INTRO, S_DIFF_STANDARD, S_DIFF_HARD,
  S_AR_ANGRY, S_AR_TROLL, S_AR_RULES, S_AR_PUBLIC, S_AR_INSULT, S_AR_NOTJOB, S_AR_NOTFAULT, S_AR_BADNEWS,
  S_AR_FAN, S_AR_SPAM, S_AR_CRISIS,
  S_YOUR_REPLY, S_AIM_FMT, S_UNTIMED, S_HOUSE_RULES, S_CLOSE, S_WAITING, S_OTHER_THREAD, S_NO_REPLY_FMT,
  S_JUST_NOW, S_MIN_AGO_FMT, S_HOURS_AGO_FMT, S_LEAVE, S_YOU_SPEAK_FOR_FMT, S_STAY_SILENT, S_INBOX, S_REPLY_PREFIX,
  S_MOOD_FURIOUS, S_MOOD_UPSET, S_MOOD_NEUTRAL, S_MOOD_CALM, S_MOOD_HAPPY,
  S_FEEDBACK_TITLE, S_PRINCIPLE, S_SCORE_CHANGE, S_CONTINUE, S_YOU_REPLIED, S_BEST_REPLY, S_WAS_BEST,
  S_TOO_LATE, S_SEE_DEBRIEF,
  S_DEBRIEF, S_OVERALL, S_PASS, S_NOT_YET, S_PASS_MARK_FMT, S_AXIS_EMPATHY, S_AXIS_SPEED, S_AXIS_POLICY,
  S_UNTIMED_AXIS, S_NOT_AT_STAKE, S_SILENCE, S_REPLAY, S_HOME, S_ENDING, S_OUT_RESOLVED, S_OUT_CONTAINED,
  S_OUT_ESCALATED, S_OUT_CRISIS, S_ANSWERED_IN_FMT, S_DECISIONS, S_BROKE_RULE_FMT,
  S_STILL_THERE, S_RESET_IN_FMT, S_IM_HERE,
  S_TEXT_SIZE, S_CONTRAST, S_HIGH_CONTRAST, S_STANDARD, S_TIMER, S_TIMER_NORMAL, S_TIMER_EXTENDED, S_TIMER_OFF,
  S_DONE,
  S_STAFF_PIN, S_WRONG_PIN, S_CANCEL, S_OK, S_ADMIN, S_EXIT_KIOSK, S_RESET_SESSION, S_CONFIG, S_CONFIG_OK,
  S_CONFIG_DEFAULTS, S_FAILED_SCENARIOS, S_NONE, S_BACK, S_DEFAULT_PIN, S_SCENARIOS_LOADED_FMT,
  S_COUNT
} StrId;

/* The interface languages: a subset of text.h's LANG_*. */
int kstr_is_ui_lang(int lang);
/* The string 'id' in 'lang' (English for a language without a table); never NULL. */
const char *tr(int lang, StrId id);
/* A principle's one-line title (principles.h index) in 'lang'. */
const char *tr_principle(int lang, int principle);
/* The table of one language, for the tests: S_COUNT entries, or NULL. */
const char *const *kstr_table(int lang);
const char *const *kstr_principles(int lang);

#endif
