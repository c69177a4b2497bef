/** Layout of <gc-coach-counter>: the count (or each leg's, side by side), the target under it and a dot per set. */
import { css } from 'lit';

export const coachCounterStyles = css`
  :host {
    display: block;
    text-align: center;
  }
  .legs {
    display: flex;
    justify-content: center;
    gap: 1.5em;
  }
  .leg {
    font-size: 0.4em;
    color: var(--_muted);
  }
  .target {
    font-size: clamp(1.25rem, 5cqi, 2.25rem);
    color: var(--_muted);
  }
  .sets {
    display: flex;
    justify-content: center;
    gap: 0.5rem;
    margin-top: 0.75rem;
    padding: 0;
    list-style: none;
  }
  .sets li {
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    border: 3px solid var(--_accent);
  }
  .sets li.done {
    background: var(--_accent);
  }
  .sets li.current {
    box-shadow: 0 0 0 3px var(--_fg);
  }
  /* A new element per count (keyed) replays the bump, so a glance catches the change. */
  .bump {
    animation: bump 250ms ease-out;
  }
  @keyframes bump {
    from {
      transform: scale(1.15);
    }
  }
`;
