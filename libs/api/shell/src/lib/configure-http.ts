import { Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiExceptionFilter, AppConfig } from '@rapport/api-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { JsonBodyInterceptor } from './json-body.interceptor';
import { describeApi } from './openapi/describe-api';
import { liveRoutes } from './openapi/live-routes';
import { refuseNulInUrl } from './refuse-nul-in-url';
import { applyServerTimeouts, requestDeadline } from './request-deadline';

/** HTTP concerns shared by `main.ts` and the integration tests, so tests exercise the real server setup. */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  applyServerTimeouts(app.getHttpServer() as Server, config.http);
  app.use(requestDeadline(config.http));
  app.use(refuseNulInUrl);
  // Client address (rate limits, audit) and HTTPS (Secure cookies) come from X-Forwarded-* only through trusted proxies.
  app.set('trust proxy', config.trustProxy);
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ApiExceptionFilter());
  // JSON bodies are read by an interceptor, after authentication and rate limits (the app is created without a parser).
  app.useGlobalInterceptors(new JsonBodyInterceptor(app.get(Reflector)));
  app.use('/api', privateAnswers);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI and Angular's critical CSS inlining use inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
        },
      },
    }),
  );
  // The dashboard is served from the same origin; other origins get no CORS headers unless listed explicitly.
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization', 'X-XSRF-TOKEN'],
    maxAge: 600,
  });
  app.use(cookieParser());
  app.disable('x-powered-by');

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rapport API')
      .setDescription('Support quality across outsourced vendors: ingestion, scores, analytics.')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, describeApi(document, liveRoutes(app)));

  serveDashboard(app, config.dashboardDir);
}

/**
 * API answers depend on who asks (a partner sees one vendor, an admin all): no shared cache may store or reuse them.
 * Routes that need another policy set their own header over this one.
 */
function privateAnswers(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'private, no-store');
  response.vary('Cookie');
  response.vary('Authorization');
  next();
}

/** Serves the built dashboard on the same origin, with index.html for client-side routes. */
function serveDashboard(app: NestExpressApplication, dashboardDir: string): void {
  const root = resolve(dashboardDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    return;
  }
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
