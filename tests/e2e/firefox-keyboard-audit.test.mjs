// Firefox ESR: a whole audit by keyboard alone (lib/keyboard-audit.mjs), as in Chromium.
// Headed, under xvfb-run (tests/e2e/run.sh).
import { launchFirefox, withFirefoxPage } from './lib/firefox.mjs';
import { describeKeyboardAudit } from './lib/keyboard-audit.mjs';

describeKeyboardAudit('Firefox ESR, a whole audit by keyboard', {
  browserName: 'firefox',
  launch: () => launchFirefox(),
  withPage: (browser, body) => withFirefoxPage(browser, 'keyboard-audit', body),
});
