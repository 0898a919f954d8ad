import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// A real nginx (Debian nginx-light; NGINX_PATH, else /usr/sbin/nginx) started by a test from the
// deployment template deploy/nginx/ree-monitor.conf, as any user: pid, logs, temp files and the
// cache under the test's own directory. The test stops it (SIGQUIT, then SIGKILL) at the end.

export const NGINX_PATH = process.env.NGINX_PATH || "/usr/sbin/nginx";
const TEMPLATE = path.resolve("deploy/nginx/ree-monitor.conf");

/** One line of the template's `ree_cache` access log. */
export type CacheLogLine = { status: number; cacheStatus: string; upstream: string; upstreamStatus: string; request: string };

export type Nginx = {
  url: string;
  dir: string;
  /** The access log so far, one entry per request (background updates included). */
  log: () => CacheLogLine[];
  stop: () => Promise<void>;
};

/** The `*_temp_path` lines for the modules this nginx was built with (a directive of a missing module is an error). */
function tempPaths(dir: string): string {
  const built = spawnSync(NGINX_PATH, ["-V"], { encoding: "utf8" });
  const configure = `${built.stdout}${built.stderr}`;
  const lines = [`client_body_temp_path ${dir}/client_body;`, `proxy_temp_path ${dir}/proxy;`];
  for (const m of ["fastcgi", "uwsgi", "scgi"]) if (!configure.includes(`--without-http_${m}_module`)) lines.push(`${m}_temp_path ${dir}/${m};`);
  return lines.join("\n    ");
}

/** The template with this machine's values in place of its @@…@@ words. */
export function nginxConfig({ dir, listen, upstreams }: { dir: string; listen: string; upstreams: string[] }): string {
  const values: Record<string, string> = {
    // Workers of a root master run as `user`; the test directory is the test's own, so root it is.
    USER: process.getuid?.() === 0 ? "user root;" : "",
    RUN_DIR: dir,
    LISTEN: listen,
    UPSTREAMS: upstreams.map((u) => `server ${u};`).join("\n        "),
    TEMP_PATHS: tempPaths(dir),
  };
  // Comment lines (the template's own documentation of the placeholders) are left as they are.
  const lines = fs
    .readFileSync(TEMPLATE, "utf8")
    .split("\n")
    .map((l) => (l.trimStart().startsWith("#") ? l : l.replace(/@@([A-Z_]+)@@/g, (word, name: string) => values[name] ?? word)));
  const left = lines.filter((l) => !l.trimStart().startsWith("#") && l.includes("@@"));
  if (left.length) throw new Error(`unfilled placeholders in ${TEMPLATE}: ${left.join(" | ")}`);
  return lines.join("\n");
}

function parseLog(file: string): CacheLogLine[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const m = line.match(/^(\d+) (\S+) (\S+) (\S+) "(.*)"$/);
      if (!m) throw new Error(`unexpected access log line: ${line}`);
      return { status: Number(m[1]), cacheStatus: m[2], upstream: m[3], upstreamStatus: m[4], request: m[5] };
    });
}

/** Starts nginx on 127.0.0.1:`port` in front of `upstreams` (host:port); resolves once it answers. */
export async function startNginx({ dir, port, upstreams }: { dir: string; port: number; upstreams: string[] }): Promise<Nginx> {
  fs.mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig({ dir, listen: `127.0.0.1:${port}`, upstreams }));
  const args = ["-p", dir, "-e", path.join(dir, "error.log"), "-c", conf];
  const check = spawnSync(NGINX_PATH, [...args, "-t"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  // Its own process group: a forced stop reaches the master and its workers, and nothing else.
  const child: ChildProcess = spawn(NGINX_PATH, [...args, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c));
  child.stderr!.on("data", (c: Buffer) => (output += c));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
  };
  process.once("exit", kill);
  const url = `http://127.0.0.1:${port}`;
  // Up when it answers anything (the upstream may still be starting: a 502 counts).
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output}\n${fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
    const up = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}:\n${output}`);
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 100);
      child.once("exit", () => (clearTimeout(t), resolve()));
    });
  }
  return {
    url,
    dir,
    log: () => parseLog(path.join(dir, "access.log")),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Graceful (SIGQUIT); SIGKILL when it has not gone within 5 s.
      child.kill("SIGQUIT");
      const timer = setTimeout(kill, 5_000);
      await exited;
      clearTimeout(timer);
      process.removeListener("exit", kill);
    },
  };
}
