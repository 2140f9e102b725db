import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('health and API description', () => {
  let t: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    client = new TestClient(t.baseUrl);
  });
  afterAll(() => t.close());

  it('reports the database and Redis as up', async () => {
    const response = await client.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('serves the OpenAPI document of the API', async () => {
    const response = await client.get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health', '/api/audit/verify']));
  });

  it('serves the Swagger UI', async () => {
    const response = await client.get('/api/docs');
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger');
  });

  it('answers an unknown API route with a localised 404', async () => {
    client.language = 'da';
    const response = await client.get('/api/nope');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'request.not_found', message: 'Siden eller ressourcen findes ikke.' });
    client.language = 'en';
  });

  it('sets security headers', async () => {
    const response = await client.get('/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
