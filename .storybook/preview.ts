import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import customElements from '../dist/custom-elements.json';
import '../src/all.js';
import { installStoryNetwork } from '../stories/support/story-network.js';
import { withInstanceMembersOnly } from './instance-members.js';
import {
  applyVisionSettings,
  colourSchemes,
  defaultVisionSettings,
  type ColourScheme,
} from '../src/internal/vision-settings.js';

setCustomElementsManifest(withInstanceMembersOnly(customElements));
installStoryNetwork();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    language: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every language the elements speak, each named in itself (src/i18n/languages.ts).
        items: [
          { value: 'ru', title: 'Русский' },
          { value: 'en', title: 'English' },
          { value: 'uk', title: 'Українська' },
          { value: 'be', title: 'Беларуская' },
          { value: 'kk', title: 'Қазақша' },
          { value: 'tt', title: 'Татарча' },
          { value: 'ba', title: 'Башҡортса' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction the page gives the story (auto: none, the elements decide)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'auto (from the language)' },
          { value: 'ltr', title: 'ltr' },
          { value: 'rtl', title: 'rtl' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page around the elements',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    vision: {
      description: 'Low-vision colour scheme applied to every element',
      toolbar: {
        title: 'Low vision',
        icon: 'eye',
        items: [
          { value: 'site', title: 'Site colours' },
          ...Object.keys(colourSchemes).map((value) => ({ value, title: value })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { language: 'ru', direction: 'auto', scheme: 'light', vision: 'site' },
  decorators: [
    (story, { globals }) => {
      applyVisionSettings(
        document.documentElement,
        { ...defaultVisionSettings, scheme: globals.vision as ColourScheme | 'site' },
        false,
      );
      const dark = globals.scheme === 'dark';
      // auto sets no dir: an element in a right-to-left language then sets its own.
      const dir =
        globals.direction === 'ltr' || globals.direction === 'rtl' ? globals.direction : nothing;
      return html`<div
        lang=${globals.language}
        dir=${dir}
        style="color-scheme: ${dark ? 'dark' : 'light'}; background: ${
          dark ? '#15161b' : '#ffffff'
        }; color: ${dark ? '#ececf1' : '#1c1c21'}; padding: 1rem;"
      >
        ${story()}
      </div>`;
    },
  ],
};

export default preview;
