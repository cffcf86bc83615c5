// Chromium: an audit from sample to audit case note, through the real page, and the work
// surviving a reload (the scenario is in lib/audit-scenario.mjs, shared with Firefox). Here
// the note is also read back from the system clipboard.
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import { describeAuditScenario } from './lib/audit-scenario.mjs';

describeAuditScenario('Chromium, Sampling & audit', {
  browserName: 'chromium',
  launch: () => launchChromium(),
  withPage: (browser, body) => withChromiumPage(browser, 'audit', body,
    { permissions: ['clipboard-read', 'clipboard-write'] }),
  readClipboard: true,
});
