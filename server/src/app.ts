import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { accessLog } from './http/access-log.js';
import { limitBody } from './http/body-limit.js';
import { createMetrics } from './http/metrics.js';
import { ApiError, errorBody } from './http/api-error.js';
import type { AppEnv } from './http/app-env.js';
import { clientAddress } from './http/client.js';
import { requestOrigin } from './http/origin.js';
import { rateLimit } from './http/rate-limit.js';
import { apiPath, resolveSite } from './http/site.js';
import { adminRoutes } from './routes/admin.js';
import { feedRoutes } from './routes/feed.js';
import { commentRoutes } from './routes/comments.js';
import { healthRoutes } from './routes/health.js';
import { mailActionsPath } from './notifications/mail-links.js';
import { mailActionRoutes } from './routes/mail-actions.js';
import { moderationPageRoutes } from './routes/moderation-page.js';
import { newsRoutes } from './routes/news.js';
import { notificationRoutes } from './routes/notifications.js';
import { partnerRoutes } from './routes/partners.js';
import { statsRoutes } from './routes/stats.js';
import { viewRoutes } from './routes/views.js';
import type { Services } from './services.js';

/**
 * Read-only public data any page may embed; everything else answers only the origins the
 * addressed site allows.
 */
const publicPaths = ['/api/health', '/api/news', '/api/partners', '/api/feed'];
const isPublic = (path: string) =>
  publicPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

export function createApp(services: Services): Hono<AppEnv> {
  const { settings, logger } = services;
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json(errorBody(error.code, error.message), error.status, error.headers);
    if (error instanceof HTTPException)
      return c.json(errorBody('bad_request', error.message), error.status);
    logger.error('unhandled', { requestId: c.get('requestId'), path: c.req.path, error });
    return c.json(errorBody('internal_error', 'Something went wrong on the server'), 500);
  });
  app.notFound((c) =>
    c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`), 404),
  );

  const metrics = createMetrics(services);
  app.use(metrics.record);
  app.use(accessLog(logger));
  app.use(clientAddress(settings.trustProxy));
  app.use(requestOrigin(settings.trustProxy));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      // The news images and feeds are meant to be shown on other sites.
      crossOriginResourcePolicy: 'cross-origin',
      xFrameOptions: 'DENY',
      // A route that sets its own policy (the SVG images) keeps it.
      overwrite: false,
    }),
  );
  app.use(resolveSite(services));
  app.use(
    '/api/*',
    cors({
      origin: (origin, c) =>
        isPublic(apiPath(c.req.path))
          ? '*'
          : c.get('site').origins.includes(origin)
            ? origin
            : null,
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
      // Everything the elements may send: browsers preflight an Accept or conditional header
      // that is not CORS-safelisted, and a grant without it fails the whole request.
      allowHeaders: [
        'Accept',
        'If-None-Match',
        'If-Modified-Since',
        'Content-Type',
        'Authorization',
        'Idempotency-Key',
        'X-Reader-Key',
      ],
      exposeHeaders: ['Retry-After', 'X-Request-Id', 'ETag', 'Idempotent-Replayed'],
      maxAge: 600,
    }),
  );
  app.use(
    '/api/*',
    rateLimit(
      services.rateLimiter('requests', settings.rateLimitRequests, settings.rateLimitWindowSeconds),
    ),
  );
  app.use('/api/*', limitBody(settings.bodyLimitBytes));

  // One API for every site: `/api/sites/<id>/…` addresses a site, `/api/…` the default one.
  const api = new Hono<AppEnv>()
    .route('/health', healthRoutes(services))
    .route('/views', viewRoutes(services))
    .route('/comments', commentRoutes(services))
    .route('/admin', adminRoutes(services))
    // Behind the admin token too, like every path under /admin.
    .route('/admin/notifications', notificationRoutes(services))
    // Behind the admin token too: adminRoutes guards every path under /admin.
    .route('/admin/stats', statsRoutes(services))
    .route('/news', newsRoutes(services))
    .route('/partners', partnerRoutes())
    .route('/feed', feedRoutes(services));
  app.route('/api/sites/:site', api);
  app.route('/api', api);
  app.get('/moderation', (c) => c.redirect('/moderation/'));
  app.route('/moderation', moderationPageRoutes());
  app.route(mailActionsPath, mailActionRoutes(services.notifications.links));
  app.route('/metrics', metrics.routes);
  return app;
}
