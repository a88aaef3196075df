/** The script-tag entry: registers every element. */
import './define/partners.js';

export * from './index.js';
