/**
 * The training view of <glute-coach fullscreen> (`data-floor` on the host, from Start to the session's end):
 * the coach covers the viewport and is its own size container, so the layout follows the space the element
 * really has, in browser fullscreen or not. Portrait stacks the picture over the count; landscape puts them
 * side by side. The count takes more than a quarter of the height either way, read from the mat 2-3 m away.
 * Themes: light when the system asks for it, high contrast by its toggle or `prefers-contrast: more`.
 */
import { css } from 'lit';

/** White on black, with the accents at their brightest. */
const highContrast = css`
  --_theme-bg: #000;
  --_theme-fg: #fff;
  --_theme-muted: #e6e6e6;
  --_theme-accent: #00e676;
  --_theme-warn: #ffd600;
  --_theme-danger: #ff3d3d;
  --_theme-surface: #000;
`;

export const floorViewStyles = css`
  :host([data-floor]) {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    container-type: size;
    border-radius: 0;
    overflow: hidden;
  }
  /* Sizes in container units are set below the host: a container query cannot style its own container. */
  :host([data-floor]) .coach {
    /* The picture's height: what the count, the cue and the controls leave it. */
    --_floor-video-height: 34cqh;
    --_floor-count-size: 27cqh;
    --_stop-height: 3.5rem;
    --_stop-font: clamp(1.25rem, 6cqmin, 2rem);
    height: 100%;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto minmax(0, 1fr);
    grid-template-areas: 'header' 'stage' 'panel';
  }
  :host([data-floor]) header {
    padding: 0.25rem 0.5rem;
    gap: 0.25rem;
  }
  :host([data-floor]) header h1 {
    flex: 1 1 8rem;
    min-width: 0;
    font-size: 1.1rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([data-floor]) header button {
    min-height: 40px;
    padding: 0.2rem 0.6rem;
  }
  :host([data-floor]) .stage {
    padding: 0.25rem;
    gap: 0.25rem;
  }
  :host([data-floor]) .view {
    width: min(100%, calc(var(--_floor-video-height) * var(--aspect, 1.333)));
  }
  :host([data-floor]) .panel {
    padding: 0.25rem 0.75rem;
    gap: 0.5rem;
    overflow: hidden;
    justify-items: center;
  }
  :host([data-floor]) gc-coach-counter::part(count) {
    font-size: var(--_floor-count-size);
  }
  /* The rest shares the panel with the set's report. */
  :host([data-floor]) gc-coach-rest::part(seconds) {
    font-size: calc(var(--_floor-count-size) * 0.6);
  }
  :host([data-floor]) gc-coach-counter::part(target) {
    font-size: clamp(1rem, 5cqmin, 2rem);
  }
  :host([data-floor]) gc-coach-cue {
    justify-self: stretch;
  }
  :host([data-floor]) gc-coach-cue::part(cue) {
    padding: 0.4rem 0.6rem;
    font-size: clamp(1.2rem, 5.5cqmin, 3rem);
    font-weight: 800;
  }
  /* While the offer to switch exercise stands, the count (not moving: the person is in another position) gives it
     its room, so "Stop: it hurts" stays on the screen. */
  :host([data-floor]) .coach:has(.switch-offer) gc-coach-counter {
    display: none;
  }
  :host([data-floor]) .switch-offer p {
    font-size: clamp(1.2rem, 5.5cqmin, 3rem);
  }
  @container (orientation: landscape) {
    :host([data-floor]) .coach {
      grid-template-columns: minmax(0, 1.6fr) minmax(16rem, 1fr);
      grid-template-rows: auto minmax(0, 1fr);
      grid-template-areas: 'header header' 'stage panel';
    }
    :host([data-floor]) .coach {
      --_floor-video-height: calc(100cqh - 9rem);
      --_floor-count-size: 28cqh;
    }
  }
  @media (prefers-color-scheme: light) {
    :host([data-floor]) {
      --_theme-bg: #f7f9fb;
      --_theme-fg: #0b1116;
      --_theme-muted: #3d4852;
      --_theme-accent: #0f8a57;
      --_theme-warn: #a85a00;
      --_theme-danger: #c41d2b;
      --_theme-surface: #e3e8ee;
    }
  }
  :host([data-contrast]) {
    ${highContrast}
  }
  @media (prefers-contrast: more) {
    :host {
      ${highContrast}
    }
  }
`;
