/**
 * Keeps the screen on for the whole session (Screen Wake Lock): a phone propped on the floor that nobody touches
 * would lock its screen after 30-60 s and stop the camera mid-set. The browser drops the lock whenever the page
 * is hidden, so it is asked for again each time the page is shown while the session runs, and let go at the end.
 * Where the browser has no wake lock, or refuses it, `state` says so and the coach tells the person what to do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** off: not wanted; held: the screen stays on; unsupported: no Wake Lock API; refused: the browser said no. */
export type WakeLockState = 'off' | 'held' | 'unsupported' | 'refused';

export class WakeLockController implements ReactiveController {
  state: WakeLockState = 'off';
  private wanted = false;
  private sentinel: WakeLockSentinel | null = null;
  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') void this.acquire();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.keepScreenOn(false);
  }

  /** Holds the lock while `on` (and the page is shown), lets it go when not; repeated calls change nothing. */
  keepScreenOn(on: boolean): void {
    if (on === this.wanted) return;
    this.wanted = on;
    if (on) {
      void this.acquire();
      return;
    }
    const sentinel = this.sentinel;
    this.sentinel = null;
    void sentinel?.release();
    this.setState('off');
  }

  private async acquire(): Promise<void> {
    if (!this.wanted || this.sentinel || document.visibilityState !== 'visible') return;
    if (!('wakeLock' in navigator)) return this.setState('unsupported');
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      if (!this.wanted || this.sentinel) {
        void sentinel.release();
        return;
      }
      this.sentinel = sentinel;
      sentinel.addEventListener('release', () => this.onReleased(sentinel));
      this.setState('held');
    } catch {
      // Refused: low battery, a permissions policy, or the page was hidden meanwhile (then it is asked again).
      this.setState(document.visibilityState === 'visible' ? 'refused' : 'off');
    }
  }

  /** The browser let go of the lock (the page was hidden): asked for again when it is shown. */
  private onReleased(sentinel: WakeLockSentinel): void {
    if (this.sentinel !== sentinel) return;
    this.sentinel = null;
    this.setState('off');
    void this.acquire();
  }

  private setState(state: WakeLockState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
