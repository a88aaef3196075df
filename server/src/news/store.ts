import type { Db } from '../db/database.js';

export interface NewsRow {
  id: string;
  title: string;
  subtitle: string | null;
  summary: string;
  content_html: string;
  image: string | null;
  /** JSON array of strings. */
  tags: string;
  author: string | null;
  date_published: string;
}

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

/** SQLite's lower() folds ASCII only; searching Russian needs JavaScript's. */
const searchable = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The library's own news, newest first. */
export class NewsStore {
  constructor(private readonly db: Db) {}

  page(query: NewsQuery): { rows: NewsRow[]; total: number } {
    const conditions: string[] = [];
    const parameters: Record<string, string | number> = {};
    if (query.search) {
      conditions.push("search_text LIKE @search ESCAPE '\\'");
      parameters.search = `%${escapeLike(searchable(query.search))}%`;
    }
    if (query.tag) {
      conditions.push('EXISTS (SELECT 1 FROM json_each(tags) WHERE value = @tag)');
      parameters.tag = query.tag;
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const { total } = this.db
      .prepare<Record<string, string | number>, { total: number }>(
        `SELECT count(*) AS total FROM news_items ${where}`,
      )
      .get(parameters)!;
    const rows = this.db
      .prepare<Record<string, string | number>, NewsRow>(
        `SELECT * FROM news_items ${where} ORDER BY date_published DESC, id LIMIT @limit OFFSET @offset`,
      )
      .all({ ...parameters, limit: query.limit, offset: (query.page - 1) * query.limit });
    return { rows, total };
  }

  get(id: string): NewsRow | undefined {
    return this.db.prepare<[string], NewsRow>('SELECT * FROM news_items WHERE id = ?').get(id);
  }

  /** Titles of those of `ids` that are news items: a comment thread is often one. */
  titles(ids: string[]): Map<string, string> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = this.db
      .prepare<string[], { id: string; title: string }>(
        `SELECT id, title FROM news_items WHERE id IN (${unique.map(() => '?').join(', ')})`,
      )
      .all(...unique);
    return new Map(rows.map(({ id, title }) => [id, title]));
  }

  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM news_items LIMIT 1').get() === undefined;
  }

  add(item: NewNewsItem): void {
    const plainContent = item.contentHtml.replace(/<[^>]*>/g, ' ');
    this.db
      .prepare(
        `INSERT INTO news_items (id, title, subtitle, summary, content_html, image, tags, author, date_published, search_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        item.id,
        item.title,
        item.subtitle ?? null,
        item.summary,
        item.contentHtml,
        item.image ?? null,
        JSON.stringify(item.tags),
        item.author ?? null,
        item.datePublished,
        searchable([item.title, item.subtitle ?? '', plainContent, item.tags.join(' ')].join('\n')),
      );
  }
}
