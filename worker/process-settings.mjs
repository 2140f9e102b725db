// How the worker process is started wherever this repository starts it (`pnpm start`, the Docker
// image, the benchmark): V8's young generation at 4 MB per semi-space instead of up to 16 MB, and
// glibc serving allocations from 16 KiB up by mmap, with two arenas. The worker then rests at
// about 120 MB instead of 150 MB, and with an export's own process stays under 256 MB at
// 10,000 entries (docs/architecture.md, Memory). An operator's own environment wins.

/** Node.js options before the worker's script. */
export const WORKER_NODE_ARGS = ['--max-semi-space-size=4'];

/** glibc's allocator settings, unless the environment already has them. */
export const WORKER_ALLOCATOR_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '16384' };

/** The environment to start the worker with. */
export function workerEnv(env) {
  return { ...WORKER_ALLOCATOR_ENV, ...env };
}
