/* testing.h — a minimal assertion kit: each test file is one ctest program
   that prints every failure with its line and exits non-zero if any. */
#ifndef TS_TESTING_H
#define TS_TESTING_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int t_failures, t_checks;

#define T_FAIL(...)                                                                                                   \
  do {                                                                                                                \
    t_failures++;                                                                                                     \
    fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);                                                                   \
    fprintf(stderr, __VA_ARGS__);                                                                                     \
    fprintf(stderr, "\n");                                                                                            \
  } while (0)

#define EXPECT(cond)                                                                                                  \
  do {                                                                                                                \
    t_checks++;                                                                                                       \
    if (!(cond)) T_FAIL("expected %s", #cond);                                                                        \
  } while (0)

#define EXPECT_INT(a, b)                                                                                              \
  do {                                                                                                                \
    long long t_a = (long long)(a), t_b = (long long)(b);                                                             \
    t_checks++;                                                                                                       \
    if (t_a != t_b) T_FAIL("%s is %lld, expected %lld", #a, t_a, t_b);                                                \
  } while (0)

#define EXPECT_NEAR(a, b, eps)                                                                                        \
  do {                                                                                                                \
    double t_a = (double)(a), t_b = (double)(b);                                                                      \
    t_checks++;                                                                                                       \
    if (!(fabs(t_a - t_b) <= (eps))) T_FAIL("%s is %.6f, expected %.6f", #a, t_a, t_b);                              \
  } while (0)

#define EXPECT_STR(a, b)                                                                                              \
  do {                                                                                                                \
    const char *t_a = (a), *t_b = (b);                                                                                \
    t_checks++;                                                                                                       \
    if (!t_a || strcmp(t_a, t_b) != 0) T_FAIL("%s is \"%s\", expected \"%s\"", #a, t_a ? t_a : "(null)", t_b);       \
  } while (0)

#define EXPECT_CONTAINS(hay, needle)                                                                                  \
  do {                                                                                                                \
    const char *t_h = (hay), *t_n = (needle);                                                                         \
    t_checks++;                                                                                                       \
    if (!t_h || !strstr(t_h, t_n)) T_FAIL("%s is \"%s\", expected it to contain \"%s\"", #hay, t_h ? t_h : "(null)", t_n); \
  } while (0)

/* Runs the statement 'call' as the test called 'name' and prints ok or FAIL. */
#define RUN_NAMED(name, call)                                                                                         \
  do {                                                                                                                \
    int t_before = t_failures;                                                                                        \
    call;                                                                                                             \
    printf("%s %s\n", t_failures == t_before ? "ok  " : "FAIL", name);                                                \
  } while (0)

#define RUN_TEST(fn) RUN_NAMED(#fn, fn())

static int t_summary(void) {
  printf("%d checks, %d failed\n", t_checks, t_failures);
  return t_failures ? 1 : 0;
}

#endif
