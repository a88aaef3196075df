import type { MappedField } from './field-map.js';
import type { BuilderSettings } from './settings.js';
import type { InterfaceLanguage } from './strings/index.js';

/** What the page's controls can ask of the builder. */
export interface BuilderActions {
  setLanguage(language: InterfaceLanguage): void;
  /** Changes settings in place; the snippet and the preview follow. */
  changeSettings(change: (settings: BuilderSettings) => void): void;
  readFeedUrl(): void;
  setSample(text: string): void;
  readSample(): void;
  uploadSample(file: File): void;
  openMapping(): void;
  closeMapping(): void;
  pickList(listPath: string): void;
  pickField(field: MappedField, path: string): void;
  setApiBase(apiBase: string): void;
  useProxy(): void;
  copySnippet(): void;
}
