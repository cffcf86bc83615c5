// Firefox ESR: the screen-reader route and axe-core (WCAG 2.2 A and AA rules) on the page and
// on the accessible view, as chromium-a11y.test.mjs does in Chromium (the scenario is in
// lib/axe-scenario.mjs). Headed, under xvfb-run (tests/e2e/run.sh).
import { describe, test } from 'node:test';
import { useBrowser } from './lib/suite.mjs';
import { launchFirefox, withFirefoxPage } from './lib/firefox.mjs';
import { runAxeScenario } from './lib/axe-scenario.mjs';

describe('Firefox ESR, accessibility', () => {
  const suite = useBrowser(launchFirefox);

  test('the canvas has a role and a name; axe-core finds no WCAG 2.2 A/AA violation on the page or the accessible view', async () => {
    await withFirefoxPage(suite.browser, 'a11y-axe', (page, watch) =>
      runAxeScenario(page, watch, { origin: suite.server.origin, browserName: 'firefox' }));
  });
});
