export * from './plan';
export * from './policy';
