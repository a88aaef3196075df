import { BiblioArticle } from '../components/article/article.js';
import './view-counter.js';

BiblioArticle.define();
