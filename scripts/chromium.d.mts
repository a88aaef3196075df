import type { Browser } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. */
export const chromiumPath: string;

/** Flags every headless run here needs. */
export const chromiumArgs: string[];

/** Launches it for a Node-side check (tests, benchmarks, screenshots); `extraArgs` are added. */
export function launchChromium(extraArgs?: string[]): Promise<Browser>;
