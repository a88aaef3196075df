import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
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
        items: [
          { value: 'ru', title: 'Русский' },
          { value: 'en', title: 'English' },
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
  initialGlobals: { language: 'ru', scheme: 'light', vision: 'site' },
  decorators: [
    (story, { globals }) => {
      applyVisionSettings(
        document.documentElement,
        { ...defaultVisionSettings, scheme: globals.vision as ColourScheme | 'site' },
        false,
      );
      const dark = globals.scheme === 'dark';
      return html`<div
        lang=${globals.language}
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
