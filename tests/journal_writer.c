/* journal_writer.c — a writer process for the journal tests: appends COUNT
   attempts by trainee "wINDEX" (seed 1..COUNT, ids unique per writer and
   seed) to the journal in DIR, one journal_append each, and exits 0; 1 on
   the first failure, with the error on stderr. The tests run several at
   once, or kill one with SIGKILL at a random moment. With a fourth argument
   TEAR, append number TEAR writes half its line and the process kills
   itself there, as a power cut in the middle of a write would leave it. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "attempts.h"
#include "journal.h"

static ssize_t half_then_die(int fd, const void *buf, size_t len) {
  ssize_t n = write(fd, buf, len / 2);
  kill(getpid(), SIGKILL);
  return n;
}

int main(int argc, char **argv) {
  if (argc != 4 && argc != 5) {
    fprintf(stderr, "usage: journal_writer DIR INDEX COUNT [TEAR]\n");
    return 2;
  }
  int tear = argc == 5 ? atoi(argv[4]) : 0;
  const char *dir = argv[1];
  int index = atoi(argv[2]), count = atoi(argv[3]);
  char trainee[32];
  snprintf(trainee, sizeof trainee, "w%d", index);
  for (int seq = 1; seq <= count; seq++) {
    Attempt a = sample_attempt(seq, trainee, "late-parcel", 40 + seq % 60, 50, 60);
    snprintf(a.id, sizeof a.id, "%08x-0000-4000-8000-%012d", (unsigned)index, seq);
    char err[512];
    if (seq == tear) {
      journal_set_write_fn(half_then_die);
    }
    int rc = journal_append(dir, &a, err, sizeof err);
    attempt_clear(&a);
    if (rc != 0) {
      fprintf(stderr, "journal_writer: %s\n", err);
      return 1;
    }
  }
  return 0;
}
