/** The evaluation as text: a table per clip, then the summary. */
import type { FaultType, TrackingStatus } from '../../src/analysis';
import type { RecognitionResult } from './recognition';
import { countIsCorrect, type EvaluationSummary, type TrialResult } from './score';

export interface ClipReport {
  file: string;
  exercise: string | null;
  /** The model and engine that produced the landmarks, and whether they came from the cache. */
  model: string;
  engine: string;
  delegate: string;
  /** People the model looked for in each frame. */
  people: number;
  cached: boolean;
  trials: TrialResult[];
  /** Which exercise the analysis recognises in the clip, against the label. */
  recognition: RecognitionResult;
}

const HEADERS = ['tried as', 'role', 'reps', 'label', 'ok', 'faults per rep', 'in position', 'kept out'];

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(0)}%`);
const number = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));

function tried(result: TrialResult): string {
  return result.side ? `${result.exercise} (${result.side})` : result.exercise;
}

function labelled(result: TrialResult): string {
  return result.repsRange ? `${result.expectedReps} [${result.repsRange.join('-')}]` : String(result.expectedReps);
}

/** "lumbar-overarch 5/6, head-back 2/6": how many of the counted reps each fault was flagged on. */
function faultsPerRep(result: TrialResult): string {
  const perType = new Map<FaultType, number>();
  for (const fault of result.repFaults.flat()) perType.set(fault, (perType.get(fault) ?? 0) + 1);
  const total = result.repFaults.length;
  return [...perType].map(([type, reps]) => `${type} ${reps}/${total}`).join(', ') || '-';
}

function keptOut(byStatus: Record<TrackingStatus, number>): string {
  const reasons = Object.entries(byStatus).filter(([status, frames]) => status !== 'ok' && frames > 0);
  return reasons.sort((a, b) => b[1] - a[1]).map(([status, frames]) => `${status} ${frames}`).join(', ') || '-';
}

function row(result: TrialResult): string[] {
  return [
    tried(result),
    result.role,
    String(result.reps),
    labelled(result),
    countIsCorrect(result) ? 'yes' : 'NO',
    faultsPerRep(result),
    `${result.framesInPosition}/${result.frames}`,
    keptOut(result.framesByStatus),
  ];
}

function table(rows: string[][]): string {
  const widths = HEADERS.map((_, column) => Math.max(...[HEADERS, ...rows].map((cells) => cells[column]!.length)));
  return [HEADERS, ...rows].map((cells) => '  ' + cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

export function clipTable(clip: ClipReport): string {
  const people = clip.people > 1 ? `, looking for ${clip.people} people` : '';
  const source = `${clip.model}, ${clip.engine} on ${clip.delegate}${people}${clip.cached ? ', cached' : ''}`;
  return `${clip.file} (label: ${clip.exercise ?? 'none'}; landmarks: ${source})\n${table(clip.trials.map(row))}`;
}

export function summaryText(summary: EvaluationSummary): string {
  const { overarch } = summary;
  const counted = summary.negativesThatCounted.map((n) => `${n.clip} as ${n.side ? `${n.exercise} (${n.side})` : n.exercise}: ${n.reps}`);
  return [
    `Positives (${summary.positives}): count MAE ${number(summary.countMae)}, off by one ${percent(summary.offByOneRate)}, exact or in range ${percent(summary.correctRate)}`,
    `Negatives (${summary.negatives}): zero count ${percent(summary.zeroCountRate)}${counted.length ? `; counted: ${counted.join('; ')}` : ''}`,
    `lumbar-overarch per rep: precision ${percent(overarch.precision)}, recall ${percent(overarch.recall)} (${overarch.truePositives} hits, ${overarch.falsePositives} false alarms, ${overarch.falseNegatives} missed)`,
  ].join('\n');
}
