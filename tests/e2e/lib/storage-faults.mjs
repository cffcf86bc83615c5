// Storage faults, the same in every browser: the browser's storage full (quota exceeded),
// switched off, holding a newer Case Audit's workbook or a damaged one, and two tabs editing
// the same workbook. In each the app must say so plainly, keep the work in memory, offer "Save
// workbook" at once, and never write over the stored copy with less than it holds
// (src/app/storage_status.h).
//
// Each test gets a server of its own, so a fresh origin and an empty localStorage (Firefox
// keeps one profile for the whole run). The extract is the built-in demo; the edit is the
// auditor's name, or a sample drawn and kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { useBrowser } from './suite.mjs';
import {
  DIST, addInitScript, appState, assertNoErrors, clickSteady, typeInto,
  waitForReady, waitForState,
} from './harness.mjs';

const IMPORT_TIMEOUT_MS = 120_000;
const PREFIX = 'case-audit:';

// Init scripts (run in the page before its own scripts).
function quotaFullForWorkbooks() {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (String(key).startsWith('case-audit:workbook')) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return setItem.call(this, key, value);
  };
}
function storageSwitchedOff() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
}

async function openApp(page, watchPageFn, origin, init) {
  const watch = await watchPageFn(page);
  if (init) await addInitScript(page, init);
  await page.goto(`${origin}/index.html`);
  await waitForReady(page, watch);
  return watch;
}

async function openDemo(page) {
  await clickSteady(page, 'Explore with demo data');
  await waitForState(page, (s) => s.import.status === 'imported', 'the demo to import', { timeout: IMPORT_TIMEOUT_MS });
  await clickSteady(page, 'Sampling & audit');
  return waitForState(page, (s) => s.section === 'Sampling & audit' && s.audit, 'Sampling & audit');
}

async function setAuditor(page, name) {
  await typeInto(page, '##auditor-name', name);
  await typeInto(page, '##auditor-capacity', 'senior manager');
  await clickSteady(page, 'Save name and role');
  return waitForState(page, (s) => s.audit.auditor === name, `the auditor ${name} in memory`);
}

async function keepSample(page, count) {
  await clickSteady(page, 'Draw sample');
  await clickSteady(page, 'Keep this sample');
  return waitForState(page, (s) => s.audit.samples.length === count, `${count} sample(s) in memory`);
}

const stored = (page, key) => page.evaluate((k) => window.localStorage.getItem(k), PREFIX + key);

// "Save workbook" in the message itself: the work goes to a file at once.
async function saveFromBanner(page) {
  await clickSteady(page, 'Save workbook'); // the message's button: drawn first
  return waitForState(page, (s) => /^Saved case-audit-workbook-/.test(s.audit.notice), 'the workbook saved as a file');
}

// newPages(browser, n) -> { pages, close() }: n pages sharing one storage (one origin).
// watchPageFn: harness's watchPage.
export function describeStorageFaults(title, { launch, newPages, watchPageFn }) {
  describe(title, () => {
    // No suite server: each test has a fresh one, so that its storage starts empty.
    const suite = useBrowser(launch, { serve: false });

    // Runs body(pages, origin) with a fresh server (origin) and n fresh pages.
    const withPages = async (n, body) => {
      const server = await startServer(DIST);
      const opened = await newPages(suite.browser, n);
      try {
        return await body(opened.pages, server.origin);
      } finally {
        await opened.close();
        await server.close();
      }
    };

    test('storage full: said plainly, work kept in memory, Save workbook offered', async () => {
      await withPages(1, async ([page], origin) => {
        const watch = await openApp(page, watchPageFn, origin, quotaFullForWorkbooks);
        let s = await openDemo(page);
        const key = s.audit.storageKey;
        assert.match(key, /^workbook:/);
        s = await setAuditor(page, 'Robin Reviewer');
        s = await waitForState(page, (st) => st.audit.storageTrouble === 'full', 'the full storage reported');
        assert.match(s.audit.storageError, /storage for Case Audit is full/);
        assert.equal(s.audit.storageKey, key, 'every change tries again');
        assert.equal(await stored(page, key), null, 'nothing half-written');
        await keepSample(page, 1); // the work goes on in memory
        await saveFromBanner(page);
        await assertNoErrors(watch);
      });
    });

    test('storage switched off: said plainly, work kept in memory, Save workbook offered', async () => {
      await withPages(1, async ([page], origin) => {
        const watch = await openApp(page, watchPageFn, origin, storageSwitchedOff);
        let s = await openDemo(page);
        assert.equal(s.audit.storageTrouble, 'off');
        assert.match(s.audit.storageError, /storage is switched off/);
        assert.equal(s.audit.storageKey, '', 'nothing is saved on this device');
        s = await setAuditor(page, 'Robin Reviewer');
        assert.equal(s.audit.storageTrouble, 'off');
        await keepSample(page, 1);
        await saveFromBanner(page);
        await assertNoErrors(watch);
      });
    });

    test("a newer version's stored workbook is left as it is and never written over", async () => {
      await withPages(1, async ([page], origin) => {
        const watch = await openApp(page, watchPageFn, origin);
        const key = (await openDemo(page)).audit.storageKey;
        const newer = JSON.stringify({ format: 'case-audit-workbook', version: 7, extract: {}, samples: [] });
        await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [PREFIX + key, newer]);
        await page.reload();
        await waitForReady(page, watch);
        let s = await openDemo(page);
        assert.equal(s.audit.storageTrouble, 'newer-version');
        assert.match(s.audit.storageError, /newer version of Case Audit \(workbook version 7; this one reads version 2\)/); // k_workbook_version
        assert.equal(s.audit.storageKey, '');
        s = await setAuditor(page, 'Robin Reviewer');
        await keepSample(page, 1);
        assert.equal(await stored(page, key), newer, 'the stored copy is as it was');
        const keys = await page.evaluate(() => Object.keys(window.localStorage));
        assert.ok(!keys.some((k) => k.includes('unreadable')), `not set aside either: ${keys}`);
        await saveFromBanner(page);
        await assertNoErrors(watch);
      });
    });

    test('a damaged stored workbook is set aside, not deleted, and a new one started', async () => {
      await withPages(1, async ([page], origin) => {
        const watch = await openApp(page, watchPageFn, origin);
        const key = (await openDemo(page)).audit.storageKey;
        const damaged = '{"format": "case-audit-workbook", "version": 1, "samples": [';
        await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [PREFIX + key, damaged]);
        await page.reload();
        await waitForReady(page, watch);
        let s = await openDemo(page);
        assert.match(s.audit.warning, /could not be read \(the saved text is damaged\)\. It has been set aside, not deleted/);
        assert.equal(s.audit.storageTrouble, 'none', 'the new workbook is kept in the browser as usual');
        assert.equal(s.audit.storageKey, key);
        assert.equal(await stored(page, `workbook-unreadable:${key}`), damaged, 'the damaged text kept');
        s = await setAuditor(page, 'Robin Reviewer');
        await waitForState(page, (st) => st.audit.storageError === '', 'saved');
        assert.equal(JSON.parse(await stored(page, key)).auditor, 'Robin Reviewer');
        assert.equal(await stored(page, `workbook-unreadable:${key}`), damaged, 'still kept');
        await assertNoErrors(watch);
      });
    });

    test('two tabs editing the same workbook: the other tab is told, nothing overwritten', async () => {
      await withPages(2, async ([first, second], origin) => {
        const watchFirst = await openApp(first, watchPageFn, origin);
        const watchSecond = await openApp(second, watchPageFn, origin);
        // A tab in the background draws no frames (Firefox): the one worked in comes first.
        await first.bringToFront();
        const key = (await openDemo(first)).audit.storageKey;
        await setAuditor(first, 'Alex First');
        await second.bringToFront();
        let s = await openDemo(second);
        assert.equal(s.audit.auditor, 'Alex First', 'the second tab restored the first tab\'s work');
        await keepSample(second, 1); // saved: the first tab hears of it
        const secondsWork = await stored(second, key);
        assert.equal(JSON.parse(secondsWork).samples.length, 1, 'the second tab saved its sample');

        await first.bringToFront();
        s = await waitForState(first, (st) => st.audit.storageTrouble === 'other-tab', 'the first tab told', { wake: true });
        assert.match(s.audit.storageError, /changed in another Case Audit tab or window/);
        assert.equal(s.audit.storageKey, '', 'the first tab no longer saves');
        assert.equal(s.audit.samples.length, 0);
        await keepSample(first, 1);
        assert.equal(await stored(first, key), secondsWork, 'the second tab\'s work is not overwritten');

        // The first tab takes up what the second saved, and saves again from then on.
        await clickSteady(first, "Use the other tab's work");
        s = await waitForState(first, (st) => st.audit.storageTrouble === 'none' && st.audit.storageKey === key,
          'the stored work taken up');
        assert.equal(s.audit.storageError, '');
        assert.deepEqual(s.audit.samples.map((x) => String(x.seed)),
          JSON.parse(secondsWork).samples.map((x) => x.spec.seed), 'the second tab\'s sample');
        assert.equal((await appState(second)).audit.storageTrouble, 'none', 'the tab that saved carries on');
        await assertNoErrors(watchFirst);
        await assertNoErrors(watchSecond);
      });
    });
  });
}
