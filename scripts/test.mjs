// `npm test`: type check, lint, unit tests and the Playwright suite, in that order. Every step runs
// even after a failure so one run reports everything; the last line is "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reports = path.join(root, "test-results");
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

fs.mkdirSync(reports, { recursive: true });

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  if (r.error) console.error(`\n${path.basename(cmd)} could not start: ${r.error.message}`);
  else if (r.signal) console.error(`\n${path.basename(cmd)} was killed by ${r.signal}`);
  return r.error || r.signal ? -1 : r.status;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** A check that is not a test runner: one test, passed when it exits 0. */
function check(cmd, args) {
  const code = run(cmd, args);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, note: code === 0 ? "" : `exit ${code}` };
}

/** No test found, or a non-zero exit with no failed test, is a failure too: a runner cannot pass silently. */
function guard({ passed, failed, notes, code }) {
  if (passed + failed === 0) {
    failed += 1;
    notes.push("no tests found");
  }
  if (code !== 0 && failed === 0) {
    failed += 1;
    notes.push(`runner exited ${code}`);
  }
  return { passed, failed, note: notes.join("; ") };
}

function vitest() {
  fs.rmSync(vitestReport, { force: true });
  // --allowOnly=false: a focused test fails the run, in CI and here alike.
  const code = run(bin("vitest"), ["run", "--allowOnly=false", "--reporter=default", "--reporter=json", `--outputFile=${vitestReport}`]);
  const report = readJson(vitestReport);
  if (!report) return { passed: 0, failed: 1, note: `no report (exit ${code})` };
  const passed = report.numPassedTests ?? 0;
  // A skipped or todo test is a test that did not run: it counts as a failure, never as silence.
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  let failed = (report.numFailedTests ?? 0) + skipped;
  // A file that fails to load has no test results of its own: count it, so it cannot pass silently.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
  ).length;
  failed += brokenFiles;
  const notes = [];
  if (brokenFiles) notes.push(`${brokenFiles} file(s) failed to run`);
  if (skipped) notes.push(`${skipped} skipped (counted as failed)`);
  return guard({ passed, failed, notes, code });
}

function playwright() {
  fs.rmSync(playwrightReport, { force: true });
  const code = run(bin("playwright"), ["test", "--forbid-only", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
  const report = readJson(playwrightReport);
  if (!report?.stats) return { passed: 0, failed: 1, note: `no report (exit ${code})` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const passed = expected + flaky;
  // A skipped test did not run: it counts as a failure.
  let failed = unexpected + skipped;
  const notes = [];
  if (skipped) notes.push(`${skipped} skipped (counted as failed)`);
  // Errors outside any test (web server did not start, global setup threw) count as a failure.
  const globalErrors = (report.errors ?? []).length;
  if (globalErrors && failed === 0) {
    failed += 1;
    notes.push(`${globalErrors} error(s) outside tests`);
  }
  return guard({ passed, failed, notes, code });
}

const steps = [
  ["type check", () => check(bin("tsc"), ["--noEmit"])],
  ["lint", () => check(bin("eslint"), ["."])],
  ["unit tests (vitest)", vitest],
  ["end-to-end tests (playwright)", playwright],
];

const results = [];
for (const [name, step] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = step();
  results.push({ name, ...result, seconds: (Date.now() - started) / 1000 });
}

console.log("\n=== summary ===");
for (const r of results) {
  const status = r.failed ? "FAIL" : "ok  ";
  const note = r.note ? ` (${r.note})` : "";
  console.log(`${status} ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.seconds.toFixed(1)} s${note}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
