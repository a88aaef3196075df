import { loadCommentCounts, type CommentsRequest } from '../../data/api/comments-api.js';

interface Waiting {
  thread: string;
  resolve: (count: number) => void;
  reject: (error: unknown) => void;
}

/** The reference server answers at most this many threads per request. */
const threadsPerRequest = 100;

const batches = new Map<string, Waiting[]>();

async function flush(key: string, request: CommentsRequest) {
  const waiting = batches.get(key) ?? [];
  batches.delete(key);
  const threads = [...new Set(waiting.map(({ thread }) => thread))];
  const chunks = Array.from({ length: Math.ceil(threads.length / threadsPerRequest) }, (_, index) =>
    threads.slice(index * threadsPerRequest, (index + 1) * threadsPerRequest),
  );
  await Promise.all(
    chunks.map(async (chunk) => {
      const members = waiting.filter(({ thread }) => chunk.includes(thread));
      try {
        const counts = await loadCommentCounts(request, chunk);
        members.forEach(({ thread, resolve }) => resolve(counts[thread]));
      } catch (error) {
        members.forEach(({ reject }) => reject(error));
      }
    }),
  );
}

/**
 * The comment count of one thread. Every count asked for in the same task goes out as one
 * request per API, so a news list with forty items costs one request, not forty.
 */
export function requestCommentCount(request: CommentsRequest, thread: string): Promise<number> {
  const key = `${request.credentials ? 'cookies' : ''} ${request.api}`;
  return new Promise((resolve, reject) => {
    if (!batches.has(key)) {
      batches.set(key, []);
      setTimeout(() => void flush(key, request));
    }
    batches.get(key)!.push({ thread, resolve, reject });
  });
}
