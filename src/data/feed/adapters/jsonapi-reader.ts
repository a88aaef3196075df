import { toNewsItem, toNewsItems, type RawItem } from '../normalize.js';
import { toSafeUrl } from '../../url.js';
import { asArray, asRecord, itemContext, type FeedReader, type FeedSource } from './adapter.js';
import { isResource } from './jsonapi.js';
import { type Json, isRecord } from '../../json.js';

/** Resources sent along in `included`, by `type/id`, to follow relationships. */
type Included = Map<string, Json>;

function indexIncluded(json: Json): Included {
  return new Map(
    asArray(json.included)
      .filter(isResource)
      .map((resource) => [`${resource.type}/${String(resource.id)}`, resource]),
  );
}

function related(resource: Json, name: string, included: Included): Json[] {
  const data = asRecord(asRecord(resource.relationships)[name]).data;
  return (Array.isArray(data) ? data : [data]).filter(isRecord).flatMap((link): Json[] => {
    const target = included.get(`${String(link.type)}/${String(link.id)}`);
    return target ? [target] : [];
  });
}

/** Drupal images: `field_image` -> file, or `field_media` -> media -> file; the alt text is on the link. */
interface ImageFields {
  url?: unknown;
  alt?: unknown;
  width?: unknown;
  height?: unknown;
}

function drupalImage(resource: Json, included: Included): ImageFields {
  for (const name of ['field_image', 'field_media', 'field_media_image', 'image']) {
    const linkMeta = asRecord(asRecord(asRecord(asRecord(resource.relationships)[name]).data).meta);
    for (const target of related(resource, name, included)) {
      if (String(target.type).startsWith('file--')) {
        const url = asRecord(asRecord(target.attributes).uri).url;
        return { url, alt: linkMeta.alt, width: linkMeta.width, height: linkMeta.height };
      }
      const nested = drupalImage(target, included);
      if (nested.url) return nested;
    }
  }
  return {};
}

/** Joomla stores `images/a.jpg#joomlaImage://local-images/a.jpg?width=800&height=600`. */
function joomlaImage(attributes: Json, siteRoot: string | undefined): ImageFields {
  const images = asRecord(attributes.images);
  const value = images.image_intro || images.image_fulltext;
  if (typeof value !== 'string' || value === '') return {};
  const [path, fragment = ''] = value.split('#');
  const size = new URLSearchParams(fragment.split('?')[1] ?? '');
  return {
    url: siteRoot ? toSafeUrl(path, siteRoot, 'image') : path,
    alt: images.image_intro ? images.image_intro_alt : images.image_fulltext_alt,
    width: size.get('width') ?? undefined,
    height: size.get('height') ?? undefined,
  };
}

/**
 * Joomla's API has no page URL for an article. Its non-SEF address works on every Joomla site,
 * next to the `/api/` folder the feed came from.
 */
function joomlaArticleUrl(resource: Json, siteRoot: string | undefined): string | undefined {
  if (resource.type !== 'articles' || !siteRoot) return undefined;
  return `${siteRoot}index.php?option=com_content&view=article&id=${encodeURIComponent(String(resource.id))}`;
}

/** Joomla's site root, where its relative image paths and article pages start. */
function joomlaSiteRoot(sourceUrl: string): string | undefined {
  const apiIndex = sourceUrl.indexOf('/api/');
  return apiIndex === -1 ? undefined : sourceUrl.slice(0, apiIndex + 1);
}

function toRawItem(resource: Json, included: Included, sourceUrl: string): RawItem {
  const attributes = asRecord(resource.attributes);
  const body = asRecord(attributes.body);
  const siteRoot = joomlaSiteRoot(sourceUrl);
  const image = { ...drupalImage(resource, included), ...joomlaImage(attributes, siteRoot) };
  const alias = asRecord(attributes.path).alias;
  const author = related(resource, 'uid', included).map(
    (user) => asRecord(user.attributes).display_name ?? asRecord(user.attributes).name,
  );
  return {
    id: resource.id,
    url: alias ?? joomlaArticleUrl(resource, siteRoot),
    title: attributes.title,
    summary: body.summary || attributes.metadesc || undefined,
    contentHtml: body.processed ?? body.value ?? attributes.text ?? attributes.introtext,
    datePublished: attributes.publish_up ?? attributes.created,
    dateModified: attributes.changed ?? attributes.modified,
    image: image.url,
    imageAlt: image.alt,
    imageWidth: image.width,
    imageHeight: image.height,
    author: attributes.created_by_alias || author,
    tags: related(resource, 'field_tags', included).map((term) => asRecord(term.attributes).name),
    views: attributes.hits,
    slug: attributes.alias ?? (typeof alias === 'string' ? alias.split('/').pop() : undefined),
  };
}

function linkHref(link: unknown): unknown {
  return isRecord(link) ? link.href : link;
}

function sourceResources(source: FeedSource): { resources: Json[]; included: Included } {
  const json = asRecord(source.json);
  const data = Array.isArray(json.data) ? json.data : [json.data];
  return { resources: data.filter(isResource), included: indexIncluded(json) };
}

/** Reads JSON:API resources, following `included` for authors, images and tags. */
export const jsonApiReader: FeedReader = {
  toFeedPage(source) {
    const json = asRecord(source.json);
    const { resources, included } = sourceResources(source);
    const links = asRecord(json.links);
    const meta = asRecord(json.meta);
    const nextPage = toSafeUrl(linkHref(links.next), source.url);
    const total = Number(meta.count ?? meta.total);
    const totalPages = Number(meta['total-pages'] ?? meta.totalPages);
    return {
      items: toNewsItems(
        resources.map((resource) => toRawItem(resource, included, source.url)),
        itemContext(source),
      ),
      ...(nextPage && { nextPage }),
      ...(Number.isInteger(total) && { total }),
      ...(Number.isInteger(totalPages) && { totalPages }),
    };
  },
  toItem(source) {
    const { resources, included } = sourceResources(source);
    return (
      resources[0] && toNewsItem(toRawItem(resources[0], included, source.url), itemContext(source))
    );
  },
};
