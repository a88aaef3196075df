/** Classes and types only: importing this registers nothing. */
export { BiblioElement, type Theme } from './internal/biblio-element.js';
export { BiblioArticle, type LoadedArticle } from './components/article/article.js';
export { BiblioNewsList, type ItemSelectEventDetail } from './components/news-list/news-list.js';
export type { NewsField, NewsLayout } from './components/news-list/news-item.js';
export {
  BiblioComments,
  type CommentPostedEventDetail,
  type CommentsAuth,
} from './components/comments/comments.js';
export { BiblioCommentCount } from './components/comment-count/comment-count.js';
export type {
  Comment,
  CommentAuthor,
  CommentPage,
  CommentSort,
  CommentStatus,
} from './data/api/comments-api.js';
export { CommentsError, type CommentsErrorCode } from './data/api/comment-changes.js';
export { BiblioPartners, type PartnersLayout } from './components/partners/partners.js';
export {
  BiblioViewCounter,
  type ViewCountNotation,
  type ViewCountVariant,
  type ViewRegisteredDetail,
} from './components/view-counter/view-counter.js';
export type { RegisteredView, ViewCount } from './data/api/views-api.js';
export {
  BiblioVisionPanel,
  type VisionChangeEventDetail,
  type VisionTarget,
} from './components/vision-panel/vision-panel.js';
export type { VisionSettings, ColourScheme } from './internal/vision-settings.js';
export { FeedError, type FeedErrorKind, type FeedErrorDetails } from './data/errors.js';
export type { FeedPage, NewsImage, NewsItem, Partner } from './data/model.js';
export type { FeedFormat, FeedFormatOption, FeedMap } from './data/feed.js';
export type { ErrorEventDetail, LoadEventDetail } from './internal/events.js';
export { registerStrings } from './i18n/index.js';
export type {
  Language,
  LanguageStrings,
  LanguageTraits,
  PartialStrings,
  RegisteredStrings,
  Strings,
} from './i18n/index.js';
