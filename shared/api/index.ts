export * from './methods';
export * from './errors';
export * from './contract';
export * from './client';
export * from './http';
export * from './bridge';
export * from './editorSchemas';
export * from './scenarioSchemas';
