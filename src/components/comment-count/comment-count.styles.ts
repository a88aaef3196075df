import { css } from 'lit';

export const commentCountStyles = css`
  :host {
    display: inline;
    color: var(--biblio-comment-count-color, inherit);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
