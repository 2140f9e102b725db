import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StandardSchemaValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { AppError } from './common/app-error.js';
import { AppExceptionFilter } from './common/app-exception.filter.js';
import { validationError } from './common/validation-issues.js';
import { setUpOpenApi } from './openapi.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** JSON is the only body the API takes, except multipart uploads on the routes that stream files. */
function requireJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const type = request.headers['content-type'] ?? '';
  if (WRITE_METHODS.has(request.method) && hasBody && !/^application\/([\w.+-]+\+)?json\b/i.test(type) && !/^multipart\/form-data\b/i.test(type)) {
    next(new AppError('request.unsupported_media_type', 415));
    return;
  }
  next();
}

/** express.json with its errors turned into AppErrors, so they render like every other refusal. */
function jsonBodies() {
  const parse = express.json({ limit: '2mb', type: ['application/json', 'application/*+json'] });
  return (request: Request, response: Response, next: NextFunction) =>
    parse(request, response, (error?: unknown) => {
      const type = (error as { type?: string } | undefined)?.type;
      if (type === 'entity.parse.failed') return next(new AppError('request.malformed_json', 400));
      if (type === 'entity.too.large') return next(new AppError('request.too_large', 413));
      next(error);
    });
}

export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: config.env === 'test' ? ['error'] : [config.logLevel, 'error', 'warn'].filter((v, i, a) => a.indexOf(v) === i) as ('log' | 'error' | 'warn' | 'debug' | 'verbose')[],
  });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.secureCookies ? [] : null,
        },
      },
      strictTransportSecurity: config.secureCookies,
    }),
  );
  app.use(cookieParser());
  app.use('/api', requireJsonBodies);
  app.use('/api', jsonBodies());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new StandardSchemaValidationPipe({ exceptionFactory: (issues) => validationError(issues) }));
  app.useGlobalFilters(new AppExceptionFilter());
  setUpOpenApi(app);
  serveWebApp(app, config);
  app.enableShutdownHooks();
  return app;
}

/** The SPA and the API share one origin: static files, then index.html for client-side routes. */
function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const dir = config.webDistDir;
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  app.use(express.static(dir, { index: false, maxAge: '1h', immutable: false }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    if (!request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(dir, 'index.html'));
  });
}
