import type { Request } from 'express';
import type { ClientInfo } from './auth.service.js';

export function clientInfo(request: Request): ClientInfo {
  return { ip: request.ip ?? 'unknown', userAgent: request.headers['user-agent'] };
}
