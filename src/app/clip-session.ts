/** A clip analysis as a history record, so analysed recordings sit beside live sessions. */
import type { ClipAnalysis } from '../clip/analyze-clip';
import type { CompletedSession } from '../storage';

export function clipSession(result: ClipAnalysis, analysedAt = Date.now()): CompletedSession {
  return {
    startedAt: analysedAt,
    endedAt: analysedAt,
    status: 'complete',
    source: 'clip',
    exercise: result.exercise,
    side: result.side,
    targetReps: null,
    targetSets: null,
    model: result.model,
    engine: result.engine,
    delegate: result.delegate,
    reps: result.reps,
    sets: [{ set: 1, reps: result.repDetails }],
    faults: result.faults,
  };
}
