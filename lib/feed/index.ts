export * from './schema';
export * from './verify';
export * from './plan';
export * from './backoff';
export * from './keys';
