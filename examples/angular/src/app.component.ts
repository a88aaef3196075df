import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { NewsItem } from 'biblio-widgets';
// One element per import: the page carries only the elements it shows.
import 'biblio-widgets/define/news-list.js';
import 'biblio-widgets/define/article.js';
import 'biblio-widgets/define/partners.js';
import { news, partners } from '../../data/library';

/**
 * CUSTOM_ELEMENTS_SCHEMA lets the template use biblio-* tags; [item] and [partners] bind
 * properties, (biblio-item-select) listens to our event.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main [lang]="lang()">
      <button type="button" (click)="toggleLanguage()">
        {{ lang() === 'ru' ? 'English' : 'Русский' }}
      </button>
      <biblio-news-list
        [items]="news"
        layout="compact"
        (biblio-item-select)="openInPlace($event)"
      ></biblio-news-list>
      <p role="status">
        @if (opened()) {
          biblio-item-select: {{ opened() }}, opened in place
        }
      </p>
      <biblio-article [item]="article()" archive-href="/news/" heading-level="1"></biblio-article>
      <biblio-partners [partners]="partners" layout="list"></biblio-partners>
    </main>
  `,
})
export class AppComponent {
  protected readonly news = news;
  protected readonly partners = partners;
  protected readonly lang = signal<'ru' | 'en'>('ru');
  protected readonly article = signal<NewsItem>(news[0]);
  protected readonly opened = signal('');

  protected toggleLanguage() {
    this.lang.update((lang) => (lang === 'ru' ? 'en' : 'ru'));
  }

  /** The template hands over a plain Event; the package types its detail on HTMLElementEventMap. */
  protected openInPlace(event: Event) {
    event.preventDefault();
    const { item } = (event as HTMLElementEventMap['biblio-item-select']).detail;
    this.article.set(item);
    this.opened.set(item.title);
  }
}
