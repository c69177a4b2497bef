/**
 * Workout history, pain diary and safety screen answer kept on this device: see session-store.ts for the contract
 * and schema.ts for the versions.
 */
export {
  openSessionStore,
  type CompletedSession,
  type ImportResult,
  type NewSession,
  type SessionRecord,
  type SessionStatus,
  type SessionStore,
  type SetRecord,
} from './session-store';
export { DB_NAME, DB_VERSION, SESSION_RECORD_VERSION } from './schema';
export { EXPORT_FORMAT, EXPORT_VERSION } from './history-file';
export { InvalidRecordError, InvalidSessionError } from './validation';
export { PAIN_SCALE_MAX, painStopAt, type PainMoment, type PainStop } from './pain';
export { RED_FLAGS, needsSafetyScreen, type RedFlag, type SafetyAnswer } from './safety';
