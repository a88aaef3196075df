import {
  formatNumber,
  formatPlural,
  interpolate,
  type Language,
  type Strings,
} from '../../i18n/index.js';

/** `plural`: "225 просмотров" / "225 views"; `label`: "Просмотров: 225" / "Views: 225". */
export type ViewCountVariant = 'plural' | 'label';

/**
 * A view count in words. The counter says it, and an article writes it inside the counter it
 * has not loaded yet, so the text is on the page, taking its space, before the counter is.
 */
export function formatViewCount(
  views: number,
  variant: ViewCountVariant,
  strings: Pick<Strings, 'views' | 'viewCounter'>,
  language: Language,
  numberOptions: Intl.NumberFormatOptions = {},
): string {
  return variant === 'label'
    ? interpolate(strings.viewCounter.label, {
        count: formatNumber(views, language, numberOptions),
      })
    : formatPlural(strings.views, views, language, numberOptions);
}
