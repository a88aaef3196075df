/** The script-tag entry: registers every element. */
import './define/article.js';
import './define/comment-count.js';
import './define/comments.js';
import './define/news-list.js';
import './define/partners.js';
import './define/view-counter.js';
import './define/vision-panel.js';

export * from './index.js';
