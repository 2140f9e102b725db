export * from './roles.js';
export * from './password-policy.js';
export * from './account-input.js';
