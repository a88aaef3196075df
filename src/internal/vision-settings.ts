/**
 * The "version for the visually impaired" settings and how they reach every element: as
 * `--biblio-*` custom properties on `<html>`, which every element's shadow root inherits
 * (shadow DOM stops selectors, not inheritance), and optionally as `data-biblio-*` attributes
 * so the host page's own CSS can follow.
 */

export const colourSchemes = {
  'black-on-white': { text: '#000000', background: '#ffffff' },
  'white-on-black': { text: '#ffffff', background: '#000000' },
  'blue-on-light-blue': { text: '#063462', background: '#9dd1ff' },
  'brown-on-beige': { text: '#4d4b43', background: '#f7f3d6' },
  'green-on-dark-brown': { text: '#a9e44d', background: '#3b2716' },
} as const;

export type ColourScheme = keyof typeof colourSchemes;

export const fontScales = [1, 1.25, 1.5, 1.75, 2] as const;
export const spacingSteps = ['normal', 'wide', 'wider'] as const;
export type SpacingStep = (typeof spacingSteps)[number];
export type ImageMode = 'on' | 'off' | 'grayscale';
export type FontFamilyChoice = 'site' | 'sans-serif' | 'serif';

export interface VisionSettings {
  fontScale: (typeof fontScales)[number];
  /** `site` keeps the page's own colours. */
  scheme: ColourScheme | 'site';
  images: ImageMode;
  letterSpacing: SpacingStep;
  lineHeight: SpacingStep;
  fontFamily: FontFamilyChoice;
}

export const defaultVisionSettings: VisionSettings = {
  fontScale: 1,
  scheme: 'site',
  images: 'on',
  letterSpacing: 'normal',
  lineHeight: 'normal',
  fontFamily: 'site',
};

const letterSpacingValues: Record<SpacingStep, string> = {
  normal: 'normal',
  wide: '0.06em',
  wider: '0.12em',
};
const lineHeightValues: Record<SpacingStep, string> = { normal: '1.5', wide: '1.8', wider: '2.1' };
const fontFamilyValues: Record<FontFamilyChoice, string> = {
  site: '',
  'sans-serif': 'Arial, "Helvetica Neue", "Liberation Sans", sans-serif',
  serif: 'Georgia, "Times New Roman", "Liberation Serif", serif',
};

/**
 * The custom properties a setting stands for; an empty value means "leave the page's". They
 * are --biblio-vision-*, which every element reads before the site's own --biblio-* tokens.
 */
export function toCustomProperties(settings: VisionSettings): Record<string, string> {
  const scheme = settings.scheme === 'site' ? undefined : colourSchemes[settings.scheme];
  return {
    '--biblio-vision-text': scheme?.text ?? '',
    '--biblio-vision-background': scheme?.background ?? '',
    '--biblio-vision-font-scale': settings.fontScale === 1 ? '' : String(settings.fontScale),
    '--biblio-vision-letter-spacing':
      settings.letterSpacing === 'normal' ? '' : letterSpacingValues[settings.letterSpacing],
    '--biblio-vision-line-height':
      settings.lineHeight === 'normal' ? '' : lineHeightValues[settings.lineHeight],
    '--biblio-vision-font-family': fontFamilyValues[settings.fontFamily],
    '--biblio-vision-image-display': settings.images === 'off' ? 'none' : '',
    '--biblio-vision-image-filter': settings.images === 'grayscale' ? 'grayscale(1)' : '',
  };
}

const managedProperties = Object.keys(
  toCustomProperties({ ...defaultVisionSettings, scheme: 'black-on-white' }),
);

/**
 * Applies settings to `<html>`. With `exposeToPage` the page's root text size follows too, and
 * the settings are also written as `data-biblio-*` attributes for the page's own CSS.
 */
export function applyVisionSettings(
  root: HTMLElement,
  settings: VisionSettings,
  exposeToPage: boolean,
): void {
  const properties = toCustomProperties(settings);
  // A page that follows gets its root text scaled, and our elements inherit that size; giving
  // them --biblio-font-scale as well would scale them twice.
  if (exposeToPage) {
    properties['--biblio-vision-font-scale'] = '';
    root.style.fontSize = settings.fontScale === 1 ? '' : `${settings.fontScale * 100}%`;
  } else {
    root.style.removeProperty('font-size');
  }
  for (const name of managedProperties) {
    const value = properties[name] ?? '';
    if (value) root.style.setProperty(name, value);
    else root.style.removeProperty(name);
  }
  const attributes: Record<string, string> = {
    'data-biblio-scheme': settings.scheme,
    'data-biblio-font-scale': String(settings.fontScale),
    'data-biblio-images': settings.images,
    'data-biblio-letter-spacing': settings.letterSpacing,
    'data-biblio-line-height': settings.lineHeight,
    'data-biblio-font-family': settings.fontFamily,
  };
  const isDefault = JSON.stringify(settings) === JSON.stringify(defaultVisionSettings);
  for (const [name, value] of Object.entries(attributes)) {
    if (exposeToPage && !isDefault) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }
}

const storageKey = 'biblio-vision';

/** Reads saved settings, ignoring anything unknown so a stale or hand-edited value is harmless. */
export function readVisionSettings(storage: Storage | undefined): VisionSettings {
  try {
    const saved = JSON.parse(storage?.getItem(storageKey) ?? '{}') as Partial<VisionSettings>;
    const settings = { ...defaultVisionSettings };
    if (fontScales.includes(saved.fontScale as VisionSettings['fontScale']))
      settings.fontScale = saved.fontScale!;
    if (saved.scheme === 'site' || (saved.scheme && saved.scheme in colourSchemes))
      settings.scheme = saved.scheme;
    if (['on', 'off', 'grayscale'].includes(saved.images!)) settings.images = saved.images!;
    if (spacingSteps.includes(saved.letterSpacing!)) settings.letterSpacing = saved.letterSpacing!;
    if (spacingSteps.includes(saved.lineHeight!)) settings.lineHeight = saved.lineHeight!;
    if (saved.fontFamily && saved.fontFamily in fontFamilyValues)
      settings.fontFamily = saved.fontFamily;
    return settings;
  } catch {
    return { ...defaultVisionSettings };
  }
}

export function saveVisionSettings(storage: Storage | undefined, settings: VisionSettings): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // Private mode or a full quota: the settings still apply for this page view.
  }
}

export const visionStorageKey = storageKey;

/** WCAG 2.x contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((start) => {
      const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
