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
               "  thickskin kiosk [--window] [--config FILE] [--scenarios DIR] [--seed N]\n"
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
               "  thickskin --help | --version\n");
  return out == stderr ? 2 : 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    return kiosk_main(0, NULL);
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "--window") == 0) {
    return kiosk_main(argc - 1, argv + 1);
  }
  if (strcmp(cmd, "kiosk") == 0) {
    return kiosk_main(argc - 2, argv + 2);
  }
  if (strcmp(cmd, "menu") == 0) {
    return cli_menu(argc - 2, argv + 2);
  }
  if (strcmp(cmd, "check") == 0) {
    return cli_check(argc - 2, argv + 2);
  }
  if (strcmp(cmd, "play") == 0) {
    return cli_play(argc - 2, argv + 2);
  }
  if (strcmp(cmd, "config") == 0) {
    return cli_config(argc - 2, argv + 2);
  }
  if (strcmp(cmd, "records") == 0) {
    return cli_records(argc - 2, argv + 2);
  }
  if (strcmp(cmd, "export") == 0) {
    return cli_export(argc - 2, argv + 2);
  }
  if (strcmp(cmd, "erase") == 0) {
    return cli_erase(argc - 2, argv + 2);
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
