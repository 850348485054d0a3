/* cli_config.c — thickskin config check [FILE] | pin | example: the admin's
   tools for the kiosk configuration file (docs/kiosk-config.md). */
#define _DEFAULT_SOURCE /* explicit_bzero, with POSIX */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli/cli.h"
#include "kconfig.h"

/* The example in docs/kiosk-config.md, key for key (tests/cli_config.sh
   keeps the two the same). JSON has no comments: the docs explain it. */
static const char example[] = "{\n"
                              "  \"idle_timeout_seconds\": 90,\n"
                              "  \"still_there_seconds\": 20,\n"
                              "  \"languages\": [\"en\", \"it\", \"es\"],\n"
                              "  \"default_language\": \"en\",\n"
                              "  \"modes\": [\"practice\", \"onboarding\", \"case-studies\", \"workshop\"],\n"
                              "  \"scenario_folders\": [\"scenarios\"],\n"
                              "  \"data_folder\": \"records\",\n"
                              "  \"fullscreen\": true,\n"
                              "  \"window\": { \"width\": 1280, \"height\": 720 },\n"
                              "  \"renderer\": \"auto\",\n"
                              "  \"theme\": \"light\",\n"
                              "  \"text_scale_percent\": 100,\n"
                              "  \"decision_timer\": \"normal\",\n"
                              "  \"assessed\": false\n"
                              "}\n";

static int usage(void) {
  fprintf(stderr, "usage: thickskin config check [FILE]   validate a kiosk configuration file\n"
                  "       thickskin config pin            make the hash of a new admin PIN\n"
                  "       thickskin config example        print an example file\n");
  return 2;
}

static void print_diag(const Diag *d) {
  for (int i = 0; i < d->count; i++) {
    printf("%s%s\n", d->items[i].level == DIAG_WARNING ? "warning: " : "", d->items[i].msg);
  }
}

static int config_check(const char *file) {
  char *found = file ? NULL : kcfg_find();
  const char *path = file ? file : found;
  KioskConfig c;
  Diag d = {0};
  kcfg_defaults(&c);
  if (!path) {
    printf("no configuration file ($THICKSKIN_CONFIG, $XDG_CONFIG_HOME/thickskin/kiosk.json or "
           "~/.config/thickskin/kiosk.json, /etc/thickskin/kiosk.json): the kiosk runs on its defaults\n");
  }
  int status = path && kcfg_load(path, &c, &d) != 0 ? 1 : 0;
  kcfg_warnings(&c, &d);
  print_diag(&d);
  if (path && status) {
    printf("%s: %d problem%s; the kiosk starts with the defaults for those settings\n", path, d.errors,
           d.errors == 1 ? "" : "s");
  } else if (path) {
    printf("%s: valid\n", path);
  }
  diag_free(&d);
  kcfg_free(&c);
  free(found);
  return status;
}

/* ---- reading a PIN ---- */

static struct termios saved_tty;
static volatile sig_atomic_t echo_off;

/* Echo comes back even when the admin gives up with Ctrl-C. */
static void restore_echo(int sig) {
  if (echo_off) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

static void set_echo(int on) {
  if (on) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
    echo_off = 0;
    return;
  }
  struct termios quiet = saved_tty;
  quiet.c_lflag &= (tcflag_t)~ECHO;
  echo_off = 1;
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
}

/* One line from standard input without its line end, in 'buf'; -1 at the end
   of the input. On a terminal, 'prompt' is shown and the typing hidden. */
static int read_pin(const char *prompt, char *buf, size_t size) {
  int tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_tty) == 0;
  if (tty) {
    fprintf(stderr, "%s", prompt);
    set_echo(0);
  }
  char *got = fgets(buf, (int)size, stdin);
  if (tty) {
    set_echo(1);
    fprintf(stderr, "\n");
  }
  if (!got) {
    return -1;
  }
  buf[strcspn(buf, "\r\n")] = '\0';
  return 0;
}

static int pin_problem(char *a, char *b, size_t size) {
  if (read_pin("New admin PIN (4 to 12 digits): ", a, size) != 0) {
    fprintf(stderr, "thickskin: no PIN given\n");
    return 1;
  }
  if (!kcfg_pin_is_valid(a)) {
    fprintf(stderr, "thickskin: a PIN is 4 to 12 digits (0-9), nothing else\n");
    return 1;
  }
  if (strcmp(a, KCFG_DEFAULT_PIN) == 0) {
    fprintf(stderr, "thickskin: %s is the default PIN anyone can look up; choose another\n", KCFG_DEFAULT_PIN);
    return 1;
  }
  if (read_pin("The same PIN again: ", b, size) != 0 || strcmp(a, b) != 0) {
    fprintf(stderr, "thickskin: the two PINs differ; nothing was changed\n");
    return 1;
  }
  return 0;
}

static int config_pin(void) {
  char a[64] = "", b[64] = "";
  signal(SIGINT, restore_echo);
  signal(SIGTERM, restore_echo);
  int status = pin_problem(a, b, sizeof a);
  char *hash = status ? NULL : kcfg_hash_pin(a);
  if (!status && !hash) {
    fprintf(stderr, "thickskin: the PIN could not be hashed (crypt(3) failed)\n");
    status = 1;
  }
  if (hash) {
    printf("\"admin_pin_hash\": \"%s\"\n", hash);
    fprintf(stderr, "Paste this line into the kiosk configuration file, then run 'thickskin config check'.\n");
  }
  explicit_bzero(a, sizeof a);
  explicit_bzero(b, sizeof b);
  free(hash);
  return status;
}

int cli_config(int argc, char **argv) {
  if (argc == 1 && strcmp(argv[0], "example") == 0) {
    fputs(example, stdout);
    return 0;
  }
  if (argc == 1 && strcmp(argv[0], "pin") == 0) {
    return config_pin();
  }
  if (argc >= 1 && argc <= 2 && strcmp(argv[0], "check") == 0) {
    return config_check(argc == 2 ? argv[1] : NULL);
  }
  return usage();
}
