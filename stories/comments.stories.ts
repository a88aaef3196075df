import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { BiblioComments } from '../src/components/comments/comments.js';
import type { Comment } from '../src/data/api/comments-api.js';
import seed from '../test/fixtures/comments.json';
import { addStoryRoute } from './support/story-network.js';

/**
 * Each story talks to `story-network:comments-<scenario>`, a fake of the comments contract
 * served from fixture data: no story reaches the network.
 */
interface Scenario {
  comments: Comment[];
  /** How the fake answers a new comment. */
  post: 'published' | 'pending' | 'never' | 'fail';
  listFails?: boolean;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const fixtureComments: Comment[] = seed.comments.map((comment) => ({
  ...comment,
  thread: 'news-123',
  status: 'published',
}));

const readers = ['Анна', 'Игорь', 'Мария', 'Пётр', 'Ольга', 'Сергей'];

function generated(count: number): Comment[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `g${index}`,
    thread: 'news-123',
    ...(index % 4 === 3 && { parentId: `g${index - 1}` }),
    author: { name: readers[index % readers.length] },
    text: `Комментарий № ${index + 1}. Спасибо библиотеке за встречу с автором!`,
    createdAt: minutesAgo((count - index) * 37),
    status: 'published',
  }));
}

const ownPending: Comment = {
  id: 'own',
  thread: 'news-123',
  author: { name: 'Вы', id: 'reader-1' },
  text: 'Мой комментарий ждёт модератора.',
  createdAt: minutesAgo(2),
  status: 'pending',
  mine: true,
};

const scenarios: Record<string, Scenario> = {
  empty: { comments: [], post: 'published' },
  few: { comments: fixtureComments, post: 'published' },
  many: { comments: generated(12), post: 'published' },
  long: { comments: generated(75), post: 'published' },
  posting: { comments: fixtureComments, post: 'never' },
  moderated: { comments: [...fixtureComments, ownPending], post: 'pending' },
  failing: { comments: fixtureComments, post: 'fail' },
  error: { comments: [], post: 'published', listFails: true },
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

addStoryRoute('comments-', (route, init) => {
  const url = new URL(route, 'https://story.invalid/');
  const [, base, , thread] = url.pathname.split('/');
  if (thread === 'counts') {
    // Threads are named news-<scenario> in these stories.
    const threads = (url.searchParams.get('threads') ?? '').split(',');
    const counts = threads.map((name) => [name, scenarios[name.slice(5)]?.comments.length ?? 0]);
    return json({ counts: Object.fromEntries(counts) });
  }
  const scenario = scenarios[base.slice('comments-'.length)];
  if (!scenario) return json({ error: { code: 'not_found', message: route } }, 404);
  if (thread === 'mine') {
    const own = scenario.comments.filter((comment) => comment.mine);
    return init?.method === 'DELETE' ? json({ deleted: own.length }) : json({ comments: own });
  }
  if ((init?.method ?? 'GET') === 'GET') {
    if (scenario.listFails) return json({ error: { code: 'server_error', message: '' } }, 503);
    const after = Number(url.searchParams.get('after') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const ordered =
      url.searchParams.get('sort') === 'newest'
        ? [...scenario.comments].reverse()
        : scenario.comments;
    const next = after + limit < ordered.length ? String(after + limit) : undefined;
    return json({ comments: ordered.slice(after, after + limit), next, total: ordered.length });
  }
  if (scenario.post === 'never') return new Promise<Response>(() => {});
  if (scenario.post === 'fail') return json({ error: { code: 'server_error', message: '' } }, 500);
  const body = JSON.parse(String(init?.body));
  const comment = {
    id: `new-${Date.now()}`,
    thread: 'news-123',
    author: { name: body.author ?? 'Вы' },
    text: body.text,
    createdAt: new Date().toISOString(),
    status: scenario.post,
    ...(body.parentId && { parentId: body.parentId }),
  };
  return scenario.post === 'pending'
    ? json({ comment, status: 'pending' }, 202)
    : json({ comment }, 201);
});

type Args = Pick<
  BiblioComments,
  'auth' | 'maxLength' | 'sort' | 'pageSize' | 'disabled' | 'credentials'
> & {
  scenario: keyof typeof scenarios;
  loginHref?: string;
  token?: string;
};

/** The comment box's element matching `selector`, once the box has listed its comments. */
async function whenListed<T extends Element>(canvas: HTMLElement, selector: string) {
  const el = canvas.querySelector('biblio-comments')!;
  await customElements.whenDefined('biblio-comments');
  const found = await new Promise<T>((resolve) => {
    const find = () => {
      const match = el.shadowRoot?.querySelector<T>(selector);
      if (match && el.shadowRoot?.querySelector('[part="list"], [part="empty"]')) resolve(match);
      else setTimeout(find, 50);
    };
    find();
  });
  return { el, found };
}

/** Types into the form and sends, as a reader would, to show the states that follow. */
async function writeAndSend(canvas: HTMLElement, text: string) {
  const { el, found: field } = await whenListed<HTMLTextAreaElement>(canvas, '#text-top');
  const name = el.shadowRoot!.querySelector<HTMLInputElement>('#name-top');
  if (name) {
    name.value = 'Мария';
    name.dispatchEvent(new Event('input'));
  }
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

const meta: Meta<Args> = {
  title: 'Elements/biblio-comments',
  component: 'biblio-comments',
  args: {
    scenario: 'few',
    auth: 'none',
    maxLength: 2000,
    sort: 'oldest',
    pageSize: 20,
    disabled: false,
    credentials: false,
  },
  argTypes: {
    scenario: { control: 'select', options: Object.keys(scenarios) },
    auth: { control: 'inline-radio', options: ['none', 'optional', 'required'] },
    sort: { control: 'inline-radio', options: ['oldest', 'newest'] },
  },
  render: (args) =>
    html`<biblio-comments
      api="story-network:comments-${args.scenario}"
      thread="news-${args.scenario}"
      auth=${args.auth}
      login-href=${args.loginHref ?? nothing}
      max-length=${args.maxLength}
      sort=${args.sort}
      page-size=${args.pageSize}
      ?disabled=${args.disabled}
      ?credentials=${args.credentials}
      .token=${args.token}
    ></biblio-comments>`,
  parameters: {
    docs: {
      description: {
        component: `Usage:

\`\`\`html
<biblio-comments api="/api" thread="news-123" auth="optional" login-href="#login"></biblio-comments>
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = { args: { scenario: 'empty' } };

export const FewWithReplies: Story = {};

export const Many: Story = { args: { scenario: 'many' } };

/** 75 comments, 20 a page: "Show more" loads the rest. */
export const LongThread: Story = { args: { scenario: 'long' } };

export const NewestFirst: Story = { args: { scenario: 'many', sort: 'newest' } };

/** The server has not answered yet: the comment shows as "Sending…" and the form waits. */
export const Posting: Story = {
  args: { scenario: 'posting' },
  play: ({ canvasElement }) => writeAndSend(canvasElement, 'Спасибо за интересную встречу!'),
};

/** Pre-moderation: the reader's own comment is marked until a moderator approves it. */
export const PendingModeration: Story = {
  args: { scenario: 'moderated', token: 'story-token' },
  play: ({ canvasElement }) => writeAndSend(canvasElement, 'Ещё один комментарий на проверку.'),
};

/** The post failed: the text stays in the form with the reason and a Retry button. */
export const PostFailed: Story = {
  args: { scenario: 'failing' },
  play: ({ canvasElement }) => writeAndSend(canvasElement, 'Этот текст не потеряется.'),
};

export const LoadError: Story = { args: { scenario: 'error' } };

/** `auth="required"` without a token: the prompt links to the site's own login form. */
export const LoginRequired: Story = { args: { auth: 'required', loginHref: '#login' } };

/** Signed in with the host site's token: no name field, own comments can be edited. */
export const SignedIn: Story = {
  args: { scenario: 'moderated', auth: 'required', token: 'story-token' },
};

/**
 * A signed-in reader opened "Your comments on this site": how many the server holds on the
 * whole site, a download of them as JSON, and "Delete them all" (asked again before it acts).
 */
export const OwnComments: Story = {
  args: { scenario: 'moderated', token: 'story-token' },
  play: async ({ canvasElement }) => {
    const { found } = await whenListed<HTMLButtonElement>(canvasElement, '[part="own-comments"]');
    found.click();
  },
};

export const OverLongText: Story = {
  args: { maxLength: 40 },
  play: ({ canvasElement }) =>
    writeAndSend(canvasElement, 'Этот комментарий заметно длиннее сорока знаков, и это видно.'),
};

/** Commenting closed: the thread stays readable. */
export const Disabled: Story = { args: { disabled: true } };

export const Phone320: Story = {
  args: { scenario: 'many' },
  decorators: [
    (story) => html`<div style="width: 320px; outline: 1px dashed #888">${story()}</div>`,
  ],
};

/** `<biblio-comment-count>` on a list page: the three counts arrive in one request. */
export const CommentCounts: Story = {
  render: () =>
    html`<ul>
      ${(['few', 'many', 'empty'] as const).map(
        (scenario) =>
          html`<li>
            <a href="#news-${scenario}">Новость «${scenario}»</a> ·
            <biblio-comment-count api="story-network:comments-counts" thread="news-${scenario}"
              >Комментарии</biblio-comment-count
            >
          </li>`,
      )}
    </ul>`,
};
