/**
 * The demo page's own switches, the way a library site would have them: they only change
 * `lang` and the page's colour scheme, and the elements follow.
 */
const root = document.documentElement;

for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-switch]')) {
  const key = select.dataset.switch!;
  const saved = localStorage.getItem(`demo-${key}`);
  if (saved) select.value = saved;
  const apply = () => {
    if (key === 'lang') root.lang = select.value;
    else root.dataset.theme = select.value;
    localStorage.setItem(`demo-${key}`, select.value);
  };
  select.addEventListener('change', apply);
  apply();
}
