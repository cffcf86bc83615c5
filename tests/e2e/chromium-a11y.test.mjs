// Chromium: accessibility through the real page. The keyboard alone on Import (Tab reaches
// every button, Enter presses it), the screen-reader route (the canvas's role and name, the
// aria-live region saying what the app says), the text size at 200% and a device pixel
// ratio of 2 at 683x384 (every page walked, each primary button whole on screen, screenshots
// of each), and axe-core on the page and the accessible view (lib/axe-scenario.mjs, shared
// with Firefox).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './lib/suite.mjs';
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import { runAxeScenario } from './lib/axe-scenario.mjs';
import {
  appState, assertNoErrors, clickSteady, poll, saveScreenshot, scrollTo, typeInto, waitForReady,
  waitForState, waitFrames, wheel,
} from './lib/harness.mjs';

const IMPORT_TIMEOUT_MS = 120_000; // a limit, not a measurement (docs/performance.md)

// Presses `key` (a Playwright key name) once and lets the app draw it: it reads one key a
// frame. Counts the keys pressed, as a manager would.
function keyboard(page) {
  const k = { count: 0 };
  k.press = async (key) => {
    await page.keyboard.press(key);
    k.count += 1;
    await waitFrames(page, 2);
  };
  // Tab until the widget labelled `label` has the focus; fails after `max` presses.
  k.tabTo = async (label, max = 40) => {
    const seen = [];
    for (let i = 0; i < max; i++) {
      await k.press('Tab');
      const s = await appState(page);
      seen.push(s.focus);
      if (s.focus === label) return seen;
    }
    throw new Error(`Tab never reached ${JSON.stringify(label)}; focus went ${JSON.stringify(seen)}`);
  };
  return k;
}

describe('Chromium, accessibility', () => {
  const suite = useBrowser(launchChromium);

  const open = async (page, watch) => {
    await page.goto(`${suite.server.origin}/index.html`);
    await waitForReady(page, watch);
  };

  test('keyboard alone: Tab reaches the Import page\'s buttons, Enter opens the demo, the next step and F1', async () => {
    await withChromiumPage(suite.browser, 'a11y-keyboard-import', async (page, watch) => {
      await open(page, watch);
      const k = keyboard(page);
      // From nothing focused, Tab goes through the navigation to the page's buttons.
      const way = await k.tabTo('Explore with demo data');
      assert.ok(way.includes('Open extract...'), `Tab passed "Open extract..." (${JSON.stringify(way)})`);
      assert.ok(way.includes('Caseloads') && way.includes('Settings'),
        `Tab passed the navigation (${JSON.stringify(way)})`);
      await k.press('Enter');
      const s = await waitForState(page, (v) => v.import.status === 'imported', 'the demo import',
        { timeout: IMPORT_TIMEOUT_MS });
      assert.equal(s.import.errors, 0);
      // The announcement region says what happened, for screen readers.
      await page.waitForFunction(() => /Imported/.test(document.getElementById('announcer').textContent));
      // After the import, the way on is reachable by keyboard and goes to Caseloads.
      await k.tabTo('Check caseloads');
      await saveScreenshot(page, 'chromium', 'a11y-import-next-step-focused');
      await k.press('Enter');
      await waitForState(page, (v) => v.section === 'Caseloads', 'Caseloads opened by Enter');
      // Shift+Tab goes back the other way.
      const before1 = (await appState(page)).focus;
      await k.press('Shift+Tab');
      assert.notEqual((await appState(page)).focus, before1, 'Shift+Tab moved the focus');
      // F1: the keyboard panel, closed by Escape.
      await k.press('F1');
      // The panel sizes itself to its text in its first frame and shows in the next.
      await poll(page, () => window.caseAudit.items(), (items) => items.includes('Close'),
        { wake: true, what: 'the keyboard panel open (its Close button drawn)' });
      await saveScreenshot(page, 'chromium', 'a11y-keyboard-panel');
      await k.press('Escape');
      await poll(page, () => window.caseAudit.items(), (items) => !items.includes('Close'),
        { wake: true, what: 'Escape to close the panel' });
      console.log(`# keys: ${k.count} to open the demo and reach Caseloads by keyboard`);
      await assertNoErrors(watch);
    });
  });

  test('the canvas has a role and a name; axe-core finds no WCAG 2.2 A/AA violation on the page or the accessible view', async () => {
    await withChromiumPage(suite.browser, 'a11y-axe', (page, watch) =>
      runAxeScenario(page, watch, { origin: suite.server.origin, browserName: 'chromium' }));
  });

  // Every page's primary button whole on screen at 1366x768 with 200% text, and at
  // 683x384 CSS pixels with devicePixelRatio 2 (a 1366x768 screen at 200% browser zoom).
  for (const [name, options] of [
    ['text-200', {}],
    ['zoom-200', { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 }],
  ]) {
    test(`${name}: every primary button can be reached whole`, async () => {
      await withChromiumPage(suite.browser, `a11y-${name}`, async (page, watch) => {
        if (name === 'text-200')
          await page.addInitScript(() => localStorage.setItem('case-audit:display', 'text=200;contrast=standard'));
        await open(page, watch);
        const s0 = await appState(page);
        assert.equal(s0.textPercent, name === 'text-200' ? 200 : 100);
        if (name === 'zoom-200') assert.equal(s0.devicePixelRatio, 2);
        // The content scrolls (a wheel over it, as a manager would) rather than cutting
        // buttons off: each button is brought into view whole, then pressed or checked.
        const size = page.viewportSize();
        const at = { x: size.width * 0.7, y: size.height * 0.6 };
        const whole = async (label) => {
          const r = await scrollTo(page, label, at);
          return r !== null && r.whole;
        };
        assert.ok(await whole('Explore with demo data'), 'Import: the demo button whole');
        await clickSteady(page, 'Explore with demo data');
        await waitForState(page, (v) => v.import.status === 'imported', 'the demo import',
          { timeout: IMPORT_TIMEOUT_MS });
        await waitFrames(page, 2);
        assert.ok(await whole('Check caseloads'), 'Import: "Check caseloads" whole');
        await saveScreenshot(page, 'chromium', `a11y-${name}-import`);
        const section = async (n) => {
          await page.evaluate((v) => window.caseAudit.selectSection(v), n);
          await waitForState(page, (v) => v.section === n, `${n} shown`);
          await waitFrames(page, 3);
        };
        // Every page in turn, each primary button brought into view whole, as a manager
        // scrolls to it; a screenshot of each to look at.
        await section('Caseloads');
        for (const b of ['Export table (CSV)', 'As-at date']) assert.ok(await whole(b), `Caseloads: "${b}" whole`);
        await saveScreenshot(page, 'chromium', `a11y-${name}-caseloads`);
        await section('Sampling & audit');
        assert.ok(await whole('##auditor-name'), 'Sampling: the auditor\'s name field whole');
        await typeInto(page, '##auditor-name', 'Morgan Manager');
        assert.ok(await whole('Save name and role'), 'Sampling: "Save name and role" whole');
        await clickSteady(page, 'Save name and role');
        assert.ok(await whole('Draw sample'), 'Sampling: "Draw sample" whole');
        await clickSteady(page, 'Draw sample');
        await waitForState(page, (v) => v.audit.preview !== null, 'the sample drawn');
        assert.ok(await whole('Keep this sample'), 'Sampling: "Keep this sample" whole');
        await saveScreenshot(page, 'chromium', `a11y-${name}-sampling-draw`);
        await clickSteady(page, 'Keep this sample');
        await waitForState(page, (v) => v.audit.samples.length === 1, 'the sample kept');
        // The wheel may have scrolled the list itself past its first row: back up to it.
        const start = await scrollTo(page, 'Start', at, { step: -300 });
        assert.ok(start.whole && start.width > 20, `Sampling: the first audit's "Start" whole (${JSON.stringify(start)})`);
        await saveScreenshot(page, 'chromium', `a11y-${name}-sampling-audits`);
        await clickSteady(page, 'Start');
        await waitForState(page, (v) => v.audit.openAudit !== null, 'the audit workspace open');
        await waitFrames(page, 3);
        await saveScreenshot(page, 'chromium', `a11y-${name}-workspace`);
        // The workspace opens at its top: "Back to samples" is whole at once.
        const back = await page.evaluate(() => window.caseAudit.itemRect('< Back to samples'));
        assert.ok(back && back.whole && back.width > 40, `Workspace: "< Back to samples" whole (${JSON.stringify(back)})`);
        // The checklist is the right-hand pane, or under the case file when they stack (the
        // page scrolls to it: the wheel at the page's right edge, beside the panes).
        // First the page to its end (the wheel at its right edge, beside the panes), then the
        // checklist's own scrolling region (the wheel over it) to its first result.
        const onPage = { x: size.width - 25, y: size.height * 0.6 };
        for (let i = 0; i < 12; i++) {
          await page.mouse.move(onPage.x, onPage.y);
          await wheel(page, 400);
          await waitFrames(page, 2, onPage);
        }
        const inPane = { x: size.width * 0.6, y: size.height * 0.55 };
        const met = await scrollTo(page, 'Met', inPane, { step: 120 });
        assert.ok(met.whole && met.width > 20 && met.height > 10, `the checklist's first result is drawn whole (${JSON.stringify(met)})`);
        for (const b of ['Add action', 'Complete audit', 'Copy audit case note']) {
          const r = await scrollTo(page, b, inPane, { step: 200, tries: 60 });
          assert.ok(r.whole && r.width > 40 && r.height > 10, `Workspace: "${b}" whole (${JSON.stringify(r)})`);
        }
        await saveScreenshot(page, 'chromium', `a11y-${name}-workspace-end`);
        await scrollTo(page, '< Back to samples', onPage, { step: -400 });
        await clickSteady(page, '< Back to samples');
        // Reports: its three ways out.
        await section('Reports');
        for (const b of ['Print / Save as PDF', 'Save report (.html)', 'Save CSV files'])
          assert.ok(await whole(b), `Reports: "${b}" whole`);
        await saveScreenshot(page, 'chromium', `a11y-${name}-reports`);
        // Training: each page's tab, pressed, then the button the page is built around.
        await section('Training');
        for (const [tab, button] of [['Learn', 'Next area >'], ['Practise', 'Open the built-in pack'],
          ['Moderation', 'Draw'], ['Calibration', 'Add a workbook file...'], ['Author', 'Save training pack']]) {
          await scrollTo(page, 'Learn', at, { step: -400 });
          assert.ok(await whole(tab), `Training: the "${tab}" tab whole`);
          await clickSteady(page, tab);
          await waitForState(page, (v) => v.training.page === tab, `the ${tab} page`);
          await waitFrames(page, 2);
          assert.ok(await whole(button), `Training, ${tab}: "${button}" whole`);
          await saveScreenshot(page, 'chromium', `a11y-${name}-training-${tab.toLowerCase()}`);
        }
        await section('Settings');
        assert.ok(await whole('200%'), 'Settings: "200%" whole');
        await saveScreenshot(page, 'chromium', `a11y-${name}-settings`);
        await assertNoErrors(watch);
      }, options);
    });
  }
});
