/** Parley's shared core. The widget imports modules directly so bundles stay small. */
export * from './errors.ts';
export * from './types.ts';
export * from './render-tree.ts';
export * from './canonical-url.ts';
export * from './text.ts';
export * from './thread-order.ts';
export * from './docs.ts';
export * from './convert.ts';
export * from './api.ts';
export * from './reader-requests.ts';
export * from './moderator-requests.ts';
export * from './moderation/normalize.ts';
export * from './moderation/rate.ts';
export * from './identity-requests.ts';
