import { css } from 'lit';

/** Loading skeleton, empty and error boxes: one look for every element. */
export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton-line {
    height: 1.2em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n + 2) {
    width: 80%;
  }
  .skeleton-line:nth-child(3n) {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  [part='empty'],
  [part='error'] {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  [part='error'] {
    color: var(--_text);
    border-color: var(--_danger);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  [part='error'] p {
    margin: 0;
    flex: 1 1 16em;
  }
`;
