// The environment the worker is started with wherever this repository starts it (`pnpm start`,
// the Docker image, the benchmark): V8's young generation at 4 MB per semi-space instead of up to
// 16 MB, and glibc serving allocations from 16 KiB up by mmap, with two arenas. The worker then
// rests at about 120 MB instead of 150 MB (docs/architecture.md, Memory). Each variable the
// operator sets replaces the one here: NODE_OPTIONS as a whole. The export process gets the same
// glibc settings from ExportProcessRunner, for a worker started some other way.
export const WORKER_ENV = { NODE_OPTIONS: '--max-semi-space-size=4', MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '16384' };

/** The environment to start the worker with: these settings under the operator's own. */
export function workerEnv(env) {
  return { ...WORKER_ENV, ...env };
}
