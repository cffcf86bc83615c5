// Chromium: importing extracts through the real page. The demo is made by clicking the
// "Explore with demo data" button; files come through the real file input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser } from './lib/suite.mjs';
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import {
  ROOT, appState, assertCanvasDrawn, assertNoErrors, clickItem, saveScreenshot, waitForReady, waitForState,
  tempFolder,
} from './lib/harness.mjs';

// Generous: the demo (about 11 MB) is generated and imported in software-rendered Chromium
// on a small shared machine. A limit, not a measurement (see docs/performance.md).
const IMPORT_TIMEOUT_MS = 120_000;

describe('Chromium, importing extracts', () => {
  const suite = useBrowser(launchChromium, { prepare: () => tempFolder('import') });

  const open = async (page, watch) => {
    await page.goto(`${suite.server.origin}/index.html`);
    await waitForReady(page, watch);
  };
  const settled = (s) => s.import.status === 'imported' || s.import.status === 'failed';

  test('"Explore with demo data" makes and imports the demo borough', async () => {
    await withChromiumPage(suite.browser, 'demo', async (page, watch) => {
      await open(page, watch);
      await clickItem(page, 'Explore with demo data');
      const s = await waitForState(page, settled, 'the demo import to finish', { timeout: IMPORT_TIMEOUT_MS });
      assert.equal(s.import.status, 'imported', `demo imported (${JSON.stringify(s.import)})`);
      assert.equal(s.import.errors, 0);
      // The generator's demo (docs/cli.md, "generate --demo"): 800 cases with one person
      // each, 4 teams plus the directorate, 39 workers.
      assert.equal(s.extract.cases, 800);
      assert.equal(s.extract.people, 800);
      assert.equal(s.extract.teams, 5);
      assert.equal(s.extract.workers, 39);
      assert.equal(s.extract.asAt, '2026-10-30');
      assert.match(s.extract.organisation, /Eastmere/);
      await assertCanvasDrawn(page, 'demo summary');
      await saveScreenshot(page, 'chromium', 'demo-summary');
      await assertNoErrors(watch);
    });
  });

  test('the documented example extract imports with its counts', async () => {
    await withChromiumPage(suite.browser, 'example-extract', async (page, watch) => {
      await open(page, watch);
      const example = path.join(ROOT, 'tests', 'data', 'extract', 'minimal-valid.json');
      assert.equal((await appState(page)).import.finishedAtMs, 0, 'no import has finished yet');
      const chosenAt = await page.evaluate(() => performance.now());
      await page.setInputFiles('#file-input', example);
      const s = await waitForState(page, settled, 'the import to finish', { timeout: IMPORT_TIMEOUT_MS });
      assert.equal(s.import.status, 'imported');
      // The finish time is on the page's own clock (the import benchmark relies on it):
      // after the file was chosen, and not after now.
      const now = await page.evaluate(() => performance.now());
      assert.ok(s.import.finishedAtMs > chosenAt && s.import.finishedAtMs <= now,
        `finishedAtMs ${s.import.finishedAtMs} lies between ${chosenAt} and ${now}`);
      // Counted by hand in tests/data/extract/minimal-valid.json.
      assert.deepEqual(
        { teams: s.extract.teams, workers: s.extract.workers, people: s.extract.people, cases: s.extract.cases, notes: s.extract.notes },
        { teams: 2, workers: 4, people: 2, cases: 2, notes: 6 });
      await assertNoErrors(watch);
    });
  });

  test('a broken extract is refused with its errors, and the open extract stays open', async () => {
    await withChromiumPage(suite.browser, 'broken-extract', async (page, watch) => {
      await open(page, watch);
      const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'data', 'extract', 'minimal-valid.json'), 'utf8'));
      const good = path.join(suite.fixture.dir, 'good.json');
      fs.writeFileSync(good, JSON.stringify(example));
      example.cases[0].openedDate = '2025-02-30'; // a date that does not exist
      const bad = path.join(suite.fixture.dir, 'bad.json');
      fs.writeFileSync(bad, JSON.stringify(example, null, 2));

      await page.setInputFiles('#file-input', good);
      await waitForState(page, (s) => s.import.status === 'imported', 'the good extract to import', { timeout: IMPORT_TIMEOUT_MS });
      await page.setInputFiles('#file-input', bad);
      const s = await waitForState(page, (st) => st.import.file === 'bad.json' && settled(st), 'the bad extract to be refused', { timeout: IMPORT_TIMEOUT_MS });
      assert.equal(s.import.status, 'failed');
      assert.equal(s.import.errors, 1, 'one error: the impossible date');
      assert.equal(s.extract.file, 'good.json', 'the extract that was open is still open');
      assert.match(s.lastError, /bad\.json could not be imported/);
      await saveScreenshot(page, 'chromium', 'broken-extract');
      await assertNoErrors(watch);
    });
  });
});
