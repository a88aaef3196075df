import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { NewsItem } from '../../data/model.js';
import type { Strings } from '../../i18n/index.js';

/** Where an article can be shared, without loading any network's script. */
export type ShareTarget = 'vk' | 'telegram' | 'ok' | 'email' | 'copy';

const shareTargets: readonly ShareTarget[] = ['vk', 'telegram', 'ok', 'email', 'copy'];

/** Plain share URLs each network documents for its share button. */
function shareHref(target: Exclude<ShareTarget, 'copy'>, url: string, title: string): string {
  const link = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  switch (target) {
    case 'vk':
      return `https://vk.com/share.php?url=${link}&title=${text}`;
    case 'telegram':
      return `https://t.me/share/url?url=${link}&text=${text}`;
    case 'ok':
      return `https://connect.ok.ru/offer?url=${link}&title=${text}`;
    case 'email':
      return `mailto:?subject=${text}&body=${link}`;
  }
}

/** The `share` attribute: present but empty means every target; otherwise a list of them. */
function parseShareTargets(value: string | undefined | null): ShareTarget[] {
  if (value === undefined || value === null) return [];
  const asked = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return asked.length === 0
    ? [...shareTargets]
    : shareTargets.filter((target) => asked.includes(target));
}

/** The strings the share links read: the article's own section. */
type ShareStrings = Pick<Strings, 'article'>;

/**
 * The article's share links and copy button, with what the copy button last said. Loaded only
 * by an article with a `share` attribute, while its item loads, so it is there for first paint.
 */
export class ShareLinks {
  private copyMessage = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  private async copyLink(url: string, strings: ShareStrings['article']) {
    try {
      await navigator.clipboard.writeText(url);
      this.copyMessage = strings.copied;
    } catch {
      this.copyMessage = strings.copyFailed;
    }
    this.host.requestUpdate();
  }

  /** The links `share` asks for, sharing the item's URL (or this page's when it has none). */
  render(item: NewsItem, share: string, { article: strings }: ShareStrings) {
    const targets = parseShareTargets(share);
    if (targets.length === 0) return nothing;
    const url = item.url ?? location.href;
    const link = (target: Exclude<ShareTarget, 'copy'>) =>
      target === 'email'
        ? html`<a part="share-link" href=${shareHref(target, url, item.title)}>${strings.email}</a>`
        : html`<a
            part="share-link"
            href=${shareHref(target, url, item.title)}
            target="_blank"
            rel="noopener noreferrer"
            >${strings[target]}<span class="visually-hidden"> ${strings.newTab}</span></a
          >`;
    return html`<nav part="share" aria-labelledby="share-label">
      <span id="share-label" part="share-label">${strings.share}</span>
      <ul>
        ${targets.map(
          (target) =>
            html`<li>
              ${
                target === 'copy'
                  ? html`<button
                      part="share-link"
                      type="button"
                      @click=${() => this.copyLink(url, strings)}
                    >
                      ${strings.copyLink}
                    </button>`
                  : link(target)
              }
            </li>`,
        )}
      </ul>
      <span role="status" class="copy-status">${this.copyMessage}</span>
    </nav>`;
  }
}
