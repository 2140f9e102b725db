export * from './example-snapshot.js';
export * from './recording-source.js';
export * from './pseudo-random-bytes.js';
