import { BiblioNewsList } from '../components/news-list/news-list.js';

BiblioNewsList.define();
