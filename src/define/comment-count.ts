import { BiblioCommentCount } from '../components/comment-count/comment-count.js';

BiblioCommentCount.define();
