import { toNewsItem, toNewsItems, type RawItem } from '../normalize.js';
import { asArray, asRecord, itemContext, type FeedReader, type FeedSource } from './adapter.js';
import { pageNumber, withParameter } from './numbered-pages.js';
import { isPost, rendered } from './wordpress.js';
import { type Json } from '../../json.js';

/** With `_embed`: the author, the featured image and the terms come along with the post. */
function toRawItem(post: Json): RawItem {
  const embedded = asRecord(post._embedded);
  const media = asRecord(asArray(embedded['wp:featuredmedia'])[0]);
  const mediaDetails = asRecord(media.media_details);
  const terms = asArray(embedded['wp:term']).flatMap((group) => asArray(group));
  return {
    id: post.id,
    url: post.link,
    title: rendered(post.title),
    summary: rendered(post.excerpt),
    contentHtml: rendered(post.content),
    datePublished: post.date_gmt ?? post.date,
    dateModified: post.modified_gmt ?? post.modified,
    image: media.source_url ?? post.jetpack_featured_media_url,
    imageAlt: media.alt_text,
    imageWidth: media.source_url ? mediaDetails.width : undefined,
    imageHeight: media.source_url ? mediaDetails.height : undefined,
    author: asArray(embedded.author)[0],
    tags: terms,
    slug: post.slug,
  };
}

function headerCount(source: FeedSource, name: string): number | undefined {
  const value = Number(source.header(name));
  return Number.isInteger(value) && value >= 0 && source.header(name) !== undefined
    ? value
    : undefined;
}

/** Reads WordPress posts; `wordpressAdapter` says which documents are WordPress. */
export const wordpressReader: FeedReader = {
  toFeedPage(source) {
    const posts = asArray(source.json).filter(isPost).map(toRawItem);
    const total = headerCount(source, 'x-wp-total');
    const totalPages = headerCount(source, 'x-wp-totalpages');
    const page = pageNumber(source.url, 'page');
    const nextPage =
      totalPages && page < totalPages ? withParameter(source.url, 'page', page + 1) : undefined;
    return {
      items: toNewsItems(posts, itemContext(source)),
      ...(total !== undefined && { total }),
      ...(totalPages !== undefined && { totalPages }),
      ...(nextPage && { nextPage }),
    };
  },
  toItem: (source) => toNewsItem(toRawItem(asRecord(source.json)), itemContext(source)),
};
