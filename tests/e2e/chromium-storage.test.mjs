// Chromium: storage faults (full, switched off, a newer version's workbook, two tabs), as in
// Firefox (lib/storage-faults.mjs). Two tabs are two pages of one browser context.
import { launchChromium } from './lib/chromium.mjs';
import { VIEWPORT, watchPage } from './lib/harness.mjs';
import { describeStorageFaults } from './lib/storage-faults.mjs';

describeStorageFaults('Chromium, storage faults', {
  launch: () => launchChromium(),
  newPages: async (browser, n) => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const pages = [];
    for (let i = 0; i < n; i++) pages.push(await context.newPage());
    return { pages, close: () => context.close() };
  },
  watchPageFn: watchPage,
});
