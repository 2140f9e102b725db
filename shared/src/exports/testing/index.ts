export * from './example-snapshot.js';
