import { HttpStatus } from '@nestjs/common';

export interface FieldError {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

/**
 * A refusal the user should understand: a stable code (looked up in the message catalogues in
 * the user's language), the HTTP status, and, for validation, the fields at fault.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number = HttpStatus.BAD_REQUEST,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }

  static validation(fields: FieldError[]): AppError {
    return new AppError('validation.failed', HttpStatus.BAD_REQUEST, {}, fields);
  }
  static notFound(code = 'request.not_found'): AppError {
    return new AppError(code, HttpStatus.NOT_FOUND);
  }
  static forbidden(code = 'auth.forbidden'): AppError {
    return new AppError(code, HttpStatus.FORBIDDEN);
  }
  static unauthorised(code = 'auth.required'): AppError {
    return new AppError(code, HttpStatus.UNAUTHORIZED);
  }
  static conflict(code = 'request.conflict', params: Record<string, unknown> = {}): AppError {
    return new AppError(code, HttpStatus.CONFLICT, params);
  }
}
