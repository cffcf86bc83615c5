// Firefox ESR: the Training scenario of lib/training-scenario.mjs, as in Chromium. Headed,
// under xvfb-run (tests/e2e/run.sh).
import { launchFirefox, withFirefoxPage } from './lib/firefox.mjs';
import { describeTrainingScenario } from './lib/training-scenario.mjs';

describeTrainingScenario('Firefox ESR, Training', {
  browserName: 'firefox',
  launch: () => launchFirefox(),
  withPage: (browser, body) => withFirefoxPage(browser, 'training', body),
});
