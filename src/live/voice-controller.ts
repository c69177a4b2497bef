/**
 * Spoken coaching and short tones, so a person lying on the floor can follow without looking at the screen.
 * Counts are spoken at once, fault cues at most every few seconds (a cue repeated every rep stops being
 * heard), announcements (set done, rest, next exercise) always. Off whenever `enabled` is false: the mute
 * control and the `voice` attribute set it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localVoice } from './local-voice';

export type Utterance = 'count' | 'cue' | 'announcement';
export type Tone = 'rep' | 'hold-reached' | 'go';

/** Fault cues closer together than this are dropped: one correction has to sink in before the next. */
export const CUE_INTERVAL_MS = 6000;

const TONES: Record<Tone, { hz: number[]; ms: number }> = {
  rep: { hz: [660], ms: 90 },
  'hold-reached': { hz: [880, 1320], ms: 110 },
  go: { hz: [523, 784], ms: 140 },
};

export class VoiceController implements ReactiveController {
  enabled: boolean;
  private audio: AudioContext | null = null;
  private lastCueAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly host: ReactiveControllerHost,
    enabled = false,
  ) {
    this.enabled = enabled;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.silence();
    void this.audio?.close();
    this.audio = null;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) this.silence();
    this.host.requestUpdate();
  }

  /** Browsers only let audio start from a user gesture: call this from the click that starts the coach. */
  unlock(): void {
    if (typeof AudioContext === 'undefined') return;
    this.audio ??= new AudioContext();
    void this.audio.resume();
  }

  say(text: string, kind: Utterance): void {
    if (!this.enabled || typeof speechSynthesis === 'undefined') return;
    if (kind === 'cue' && !this.cueAllowed()) return;
    // A count that lags behind the body is worse than none: drop whatever is still queued.
    if (kind === 'count') speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = localVoice();
    utterance.rate = kind === 'count' ? 1.2 : 1;
    speechSynthesis.speak(utterance);
  }

  tone(tone: Tone): void {
    if (!this.enabled || !this.audio || this.audio.state !== 'running') return;
    const { hz, ms } = TONES[tone];
    hz.forEach((frequency, index) => this.beep(frequency, this.audio!.currentTime + (index * ms) / 1000, ms / 1000));
  }

  silence(): void {
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }

  private cueAllowed(): boolean {
    const now = performance.now();
    if (now - this.lastCueAt < CUE_INTERVAL_MS) return false;
    this.lastCueAt = now;
    return true;
  }

  /** A short sine with a fast attack and release, so it clicks neither in nor out. */
  private beep(frequency: number, start: number, seconds: number): void {
    const audio = this.audio!;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.25, start + 0.01);
    gain.gain.linearRampToValueAtTime(0, start + seconds);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds + 0.02);
  }
}
