/**
 * Base class of every Glute Coach component: typed, bubbling, composed events and the shared design tokens.
 * Public elements stay thin; behaviour lives in reactive controllers and in the analysis core.
 */
import { LitElement, css } from 'lit';

export abstract class CoachElement<Events extends object = object> extends LitElement {
  /** Dispatches `name` with a typed detail; events bubble out of shadow roots so embedders can listen on any ancestor. */
  protected emit<Name extends keyof Events & string>(name: Name, detail: Events[Name]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}

/**
 * Design tokens, overridable from outside through CSS custom properties (they inherit through shadow roots).
 * Sizes are large on purpose: the person reads them from the floor 2-3 m away. A theme (the training view's
 * light and high-contrast ones) sets the `--_theme-*` defaults on an ancestor; `--gc-*` still override them.
 */
export const tokens = css`
  :host {
    --_bg: var(--gc-background, var(--_theme-bg, #0f1419));
    --_fg: var(--gc-foreground, var(--_theme-fg, #f4f6f8));
    --_muted: var(--gc-muted, var(--_theme-muted, #a9b4c0));
    --_accent: var(--gc-accent, var(--_theme-accent, #4cc38a));
    --_warn: var(--gc-warning, var(--_theme-warn, #ffb020));
    --_danger: var(--gc-danger, var(--_theme-danger, #ff5a5f));
    --_surface: var(--gc-surface, var(--_theme-surface, #1b232c));
    --_radius: var(--gc-radius, 12px);
    --_font: var(--gc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-family: var(--_font);
    color: var(--_fg);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: transparent;
    color: var(--_fg);
    cursor: pointer;
  }
  select,
  input {
    font: inherit;
    min-height: 44px;
    background: var(--_surface);
    color: var(--_fg);
    border: 1px solid var(--_muted);
    border-radius: 8px;
  }
  /* The one number read from the floor: the rep count, the rest countdown. */
  .big-number {
    font-size: var(--gc-counter-size, clamp(5rem, 28cqi, 12rem));
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  /* Read by assistive technology, not shown (a live count, a chart's time axis: a canvas says nothing). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button.primary {
    background: var(--_accent);
    color: #06130c;
    font-weight: 700;
  }
  /* Deletes and other steps that cannot be undone. */
  button.danger {
    border-color: var(--_danger);
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_warn);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
