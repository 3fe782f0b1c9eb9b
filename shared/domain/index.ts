export * from './constants';
export * from './common';
export * from './party';
export * from './relationship';
export * from './network';
export * from './networkDocument';
export * from './scenario';
export * from './fields';
