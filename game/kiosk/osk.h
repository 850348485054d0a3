/* osk.h — the on-screen keyboard's model: its key rows and the name (or
   badge code) being typed, which physical keyboards type into too. No SDL. */
#ifndef TS_OSK_H
#define TS_OSK_H

#define OSK_MAX_BYTES 48 /* UTF-8 bytes of the name, without the NUL */
#define OSK_MAX_CHARS 24 /* characters a trainee may type */

typedef enum { OSK_CHAR, OSK_SPACE, OSK_DELETE } OskKeyKind;

typedef struct OskKey {
  OskKeyKind kind;
  const char *label; /* UTF-8; the character typed for OSK_CHAR */
  int row, col;      /* position in the grid */
  int span;          /* width in key units */
} OskKey;

typedef struct Osk {
  char text[OSK_MAX_BYTES + 1];
  int len; /* bytes */
} Osk;

/* The keys, in reading order; the count is returned through 'n'. */
const OskKey *osk_keys(int *n);
int osk_rows(void);
int osk_row_units(int row); /* the width of a row, in key units */

/* Applies a key. Returns 1 if the text changed. */
int osk_press(Osk *o, const OskKey *k);
/* Types UTF-8 from a physical keyboard: printable characters only, up to
   OSK_MAX_CHARS; control characters are dropped. Returns 1 if anything was added. */
int osk_type(Osk *o, const char *utf8);
int osk_backspace(Osk *o);
int osk_chars(const Osk *o);
/* Wipes the text (memset), so nothing of a trainee stays in memory. */
void osk_clear(Osk *o);
/* The name with spaces trimmed at both ends into 'out'; "" if there is none. */
void osk_trimmed(const Osk *o, char *out, int cap);

#endif
