// Case Audit - makes the single-file app (dist/case-audit.html) from the served build's
// runtime (caseaudit.js) and WebAssembly (caseaudit.wasm). Run by the build
// (src/app/CMakeLists.txt); needs nothing but node's own modules.
//
//   node web/pack-single.mjs SHELL RUNTIME_JS WASM OUT
//
// SHELL is shell.html as configured for the single file: its one {{{ SCRIPT }}} becomes the
// runtime, inline, followed by the wasm gzip-compressed and base64-encoded in an inert
// <script type="application/gzip;base64" id="wasm"> that the page expands with the
// browser's own DecompressionStream (see the loader in shell.html). Compressed, the wasm
// is about a third of its size (mostly code and the spelling dictionary, which compress
// well); emcc's own -sSINGLE_FILE would embed it uncompressed.
import fs from 'node:fs';
import zlib from 'node:zlib';

const [shellPath, runtimePath, wasmPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node pack-single.mjs SHELL RUNTIME_JS WASM OUT');
  process.exit(2);
}
const fail = (message) => {
  console.error(`pack-single: ${message}`);
  process.exit(1);
};

const shell = fs.readFileSync(shellPath, 'utf8');
const runtime = fs.readFileSync(runtimePath, 'utf8');
const wasm = fs.readFileSync(wasmPath);

const slot = '{{{ SCRIPT }}}';
const slots = shell.split(slot).length - 1;
if (slots !== 1) fail(`${shellPath} must name ${slot} exactly once (found ${slots}): each would be a copy of the runtime`);

// Inline script text ends at the first "</script" and misparses after "<!--": the runtime
// must hold neither (emcc's output does not; this keeps a future version from breaking the
// page quietly).
const bad = runtime.match(/<\/script|<!--/i);
if (bad) fail(`${runtimePath} contains "${bad[0]}", which cannot be inlined in a <script>`);

// Level 9: the build pays once, every manager's browser expands the same bytes.
const gz = zlib.gzipSync(wasm, { level: 9, memLevel: 9 });
const payload =
  `<script>\n${runtime}\n</script>\n` +
  `<script type="application/gzip;base64" id="wasm" data-bytes="${wasm.length}">${gz.toString('base64')}</script>`;
const html = shell.replace(slot, () => payload); // a function: "$" in the runtime stays as it is

fs.writeFileSync(`${outPath}.tmp`, html);
fs.renameSync(`${outPath}.tmp`, outPath);
console.log(`pack-single: ${outPath}: ${Buffer.byteLength(html).toLocaleString('en-GB')} bytes ` +
  `(wasm ${wasm.length.toLocaleString('en-GB')} -> ${gz.length.toLocaleString('en-GB')} gzip, ` +
  `runtime ${runtime.length.toLocaleString('en-GB')})`);
