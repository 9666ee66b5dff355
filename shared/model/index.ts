export * from './ids';
export * from './attributes';
export * from './schema';
export * from './document';
export * from './annotation';
export * from './project';
export * from './project-integrity';
export * from './annotation-fast-path';
