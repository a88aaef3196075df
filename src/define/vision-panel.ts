import { BiblioVisionPanel } from '../components/vision-panel/vision-panel.js';

BiblioVisionPanel.define();
