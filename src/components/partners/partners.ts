import { initialState } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadJson } from '../../data/request.js';
import type { Partner } from '../../data/model.js';
import { toPartners } from '../../data/api/partners.js';
import { isExternalUrl, toSafeUrl } from '../../data/url.js';
import { combine, commonStrings, partnersStrings, type StringsOf } from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { createLoadTask, renderStates, renderValue } from '../../internal/states.js';
import { stateStyles } from '../../internal/states.styles.js';
import { partnersStyles } from './partners.styles.js';
import { headingLevel } from '../../internal/heading-level.js';

export type PartnersLayout = 'grid' | 'list' | 'inline';

/**
 * Reads partners from the links written inside the element, so the footer works before (and
 * without) JavaScript. A link's group comes from the closest `data-group` around it.
 */
function readLinkedPartners(host: HTMLElement): Partner[] {
  return [...host.querySelectorAll<HTMLAnchorElement>('a[href]')].flatMap((link): Partner[] => {
    const url = toSafeUrl(link.getAttribute('href'), document.baseURI);
    const image = link.querySelector('img');
    const name = (link.textContent?.trim() || image?.alt.trim() || link.title.trim()) ?? '';
    if (!url || url.startsWith('mailto:') || !name) return [];
    const logo = toSafeUrl(image?.getAttribute('src'), document.baseURI, 'image');
    const group = link.closest('[data-group]')?.getAttribute('data-group')?.trim();
    return [{ name, url, ...(logo && { logo }), ...(group && { group }) }];
  });
}

/** Partners in the order given, grouped under the first appearance of each group. */
function groupPartners(partners: Partner[]): Array<[string | undefined, Partner[]]> {
  const groups = new Map<string | undefined, Partner[]>();
  for (const partner of partners) {
    const members = groups.get(partner.group) ?? [];
    members.push(partner);
    groups.set(partner.group, members);
  }
  return [...groups];
}

const localizedStrings = combine(commonStrings, partnersStrings);

/**
 * The partner-links footer of a library site: ministries, culture portals, other libraries,
 * theatres and museums, as a logo grid, a plain list or an inline row.
 *
 * Give it a JSON list with `src`, or write plain `<a>` links inside it: those stay usable
 * before the script loads and with scripts off, and the element enhances them.
 *
 * @summary Partner links with logos, grouped, from JSON or from the links already in the page.
 * @tagname biblio-partners
 *
 * @csspart base - The `<nav>` landmark around everything.
 * @csspart group - A group of partners with its heading.
 * @csspart group-heading - The heading of a group.
 * @csspart list - A list of partners.
 * @csspart item - One partner's list item.
 * @csspart link - One partner's link.
 * @csspart logo - A partner's logo image.
 * @csspart name - A partner's name: visible when there is no logo, it failed to load or images
 *   are switched off; otherwise read by screen readers only.
 * @csspart loading - The skeleton shown while the list loads.
 * @csspart empty - The message shown when there are no partners.
 * @csspart error - The error message box.
 * @csspart retry - The Retry button in the error box.
 *
 * @cssproperty [--biblio-partners-logo-height=3.5rem] - Height reserved for each logo.
 * @cssproperty [--biblio-partners-column-width=11rem] - Narrowest column of the logo grid.
 * @cssproperty [--biblio-partners-gap=0.75rem] - Space between partners.
 * @cssproperty [--biblio-accent] - Link colour (shared token).
 * @cssproperty [--biblio-border] - Border of the grid cells (shared token).
 *
 * @event {CustomEvent<LoadEventDetail>} biblio-load - The list is shown. `detail: { count }`.
 * @event {CustomEvent<ErrorEventDetail>} biblio-error - Loading `src` failed. `detail: { error }` with `error.kind` (network, timeout, http, parse, unexpected) and, for a web page or cut-off JSON, `error.details.reason` (htmlPage, brokenJson).
 */
export class BiblioPartners extends BiblioElement<StringsOf<typeof localizedStrings>> {
  static override tagName = 'biblio-partners';

  static override styles = [...BiblioElement.styles, stateStyles, partnersStyles];
  protected static override localizedStrings = localizedStrings;

  /** URL of a JSON list of partners: `[{ name, url, logo?, group? }]` or `{ partners: [...] }`. */
  @property() src?: string;

  /** `grid` (logos), `list` (names) or `inline` (a compact row of names). */
  @property({ reflect: true }) layout: PartnersLayout = 'grid';

  /** Accessible name of the navigation landmark. Default: "Партнёры" / "Partners". */
  @property() label?: string;

  /** Level (1–6) of the group headings, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Partners set from script; takes precedence over `src` and the links inside. */
  @property({ attribute: false }) partners?: Partner[];

  @state() private linkedPartners: Partner[] = [];
  @state() private failedLogos = new Set<string>();

  private linkObserver = new MutationObserver(() => {
    this.linkedPartners = readLinkedPartners(this);
  });

  private loadTask = createLoadTask(this, {
    args: () => [this.src] as const,
    load: async ([src], signal) => {
      if (!src) return initialState as never;
      const url = new URL(src, document.baseURI).href;
      return toPartners(await loadJson(url, { signal }), url);
    },
    count: (partners) => partners.length,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.linkedPartners = readLinkedPartners(this);
    this.linkObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.linkObserver.disconnect();
  }

  private markLogoFailed(logo: string) {
    this.failedLogos = new Set(this.failedLogos).add(logo);
  }

  private renderPartner(partner: Partner) {
    const showLogo =
      this.layout === 'grid' && partner.logo !== undefined && !this.failedLogos.has(partner.logo);
    const external = isExternalUrl(partner.url, location.origin);
    return html`<li part="item">
      <a part="link" href=${partner.url} rel=${external ? 'noopener noreferrer' : nothing}>
        ${
          showLogo
            ? html`<img
                part="logo"
                src=${partner.logo!}
                alt=""
                loading="lazy"
                decoding="async"
                @error=${() => this.markLogoFailed(partner.logo!)}
              />`
            : nothing
        }
        <span part="name" class=${showLogo ? 'visually-hidden shown-without-images' : ''}
          >${partner.name}</span
        >
      </a>
    </li>`;
  }

  private renderPartners(partners: Partner[]) {
    const level = headingLevel(this.headingLevel, 3);
    return html`<nav part="base" aria-label=${this.label ?? this.strings.partners.label}>
      ${groupPartners(partners).map(([group, members]) => {
        const list = html`<ul part="list">
          ${members.map((partner) => this.renderPartner(partner))}
        </ul>`;
        return group === undefined
          ? list
          : html`<section part="group">
              <div part="group-heading" role="heading" aria-level=${level}>${group}</div>
              ${list}
            </section>`;
      })}
    </nav>`;
  }

  override render() {
    const views = {
      strings: this.strings,
      complete: (partners: Partner[]) => this.renderPartners(partners),
      isEmpty: (partners: Partner[]) => partners.length === 0,
      emptyMessage: this.strings.partners.empty,
    };
    const given = this.partners ?? (this.src ? undefined : this.linkedPartners);
    return given ? renderValue(given, views) : renderStates(this.loadTask, views);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'biblio-partners': BiblioPartners;
  }
}
