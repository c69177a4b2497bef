/**
 * Workout history, pain diary and safety screen answer kept on this device: see records.ts for what is kept and
 * the contract, session-store.ts for opening a store, and schema.ts for the versions.
 */
export {
  RED_FLAGS,
  type CompletedSession,
  type ImportResult,
  type MovementSeries,
  type NewSession,
  type Persistence,
  type PainMoment,
  type PainStop,
  type RedFlag,
  type SafetyAnswer,
  type SessionRecord,
  type SessionStatus,
  type SessionStore,
  type SetRecord,
} from './records';
export { needsSafetyScreen, openSessionStore } from './session-store';
export { DB_NAME, DB_VERSION, SESSION_RECORD_VERSION } from './schema';
export { EXPORT_FORMAT, EXPORT_VERSION } from './history-file';
export { InvalidRecordError, InvalidSessionError } from './validation';
export { PAIN_SCALE_MAX, painStopAt } from './pain';
