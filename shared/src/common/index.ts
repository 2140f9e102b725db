export * from './canonical-json.js';
export * from './sha256.js';
export * from './localised.js';
export * from './messages.js';
export * from './queues.js';
export * from './recorded-reason.js';
