/** Public API of the ketamine pharmacokinetic library. Pure TypeScript, no DOM. */
export * from './units.ts';
export * from './parameters.ts';
export * from './model.ts';
export * from './validate.ts';
