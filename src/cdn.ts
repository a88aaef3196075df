/**
 * The script-tag entry (`dist/cdn/biblio-widgets.js`): a small loader that defines each element
 * the first time its tag appears in the page, so a page with a news list never downloads the
 * comment box. Each element's code is a chunk beside this file, fetched with `import()`
 * relative to it. Tags added later (a CMS block rendered after load, a single-page app) are
 * found by one MutationObserver, which stops once every element is loaded.
 *
 * Elements inside a site's own shadow roots are not seen from the document: such sites import
 * `biblio-widgets/define/<name>.js` from npm instead.
 */
import { defineOnDemand } from './internal/define-on-demand.js';

defineOnDemand(
  document,
  {
    'biblio-article': () => import('./define/article.js'),
    'biblio-comment-count': () => import('./define/comment-count.js'),
    'biblio-comments': () => import('./define/comments.js'),
    'biblio-news-list': () => import('./define/news-list.js'),
    'biblio-partners': () => import('./define/partners.js'),
    'biblio-view-counter': () => import('./define/view-counter.js'),
    'biblio-vision-panel': () => import('./define/vision-panel.js'),
  },
  // Every element needs Lit and the shared base: fetch them beside the first element's chunk,
  // not one round-trip after it.
  () => import('./internal/biblio-element.js'),
);
