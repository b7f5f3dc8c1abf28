export { buildSearchIndex, type SearchIndex } from './search-index';
export { search } from './search';
export * from './types';
