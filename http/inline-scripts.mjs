// @ts-check
// Which inline scripts the CSP may approve: only the shapes Next and React themselves write into a
// page. Anything else inline (an injected <script>, whatever its text) gets no hash and does not run.
//   1. the flight data: `(self.__next_f=self.__next_f||[]).push([0])` and
//      `self.__next_f.push([<n>,"<JSON string>"])`;
//   2. Turbopack's chunk list (`<script id="_R_">`): `(globalThis["TURBOPACK"] || …).push(<JSON>);`;
//   3. React's streaming runtime: its function definitions, taken verbatim from the react-dom server
//      build this server runs, followed by calls whose arguments are only strings, numbers, null
//      and arrays of them (`$RC("B:0","S:0")`);
//   4. React's shell-time marker `requestAnimationFrame(function(){$RT=performance.now()});`.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const NEXT_F_INIT = "(self.__next_f=self.__next_f||[]).push([0])";
const NEXT_F_PUSH = /^self\.__next_f\.push\(\[\d,"(?:[^"\\]|\\.)*"\]\)$/;
const TURBOPACK_PREFIX = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';
const SHELL_TIME = "requestAnimationFrame(function(){$RT=performance.now()});";

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const ATOM = String.raw`(?:${STRING}|null|-?\d+(?:\.\d+)?)`;
const ARRAY1 = String.raw`\[(?:${ATOM}(?:,${ATOM})*)?\]`;
const ARRAY2 = String.raw`\[(?:(?:${ATOM}|${ARRAY1})(?:,(?:${ATOM}|${ARRAY1}))*)?\]`;
const ARG = `(?:${ATOM}|${ARRAY1}|${ARRAY2})`;
/** Calls of React's runtime functions with data arguments only. */
const RUNTIME_CALLS = new RegExp(String.raw`^(?:;?\$R[A-Z]\((?:${ARG}(?:,${ARG})*)?\))+;?$`);

/** The value of a single-quoted JavaScript string literal's body. @param {string} s */
function unescapeJs(s) {
  /** @type {Record<string, string>} */
  const named = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", 0: "\0" };
  return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (named[e] ?? e),
  );
}

/** React's runtime function definitions, read from the react-dom server builds Next ships. */
function reactRuntimeDefinitions() {
  const definitions = new Set();
  let nextDir;
  try {
    nextDir = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
  } catch {
    return [];
  }
  for (const flavour of ["react-dom", "react-dom-experimental"]) {
    const file = path.join(nextDir, "dist", "compiled", flavour, "cjs", "react-dom-server.node.production.js");
    if (!fs.existsSync(file)) continue;
    const source = fs.readFileSync(file, "utf8");
    // Single-quoted literals that define a $R… function, as React writes them; the trailing
    // `$RC("` of the "full" variants is the start of a call, not part of the definition.
    for (const m of source.matchAll(/'(\$R[A-Z]{1,2}=(?:[^'\\]|\\.)*)'/g)) {
      const text = unescapeJs(m[1]).replace(/;?\$R[A-Z]\("$/, "");
      if (/=function|=\[\];|=new Map;/.test(text)) definitions.add(text.endsWith(";") ? text : `${text};`);
    }
  }
  // Longest first, so a definition that contains another is matched whole.
  return [...definitions].sort((a, b) => b.length - a.length);
}

const RUNTIME_DEFINITIONS = reactRuntimeDefinitions();

/** @param {string} body */
function isReactRuntime(body) {
  let rest = body;
  for (let matched = true; matched; ) {
    matched = false;
    for (const d of RUNTIME_DEFINITIONS) {
      if (rest.startsWith(d)) {
        rest = rest.slice(d.length);
        matched = true;
        break;
      }
      // The same definition without its closing semicolon, directly followed by a call.
      if (rest.startsWith(d.slice(0, -1)) && rest[d.length - 1] === "$") {
        rest = rest.slice(d.length - 1);
        matched = true;
        break;
      }
    }
  }
  return rest !== body ? rest === "" || RUNTIME_CALLS.test(rest) : RUNTIME_CALLS.test(rest);
}

/** @param {string} body */
function isTurbopackChunkList(body) {
  if (!body.startsWith(TURBOPACK_PREFIX) || !body.endsWith(");")) return false;
  try {
    const value = JSON.parse(body.slice(TURBOPACK_PREFIX.length, -2));
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Whether an inline script is one of the shapes Next and React write.
 * @param {string} attributes the script tag's attributes (" id=\"_R_\"" or "")
 * @param {string} body
 */
export function isFrameworkInlineScript(attributes, body) {
  const attrs = attributes.trim();
  if (attrs === 'id="_R_"') return isTurbopackChunkList(body);
  if (attrs !== "") return false;
  return body === NEXT_F_INIT || body === SHELL_TIME || NEXT_F_PUSH.test(body) || isReactRuntime(body);
}

/** How many React runtime definitions were found (0 means streaming pages would be blocked: the server warns). */
export const reactRuntimeDefinitionCount = RUNTIME_DEFINITIONS.length;
