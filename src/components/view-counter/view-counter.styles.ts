import { css } from 'lit';

export const viewCounterStyles = css`
  :host {
    display: inline;
    color: var(--biblio-view-counter-color, var(--_muted));
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
