#!/usr/bin/env node
// Benchmark (not a test): two or more builds of the importer on the same extract under
// node, run in turn in one process so that both see the same machine load (this VM's
// speed swings by up to 2x over seconds, so timing builds in separate processes, one after
// the other, says little). Each round runs every build once, in the opposite order to the
// round before; the first run of each build is reported apart (cold code and fresh memory),
// then the best, first quartile and median of all runs.
//
//   node --no-experimental-fetch bench/extract_import/compare.mjs FILE ROUNDS A.js B.js ...
//
// A.js, B.js: bench_import_web.js from builds of different commits, e.g.
//   BENCH_BUILD=/tmp/old bench/build.sh bench_import_web   (in a checkout of the old commit)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [file, roundsArg, ...modules] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!file || !(rounds > 0) || modules.length < 1) {
  process.stderr.write('usage: compare.mjs FILE ROUNDS A.js [B.js ...]\n');
  process.exit(2);
}
const bytes = fs.readFileSync(file);
const builds = [];
for (const m of modules) {
  const instance = await require(path.resolve(m))();
  const at = instance._cab_alloc(bytes.length);
  instance.HEAPU8.set(bytes, at);
  builds.push({ name: m, instance, at, times: [] });
}
for (let r = 0; r < rounds; r++) {
  for (const b of r % 2 ? [...builds].reverse() : builds) {
    const ms = b.instance._cab_import(b.at, bytes.length);
    if (ms < 0) throw new Error(`${b.name}: the import failed`);
    b.times.push(ms);
  }
}
const mb = bytes.length / 1e6;
for (const b of builds) {
  const rest = b.times.slice(1).sort((x, y) => x - y);
  const q = (f) => (rest.length ? rest[Math.floor(f * (rest.length - 1))] : NaN);
  console.log(
    `${b.name}: ${mb.toFixed(1)} MB, first ${b.times[0].toFixed(0)} ms; then best ${q(0).toFixed(0)}, ` +
      `first quartile ${q(0.25).toFixed(0)}, median ${q(0.5).toFixed(0)} ms (${rest.length} runs)`,
  );
}
