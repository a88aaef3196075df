import { type Expression, type Selectable, type SqlBool, sql } from 'kysely';
import type { Database, Db, Engine } from '../db/schema.js';

/** A news item as stored, but for its site and the search text only the search reads. */
export type NewsRow = Omit<Selectable<Database['news_items']>, 'site_id' | 'search_text'>;

/** Every column but the search text, which only the search reads. */
const columns = [
  'id',
  'title',
  'subtitle',
  'summary',
  'content_html',
  'image',
  'tags',
  'author',
  'date_published',
] as const;

export interface NewNewsItem {
  id: string;
  title: string;
  subtitle?: string;
  summary: string;
  contentHtml: string;
  image?: string;
  tags: string[];
  author?: string;
  datePublished: string;
}

export interface NewsQuery {
  page: number;
  limit: number;
  search?: string;
  tag?: string;
}

/** SQLite's lower() folds ASCII only; searching Russian needs JavaScript's, on both engines alike. */
const searchable = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Whether the JSON array of `tags` holds `tag`: each engine reads JSON its own way. */
const hasTag: Record<Engine, (tag: string) => Expression<SqlBool>> = {
  sqlite: (tag) => sql<SqlBool>`EXISTS (SELECT 1 FROM json_each(tags) WHERE value = ${tag})`,
  postgres: (tag) => sql<SqlBool>`tags::jsonb @> jsonb_build_array(${tag}::text)`,
};

/** One site's own news, newest first. */
export class NewsStore {
  constructor(
    private readonly db: Db,
    private readonly engine: Engine,
    private readonly siteId: string,
  ) {}

  private get items() {
    return this.db.selectFrom('news_items').where('site_id', '=', this.siteId);
  }

  async page(query: NewsQuery): Promise<{ rows: NewsRow[]; total: number }> {
    let matching = this.items;
    if (query.search) {
      const pattern = `%${escapeLike(searchable(query.search))}%`;
      matching = matching.where(sql<SqlBool>`search_text LIKE ${pattern} ESCAPE '\\'`);
    }
    if (query.tag) matching = matching.where(hasTag[this.engine](query.tag));
    const { total } = await matching
      .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('total'))
      .executeTakeFirstOrThrow();
    const rows = await matching
      .select(columns)
      .orderBy('date_published', 'desc')
      .orderBy('id')
      .limit(query.limit)
      .offset((query.page - 1) * query.limit)
      .execute();
    return { rows, total };
  }

  async get(id: string): Promise<NewsRow | undefined> {
    return this.items.select(columns).where('id', '=', id).executeTakeFirst();
  }

  /** Titles of those of `ids` that are news items: a comment thread is often one. */
  async titles(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.items.select(['id', 'title']).where('id', 'in', unique).execute();
    return new Map(rows.map(({ id, title }) => [id, title]));
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.items.select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  async add(item: NewNewsItem): Promise<void> {
    const plainContent = item.contentHtml.replace(/<[^>]*>/g, ' ');
    await this.db
      .insertInto('news_items')
      .values({
        site_id: this.siteId,
        id: item.id,
        title: item.title,
        subtitle: item.subtitle ?? null,
        summary: item.summary,
        content_html: item.contentHtml,
        image: item.image ?? null,
        tags: JSON.stringify(item.tags),
        author: item.author ?? null,
        date_published: item.datePublished,
        search_text: searchable(
          [item.title, item.subtitle ?? '', plainContent, item.tags.join(' ')].join('\n'),
        ),
      })
      .execute();
  }
}
