/* test_xapi.c — the exports: xAPI statements field by field (the full
   conformance check with Learning Locker's validator is in cli_records.sh),
   ISO 8601 durations, derived statement ids, and the CSV table */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attempts.h"
#include "export.h"
#include "fixtures.h"
#include "testing.h"
#include "xapi.h"

#define EXT XAPI_BASE "/extensions/"

static const char *str_at(const cJSON *o, const char *path) {
  char buf[256];
  snprintf(buf, sizeof buf, "%s", path);
  const cJSON *v = o;
  for (char *key = strtok(buf, "|"); key && v; key = strtok(NULL, "|")) {
    v = cJSON_IsArray(v) ? cJSON_GetArrayItem(v, atoi(key)) : cJSON_GetObjectItemCaseSensitive(v, key);
  }
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static double num_at(const cJSON *o, const char *path) {
  char buf[256];
  snprintf(buf, sizeof buf, "%s", path);
  const cJSON *v = o;
  for (char *key = strtok(buf, "|"); key && v; key = strtok(NULL, "|")) {
    v = cJSON_GetObjectItemCaseSensitive(v, key);
  }
  return cJSON_IsNumber(v) ? v->valuedouble : -12345;
}

static void durations_are_iso_8601_to_the_hundredth(void) {
  char d[48];
  struct {
    long long ms;
    const char *text;
  } cases[] = {{64500, "PT1M4.5S"},     {0, "PT0S"},       {3723000, "PT1H2M3S"}, {3600000, "PT1H"},
               {60000, "PT1M"},         {4210, "PT4.21S"}, {4204, "PT4.2S"},      {999, "PT1S"},
               {3600500, "PT1H0M0.5S"}, {-5, "PT0S"},      {86400000, "PT24H"}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    xapi_duration(cases[i].ms, d, sizeof d);
    EXPECT_STR(d, cases[i].text);
  }
}

static void statement_ids_are_stable_uuids(void) {
  char a[37], b[37], c[37];
  xapi_statement_id("00000000-0000-4000-8000-000000000001", 0, a);
  xapi_statement_id("00000000-0000-4000-8000-000000000001", 0, b);
  xapi_statement_id("00000000-0000-4000-8000-000000000001", 1, c);
  EXPECT_STR(a, b);
  EXPECT(strcmp(a, c) != 0);
  EXPECT(attempt_is_uuid(a) && attempt_is_uuid(c));
  EXPECT(a[14] == '8');
  EXPECT(strncmp(a, c, 8) != 0); /* neighbours do not look alike */
}

static void an_assessed_attempt_gives_a_passed_statement_and_one_per_decision(void) {
  Attempt a = sample_attempt(1, "Anna", "late parcel/2", 72.5, 40, 90);
  a.mode = REC_ASSESSED;
  snprintf(a.session, sizeof a.session, "ws 7");
  cJSON *list = xapi_statements(&a, NULL);
  EXPECT_INT(cJSON_GetArraySize(list), 3);
  const cJSON *st = cJSON_GetArrayItem(list, 0);
  char id[37];
  xapi_statement_id(a.id, 0, id);
  EXPECT_STR(str_at(st, "id"), id);
  EXPECT_STR(str_at(st, "verb|id"), "http://adlnet.gov/expapi/verbs/passed");
  EXPECT_STR(str_at(st, "actor|account|homePage"), XAPI_HOME_PAGE);
  EXPECT_STR(str_at(st, "actor|account|name"), "Anna");
  EXPECT(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "actor"), "mbox") == NULL);
  EXPECT_STR(str_at(st, "object|id"), XAPI_BASE "/scenarios/late%20parcel%2F2");
  EXPECT_STR(str_at(st, "object|definition|name|en"), "Title of late parcel/2");
  EXPECT_NEAR(num_at(st, "result|score|scaled"), 0.675, 1e-12);
  EXPECT_NEAR(num_at(st, "result|score|raw"), 67.5, 1e-12);
  EXPECT_NEAR(num_at(st, "result|score|min"), 0, 1e-12);
  EXPECT_NEAR(num_at(st, "result|score|max"), 100, 1e-12);
  EXPECT(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "result"), "success")));
  EXPECT(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "result"), "completion")));
  EXPECT_STR(str_at(st, "result|duration"), "PT1M4.5S");
  EXPECT_NEAR(num_at(st, "result|extensions|" EXT "empathy"), 72.5, 1e-12);
  EXPECT_NEAR(num_at(st, "result|extensions|" EXT "speed"), 40, 1e-12);
  EXPECT_NEAR(num_at(st, "result|extensions|" EXT "policy"), 90, 1e-12);
  EXPECT_STR(str_at(st, "context|registration"), a.id);
  EXPECT_STR(str_at(st, "context|extensions|" EXT "mode"), "assessed");
  EXPECT_STR(str_at(st, "context|contextActivities|grouping|0|id"), XAPI_BASE "/sessions/ws%207");
  EXPECT(str_at(st, "context|contextActivities|parent|0|id") == NULL);
  EXPECT_STR(str_at(st, "timestamp"), "2026-05-28T20:37:44.500Z");
  EXPECT_STR(str_at(st, "version"), "1.0.3");
  const cJSON *d1 = cJSON_GetArrayItem(list, 1), *d2 = cJSON_GetArrayItem(list, 2);
  EXPECT_STR(str_at(d1, "verb|id"), "http://adlnet.gov/expapi/verbs/answered");
  EXPECT_STR(str_at(d1, "object|id"), XAPI_BASE "/scenarios/late%20parcel%2F2/beats/d1");
  EXPECT_STR(str_at(d1, "result|response"), "choice 2");
  EXPECT_STR(str_at(d1, "result|duration"), "PT4.2S");
  EXPECT_STR(str_at(d1, "context|registration"), a.id);
  EXPECT_STR(str_at(d1, "context|contextActivities|parent|0|id"), XAPI_BASE "/scenarios/late%20parcel%2F2");
  EXPECT_STR(str_at(d1, "timestamp"), "2026-05-28T20:36:44.200Z"); /* start + 4.2 s */
  EXPECT_STR(str_at(d2, "result|response"), "silence");
  EXPECT_STR(str_at(d2, "timestamp"), "2026-05-28T20:37:14.200Z"); /* + 30 s more */
  cJSON_Delete(list);
  attempt_clear(&a);
}

static void verbs_follow_the_mode_and_the_end(void) {
  Attempt a = sample_attempt(2, "bo", "s", 10, 10, 10);
  a.mode = REC_ONBOARDING;
  cJSON *list = xapi_statements(&a, NULL);
  EXPECT_STR(str_at(cJSON_GetArrayItem(list, 0), "verb|id"), "http://adlnet.gov/expapi/verbs/failed");
  cJSON_Delete(list);
  a.mode = REC_PRACTICE;
  list = xapi_statements(&a, NULL);
  EXPECT_STR(str_at(cJSON_GetArrayItem(list, 0), "verb|id"), "http://adlnet.gov/expapi/verbs/completed");
  cJSON_Delete(list);
  a.finished = 0;
  XapiOptions o = {"https://lms.example.org/ts", "https://lms.example.org"};
  list = xapi_statements(&a, &o);
  const cJSON *st = cJSON_GetArrayItem(list, 0);
  EXPECT_STR(str_at(st, "verb|id"), "http://adlnet.gov/expapi/verbs/terminated");
  EXPECT(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "result"), "success") == NULL);
  EXPECT(cJSON_IsFalse(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "result"), "completion")));
  EXPECT_STR(str_at(st, "object|id"), "https://lms.example.org/ts/scenarios/s");
  EXPECT_STR(str_at(st, "actor|account|homePage"), "https://lms.example.org");
  cJSON_Delete(list);
  attempt_clear(&a);
}

static void the_export_is_one_array_of_every_statement(void) {
  Attempt two[2] = {sample_attempt(1, "a", "s", 1, 2, 3), sample_attempt(2, "b", "s", 1, 2, 3)};
  char *text = xapi_export(two, 2, NULL);
  cJSON *all = cJSON_Parse(text);
  EXPECT_INT(cJSON_GetArraySize(all), 6);
  EXPECT_STR(str_at(all, "3|actor|name"), "b");
  cJSON_Delete(all);
  free(text);
  text = xapi_export(two, 0, NULL);
  EXPECT_STR(text, "[]\n");
  free(text);
  attempt_clear(&two[0]);
  attempt_clear(&two[1]);
}

static void the_csv_quotes_as_rfc_4180_and_defuses_formulas(void) {
  Attempt a[2] = {sample_attempt(1, "Rossi, \"Ana\"", "late-parcel", 72.5, 40, 90),
                  sample_attempt(2, "=HYPERLINK(\"x\")", "late-parcel", 0, 0, 0)};
  snprintf(a[1].title, sizeof a[1].title, "two\nlines");
  a[1].finished = 0;
  a[1].outcome[0] = '\0';
  char *csv = export_csv(a, 2);
  const char *expected =
      "attempt_id,trainee,scenario,title,mode,started,ended,duration_s,finished,outcome,empathy,speed,policy,overall,"
      "pass,pass_mark,seed,lang,time_factor,scenario_hash,session,decisions,choices\r\n"
      "00000000-0000-4000-8000-000000000001,\"Rossi, \"\"Ana\"\"\",late-parcel,Title of late-parcel,practice,"
      "2026-05-28T20:36:40.000Z,2026-05-28T20:37:44.500Z,64.5,yes,resolved,72.5,40.0,90.0,67.5,yes,60,1,en,1,"
      "0123456789abcdef,,2,d1:2@4.2s;d2:0@30.0s\r\n"
      "00000000-0000-4000-8000-000000000002,\"'=HYPERLINK(\"\"x\"\")\",late-parcel,\"two\nlines\",practice,"
      "2026-05-28T20:46:40.000Z,2026-05-28T20:47:44.500Z,64.5,no,,0.0,0.0,0.0,0.0,no,60,2,en,1,"
      "0123456789abcdef,,2,d1:2@4.2s;d2:0@30.0s\r\n";
  EXPECT_STR(csv, expected);
  free(csv);
  csv = export_csv(a, 0);
  EXPECT(csv && strstr(csv, "\r\n") == csv + strlen(csv) - 2);
  free(csv);
  attempt_clear(&a[0]);
  attempt_clear(&a[1]);
}

static void exports_replace_the_file_whole(void) {
  char dir[] = "/tmp/thickskin-export-XXXXXX", path[64], err[512];
  EXPECT(mkdtemp(dir) != NULL);
  snprintf(path, sizeof path, "%s/out.csv", dir);
  EXPECT_INT(export_write(path, "old\r\n", err, sizeof err), 0);
  EXPECT_INT(export_write(path, "new\r\n", err, sizeof err), 0);
  char *text = read_text(path);
  EXPECT_STR(text, "new\r\n");
  free(text);
  char bad[80];
  snprintf(bad, sizeof bad, "%s/missing/out.csv", dir);
  EXPECT_INT(export_write(bad, "x", err, sizeof err), -1);
  EXPECT_CONTAINS(err, "missing/out.csv: cannot create a temporary file in ");
  EXPECT_CONTAINS(err, "No such file or directory");
  unlink(path);
  EXPECT_INT(rmdir(dir), 0); /* nothing else was left behind */
}

static void the_admin_export_writes_both_files_into_a_folder(void) {
  char dir[] = "/tmp/thickskin-usb-XXXXXX", csv[128], xapi[128], err[512];
  EXPECT(mkdtemp(dir) != NULL);
  Attempt one = sample_attempt(1, "a", "s", 1, 2, 3);
  EXPECT_INT(export_to_folder(&one, 1, dir, 1764615264125LL, csv, xapi, sizeof csv, err, sizeof err), 0);
  char expect_csv[128], expect_xapi[128];
  snprintf(expect_csv, sizeof expect_csv, "%s/thickskin-20251201-185424.csv", dir);
  snprintf(expect_xapi, sizeof expect_xapi, "%s/thickskin-20251201-185424.xapi.json", dir);
  EXPECT_STR(csv, expect_csv);
  EXPECT_STR(xapi, expect_xapi);
  char *text = read_text(xapi);
  cJSON *all = cJSON_Parse(text);
  EXPECT_INT(cJSON_GetArraySize(all), 3);
  cJSON_Delete(all);
  free(text);
  text = read_text(csv);
  EXPECT_CONTAINS(text, "\r\n00000000-0000-4000-8000-000000000001,a,s,");
  free(text);
  unlink(csv);
  unlink(xapi);
  EXPECT_INT(rmdir(dir), 0);
  EXPECT_INT(export_to_folder(&one, 1, dir, 0, csv, xapi, sizeof csv, err, sizeof err), -1);
  EXPECT_CONTAINS(err, "thickskin-19700101-000000.csv: cannot create a temporary file in ");
  attempt_clear(&one);
}

int main(void) {
  RUN_TEST(durations_are_iso_8601_to_the_hundredth);
  RUN_TEST(statement_ids_are_stable_uuids);
  RUN_TEST(an_assessed_attempt_gives_a_passed_statement_and_one_per_decision);
  RUN_TEST(verbs_follow_the_mode_and_the_end);
  RUN_TEST(the_export_is_one_array_of_every_statement);
  RUN_TEST(the_csv_quotes_as_rfc_4180_and_defuses_formulas);
  RUN_TEST(exports_replace_the_file_whole);
  RUN_TEST(the_admin_export_writes_both_files_into_a_folder);
  return t_summary();
}
