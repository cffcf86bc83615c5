// Launching Debian's Chromium through playwright-core, with SwiftShader WebGL.
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, VIEWPORT, saveScreenshot, watchPage, CHROMIUM_ARGS } from './harness.mjs';

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

// Runs body(page, watch, context) in a fresh context and page of browser, and saves a
// screenshot of the page afterwards (also when the body fails) as
// build/e2e/screenshots/chromium-<name>.png.
export async function withChromiumPage(browser, name, body, contextOptions = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...contextOptions });
  try {
    const page = await context.newPage();
    const watch = await watchPage(page);
    try {
      return await body(page, watch, context);
    } finally {
      await saveScreenshot(page, 'chromium', name);
    }
  } finally {
    await context.close();
  }
}

