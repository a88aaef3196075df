import type { FieldChoices } from './field-map.js';
import type { FeedBody, Reading } from './feed-reading.js';
import { defaultSettings, type BuilderSettings } from './settings.js';
import type { InterfaceLanguage } from './strings/index.js';

/** Where the body being shown came from: the feed address, or a pasted or uploaded sample. */
export type BodySource = 'url' | 'sample';

export interface BuilderState {
  language: InterfaceLanguage;
  settings: BuilderSettings;
  /** The text in the sample box. */
  sample: string;
  body?: FeedBody;
  bodySource?: BodySource;
  reading: 'idle' | 'busy' | Reading;
  /** A reading of the body is on its way; the one shown is the one before. */
  readingPending: boolean;
  /** The mapping helper's choices; the helper is open while they are set. */
  choices?: FieldChoices;
  /** The reference server's API address, for the feed proxy. */
  apiBase: string;
  copyStatus: '' | 'copied' | 'copyFailed';
  /** What the preview's news list loads: the address last read, or the sample's object URL. */
  previewSrc?: string;
  /** The element tags the preview renders; they trail the settings a little (see BuilderApp). */
  previewTags: string;
}

export function initialState(language: InterfaceLanguage): BuilderState {
  return {
    language,
    settings: defaultSettings(),
    sample: '',
    reading: 'idle',
    readingPending: false,
    apiBase: '/api',
    copyStatus: '',
    previewTags: '',
  };
}
