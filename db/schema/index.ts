export * from './organisation';
export * from './audit';
export * from './workers';
export * from './clients';
export * from './placements';
export * from './invoices';
export * from './imports';
