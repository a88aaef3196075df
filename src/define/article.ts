import { BiblioArticle } from '../components/article/article.js';

BiblioArticle.define();
