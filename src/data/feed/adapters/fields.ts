import { firstValueAt } from '../json-path.js';
import type { RawItem } from '../normalize.js';
import type { Json } from '../../json.js';
import { guessedTitlePaths, guessedUrlPaths } from './record-lists.js';

/** The item fields a list of records can fill, by the name a `map` uses for them. */
export const itemFields = {
  id: 'id',
  title: 'title',
  subtitle: 'subtitle',
  url: 'url',
  date: 'datePublished',
  modified: 'dateModified',
  summary: 'summary',
  content: 'contentHtml',
  text: 'contentText',
  image: 'image',
  imageAlt: 'imageAlt',
  author: 'author',
  tags: 'tags',
  views: 'views',
  comments: 'commentCount',
  slug: 'slug',
} as const satisfies Record<string, keyof RawItem>;

export type ItemField = keyof typeof itemFields;

/** Where a field is in a record: the first of these paths that holds a value. */
export type FieldPaths = Record<ItemField, readonly string[]>;

/** The names home-made JSON uses most, from news APIs (NewsAPI, Guardian), CMS exports and Bitrix. */
export const guessedFieldPaths: FieldPaths = {
  id: ['id', 'uuid', 'guid', '_id'],
  title: guessedTitlePaths,
  subtitle: ['subtitle', 'subheadline', 'standfirst'],
  url: guessedUrlPaths,
  date: [
    'date',
    'published',
    'publishedAt',
    'published_at',
    'pubDate',
    'datePublished',
    'date_published',
    'webPublicationDate',
    'created_at',
    'createdAt',
    'created',
    'active_from',
    'timestamp',
  ],
  modified: [
    'updated',
    'updatedAt',
    'updated_at',
    'modified',
    'modified_at',
    'dateModified',
    'changed',
  ],
  summary: [
    'summary',
    'excerpt',
    'description',
    'trailText',
    'lead',
    'intro',
    'teaser',
    'annotation',
    'preview_text',
    'anons',
  ],
  content: ['content_html', 'content', 'body', 'html', 'bodyHtml', 'detail_text', 'fulltext'],
  text: ['content_text', 'text'],
  image: [
    'image',
    'image_url',
    'imageUrl',
    'thumbnail',
    'urlToImage',
    'feature_image',
    'picture',
    'preview_picture',
    'img',
    'photo',
    'cover',
  ],
  imageAlt: ['image_alt', 'imageAlt', 'feature_image_alt'],
  author: ['author', 'authors', 'creator', 'byline'],
  tags: ['tags', 'categories', 'keywords'],
  views: ['views', 'view_count', 'views_count', 'viewCount', 'hits', 'show_counter'],
  comments: ['comments_count', 'comment_count', 'commentCount', 'commentsCount'],
  slug: ['slug', 'alias', 'code'],
};

export const guessedNextPaths = [
  'next',
  'next_url',
  'nextPage',
  'links.next',
  'links.next.href',
  'meta.next',
  'pagination.next',
];
export const guessedTotalPaths = [
  'total',
  'totalResults',
  'total_count',
  'count',
  'meta.total',
  'pagination.total',
  'response.total',
];

/** A raw item read from a record by field paths. */
export function readRawItem(record: Json, paths: FieldPaths): RawItem {
  const raw: RawItem = {};
  for (const field of Object.keys(itemFields) as ItemField[]) {
    raw[itemFields[field]] = firstValueAt(record, paths[field]);
  }
  return raw;
}
