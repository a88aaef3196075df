import { chromium } from 'playwright-core';

/**
 * Debian's Chromium (or CHROME_PATH) as every Node-side check here needs it: headless, no
 * sandbox (CI runs as root), and none of the background traffic that stalls on a closed network.
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--no-first-run',
    ],
  });
}
