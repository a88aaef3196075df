import { BiblioViewCounter } from '../components/view-counter/view-counter.js';

BiblioViewCounter.define();
