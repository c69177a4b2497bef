/** The machine a benchmark ran on, recorded with every result: numbers mean little without it. */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { chromiumPath } from '../../tests/support/chromium';

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  chromium: string;
  /** 1, 5 and 15-minute load averages when the run started and when it ended. */
  loadAtStart: number[];
  loadAtEnd: number[];
  /** The highest 1-minute load average seen during the run (sampled every 10 s; the benchmark's own browser adds 1-2). */
  maxLoadDuringRun: number;
}

const LOAD_SAMPLE_MS = 10_000;

const rounded = (values: number[]) => values.map((value) => Math.round(value * 100) / 100);

export function chromiumVersion(): string {
  // Debian's wrapper script prints a shell warning on stderr; the version is the last line on stdout.
  return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** Watches the load average from construction until `info()`, which describes the machine and stops watching. */
export class MachineWatch {
  readonly loadAtStart = rounded(loadavg());
  private maxLoad = this.loadAtStart[0]!;
  // unref: a run that fails must still let the process exit.
  private readonly timer = setInterval(() => (this.maxLoad = Math.max(this.maxLoad, rounded(loadavg())[0]!)), LOAD_SAMPLE_MS).unref();

  info(): MachineInfo {
    clearInterval(this.timer);
    const loadAtEnd = rounded(loadavg());
    return {
      nproc: availableParallelism(),
      cpuModel: cpus()[0]?.model ?? 'unknown',
      chromium: chromiumVersion(),
      loadAtStart: this.loadAtStart,
      loadAtEnd,
      maxLoadDuringRun: Math.max(this.maxLoad, loadAtEnd[0]!),
    };
  }
}
