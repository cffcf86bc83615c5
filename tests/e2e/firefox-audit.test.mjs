// Firefox ESR: the audit scenario of lib/audit-scenario.mjs (sample, audit, reload,
// restore, copy the audit case note), as in Chromium. Firefox does not let a test read the
// system clipboard back, so the note is checked as the page handed it to the clipboard.
// Headed, under xvfb-run (tests/e2e/run.sh).
import { launchFirefox, withFirefoxPage } from './lib/firefox.mjs';
import { describeAuditScenario } from './lib/audit-scenario.mjs';

describeAuditScenario('Firefox ESR, Sampling & audit', {
  browserName: 'firefox',
  launch: () => launchFirefox(),
  withPage: (browser, body) => withFirefoxPage(browser, 'audit', body),
  readClipboard: false,
});
