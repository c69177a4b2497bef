/**
 * Layout of <glute-coach>. The host is a size container: wide (a laptop) puts the video and the panel (count,
 * cue) side by side; narrow (a phone) stacks them. Nothing is drawn over the video but the skeleton, so text
 * never hides the body. Type sizes follow the container, so an embedded coach scales with its space.
 * --gc-video-height caps the picture's height (60vh by default, leaving room for a page around the coach).
 */
import { css } from 'lit';

export const gluteCoachStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--_bg);
    border-radius: var(--_radius);
    overflow: hidden;
    line-height: 1.4;
  }
  .coach {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'header' 'stage' 'panel';
  }
  header {
    grid-area: header;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
  }
  header h1 {
    margin: 0 auto 0 0;
    font-size: clamp(1.1rem, 3cqi, 1.75rem);
  }
  header button {
    padding: 0.4rem 0.75rem;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: #06130c;
  }
  .stage {
    grid-area: stage;
    position: relative;
    display: grid;
    gap: 0.5rem;
    align-content: start;
    padding: 0.5rem;
  }
  .view {
    position: relative;
    justify-self: center;
    width: min(100%, calc(var(--gc-video-height, 60vh) * var(--aspect, 1.333)));
    aspect-ratio: var(--aspect, 1.333);
    background: #000;
    /* Square corners, no clipping: a rounded clip over the playing video costs Chromium's compositor about 150 ms a
       second on a software renderer (half its work for the element, docs/benchmarks.md), CPU the pose worker needs.
       The video and the skeleton fill the box exactly, so nothing spills out. */
  }
  /* Only the video is flipped: the skeleton draws itself flipped to stay on the body (its mirrored property), since a
     flipped transparent canvas over the video costs the compositor more on a software renderer. */
  .view.mirrored video {
    transform: scaleX(-1);
  }
  video,
  gc-coach-skeleton {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  video {
    object-fit: fill;
  }
  .panel {
    grid-area: panel;
    padding: 1rem;
    display: grid;
    gap: 1rem;
    align-content: start;
  }
  .panel h2 {
    margin: 0;
    font-size: clamp(1.5rem, 4cqi, 2.25rem);
  }
  .summary {
    font-size: 1.25rem;
  }
  .camera-move {
    padding: 0.25rem 1rem;
    border-left: 6px solid var(--_warn);
    font-size: 1.25rem;
  }
  .gentler {
    padding: 0.5rem 1rem;
    border-left: 6px solid var(--_warn);
    font-size: 1.25rem;
  }
  .error,
  .invalid {
    padding: 1rem;
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    font-size: 1.25rem;
  }
  .model-info {
    color: var(--_muted);
  }
  .screen-lock {
    margin: 0;
    padding: 0.25rem 0.75rem;
    border-left: 6px solid var(--_warn);
  }
  .model-info summary {
    cursor: pointer;
  }
  /* The offer to switch exercise: in the set-up where the framing hint was, in a set above the count. */
  .switch-offer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .switch-offer p {
    flex: 1 1 100%;
    margin: 0;
    font-size: clamp(1.25rem, 4cqi, 2rem);
    font-weight: 700;
  }
  .switch-offer button {
    min-height: 48px;
  }
  progress {
    width: 100%;
    accent-color: var(--_accent);
  }
  @container (min-width: 760px) {
    .coach {
      grid-template-columns: minmax(0, 2fr) minmax(300px, 1fr);
      grid-template-areas: 'header header' 'stage panel';
    }
  }
`;
