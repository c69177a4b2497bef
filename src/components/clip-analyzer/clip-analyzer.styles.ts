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
  video { max-width: 100%; max-height: 50vh; border-radius: var(--_radius); background: #000; }
  [role='alert'] { color: var(--_danger); font-weight: 700; }
`;
