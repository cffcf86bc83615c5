#!/usr/bin/env node
// Benchmark (not a test): how much the app costs while nobody touches it.
//
// Opens dist/index.html over http in headless Chromium (SwiftShader WebGL, 1366x768),
// waits until the app is ready and has stopped drawing, then measures a window of
// IDLE_SECONDS (default 10) with no input:
//   - frames drawn (the app's own frame counter, caseAudit.state().frame),
//   - CPU time of every Chromium process (utime+stime from /proc/<pid>/stat for all
//     descendants of this node process),
//   - the renderer's busy time (CDP Performance.getMetrics TaskDuration).
// The same window is measured first on about:blank as the browser's own baseline, and
// last on the app with the mouse moving (20 moves a second) to show what drawing costs.
// Prints a Markdown table.
//
//   node tests/e2e/bench-idle-cpu.mjs            (CASEAUDIT_DIST / IDLE_SECONDS to change)
import { descendantCpu } from './lib/proc-cpu.mjs';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { DIST, VIEWPORT, appState, requireDist, waitForReady, watchPage } from './lib/harness.mjs';

const SECONDS = Number(process.env.IDLE_SECONDS || 10);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function taskDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function frames(page) {
  return page.evaluate(() => (window.caseAudit && window.caseAudit.state ? window.caseAudit.state().frame : null));
}

// Measures one window of SECONDS on an open page; during() runs meanwhile (or sleeps).
async function measure(page, cdp, during = () => sleep(SECONDS * 1000)) {
  const f0 = await frames(page);
  const c0 = descendantCpu();
  const t0 = await taskDuration(cdp);
  const start = process.hrtime.bigint();
  await during();
  const f1 = await frames(page);
  const c1 = descendantCpu();
  const t1 = await taskDuration(cdp);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return { frames: f0 === null ? null : f1 - f0, cpu: c1.seconds - c0.seconds, task: t1 - t0, wall, processes: c1.processes };
}

// Moves the mouse back and forth over an empty part of the page for SECONDS.
async function moveMouse(page) {
  const end = Date.now() + SECONDS * 1000;
  for (let i = 0; Date.now() < end; i++) {
    await page.mouse.move(900 + (i % 40) * 5, 500);
    await sleep(50);
  }
}

async function main() {
  requireDist('index.html', 'caseaudit.js', 'caseaudit.wasm');
  const server = await startServer(DIST);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });

    const blank = await context.newPage();
    await sleep(5000); // let the browser's own start-up work finish
    const blankCdp = await context.newCDPSession(blank);
    await blankCdp.send('Performance.enable');
    const baseline = await measure(blank, blankCdp);
    await blank.close();

    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(`${server.origin}/index.html`);
    await waitForReady(page, watch);
    // Let start-up settle: wait until the frame counter has stood still for a second.
    let last = await frames(page);
    for (let stable = 0, waited = 0; stable < 10 && waited < 300; waited++) {
      await sleep(100);
      const now = await frames(page);
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const app = await measure(page, cdp);
    const state = await appState(page);
    const busy = await measure(page, cdp, () => moveMouse(page));

    const ms = (s) => (s * 1000).toFixed(0);
    const share = (r) => `${((100 * r.cpu) / r.wall).toFixed(1)} %`;
    const rows = [
      ['frames drawn', '–', String(app.frames), String(busy.frames)],
      ['CPU time, all Chromium processes (ms)', ms(baseline.cpu), ms(app.cpu), ms(busy.cpu)],
      ['CPU time as a share of one core', share(baseline), share(app), share(busy)],
      ['renderer TaskDuration (ms)', ms(baseline.task), ms(app.task), ms(busy.task)],
    ];
    console.log(`Idle for ${SECONDS} s, no input: headless Chromium ${browser.version()}, SwiftShader WebGL ${state.webgl}, ` +
      `${VIEWPORT.width}x${VIEWPORT.height}, section ${state.section}, ${app.processes} Chromium processes\n`);
    console.log('| measure | about:blank, idle | Case Audit, idle | Case Audit, mouse moving |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    if (watch.pageErrors.length || watch.consoleErrors.length) {
      console.log(`\n(page errors: ${JSON.stringify(watch.pageErrors)}; console errors: ${JSON.stringify(watch.consoleErrors)})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
