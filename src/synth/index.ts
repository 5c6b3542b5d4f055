/** The synthetic corpus generator: realistic power lists with planted errors and a manifest. */
export { generateCorpus, DEFAULT_FORMAT_WEIGHTS, DEFAULT_RATE, AS_OF, type SynthOptions } from './generate.js';
export * from './manifest.js';
