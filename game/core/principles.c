/* principles.c — the principle table from the domain brief (ids are stable) */
#include "principles.h"

#include <string.h>

const Principle principles[] = {
    {"not-personal", AXIS_EMPATHY, "It is not personal: stay calm and polite, or hand over."},
    {"reply-fast", AXIS_SPEED, "Social is real time: a quick first acknowledgement defuses."},
    {"apologise-sincerely", AXIS_EMPATHY, "A sincere, specific apology ends the fight."},
    {"own-it", AXIS_EMPATHY, "Never 'not my job': help, or take the person to who can."},
    {"bad-news-early", AXIS_SPEED, "Deliver unpopular news early and plainly."},
    {"no-lies", AXIS_POLICY, "Never lie, even when told to."},
    {"never-threaten", AXIS_POLICY, "A complaint is not an attack: never threaten a customer."},
    {"dont-delete-criticism", AXIS_POLICY, "Deleting legitimate criticism backfires: screenshots exist."},
    {"go-private", AXIS_POLICY, "Answer publicly, then take personal details private."},
    {"moderate-abuse", AXIS_POLICY, "Protect the community: remove abuse, mark spam."},
    {"rules-consistently", AXIS_POLICY, "Enforce published rules the same way for everyone."},
    {"dont-feed-trolls", AXIS_EMPATHY, "Trolls want a reaction: be brief, factual, rules-based."},
    {"engage-fans", AXIS_EMPATHY, "Answer praise and fans too: advocacy is half the job."},
    {"listen", AXIS_EMPATHY, "Social channels are conversations, not press releases."},
    {"plan-campaigns", AXIS_POLICY, "Risk-check campaigns; never newsjack a tragedy."},
    {"recover-fast", AXIS_SPEED, "When you fail: act quickly, apologise, fix it."},
};
const int principle_count = (int)(sizeof principles / sizeof principles[0]);

const char *const archetype_names[] = {"angry-customer",   "troll",      "rule-disputer", "public-complaint",
                                       "insulting-advice", "not-my-job", "not-my-fault",  "bad-news",
                                       "happy-fan",        "spam",       "crisis",        NULL};
const char *const channel_names[] = {"feed", "page", "forum", "chat", "email", NULL};
const char *const difficulty_names[] = {"intro", "standard", "hard", NULL};
const char *const outcome_names[] = {"resolved", "contained", "escalated", "crisis", NULL};

int name_index(const char *const *list, const char *name) {
  for (int i = 0; name && list[i]; i++) {
    if (strcmp(list[i], name) == 0) {
      return i;
    }
  }
  return -1;
}

int principle_find(const char *id) {
  for (int i = 0; id && i < principle_count; i++) {
    if (strcmp(principles[i].id, id) == 0) {
      return i;
    }
  }
  return -1;
}

const char *axis_name(Axis a) {
  static const char *const names[AXIS_COUNT] = {"empathy", "speed", "policy"};
  return (a >= 0 && a < AXIS_COUNT) ? names[a] : "?";
}
