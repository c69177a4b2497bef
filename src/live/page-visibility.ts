/**
 * Tells the coach when its page is hidden (another tab, the phone's screen locked or another app in front) and
 * shown again. While hidden, nobody can see the coach and the browser throttles or freezes the page anyway, so
 * the frame loop is paused rather than left to run on stale or missing frames; the workout keeps its state.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PageVisibilityController implements ReactiveController {
  private readonly onChange = (): void => this.onVisibilityChange(document.visibilityState === 'visible');

  constructor(
    host: ReactiveControllerHost,
    private readonly onVisibilityChange: (visible: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onChange);
  }
}
