import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { formatMessage, pickLocale } from '@fairpitch/shared/common';
import { AppError } from './app-error.js';
import { messages } from './messages.registry.js';

const STATUS_CODES: Record<number, string> = {
  400: 'validation.invalid',
  401: 'auth.required',
  403: 'auth.forbidden',
  404: 'request.not_found',
  409: 'request.conflict',
  413: 'request.too_large',
  415: 'request.unsupported_media_type',
  429: 'request.rate_limited',
};

/** Renders every error as {code, message, fields?} in the language the client asked for. */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const locale = pickLocale(request.headers['accept-language']);
    const error = this.toAppError(exception);
    if (error.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (response.headersSent) return;
    const catalogue = messages();
    response.status(error.status).json({
      code: error.code,
      message: formatMessage(catalogue, error.code, locale, error.params),
      ...(error.fields.length > 0 && {
        fields: error.fields.map((field) => ({
          path: field.path,
          code: field.code,
          message: formatMessage(catalogue, field.code, locale, field.params),
        })),
      }),
    });
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return new AppError(STATUS_CODES[status] ?? (status >= 500 ? 'server.error' : 'validation.invalid'), status);
    }
    return new AppError('server.error', HttpStatus.INTERNAL_SERVER_ERROR);
  }
}
