// Validates every statement of a Thick Skin xAPI export (a JSON array) with
// Learning Locker's xapi-validation. Prints each problem with the statement's
// index and path; exits 1 if there is any, 2 if the file cannot be read.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;

const file = process.argv[2];
let statements;
try {
  statements = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(2);
}
if (!Array.isArray(statements)) {
  console.error(`${file}: not a JSON array of statements`);
  process.exit(2);
}
let problems = 0;
statements.forEach((s, i) => {
  for (const w of validate(s)) {
    problems++;
    console.error(`${file}: statement ${i} (${s && s.id}): ${w.message || w.constructor.name} at ${(w.path || []).join('.')}`);
  }
});
console.log(`${statements.length} statements checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
