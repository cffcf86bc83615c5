// Firefox ESR: storage faults (full, switched off, a newer version's workbook, two tabs), as
// in Chromium (lib/storage-faults.mjs). Headed, under xvfb-run (tests/e2e/run.sh).
import { launchFirefox } from './lib/firefox.mjs';
import { watchPage } from './lib/harness.mjs';
import { describeStorageFaults } from './lib/storage-faults.mjs';

describeStorageFaults('Firefox ESR, storage faults', {
  launch: () => launchFirefox(),
  newPages: async (browser, n) => {
    const pages = [];
    for (let i = 0; i < n; i++) pages.push(await browser.newPage());
    return { pages, close: () => Promise.all(pages.map((p) => p.close())) };
  },
  watchPageFn: watchPage,
});
