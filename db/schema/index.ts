export * from './accounts';
export * from './organisation';
export * from './audit';
export * from './workers';
export * from './clients';
export * from './placements';
export * from './imports';
export * from './support';
