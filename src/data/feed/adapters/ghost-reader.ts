import { toNewsItems, type RawItem } from '../normalize.js';
import { toSafeUrl } from '../../url.js';
import { asArray, asRecord, itemContext, type FeedReader } from './adapter.js';
import { withParameter } from './numbered-pages.js';
import { type Json, isRecord } from '../../json.js';

function toRawItem(post: Json): RawItem {
  return {
    id: post.id,
    url: post.url ?? post.canonical_url,
    title: post.title,
    summary: post.custom_excerpt ?? post.excerpt,
    contentHtml: post.html,
    contentText: post.html === undefined ? post.plaintext : undefined,
    datePublished: post.published_at ?? post.created_at,
    dateModified: post.updated_at,
    image: post.feature_image,
    imageAlt: post.feature_image_alt,
    author: post.primary_author ?? post.authors,
    tags: post.tags,
    slug: post.slug,
  };
}

/** Reads Ghost posts and follows `meta.pagination` to the next page. */
export const ghostReader: FeedReader = {
  toFeedPage(source) {
    const json = asRecord(source.json);
    const pagination = asRecord(asRecord(json.meta).pagination);
    const posts = asArray(json.posts).filter(isRecord).map(toRawItem);
    const next = Number(pagination.next);
    const nextPage =
      Number.isInteger(next) && next > 0
        ? toSafeUrl(withParameter(source.url, 'page', next), source.url)
        : undefined;
    const total = Number(pagination.total);
    const totalPages = Number(pagination.pages);
    return {
      items: toNewsItems(posts, itemContext(source)),
      ...(nextPage && { nextPage }),
      ...(Number.isInteger(total) && { total }),
      ...(Number.isInteger(totalPages) && { totalPages }),
    };
  },
};
