// Times the dependence query in-process against one store (used by `npm run bench`).
//   node --conditions=react-server --import tsx scripts/bench-query.ts --db FILE [--runs 300]
// Prints one JSON line: rows in the table, rows returned, p50/p90/max in milliseconds.
const args = process.argv.slice(2);
const file = args[args.indexOf("--db") + 1];
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 300;
if (!file || args.indexOf("--db") < 0) throw new Error("usage: bench-query.ts --db FILE [--runs N]");
process.env.DATABASE_PATH = file;

async function main() {
  const { getDb } = await import("../db/index");
  const { getDependenceSeries } = await import("../db/queries/dependence");
  const { INCIDENT_CATEGORIES } = await import("../lib/enums");

  const filter = { material: "rare-earths", from: 2008, to: 2026, categories: [...INCIDENT_CATEGORIES] };
  const tableRows = (getDb().$client.prepare("SELECT count(*) AS n FROM trade_shares").get() as { n: number }).n;
  for (let i = 0; i < 20; i++) getDependenceSeries(filter); // warm the page cache and the statements
  const times: number[] = [];
  let returned = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = getDependenceSeries(filter);
    times.push(performance.now() - t0);
    returned = r.points.length + r.partners.length;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(JSON.stringify({ tableRows, returned, runs, p50: at(0.5), p90: at(0.9), max: times.at(-1) }));
}

void main();
