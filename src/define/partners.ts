import { BiblioPartners } from '../components/partners/partners.js';

BiblioPartners.define();
