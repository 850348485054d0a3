/* main.c — thickskin: dispatches to a command */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "sdl/kiosk_main.h"

static int usage(FILE *out) {
  fprintf(out, "Thick Skin — a training simulator for community managers\n\n"
               "usage:\n"
               "  thickskin                      start the kiosk, full screen\n"
               "  thickskin --window             the kiosk in a window (development)\n"
               "  thickskin kiosk [--window] [--config FILE] [--scenarios DIR] [--data DIR] [--seed N]\n"
               "                 [--render software|hardware] [--size WxH] [--render-check DIR]\n"
               "  thickskin menu                 choose and play a scenario in this terminal\n"
               "  thickskin check [PATH…]        validate scenarios and explore every path\n"
               "  thickskin play SCENARIO [--choices 2,1,3 | --strategy best|worst|random]\n"
               "                 [--times 4.2,10,3] [--seed N] [--lang en|it|es] [--untimed]\n"
               "                 [--time-factor N] [--json]\n"
               "                 [--record [--data DIR] [--trainee NAME] [--mode MODE] [--session ID]]\n"
               "  thickskin config check [FILE] | pin | example   the kiosk configuration file\n"
               "  thickskin records [--data DIR] [--trainee NAME]   history and progress\n"
               "  thickskin export [--data DIR] --xapi FILE | --csv FILE\n"
               "  thickskin erase [--data DIR] --trainee NAME\n"
               "  thickskin facilitate [--port N] [--code CODE] [--pace together|own] [--data DIR] SCENARIO\n"
               "                 run a workshop on the projector (full screen, as the kiosk is configured)\n"
               "  thickskin facilitate --headless --port N --code CODE [--expect N] [--pace together|own]\n"
               "                 [--timeout SECONDS] [--data DIR] [--discovery-port P] [--secret-file F]\n"
               "                 [--resume SID] SCENARIO         run a workshop without its projector\n"
               "  thickskin bot --join HOST:PORT|auto --code CODE --strategy random|best|worst [--name NAME]\n"
               "                 [--data DIR] [--seed N] [--think MS] [--drop P] [--discovery-port P]\n"
               "                 [--state FILE]                  a participant with no one at the keyboard\n"
               "  thickskin --help | --version\n");
  return out == stderr ? 2 : 0;
}

/* A command and the function that runs it with the arguments after its
   name; 'keep_name' passes the name on too (for options that are also a
   command's first argument, like --window). */
typedef struct Command {
  const char *name;
  int (*run)(int argc, char **argv);
  int keep_name;
} Command;

static const Command commands[] = {
    {"--window", kiosk_main, 1},       {"kiosk", kiosk_main, 0},  {"menu", cli_menu, 0},
    {"check", cli_check, 0},           {"play", cli_play, 0},     {"config", cli_config, 0},
    {"records", cli_records, 0},       {"export", cli_export, 0}, {"erase", cli_erase, 0},
    {"facilitate", cli_facilitate, 0}, {"bot", cli_bot, 0},       {NULL, NULL, 0},
};

int main(int argc, char **argv) {
  if (argc < 2) {
    return kiosk_main(0, NULL);
  }
  const char *cmd = argv[1];
  for (const Command *c = commands; c->name; c++) {
    if (strcmp(cmd, c->name) == 0) {
      return c->keep_name ? c->run(argc - 1, argv + 1) : c->run(argc - 2, argv + 2);
    }
  }
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    return usage(stdout);
  }
  if (strcmp(cmd, "--version") == 0) {
    printf("thickskin 0.1.0\n");
    return 0;
  }
  fprintf(stderr, "thickskin: unknown command '%s'\n\n", cmd);
  return usage(stderr);
}
