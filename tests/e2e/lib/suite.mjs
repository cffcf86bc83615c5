// The set-up every browser test file shares. Called inside a describe(): before its tests,
// the built app is checked (`files` in dist/), served from a local server (not when `serve`
// is false: the file:// tests), `prepare()` makes what the tests need besides (a synthetic
// extract, a temporary folder, the command-line tool's figures) and the browser is
// launched; after them each is closed or cleaned up (`cleanup()` of what prepare returned).
//
//   const suite = useBrowser(launchChromium, { prepare: () => writeSyntheticExtract() });
//   test('...', () => withChromiumPage(suite.browser, 'name', async (page) => {
//     await page.goto(`${suite.server.origin}/index.html`); ... suite.fixture.file ... }));
import { after, before } from 'node:test';
import { startServer } from './server.mjs';
import { DIST, requireDist } from './harness.mjs';

export const APP_FILES = ['index.html', 'caseaudit.js', 'caseaudit.wasm'];

export function useBrowser(launch, { files = APP_FILES, serve = true, prepare = null } = {}) {
  const suite = { server: null, browser: null, fixture: null };
  before(async () => {
    requireDist(...files);
    if (prepare) suite.fixture = await prepare();
    if (serve) suite.server = await startServer(DIST);
    suite.browser = await launch();
  });
  after(async () => {
    if (suite.browser) await suite.browser.close();
    if (suite.server) await suite.server.close();
    if (suite.fixture && suite.fixture.cleanup) suite.fixture.cleanup();
  });
  return suite;
}
