import { render } from 'lit';
import type { BuilderActions } from './builder-actions.js';
import { initialState, type BodySource, type BuilderState } from './builder-state.js';
import { proxyUrl } from './cors.js';
import {
  guessedChoices,
  toMapAttribute,
  type FieldChoices,
  type MappedField,
} from './field-map.js';
import { failedReading, loadBody, readBody, type FeedBody, type Reading } from './feed-reading.js';
import { elementTags, buildSnippet } from './snippet.js';
import type { BuilderSettings } from './settings.js';
import { builderStringsFor, type InterfaceLanguage } from './strings/index.js';
import { pageView } from './views/page-view.js';

/** Typing settles for this long before the preview reloads its elements. */
const previewDelay = 400;

export interface BuilderAppOptions {
  language: InterfaceLanguage;
  /** Told when the interface language changes, so the page can set `<html lang>` and its title. */
  onLanguageChange?: (language: InterfaceLanguage, title: string) => void;
}

/**
 * The snippet builder: keeps the state, turns control events into new state and renders the
 * page into `root` (light DOM, so the page's labels, landmarks and styles are plain HTML).
 */
export class BuilderApp implements BuilderActions {
  private state: BuilderState;
  private readRequest?: AbortController;
  private previewTimer?: ReturnType<typeof setTimeout>;
  /** Counts the readings asked for: one that ends after a newer one was asked is dropped. */
  private readings = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: BuilderAppOptions,
  ) {
    this.state = initialState(options.language);
    this.setLanguage(options.language);
    this.schedulePreview();
  }

  /** Stops pending work and frees the sample's object URL. */
  dispose(): void {
    this.readRequest?.abort();
    clearTimeout(this.previewTimer);
    this.releaseSample();
    render('', this.root);
  }

  /** The HTML a webmaster copies, as the page shows it. */
  get snippet(): string {
    return buildSnippet(this.state.settings);
  }

  setLanguage(language: InterfaceLanguage): void {
    this.root.lang = language;
    this.options.onLanguageChange?.(language, builderStringsFor(language).pageTitle);
    this.update({ language });
  }

  changeSettings(change: (settings: BuilderSettings) => void): void {
    const settings = structuredClone(this.state.settings);
    change(settings);
    this.update({ settings, copyStatus: '' });
    this.schedulePreview();
  }

  readFeedUrl(): void {
    const url = this.state.settings.newsList.src;
    if (!url) return;
    this.readRequest?.abort();
    const request = new AbortController();
    this.readRequest = request;
    this.update({ reading: 'busy' });
    loadBody(url, request.signal).then(
      (body) => {
        if (!request.signal.aborted) this.showBody(body, 'url', url);
      },
      (error: unknown) => {
        if (request.signal.aborted) return;
        this.showBody(undefined, 'url', url);
        this.update({ reading: failedReading(error, url) });
      },
    );
  }

  setSample(text: string): void {
    this.update({ sample: text });
  }

  readSample(): void {
    const text = this.state.sample;
    if (!text.trim()) return;
    this.readRequest?.abort();
    const url = this.state.settings.newsList.src;
    const body = { text, url: url ? new URL(url, document.baseURI).href : document.baseURI };
    this.showBody(body, 'sample', URL.createObjectURL(new Blob([text])));
  }

  uploadSample(file: File): void {
    file.text().then(
      (text) => {
        this.setSample(text);
        this.readSample();
      },
      (error: unknown) => this.update({ reading: failedReading(error, file.name) }),
    );
  }

  openMapping(): void {
    const { reading } = this.state;
    if (typeof reading !== 'object') return;
    const choices = guessedChoices(reading.lists);
    if (choices) this.applyChoices(choices);
  }

  closeMapping(): void {
    this.applyChoices(undefined);
  }

  pickList(listPath: string): void {
    const { reading } = this.state;
    if (typeof reading !== 'object') return;
    const choices = guessedChoices(reading.lists, listPath);
    if (choices) this.applyChoices(choices);
  }

  pickField(field: MappedField, path: string): void {
    const choices = this.state.choices;
    if (!choices) return;
    this.applyChoices({ ...choices, fields: { ...choices.fields, [field]: path || undefined } });
  }

  setApiBase(apiBase: string): void {
    this.update({ apiBase: apiBase.trim() });
  }

  /** Switches the feed address to the proxy's and reads that, as the widgets will. */
  useProxy(): void {
    const { settings, apiBase } = this.state;
    this.changeSettings((next) => {
      next.newsList.src = proxyUrl(settings.newsList.src, apiBase);
    });
    this.readFeedUrl();
  }

  copySnippet(): void {
    navigator.clipboard.writeText(this.snippet).then(
      () => this.update({ copyStatus: 'copied' }),
      () => {
        this.selectSnippet();
        this.update({ copyStatus: 'copyFailed' });
      },
    );
  }

  private selectSnippet(): void {
    const code = this.root.querySelector('#snippet-code');
    if (!code) return;
    getSelection()?.selectAllChildren(code);
  }

  /** A pasted sample is previewed from an object URL, which lives until the next reading. */
  private releaseSample(): void {
    const { previewSrc } = this.state;
    if (previewSrc?.startsWith('blob:')) URL.revokeObjectURL(previewSrc);
  }

  /**
   * Reads a new body from scratch (the old field choices belonged to the old feed) and points
   * the preview at what was read, so typing an address does not load every half-typed one.
   */
  private showBody(body: FeedBody | undefined, source: BodySource, previewSrc: string): void {
    this.releaseSample();
    this.update({ body, bodySource: source, previewSrc, choices: undefined });
    this.setMap('');
    if (!body) {
      // A reading still on its way belonged to the body before.
      this.readings++;
      this.update({ readingPending: false });
      return;
    }
    void this.read(body, '').then((reading) => {
      if (reading?.status === 'failed' && reading.error.kind === 'format') this.openMapping();
    });
  }

  /**
   * Shows the reading of a body. A format's reader may still be loading, so readings can end
   * out of order: only the last one asked for is shown (`undefined` for the others). The reading
   * on screen stays until then, so the mapping form is not torn down under the reader's focus.
   */
  private async read(body: FeedBody, map: string): Promise<Reading | undefined> {
    const asked = ++this.readings;
    this.update({ readingPending: true });
    const reading = await readBody(body, map);
    if (asked !== this.readings) return undefined;
    this.update({ reading, readingPending: false });
    return reading;
  }

  private applyChoices(choices: FieldChoices | undefined): void {
    this.update({ choices });
    this.setMap(choices ? toMapAttribute(choices) : '');
    const { body } = this.state;
    if (body) void this.read(body, this.state.settings.newsList.map);
  }

  private setMap(map: string): void {
    this.changeSettings((settings) => {
      settings.newsList.map = map;
    });
  }

  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      const { settings, previewSrc } = this.state;
      const previewTags = previewSrc
        ? elementTags({ ...settings, newsList: { ...settings.newsList, src: previewSrc } })
        : '';
      this.update({ previewTags });
    }, previewDelay);
  }

  private update(patch: Partial<BuilderState>): void {
    this.state = { ...this.state, ...patch };
    render(pageView(this.state, this), this.root);
  }
}
