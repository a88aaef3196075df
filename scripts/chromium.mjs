import { chromium } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names; no npm package downloads a browser here. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags every headless run here needs: no sandbox (CI runs as root), no GPU, and none of the
 * background traffic that stalls on a closed network.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

/** Launches it for a Node-side check (tests, benchmarks, screenshots); `extraArgs` are added. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}
