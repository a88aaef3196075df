import { BiblioComments } from '../components/comments/comments.js';

BiblioComments.define();
