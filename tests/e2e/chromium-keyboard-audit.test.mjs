// Chromium: a whole audit by keyboard alone (lib/keyboard-audit.mjs), the keys counted
// against the budget that docs/accessibility.md states.
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import { describeKeyboardAudit } from './lib/keyboard-audit.mjs';

describeKeyboardAudit('Chromium, a whole audit by keyboard', {
  browserName: 'chromium',
  launch: () => launchChromium(),
  withPage: (browser, body) => withChromiumPage(browser, 'keyboard-audit', body),
});
