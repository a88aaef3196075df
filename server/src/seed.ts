import { seedComments } from '../seed/comments.js';
import { seedNews } from '../seed/news.js';
import { seedPartners } from '../seed/partners.js';
import type { Services } from './services.js';
import { defaultSiteId } from './sites/site.js';

const dayMs = 86_400_000;
const seedIpHash = 'seed';

/** Plausible, stable view counts, so the demo does not show a row of zeros. */
function publishedAt(daysAgo: number, now: Date): Date {
  const date = new Date(now.getTime() - daysAgo * dayMs);
  date.setUTCHours(7, 30, 0, 0);
  return date;
}

const seedViews = (index: number) => 40 + ((index * 137) % 260);

/**
 * Fills the default site of an empty database with the demo library's news, comments, view counts and partners.
 * Runs on first start only: a database with any news is the library's own and left alone.
 */
export async function seedIfEmpty({ storesOf, writes }: Services, now: Date): Promise<boolean> {
  if (!(await storesOf(defaultSiteId).news.isEmpty())) return false;
  await writes.run(defaultSiteId, async ({ news, views, comments, partners }) => {
    for (const [index, item] of seedNews.entries()) {
      await news.add({
        id: item.id,
        title: item.title,
        subtitle: item.subtitle,
        summary: item.paragraphs[0]!,
        contentHtml: item.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n'),
        image: item.image,
        tags: item.tags,
        author: item.author,
        datePublished: publishedAt(item.daysAgo, now).toISOString(),
      });
      await views.setViews(item.id, seedViews(index));
    }
    const created: number[] = [];
    for (const comment of seedComments) {
      const item = seedNews.find(({ id }) => id === comment.thread)!;
      const at = new Date(publishedAt(item.daysAgo, now).getTime() + comment.minutesAfter * 60_000);
      const { row } = await comments.create(
        {
          thread: comment.thread,
          parentId: comment.replyTo === undefined ? undefined : created[comment.replyTo],
          authorName: comment.author,
          text: comment.text,
          status: 'published',
          ipHash: seedIpHash,
        },
        at,
      );
      created.push(row.id);
    }
    if (await partners.isEmpty()) for (const partner of seedPartners) await partners.add(partner);
  });
  return true;
}
