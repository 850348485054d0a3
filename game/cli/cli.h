/* cli.h — the headless commands: check, play, and the terminal trainer */
#ifndef TS_CLI_H
#define TS_CLI_H

int cli_check(int argc, char **argv);
int cli_play(int argc, char **argv);
int cli_menu(int argc, char **argv);
int cli_config(int argc, char **argv);
/* Trainee records (cli_records.c): history and progress, exports, erasing. */
int cli_records(int argc, char **argv);
int cli_export(int argc, char **argv);
int cli_erase(int argc, char **argv);
/* Workshops (cli_workshop.c): a headless facilitator, and a participant bot. */
int cli_facilitate(int argc, char **argv);
int cli_bot(int argc, char **argv);

/* The folder of shipped scenarios: ./scenarios, else next to the program's
   source tree (for a binary in build/). Never NULL. */
const char *cli_scenario_dir(void);

/* Resolves SCENARIO as a path, or as an id in the scenario folder, into buf.
   Returns 0, or -1 with a message printed. */
int cli_find_scenario(const char *arg, const char *dir, char *buf, unsigned len);

#endif
