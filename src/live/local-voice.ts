/**
 * The voice the coach speaks with: one the device synthesises itself. Browsers may also offer voices that are
 * synthesised on a remote server (Chrome's "Google …" voices report `localService: false`); speaking through
 * one would send every count and cue there. A local voice is chosen whenever the browser has one; only where it
 * has none is the browser's own default left to speak (docs/SECURITY.md).
 */
export function localVoice(): SpeechSynthesisVoice | null {
  const local = speechSynthesis.getVoices().filter((voice) => voice.localService);
  // The coach's words are English: the device's default voice if it is local, else a local English one.
  return local.find((voice) => voice.default) ?? local.find((voice) => voice.lang.toLowerCase().startsWith('en')) ?? null;
}
