// The raw baseline for the deadline rush: a bare node:http server that streams each upload to
// disk while hashing it with SHA-256 and inserts one row with pg. No framework, no checks.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRequire } from 'node:module';

const pg = createRequire(import.meta.url)('pg');
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const dir = process.env.STORAGE_DIR;
await mkdir(dir, { recursive: true });
await pool.query('CREATE TABLE IF NOT EXISTS baseline_upload (id uuid PRIMARY KEY, sha256 char(64) NOT NULL, size bigint NOT NULL)');

const server = createServer(async (request, response) => {
  if (request.method === 'GET') return response.end('ok');
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk, _encoding, done) {
      size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const id = randomUUID();
  try {
    await pipeline(request, meter, createWriteStream(join(dir, id)));
    const sha256 = hash.digest('hex');
    await pool.query('INSERT INTO baseline_upload (id, sha256, size) VALUES ($1, $2, $3)', [id, sha256, size]);
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id, sha256, size }));
  } catch (error) {
    response.writeHead(500);
    response.end(String(error));
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
