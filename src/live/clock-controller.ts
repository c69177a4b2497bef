/** A ticking clock tied to an element's lifetime: rest countdowns keep running when no camera frame arrives. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ClockController implements ReactiveController {
  private timer: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs: number,
    private readonly onTick: (now: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  start(): void {
    if (this.timer !== null) return;
    this.timer = window.setInterval(() => {
      this.onTick(performance.now());
      this.host.requestUpdate();
    }, this.intervalMs);
  }

  stop(): void {
    if (this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
  }
}
