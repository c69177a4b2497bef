/**
 * Library entry: importing this module defines <glute-coach>. Built by `npm run build:lib` into
 * dist/lib/glute-coach.js with its worker, wasm and models beside it; load it with
 * `<script type="module" src=".../glute-coach.js">` from any origin.
 *
 * Also exported: the history on this device (`openSessionStore`), so a page can list past sessions or hand
 * a cut-off one to `coach.resume(session)`; and the safety screen and pain rating, which the coach itself
 * leaves to the page (ask `needsSafetyScreen(store)` before the first session).
 */
export { GluteCoach } from '../components/glute-coach/glute-coach';
export type * from '../components/glute-coach/glute-coach';
export { DEFAULT_MODEL, MODEL_SETTINGS, type ModelSetting } from '../live/model-setting';
export type { CoachErrorCode } from '../live/errors';
export { needsSafetyScreen, openSessionStore, type SafetyAnswer, type SessionRecord, type SessionStore } from '../storage';
export { SafetyScreen } from '../components/safety-screen';
export { PainRating } from '../components/pain-rating';
