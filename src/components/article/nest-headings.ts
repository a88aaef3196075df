/**
 * Puts the body's headings under the article's title in the page outline: a feed's `<h1>` or
 * `<h2>` inside an article titled at level 2 would otherwise outrank the title, and feeds often
 * skip levels. Each heading goes one level below the closest preceding heading it ranks under
 * (the first ones directly below the title), through `aria-level`, so the feed's markup and its
 * look stay as they were.
 */
export function nestHeadings(body: Element, titleLevel: number): void {
  const open: number[] = [];
  for (const heading of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const rank = Number(heading.localName.slice(1));
    while (open.length > 0 && open[open.length - 1] >= rank) open.pop();
    open.push(rank);
    heading.setAttribute('aria-level', String(Math.min(6, titleLevel + open.length)));
  }
}
