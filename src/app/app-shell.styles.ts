/** Layout of <gc-app>: the navigation bar and the training choice above the coach. */
import { css } from 'lit';

export const appShellStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--_bg);
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 1rem;
    background: var(--_surface);
  }
  nav strong {
    margin-right: auto;
    font-size: 1.25rem;
  }
  nav a {
    color: var(--_fg);
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    text-decoration: none;
  }
  nav a[aria-current='page'] {
    background: var(--_accent);
    color: #06130c;
    font-weight: 700;
  }
  nav a:focus-visible {
    outline: 3px solid var(--_warn);
  }
  main {
    padding: 1rem;
    display: grid;
    gap: 1rem;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: end;
  }
  label {
    display: grid;
    gap: 0.25rem;
    color: var(--_muted);
  }
  input[type='number'] {
    width: 5rem;
  }
  .note {
    color: var(--_muted);
  }
  /* A printed page is the physio report alone. */
  @media print {
    nav {
      display: none;
    }
  }
`;
