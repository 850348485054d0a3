/* test_journal.c — the journal loses nothing: appends and reads, torn and
   garbage files, a full disk (injected, and a real tiny tmpfs when allowed),
   writers killed with SIGKILL at random moments, concurrent writers, and
   erasing a trainee while others keep their records and damaged lines. */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "attempts.h"
#include "fixtures.h"
#include "journal.h"
#include "testing.h"

#ifndef JOURNAL_WRITER
#error "JOURNAL_WRITER must name the writer program (tests/CMakeLists.txt)"
#endif

static char root[256];

/* A fresh folder under the test's temporary root. */
static const char *fresh_dir(const char *name) {
  static char dir[512];
  snprintf(dir, sizeof dir, "%s/%s", root, name);
  return dir;
}

static void journal_file(const char *dir, char *path, size_t cap) {
  snprintf(path, cap, "%s/%s", dir, JOURNAL_FILE);
}

static void write_file(const char *path, const char *bytes, size_t len) {
  FILE *f = fopen(path, "wb");
  fwrite(bytes, 1, len, f);
  fclose(f);
}

static size_t file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (size_t)st.st_size : 0;
}

static int append_sample(const char *dir, int n, const char *trainee) {
  Attempt a = sample_attempt(n, trainee, "late-parcel", 50, 60, 70);
  char err[512];
  int rc = journal_append(dir, &a, err, sizeof err);
  if (rc != 0) {
    fprintf(stderr, "append: %s\n", err);
  }
  attempt_clear(&a);
  return rc;
}

static char *sample_line(int n, const char *trainee) {
  Attempt a = sample_attempt(n, trainee, "late-parcel", 50, 60, 70);
  char *line = attempt_to_line(&a);
  attempt_clear(&a);
  return line;
}

/* --- appending and reading ------------------------------------------------------ */

static void appends_create_the_folder_and_read_back_in_order(void) {
  char dir[512], path[600], err[512];
  snprintf(dir, sizeof dir, "%s/nested/deeper/data", root);
  EXPECT_INT(append_sample(dir, 1, "ann"), 0);
  EXPECT_INT(append_sample(dir, 2, "bob"), 0);
  journal_file(dir, path, sizeof path);
  struct stat st;
  EXPECT_INT(stat(path, &st), 0);
  EXPECT_INT(st.st_mode & 0777, 0600);
  EXPECT_INT(stat(dir, &st), 0);
  EXPECT_INT(st.st_mode & 0777, 0700);
  JournalRead jr;
  Diag warn = {0};
  EXPECT_INT(journal_read(dir, &jr, &warn, err, sizeof err), 0);
  EXPECT_INT(jr.n, 2);
  EXPECT_INT(jr.n_damaged, 0);
  EXPECT_INT(warn.count, 0);
  EXPECT_STR(jr.attempts[0].trainee, "ann");
  EXPECT_STR(jr.attempts[1].id, "00000000-0000-4000-8000-000000000002");
  journal_read_free(&jr);
  diag_free(&warn);
}

static void a_missing_folder_or_empty_file_is_an_empty_journal(void) {
  JournalRead jr;
  char err[512], path[600];
  EXPECT_INT(journal_read(fresh_dir("never-made"), &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n + jr.n_damaged, 0);
  const char *dir = fresh_dir("empty");
  mkdir(dir, 0700);
  journal_file(dir, path, sizeof path);
  write_file(path, "", 0);
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n + jr.n_damaged, 0);
  write_file(path, "\n\n", 2); /* blank lines are neither records nor damage */
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n + jr.n_damaged, 0);
  EXPECT_INT(append_sample(dir, 1, "ann"), 0);
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n, 1);
  journal_read_free(&jr);
  /* a file where the folder should be is an error that names it */
  const char *not_dir = fresh_dir("plain-file");
  write_file(not_dir, "x", 1);
  EXPECT_INT(journal_read(not_dir, &jr, NULL, err, sizeof err), -1);
  EXPECT_CONTAINS(err, "plain-file/attempts.jsonl: cannot read the journal: Not a directory");
  EXPECT_INT(append_sample(not_dir, 1, "ann"), -1);
}

static void damaged_lines_are_skipped_with_warnings_and_kept(void) {
  const char *dir = fresh_dir("garbage");
  char path[600], err[512];
  mkdir(dir, 0700);
  journal_file(dir, path, sizeof path);
  char *l1 = sample_line(1, "ann"), *l2 = sample_line(2, "ann");
  char garbage[64] = {'\x7f', 'E', 'L', 'F', 0, 1, 2, (char)0xfe, '\n'};
  size_t glen = 9;
  size_t len = strlen(l1) + glen + 12 + strlen(l2) + 20;
  char *bytes = malloc(len + 1);
  int n = snprintf(bytes, len + 1, "%s", l1);
  memcpy(bytes + n, garbage, glen);
  n += (int)glen;
  n += snprintf(bytes + n, len + 1 - (size_t)n, "{\"v\":1,\"id\n%s{\"v\":1,\"trainee\":\"a", l2);
  write_file(path, bytes, (size_t)n);
  JournalRead jr;
  Diag warn = {0};
  EXPECT_INT(journal_read(dir, &jr, &warn, err, sizeof err), 0);
  EXPECT_INT(jr.n, 2);
  EXPECT_INT(jr.n_damaged, 3);
  EXPECT_INT(jr.damaged[0].line, 2);
  EXPECT_STR(jr.damaged[0].reason, "not text (a NUL byte)");
  EXPECT_INT(jr.damaged[1].line, 3);
  EXPECT_INT(jr.damaged[1].torn, 0);
  EXPECT_INT(jr.damaged[2].line, 5);
  EXPECT_INT(jr.damaged[2].torn, 1);
  EXPECT_INT(jr.damaged[2].offset, (long long)(n - 19));
  EXPECT_INT(warn.count, 3);
  EXPECT(warn.count == 3 && strstr(warn.items[2].msg, path) == warn.items[2].msg);
  EXPECT_CONTAINS(warn.items[2].msg, ":5: ");
  EXPECT_CONTAINS(
      warn.items[2].msg,
      ":5: damaged record skipped (kept in the file): torn, the last write was cut short: not valid JSON at byte 19");
  /* reading never rewrote anything */
  char *after = read_text(path);
  EXPECT(after && memcmp(after, bytes, (size_t)n) == 0 && file_size(path) == (size_t)n);
  /* the damage is copied aside for the admin */
  EXPECT_INT(journal_report_damage(dir, &jr, err, sizeof err), 0);
  char report[700];
  snprintf(report, sizeof report, "%s/%s", dir, JOURNAL_DAMAGED_FILE);
  char *text = read_text(report);
  EXPECT_CONTAINS(text, "# line 3, byte ");
  EXPECT_CONTAINS(text, "\n{\"v\":1,\"id\n");
  EXPECT_CONTAINS(text, "\\x7FELF\\x00\\x01\\x02");
  EXPECT_CONTAINS(text, "# line 5, byte ");
  free(text);
  free(after);
  free(bytes);
  free(l1);
  free(l2);
  journal_read_free(&jr);
  diag_free(&warn);
}

static void an_append_after_a_torn_line_starts_a_new_line(void) {
  const char *dir = fresh_dir("torn");
  char path[600], err[512];
  mkdir(dir, 0700);
  journal_file(dir, path, sizeof path);
  char *l1 = sample_line(1, "ann"), *l2 = sample_line(2, "bob");
  char old[4096];
  int n = snprintf(old, sizeof old, "%s{\"v\":1,\"id\":\"0000", l1);
  write_file(path, old, (size_t)n);
  EXPECT_INT(append_sample(dir, 2, "bob"), 0);
  char *now = read_text(path);
  char expected[8192];
  snprintf(expected, sizeof expected, "%s\n%s", old, l2);
  EXPECT_STR(now, expected);
  JournalRead jr;
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n, 2);
  EXPECT_INT(jr.n_damaged, 1);
  EXPECT_INT(jr.damaged[0].torn, 0);
  EXPECT_STR(jr.attempts[1].trainee, "bob");
  journal_read_free(&jr);
  free(now);
  free(l1);
  free(l2);
}

/* --- a full disk ------------------------------------------------------------------ */

static int fail_errno;
static ssize_t failing_write(int fd, const void *buf, size_t len) {
  (void)fd, (void)buf, (void)len;
  errno = fail_errno;
  return -1;
}
/* Writes half, as a filling disk does, then finds no more room. */
static int half_calls;
static ssize_t half_write(int fd, const void *buf, size_t len) {
  if (half_calls++ > 0) {
    errno = ENOSPC;
    return -1;
  }
  return write(fd, buf, len / 2);
}

static void check_failed_append(const char *dir, const char *path, JournalWriteFn fn, const char *reason) {
  char *before = read_text(path), err[512] = "";
  size_t size = file_size(path);
  Attempt a = sample_attempt(99, "carl", "late-parcel", 1, 2, 3);
  journal_set_write_fn(fn);
  half_calls = 0;
  EXPECT_INT(journal_append(dir, &a, err, sizeof err), -1);
  journal_set_write_fn(NULL);
  attempt_clear(&a);
  char expected[700];
  snprintf(expected, sizeof expected, "%s: cannot save the attempt: %s", path, reason);
  EXPECT_CONTAINS(err, expected);
  char *after = read_text(path);
  EXPECT_INT(file_size(path), size);
  EXPECT(before && after && memcmp(before, after, size) == 0);
  free(before);
  free(after);
}

static void a_failed_write_leaves_the_journal_as_it_was(void) {
  const char *dir = fresh_dir("full");
  char path[600], err[512];
  journal_file(dir, path, sizeof path);
  EXPECT_INT(append_sample(dir, 1, "ann"), 0);
  EXPECT_INT(append_sample(dir, 2, "ann"), 0);
  fail_errno = ENOSPC;
  check_failed_append(dir, path, failing_write, "No space left on device");
  fail_errno = EIO;
  check_failed_append(dir, path, failing_write, "Input/output error");
  check_failed_append(dir, path, half_write, "No space left on device (after 276 of 553 bytes)");
  /* with a torn last line, the newline that would start the record is part
     of the failed write and goes too */
  FILE *f = fopen(path, "ab");
  fputs("{\"v\":1,\"tr", f);
  fclose(f);
  check_failed_append(dir, path, half_write, "No space left on device (after 277 of 554 bytes)");
  fail_errno = ENOSPC;
  check_failed_append(dir, path, failing_write, "No space left on device");
  /* and once there is room again, the next record lands whole */
  EXPECT_INT(append_sample(dir, 3, "ann"), 0);
  JournalRead jr;
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n, 3);
  EXPECT_INT(jr.n_damaged, 1);
  journal_read_free(&jr);
}

static void a_real_tiny_file_system_fills_up_cleanly(void) {
  const char *dir = fresh_dir("tmpfs");
  mkdir(dir, 0700);
  if (mount("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0700") != 0) {
    printf("skip a_real_tiny_file_system_fills_up_cleanly: mounting a 64k tmpfs was refused (%s); the injected "
           "failures above still ran\n",
           strerror(errno));
    return;
  }
  char path[600], err[512] = "";
  journal_file(dir, path, sizeof path);
  int saved = 0, rc = 0;
  for (int i = 1; i <= 1000 && rc == 0; i++) {
    Attempt a = sample_attempt(i, "tess", "late-parcel", 50, 50, 50);
    rc = journal_append(dir, &a, err, sizeof err);
    saved += rc == 0;
    attempt_clear(&a);
  }
  EXPECT_INT(rc, -1);
  EXPECT_CONTAINS(err, path);
  EXPECT_CONTAINS(err, "No space left on device");
  JournalRead jr;
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n, saved);
  EXPECT_INT(jr.n_damaged, 0);
  EXPECT(saved > 50);
  printf("     a 64k tmpfs held %d attempts; the next one was refused whole\n", saved);
  journal_read_free(&jr);
  EXPECT_INT(umount2(dir, MNT_DETACH), 0);
}

/* --- other processes ------------------------------------------------------------ */

/* The writer appending 'count' records as trainee "w<index>"; with 'tear'
   > 0 it dies in the middle of writing record number 'tear'. */
static pid_t spawn_tearing_writer(const char *dir, int index, int count, int tear) {
  pid_t pid = fork();
  if (pid == 0) {
    char idx[16], cnt[16], at[16];
    snprintf(idx, sizeof idx, "%d", index);
    snprintf(cnt, sizeof cnt, "%d", count);
    snprintf(at, sizeof at, "%d", tear);
    execl(JOURNAL_WRITER, JOURNAL_WRITER, dir, idx, cnt, tear > 0 ? at : (char *)NULL, (char *)NULL);
    _exit(127);
  }
  return pid;
}

static pid_t spawn_writer(const char *dir, int index, int count) {
  return spawn_tearing_writer(dir, index, count, 0);
}

static int wait_ok(pid_t pid) {
  int status;
  return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Every (writer, seq) pair present exactly once, and nothing else. */
static void expect_complete(const JournalRead *jr, int writers, int count) {
  char *seen = calloc((size_t)(writers * count), 1);
  int dup = 0, stray = 0;
  for (int i = 0; i < jr->n; i++) {
    int w = atoi(jr->attempts[i].trainee + 1), seq = (int)jr->attempts[i].seed;
    if (w < 0 || w >= writers || seq < 1 || seq > count) {
      stray++;
      continue;
    }
    dup += seen[w * count + seq - 1]++ > 0;
  }
  EXPECT_INT(jr->n, writers * count);
  EXPECT_INT(dup, 0);
  EXPECT_INT(stray, 0);
  free(seen);
}

static void concurrent_writers_never_interleave(void) {
  const char *dir = fresh_dir("concurrent");
  enum { WRITERS = 8, EACH = 200 };
  pid_t pids[WRITERS];
  for (int w = 0; w < WRITERS; w++) {
    pids[w] = spawn_writer(dir, w, EACH);
  }
  int ok = 0;
  for (int w = 0; w < WRITERS; w++) {
    ok += wait_ok(pids[w]);
  }
  EXPECT_INT(ok, WRITERS);
  JournalRead jr;
  char err[512], path[600];
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n_damaged, 0);
  expect_complete(&jr, WRITERS, EACH);
  journal_read_free(&jr);
  /* and exactly as many lines as records */
  journal_file(dir, path, sizeof path);
  char *text = read_text(path);
  int lines = 0;
  for (char *p = text; p && *p; p++) {
    lines += *p == '\n';
  }
  EXPECT_INT(lines, WRITERS * EACH);
  free(text);
}

static void writers_killed_at_random_moments_lose_only_their_last_line(void) {
  const char *dir = fresh_dir("killed");
  char err[512];
  srand((unsigned)time(NULL));
  unsigned seed = (unsigned)rand();
  printf("     kill moments drawn with seed %u\n", seed);
  srand(seed);
  int prior_damage = 0, kills = 0;
  for (int round = 0; round < 25; round++) {
    pid_t pid = spawn_writer(dir, round, 1000000);
    usleep((useconds_t)(2000 + rand() % 30000));
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    kills += WIFSIGNALED(status);
    JournalRead jr;
    EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
    /* at most one line torn by this kill, and only ever the last */
    EXPECT(jr.n_damaged - prior_damage <= 1);
    for (int i = prior_damage; i < jr.n_damaged; i++) {
      EXPECT_INT(jr.damaged[i].torn, 1);
    }
    for (int i = 0; i < prior_damage && i < jr.n_damaged; i++) {
      EXPECT_INT(jr.damaged[i].torn, 0); /* stepped over by a later append */
    }
    prior_damage = jr.n_damaged;
    journal_read_free(&jr);
  }
  EXPECT(kills > 0);
  /* the next append lands intact, after whatever the last kill left */
  EXPECT_INT(append_sample(dir, 424242, "after"), 0);
  JournalRead jr;
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT(jr.n > 0 && strcmp(jr.attempts[jr.n - 1].trainee, "after") == 0);
  for (int i = 0; i < jr.n_damaged; i++) {
    EXPECT_INT(jr.damaged[i].torn, 0);
  }
  printf("     %d kills, %d attempts saved, %d torn lines kept\n", kills, jr.n, jr.n_damaged);
  journal_read_free(&jr);
}

static void a_writer_dying_mid_write_leaves_one_torn_line_that_is_stepped_over(void) {
  const char *dir = fresh_dir("torn-by-death");
  char err[512];
  int status;
  pid_t pid = spawn_tearing_writer(dir, 0, 5, 3);
  waitpid(pid, &status, 0);
  EXPECT(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  JournalRead jr;
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n, 2);
  EXPECT_INT(jr.n_damaged, 1);
  EXPECT_INT(jr.damaged[0].line, 3);
  EXPECT_INT(jr.damaged[0].torn, 1);
  journal_read_free(&jr);
  EXPECT(wait_ok(spawn_writer(dir, 1, 2)));
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n, 4);
  EXPECT_INT(jr.n_damaged, 1);
  EXPECT_INT(jr.damaged[0].torn, 0);
  EXPECT_STR(jr.attempts[2].trainee, "w1");
  EXPECT_INT(jr.attempts[3].seed, 2);
  journal_read_free(&jr);
}

/* --- erasing ----------------------------------------------------------------------- */

static void erasing_keeps_others_and_damaged_lines_byte_for_byte(void) {
  const char *dir = fresh_dir("erase");
  char path[600], err[512];
  mkdir(dir, 0700);
  journal_file(dir, path, sizeof path);
  char *a1 = sample_line(1, "Anna"), *b2 = sample_line(2, "bob"), *a3 = sample_line(3, "anna"),
       *b4 = sample_line(4, "bob"), *a5 = sample_line(5, "ANNA");
  char original[16384], expected[16384];
  const char *damaged = "{\"v\":1,\"trainee\":\"Anna\",\"oops\n";
  const char *torn = "{\"v\":1,\"trainee\":\"Anna\"";
  snprintf(original, sizeof original, "%s%s%s%s\n%s%s%s%s", a1, b2, damaged, a3, b4, "\n", a5, torn);
  snprintf(expected, sizeof expected, "%s%s\n%s%s%s", b2, damaged, b4, "\n", torn);
  write_file(path, original, strlen(original));
  int erased = -1;
  EXPECT_INT(journal_erase(dir, "anna", &erased, err, sizeof err), 0);
  EXPECT_INT(erased, 3);
  char *now = read_text(path);
  EXPECT_STR(now, expected);
  free(now);
  struct stat st;
  EXPECT_INT(stat(path, &st), 0);
  EXPECT_INT(st.st_mode & 0777, 0600);
  /* no temporary file is left behind */
  DIR *d = opendir(dir);
  int entries = 0;
  for (struct dirent *e; (e = readdir(d)) != NULL;) {
    entries += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
  }
  closedir(d);
  EXPECT_INT(entries, 1);
  /* erasing someone who is not there changes nothing */
  EXPECT_INT(journal_erase(dir, "nobody", &erased, err, sizeof err), 0);
  EXPECT_INT(erased, 0);
  EXPECT_INT(journal_erase(fresh_dir("no-journal"), "anna", &erased, err, sizeof err), 0);
  EXPECT_INT(erased, 0);
  free(a1);
  free(b2);
  free(a3);
  free(b4);
  free(a5);
}

static void erasing_while_others_write_loses_none_of_theirs(void) {
  const char *dir = fresh_dir("erase-busy");
  char err[512];
  for (int i = 1; i <= 50; i++) {
    append_sample(dir, i, "gone");
  }
  enum { WRITERS = 4, EACH = 100 };
  pid_t pids[WRITERS];
  for (int w = 0; w < WRITERS; w++) {
    pids[w] = spawn_writer(dir, w, EACH);
  }
  int total = 0, erased, rounds = 0;
  for (int k = 0; k < 20; k++, rounds++) {
    append_sample(dir, 1000 + k, "gone");
    EXPECT_INT(journal_erase(dir, "gone", &erased, err, sizeof err), 0);
    total += erased;
    usleep(1000);
  }
  int ok = 0;
  for (int w = 0; w < WRITERS; w++) {
    ok += wait_ok(pids[w]);
  }
  EXPECT_INT(ok, WRITERS);
  EXPECT_INT(total, 50 + rounds);
  JournalRead jr;
  EXPECT_INT(journal_read(dir, &jr, NULL, err, sizeof err), 0);
  EXPECT_INT(jr.n_damaged, 0);
  expect_complete(&jr, WRITERS, EACH);
  journal_read_free(&jr);
}

static void the_default_folder_follows_xdg(void) {
  setenv("XDG_DATA_HOME", "/srv/data", 1);
  char *dir = journal_default_dir();
  EXPECT_STR(dir, "/srv/data/thickskin");
  free(dir);
  setenv("XDG_DATA_HOME", "relative/ignored", 1);
  setenv("HOME", "/home/kiosk", 1);
  dir = journal_default_dir();
  EXPECT_STR(dir, "/home/kiosk/.local/share/thickskin");
  free(dir);
  unsetenv("XDG_DATA_HOME");
  dir = journal_default_dir();
  EXPECT_STR(dir, "/home/kiosk/.local/share/thickskin");
  free(dir);
}

static void remove_tree(const char *path) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
  if (system(cmd) != 0) {
    fprintf(stderr, "could not remove %s\n", path);
  }
}

int main(void) {
  snprintf(root, sizeof root, "/tmp/thickskin-journal-XXXXXX");
  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 1;
  }
  RUN_TEST(appends_create_the_folder_and_read_back_in_order);
  RUN_TEST(a_missing_folder_or_empty_file_is_an_empty_journal);
  RUN_TEST(damaged_lines_are_skipped_with_warnings_and_kept);
  RUN_TEST(an_append_after_a_torn_line_starts_a_new_line);
  RUN_TEST(a_failed_write_leaves_the_journal_as_it_was);
  RUN_TEST(a_real_tiny_file_system_fills_up_cleanly);
  RUN_TEST(concurrent_writers_never_interleave);
  RUN_TEST(writers_killed_at_random_moments_lose_only_their_last_line);
  RUN_TEST(a_writer_dying_mid_write_leaves_one_torn_line_that_is_stepped_over);
  RUN_TEST(erasing_keeps_others_and_damaged_lines_byte_for_byte);
  RUN_TEST(erasing_while_others_write_loses_none_of_theirs);
  RUN_TEST(the_default_folder_follows_xdg);
  remove_tree(root);
  return t_summary();
}
