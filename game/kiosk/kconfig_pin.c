/* kconfig_pin.c — the admin PIN: hashed with crypt(3) from libxcrypt for the
   configuration file, checked against that hash in constant time, and the
   form check of a stored hash. The PIN itself is never stored. */
#define _DEFAULT_SOURCE /* explicit_bzero */
#include <crypt.h>
#include <stdlib.h>
#include <string.h>

#include "kconfig_internal.h"

/* yescrypt, the default of current Debian for passwords: a slow, memory-hard
   hash makes a stolen file cost more to try every PIN against. */
#define PIN_METHOD "$y$"

int kcfg_pin_is_valid(const char *pin) {
  size_t n = strlen(pin);
  if (n < 4 || n > 12) {
    return 0;
  }
  for (size_t i = 0; i < n; i++) {
    if (pin[i] < '0' || pin[i] > '9') {
      return 0;
    }
  }
  return 1;
}

/* Strong methods and the length of the hash after their last '$'. */
static const struct {
  const char *prefix;
  size_t hash_len;
} methods[] = {
    {"$y$", 43}, {"$gy$", 43}, {"$7$", 43}, {"$6$", 86}, {"$2b$", 53}, {"$2y$", 53},
};

static int crypt_alphabet(const char *s) {
  for (; *s; s++) {
    int ok = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '.' || *s == '/';
    if (!ok) {
      return 0;
    }
  }
  return 1;
}

/* Checking the form rather than hashing a trial PIN keeps loading fast:
   one yescrypt hash takes tens of milliseconds, at start-up on every boot. */
int kcfg_hash_is_valid(const char *hash, const char **why) {
  int salt = crypt_checksalt(hash);
  if (salt == CRYPT_SALT_METHOD_LEGACY || salt == CRYPT_SALT_METHOD_DISABLED) {
    *why = "a hash made with an outdated method";
    return 0;
  }
  const char *last = strrchr(hash, '$');
  for (size_t i = 0; salt == CRYPT_SALT_OK && last && i < sizeof methods / sizeof methods[0]; i++) {
    size_t plen = strlen(methods[i].prefix);
    if (strncmp(hash, methods[i].prefix, plen) == 0 && last > hash + plen && strlen(last + 1) == methods[i].hash_len &&
        crypt_alphabet(last + 1)) {
      return 1;
    }
  }
  *why = hash[0] ? "not a complete crypt(3) hash" : "empty";
  return 0;
}

static int equal_in_constant_time(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  unsigned char diff = la != lb;
  for (size_t i = 0; i < la && i < lb; i++) {
    diff |= (unsigned char)(a[i] ^ b[i]);
  }
  return diff == 0;
}

/* crypt_rn of 'pin' with 'setting' (a salt or a whole hash), compared with
   'expect' if given, else copied: returns 1/0, or the copy through *out. */
static int run_crypt(const char *pin, const char *setting, const char *expect, char **out) {
  struct crypt_data *data = calloc(1, sizeof *data); /* 32 KiB: not on the stack */
  if (!data) {
    return 0;
  }
  const char *h = crypt_rn(pin, setting, data, (int)sizeof *data);
  int ok = h && h[0] != '*';
  if (ok && expect) {
    ok = equal_in_constant_time(h, expect);
  } else if (ok && out) {
    *out = strdup(h);
    ok = *out != NULL;
  }
  explicit_bzero(data, sizeof *data);
  free(data);
  return ok;
}

char *kcfg_hash_pin(const char *pin) {
  char salt[CRYPT_GENSALT_OUTPUT_SIZE];
  char *hash = NULL;
  /* No random bytes passed: libxcrypt draws the salt from the OS itself. */
  if (!kcfg_pin_is_valid(pin) || !crypt_gensalt_rn(PIN_METHOD, 0, NULL, 0, salt, (int)sizeof salt)) {
    return NULL;
  }
  if (!run_crypt(pin, salt, NULL, &hash)) {
    return NULL;
  }
  return hash;
}

int kcfg_check_pin(const KioskConfig *c, const char *pin) {
  if (!pin || !kcfg_pin_is_valid(pin)) {
    return 0;
  }
  if (c->pin_hash) {
    return run_crypt(pin, c->pin_hash, c->pin_hash, NULL);
  }
  return c->pin_is_default && equal_in_constant_time(pin, KCFG_DEFAULT_PIN);
}
