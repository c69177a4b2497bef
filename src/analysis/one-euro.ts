/**
 * One Euro filter (Casiez et al., CHI 2012): a low-pass filter whose cutoff
 * rises with speed, so landmarks are steady when the body is still and lag
 * little when it moves.
 */
export interface OneEuroSettings {
  minCutoffHz: number;
  beta: number;
  derivativeCutoffHz: number;
}

function smoothingFactor(cutoffHz: number, dtSeconds: number): number {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tau / dtSeconds);
}

export class OneEuroFilter {
  private value: number | null = null;
  private derivative = 0;

  constructor(private readonly settings: OneEuroSettings) {}

  /** Filters one sample taken dtSeconds after the previous one. */
  next(sample: number, dtSeconds: number): number {
    if (this.value === null || dtSeconds <= 0) {
      this.value ??= sample;
      return this.value;
    }
    const rawDerivative = (sample - this.value) / dtSeconds;
    const derivativeAlpha = smoothingFactor(this.settings.derivativeCutoffHz, dtSeconds);
    this.derivative += derivativeAlpha * (rawDerivative - this.derivative);
    const cutoff = this.settings.minCutoffHz + this.settings.beta * Math.abs(this.derivative);
    this.value += smoothingFactor(cutoff, dtSeconds) * (sample - this.value);
    return this.value;
  }
}
