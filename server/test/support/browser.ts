import { existsSync } from 'node:fs';
import { chromiumPath } from '../../../scripts/chromium.mjs';

export { launchChromium } from '../../../scripts/chromium.mjs';

/** Why a suite that drives the moderation page is skipped, or false when Chromium is there. */
export const withoutChromium = !existsSync(chromiumPath) && `no Chromium at ${chromiumPath}`;
