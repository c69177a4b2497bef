/**
 * The worker's mailbox for live frames. The engine runs one frame at a time; of the frames that arrive while it
 * runs, only the newest is kept (the others are closed and resolve null) and it runs as soon as the engine is
 * free. So the page sends each camera frame as it comes, without waiting for the last result, and the engine
 * never sits idle waiting for the page: on the 2-core test machine that round trip (bitmap, transfer, result
 * back) was 6 ms of every 36 ms lite frame. A frame waits at most one model run, never in a queue.
 */
export interface Closable {
  close(): void;
}

interface Waiting<F, R> {
  frame: F;
  t: number;
  resolve: (result: R | null) => void;
  reject: (error: unknown) => void;
}

/**
 * A task boundary, so frame messages already posted to the worker are delivered before the next run picks the
 * newest. A MessageChannel rather than setTimeout(0), which browsers clamp to 4 ms once nested.
 */
export function nextTask(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export class LatestFrameRunner<F extends Closable, R> {
  private waiting: Waiting<F, R> | null = null;
  private running = false;

  /** `run` owns the frame it is given (it closes it); `betweenRuns` lets newer frames arrive. */
  constructor(
    private readonly run: (frame: F, t: number) => Promise<R>,
    private readonly betweenRuns: () => Promise<void> = nextTask,
  ) {}

  /** Resolves with the frame's result, or null when a newer frame replaced it before the engine was free. */
  offer(frame: F, t: number): Promise<R | null> {
    return new Promise((resolve, reject) => {
      if (this.waiting) {
        this.waiting.frame.close();
        this.waiting.resolve(null);
      }
      this.waiting = { frame, t, resolve, reject };
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting) {
        const { frame, t, resolve, reject } = this.waiting;
        this.waiting = null;
        await this.run(frame, t).then(resolve, reject);
        await this.betweenRuns();
      }
    } finally {
      this.running = false;
    }
  }
}
