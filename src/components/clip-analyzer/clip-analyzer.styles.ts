/** Layout of <gc-clip-analyzer>: the drop zone, the controls in a wrapping row, the result table. */
import { css } from 'lit';

export const clipAnalyzerStyles = css`
  :host { display: block; }
  .drop { border: 3px dashed var(--_muted); border-radius: var(--_radius); padding: 2rem; text-align: center; }
  .drop.over { border-color: var(--_accent); background: var(--_surface); }
  .controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin-bottom: 1rem; }
  label { display: grid; gap: 0.25rem; color: var(--_muted); }
  progress { width: 100%; height: 1.5rem; }
  .reps { font-size: 3rem; font-weight: 800; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--_surface); }
  .fault { color: var(--_warn); }
  /* The skeleton's canvas lies exactly over the picture: the stage has the video's aspect ratio. */
  .stage { position: relative; max-width: 100%; border-radius: var(--_radius); overflow: hidden; background: #000; }
  .stage video { display: block; width: 100%; height: 100%; max-height: 60vh; object-fit: contain; }
  .stage gc-coach-skeleton { position: absolute; inset: 0; }
  .readout { position: absolute; top: 0.5rem; left: 0.5rem; margin: 0; display: flex; gap: 1rem; padding: 0.25rem 0.75rem;
    border-radius: var(--_radius); background: rgba(15, 20, 25, 0.75); font-size: 1.25rem; font-variant-numeric: tabular-nums; pointer-events: none; }
  gc-movement-chart { margin: 1rem 0; }
  [role='alert'] { color: var(--_danger); font-weight: 700; }
`;
