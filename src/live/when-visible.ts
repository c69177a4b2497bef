/**
 * Calls back when its element comes into view (IntersectionObserver), each time it does, while it is on the
 * page. The coach loads its pose model then, so that Start has only the camera left to open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WhenVisible implements ReactiveController {
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onVisible: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.onVisible();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
