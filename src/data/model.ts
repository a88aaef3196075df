/** A partner organisation shown in the footer: a ministry, a museum, another library. */
export interface Partner {
  name: string;
  /** Absolute http(s) URL; partners without a safe URL are dropped. */
  url: string;
  /** Absolute http(s) URL of the logo, when there is one. */
  logo?: string;
  /** Heading under which the partner is listed, e.g. "Библиотеки". */
  group?: string;
}

export interface NewsImage {
  /** Absolute http(s) URL. */
  url: string;
  alt?: string;
  width?: number;
  height?: number;
}

/** A file an item links to besides its picture: a podcast episode, a PDF programme. */
export interface NewsAttachment {
  /** Absolute http(s) URL. */
  url: string;
  /** The MIME type the feed gives, e.g. "audio/mpeg". */
  type?: string;
  /** Size in bytes, when the feed says. */
  size?: number;
}

/**
 * One news item, whatever feed it came from. Text fields are plain text (markup stripped,
 * entities decoded); `contentHtml` is the only HTML and is NOT sanitized here: elements pass it
 * through DOMPurify before it reaches the page. Every URL is absolute and http(s) or mailto.
 */
export interface NewsItem {
  /** The feed's own id when it has one, else a hash of the URL or title: stable across loads. */
  id: string;
  /** The item's page on the site. */
  url?: string;
  /** Where a link-blog item points, when that differs from `url` (JSON Feed `external_url`). */
  externalUrl?: string;
  title: string;
  subtitle?: string;
  summary?: string;
  /** The body as HTML with URLs made absolute; untrusted until sanitized. */
  contentHtml?: string;
  /** The body as plain text, when the feed gives text rather than HTML (or inline XHTML, beside `contentHtml`). */
  contentText?: string;
  datePublished?: Date;
  dateModified?: Date;
  image?: NewsImage;
  /** RSS enclosures and Atom `rel="enclosure"` links that are not the picture. */
  attachments?: NewsAttachment[];
  author?: string;
  tags: string[];
  views?: number;
  commentCount?: number;
  /** The URL-friendly name the site uses for the item, for `article-href="/news/{slug}"`. */
  slug?: string;
}

/** One page of a feed: its items and, when the feed is paginated, where the next page is. */
export interface FeedPage {
  items: NewsItem[];
  /** Absolute URL of the next page. */
  nextPage?: string;
  /** How many items the whole feed has, when it says. */
  total?: number;
  /** How many pages the whole feed has, when it says. */
  totalPages?: number;
  /** The feed's own title, e.g. "Новости библиотеки". */
  title?: string;
}
