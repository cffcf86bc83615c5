// The browser-side yardstick: node's JSON.parse of the same bytes (read as a UTF-8 string
// first, as a browser does with File.text()). Prints the best of RUNS.
import { readFileSync } from "node:fs";
const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const bytes = readFileSync(file);
let best = Infinity;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const text = bytes.toString("utf8");
  const obj = JSON.parse(text);
  const t1 = performance.now();
  if (!obj.cases) throw new Error("not an extract");
  best = Math.min(best, (t1 - t0) / 1000);
}
const mb = bytes.length / 1e6;
const heap = process.memoryUsage();
console.log(JSON.stringify({ file_mb: +mb.toFixed(1), best_s: +best.toFixed(3),
  mb_per_s: Math.round(mb / best), rss_mib: Math.round(heap.rss / 1048576) }));
