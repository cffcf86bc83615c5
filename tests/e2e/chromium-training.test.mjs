// Chromium: the Training section through the real page (lib/training-scenario.mjs, shared
// with Firefox): practise a case of the built-in pack by mouse and keyboard, feedback, the
// summary against `caseaudit train-check`; then moderate that audit blind, resolve it, and
// find it after a reload.
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import { describeTrainingScenario } from './lib/training-scenario.mjs';

describeTrainingScenario('Chromium, Training', {
  browserName: 'chromium',
  launch: () => launchChromium(),
  withPage: (browser, body) => withChromiumPage(browser, 'training', body),
});
