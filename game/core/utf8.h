/* utf8.h — checking text that came from a file or a keyboard before it is
   stored, shown on a terminal or exported: valid UTF-8, and no control
   characters (C0, DEL or C1) that could drive a terminal or break a row.
   Shared by the kiosk configuration, the trainee records and the tracks. */
#ifndef TS_UTF8_H
#define TS_UTF8_H

#include <stddef.h>

/* Byte offset of the first invalid UTF-8 sequence (overlong, a surrogate,
   past U+10FFFF, cut short) or NUL in 'text', or 'len' if there is none. */
size_t utf8_invalid_at(const char *text, size_t len);

/* Byte offset of the first control character in 'text' (invalid bytes are
   passed over):
   U+0000..U+001F, U+007F or U+0080..U+009F (C1, which some terminals
   obey like an escape). 'len' if there is none. */
size_t utf8_control_at(const char *text, size_t len);

/* Makes the NUL-terminated 's' safe to show, in place and without changing
   its length: each byte of an invalid sequence becomes '?', each byte of a
   control character 'mask' ('?' in messages, ' ' in titles). Returns the
   number of bytes changed. */
size_t utf8_scrub(char *s, char mask);

#endif
