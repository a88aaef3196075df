/**
 * An in-memory fake of the comments contract (docs/elements/comments.md) for browser tests,
 * served under /fake-comments (so `api="/fake-comments"`). Each thread has its own store and
 * switches, set by the test before it renders the element:
 *
 *   POST /fake-comments/_setup/THREAD   JSON body, every field optional:
 *     comments      seed comments ([{ id, author: { name, id? }, text, parentId?, createdAt? }])
 *     moderate      true: new comments answer 202 and stay pending
 *     requireToken  true: posting without `Authorization: Bearer ok.ID.NAME` answers 401
 *     requireConsent true: posting without `consent: true` answers 422 consent_required
 *     editWindow    seconds an author may edit or delete (default 900)
 *     maxLength     longest text accepted (default 2000)
 *     faults        [{ method?, status?, code?, drop?, delay?, times? }] applied in order to
 *                   matching requests: `status` answers with it (and `code` in the error
 *                   body), `drop` destroys the connection (a network failure), `delay` waits
 *                   that many ms first; `times` (default 1) uses a fault up that many times
 *   GET  /fake-comments/_log/THREAD     { requests: [{ method, authorization, idempotencyKey, readerKey, body }] }
 *   GET  /fake-comments/_log/counts     { requests: [{ method, threads }] } of the counts endpoint
 *
 * `GET` and `DELETE /fake-comments/comments/mine` read and delete a reader's comments in every
 * thread: the token's ID, else the `X-Reader-Key` a comment was posted (or seeded) with; neither
 * answers 401 reader_required; deleting takes the replies under them. Their faults and log are
 * those of the thread named `mine`.
 *
 * Tokens are "signed" as `ok.ID.NAME`; anything else is `token_invalid`.
 */
const prefix = '/fake-comments/';
const threads = new Map();
/** Count requests, to check that a page asks once for all its threads. */
const countLog = [];

function threadState(name) {
  if (!threads.has(name)) {
    threads.set(name, {
      comments: [],
      settings: { editWindow: 900, maxLength: 2000 },
      faults: [],
      log: [],
      answers: new Map(),
      nextId: 1,
    });
  }
  return threads.get(name);
}

async function readJsonBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : undefined;
}

function readToken(header) {
  const match = /^Bearer ok\.([^.]+)\.(.+)$/.exec(header ?? '');
  return match ? { id: match[1], name: decodeURIComponent(match[2]) } : undefined;
}

function fail(context, status, code, message = code) {
  context.status = status;
  context.body = { error: { code, message } };
}

function view(comment, reader) {
  const { authorId, readerKey, ...shown } = comment;
  const mine = Boolean(reader && authorId === reader.id);
  return { ...shown, author: { ...shown.author, ...(authorId && { id: authorId }) }, mine };
}

async function applyFault(state, method, context) {
  const fault = state.faults.find(
    (candidate) => (candidate.times ?? 1) > 0 && (!candidate.method || candidate.method === method),
  );
  if (!fault) return false;
  fault.times = (fault.times ?? 1) - 1;
  if (fault.delay) await new Promise((resolve) => setTimeout(resolve, fault.delay));
  if (fault.drop) {
    context.req.socket.destroy();
    // Tell Koa the answer is handled (no 404 is logged for a dropped connection).
    context.status = 204;
    context.respond = false;
    return true;
  }
  if (fault.status) {
    if (fault.status === 429) context.set('retry-after', '30');
    fail(
      context,
      fault.status,
      fault.code ?? (fault.status === 429 ? 'rate_limited' : 'server_error'),
    );
    return true;
  }
  return false;
}

function list(state, thread, reader, query) {
  const visible = state.comments.filter(
    (comment) => comment.status === 'published' || (reader && comment.authorId === reader.id),
  );
  const ordered = query.sort === 'newest' ? [...visible].reverse() : visible;
  const start = Number(query.after ?? 0);
  const limit = Number(query.limit ?? 20);
  const page = ordered.slice(start, start + limit);
  const next = start + limit < ordered.length ? String(start + limit) : undefined;
  return { comments: page.map((comment) => view(comment, reader)), total: visible.length, next };
}

function create(state, thread, reader, body, readerKey) {
  const text = typeof body?.text === 'string' ? body.text.trim() : '';
  if (!text) return [400, 'text_required'];
  if ([...text].length > state.settings.maxLength) return [400, 'text_too_long'];
  const name = reader?.name ?? (typeof body.author === 'string' ? body.author.trim() : '');
  if (!name) return [400, 'name_required'];
  const comment = {
    id: `posted-${state.nextId++}`,
    thread,
    ...(body.parentId && { parentId: body.parentId }),
    author: { name },
    authorId: reader?.id,
    readerKey,
    text,
    createdAt: new Date().toISOString(),
    status: state.settings.moderate ? 'pending' : 'published',
  };
  // The honeypot: a bot is told it worked, and nothing is stored.
  if (!body.website) state.comments.push(comment);
  const answer = { comment: view(comment, reader) };
  return state.settings.moderate ? [202, { ...answer, status: 'pending' }] : [201, answer];
}

/** Deletes the comments `gone` names and every reply under them, as the reference server does. */
function removeWithReplies(state, gone) {
  let replies;
  do {
    replies = state.comments.filter(
      (comment) => gone.has(comment.parentId) && !gone.has(comment.id),
    );
    replies.forEach((reply) => gone.add(reply.id));
  } while (replies.length);
  state.comments = state.comments.filter((comment) => !gone.has(comment.id));
}

function change(state, reader, id, method, body) {
  const comment = state.comments.find((candidate) => candidate.id === id);
  if (!comment) return [404, 'not_found'];
  if (!reader || comment.authorId !== reader.id) return [403, 'forbidden'];
  const age = (Date.now() - Date.parse(comment.createdAt)) / 1000;
  if (age > state.settings.editWindow) return [403, 'edit_window_closed'];
  if (method === 'DELETE') {
    removeWithReplies(state, new Set([comment.id]));
    return [204, undefined];
  }
  const text = typeof body?.text === 'string' ? body.text.trim() : '';
  if (!text) return [400, 'text_required'];
  Object.assign(comment, { text, editedAt: new Date().toISOString() });
  return [200, { comment: view(comment, reader) }];
}

/** The comments of a reader known by token or by key, in every thread, as `/mine` sees them. */
function ownComments(reader, readerKey) {
  const isOwn = (comment) =>
    reader ? comment.authorId === reader.id : comment.readerKey === readerKey;
  return [...threads.values()].flatMap((state) =>
    state.comments.filter(isOwn).map((comment) => ({ state, comment })),
  );
}

function mine(method, reader, readerKey) {
  if (!reader && !readerKey) return [401, 'reader_required'];
  const own = ownComments(reader, readerKey);
  if (method === 'GET') {
    const comments = own.map(({ comment }) => ({
      ...view(comment, reader),
      status: comment.status,
    }));
    return [200, { comments }];
  }
  const gone = new Set(own.map(({ comment }) => comment.id));
  for (const state of threads.values()) removeWithReplies(state, gone);
  return [200, { deleted: own.length }];
}

function answer(context, [status, body]) {
  if (typeof body === 'string') return fail(context, status, body);
  context.status = status;
  if (body !== undefined) context.body = body;
}

export async function commentsApi(context, next) {
  if (!context.path.startsWith(prefix)) return next();
  context.set('cache-control', 'no-store');
  const [first, second, third] = context.path
    .slice(prefix.length)
    .split('/')
    .map(decodeURIComponent);
  const method = context.method;
  if (first === '_setup') {
    const { faults = [], comments = [], ...settings } = (await readJsonBody(context.req)) ?? {};
    const state = threadState(second);
    Object.assign(state.settings, settings);
    state.faults.push(...faults);
    for (const seed of comments) {
      state.comments.push({
        thread: second,
        createdAt: new Date().toISOString(),
        status: 'published',
        ...seed,
        authorId: seed.author?.id,
      });
    }
    context.body = { ok: true };
    return;
  }
  if (first === '_log') {
    context.body = { requests: second === 'counts' ? countLog : threadState(second).log };
    return;
  }
  if (first !== 'comments') return next();
  const reader = readToken(context.get('authorization'));
  const badToken = context.get('authorization') && !reader;
  if (second === 'counts' && method === 'GET') {
    const names = String(context.query.threads ?? '')
      .split(',')
      .filter(Boolean);
    countLog.push({ method, threads: names });
    const counts = Object.fromEntries(
      names.map((name) => [
        name,
        threadState(name).comments.filter((comment) => comment.status === 'published').length,
      ]),
    );
    context.body = { counts };
    return;
  }
  const state = threadState(second);
  const body =
    method === 'POST' || method === 'PATCH' ? await readJsonBody(context.req) : undefined;
  state.log.push({
    method,
    authorization: context.get('authorization') || undefined,
    idempotencyKey: context.get('idempotency-key') || undefined,
    readerKey: context.get('x-reader-key') || undefined,
    body,
  });
  if (await applyFault(state, method, context)) return;
  if (badToken) return fail(context, 401, 'token_invalid');
  const readerKey = context.get('x-reader-key') || undefined;
  if (second === 'mine' && !third && (method === 'GET' || method === 'DELETE'))
    return answer(context, mine(method, reader, readerKey));
  if (method === 'GET' && !third)
    return answer(context, [200, list(state, second, reader, context.query)]);
  if (method === 'POST' && !third) {
    if (state.settings.requireToken && !reader) return fail(context, 401, 'token_required');
    if (state.settings.requireConsent && body?.consent !== true)
      return fail(context, 422, 'consent_required');
    const key = context.get('idempotency-key');
    if (key && state.answers.has(key)) return answer(context, state.answers.get(key));
    const result = create(state, second, reader, body, readerKey);
    if (key && result[0] < 300) state.answers.set(key, result);
    return answer(context, result);
  }
  if ((method === 'PATCH' || method === 'DELETE') && third) {
    return answer(context, change(state, reader, third, method, body));
  }
  return next();
}
