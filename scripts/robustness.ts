/**
 * npm run robustness [-- --json]
 * The robustness matrix (tests/support/robustness-matrix.ts): every fixture clip filmed again through virtual
 * cameras and perturbed, each axis swept alone around the recorded clip plus a coarse combined grid, analysed for
 * the clip's own exercise and as negatives. Prints per clip and axis the count and faults against the clip's, where
 * each axis breaks (the first value each way from the recorded one that changes a count or a fault) with the
 * reason measured there, and the lowest analysed frame rate at which nothing changes. --json: one JSON object.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  clamshell,
  createAnalyzer,
  donkeyKick,
  exerciseById,
  lunge,
  romanianDeadlift,
  sideLyingLegLift,
  squat,
  stepUp,
  type FrameUpdate,
  type PoseFrame,
  type Summary,
  type TrackingStatus,
} from '../src/analysis';
import { JOINTS, bodyOf, type Body, type Side } from '../src/analysis/pose';
import { median } from '../src/util/median';
import { measureSupine, supineGateMisses, type GateMiss, type SupineGate } from '../src/analysis/supine';
import { BRIDGE_GATE } from '../src/analysis/exercises/glute-bridge';
import { hipThrust, THRUST_GATE } from '../src/analysis/exercises/hip-thrust';
import { measureClamshell } from '../src/analysis/exercises/clamshell/measurement';
import { measureDonkeyKick, type DonkeyKickMeasurement } from '../src/analysis/exercises/donkey-kick/measurement';
import { measureLegLift } from '../src/analysis/exercises/side-lying-leg-lift/measurement';
import type { SideLyingMeasurement } from '../src/analysis/side-lying';
import { kneeToHipFlexion, measureStanding, type StandingMeasurement } from '../src/analysis/standing';
import {
  AXES,
  combinedGrid,
  expectedUnder,
  faultKeys,
  framesUnder,
  isRandom,
  judge,
  loadMatrixClip,
  MATRIX_CLIPS,
  optionsLabel,
  RATE_SWEEP_NOISE,
  rateSweep,
  RECORDED,
  SEEDS,
  summaryFaultKeys,
  type Axis,
  type Condition,
  type Expected,
  type LoadedClip,
} from '../tests/support/robustness-matrix';
import { fixturePath, loadFixture } from '../tests/unit/analysis/real-fixtures';
import { recordedDistanceMetres, recordedFill, sceneOf, subsampled } from '../tests/support/virtual-camera';

/** One analysis at one matrix point (one seed). */
interface Run {
  reps: number;
  faults: string[];
  countHolds: boolean;
  faultsHold: boolean;
}

/** One expectation at one matrix point, over every seed it was tried with. */
interface Cell {
  analysedAs: string;
  expectedReps: number;
  expectedFaults: string[];
  runs: Run[];
  holds: boolean;
}

interface PointResult {
  label: string;
  value: number;
  cells: Cell[];
}

interface Break {
  analysedAs: string;
  /** The values tried that hold, each way from the recorded one, as a range. */
  holds: string;
  below: { value: string; reason: string } | null;
  above: { value: string; reason: string } | null;
}

function runAt(clip: LoadedClip, condition: Condition, seeds: number[]): Cell[] {
  const framesBySeed = seeds.map((seed) => framesUnder(clip.scene, condition, seed));
  return clip.expected.map((label) => {
    const expected = expectedUnder(label, condition);
    const runs = framesBySeed.map((frames) => {
      const verdict = judge(frames, expected);
      return { reps: verdict.summary.reps, faults: summaryFaultKeys(verdict.summary), countHolds: verdict.countHolds, faultsHold: verdict.faultsHold };
    });
    return {
      analysedAs: optionsLabel(expected.options),
      expectedReps: expected.reps,
      expectedFaults: faultKeys(expected.faults),
      runs,
      holds: runs.every((run) => run.countHolds && run.faultsHold),
    };
  });
}

function seedsFor(condition: Condition): number[] {
  return isRandom(condition) ? SEEDS : [SEEDS[0]!];
}

/** "type:rep" keys as "type 1,2,3; type 4": the reps each fault is on. */
function faultList(keys: string[]): string {
  const reps = new Map<string, string[]>();
  for (const key of keys) {
    const [type, rep] = key.split(':') as [string, string];
    reps.set(type, [...(reps.get(type) ?? []), rep]);
  }
  return [...reps].map(([type, list]) => `${type} ${list.join(',')}`).join('; ');
}

/** Faults found that should not be (+) and missing (-). */
function faultDifference(found: string[], expected: string[]): string {
  const extra = faultList(found.filter((key) => !expected.includes(key)));
  const missing = faultList(expected.filter((key) => !found.includes(key)));
  return [extra && `+${extra}`, missing && `-${missing}`].filter(Boolean).join(' ');
}

function cellText(cell: Cell): string {
  const texts = cell.runs.map((run) => {
    const count = run.countHolds ? `${run.reps}` : `${run.reps}≠${cell.expectedReps}`;
    return run.faultsHold ? count : `${count} ${faultDifference(run.faults, cell.expectedFaults)}`;
  });
  return [...new Set(texts)].join(' / ') + (cell.holds ? '' : ' ✗');
}

const round = (value: number | null): number => Math.round((value ?? Number.NaN) * 10) / 10;

/** A side-lying gate's measures on the kept-out frames (its thresholds live inside its catalogue entry). */
function sideLyingGateReason(out: Body[], side: Side, measure: (body: Body, side: Side) => SideLyingMeasurement): string {
  const m = out.map((body) => measure(body, side));
  const onTop = Math.round((m.filter((x) => x.workingHipOnTop).length / m.length) * 100);
  const typical = (read: (x: SideLyingMeasurement) => number) => round(median(m.map(read)));
  return `kept-out frames: working hip on top ${onTop}%, median hip gap/torso ${median(m.map((x) => x.hipGapToTorso))?.toFixed(2)}, hip line from vertical ${typical((x) => x.hipLineFromVerticalDeg)}, torso tilt ${typical((x) => x.torsoTiltDeg)}, knee ${typical((x) => x.kneeAngleDeg)}`;
}

/** The all-fours gate's measures on the kept-out frames (its thresholds live inside its catalogue entry). */
function allFoursGateReason(out: Body[], leg: Side): string {
  const m = out.map((body) => measureDonkeyKick(body, leg));
  const typical = (read: (x: DonkeyKickMeasurement) => number) => round(median(m.map(read)));
  return `kept-out frames: median back tilt ${typical((x) => x.backTiltDeg)}, supporting thigh from down ${typical((x) => x.supportThighFromDownDeg)}, supporting shin tilt ${typical((x) => x.supportShinTiltDeg)}, arm from down ${typical((x) => x.armFromDownDeg)}`;
}

/** Which supine gate checks fail on the kept-out frames, and by how much (the near side picked by visibility, as the analysis does). */
function supineGateReason(out: Body[], gate: SupineGate): string {
  const nearSide = (body: Body): Side => {
    const visibility = (side: Side) => Object.values(JOINTS[side]).reduce((sum, index) => sum + body.visibility(index), 0);
    return visibility('left') >= visibility('right') ? 'left' : 'right';
  };
  const misses = out.flatMap((body) => supineGateMisses(measureSupine(body, nearSide(body)), gate));
  const byCheck = new Map<string, GateMiss[]>();
  for (const miss of misses) {
    const key = `${miss.check} ${miss.limit}`;
    byCheck.set(key, [...(byCheck.get(key) ?? []), miss]);
  }
  return [...byCheck]
    .map(([check, found]) => `${check} on ${found.length} (median ${round(median(found.map((miss) => miss.value)))})`)
    .join(', ');
}

const STANDING_EXERCISES: ReadonlySet<string> = new Set([romanianDeadlift.id, squat.id, lunge.id, stepUp.id]);

/** The standing gates' measures on the kept-out frames (their thresholds live in standing.ts). */
function standingGateReason(out: Body[]): string {
  const m = out.map(measureStanding);
  const typical = (read: (x: StandingMeasurement) => number) => round(median(m.map(read)));
  return `kept-out frames: median head above feet ${typical((x) => x.headAboveFeet)} legs, torso toward toes ${typical((x) => x.torsoTowardToesDeg)}, knee/hip flexion ${typical(kneeToHipFlexion)}, hip difference ${typical((x) => Math.abs(x.legs.left.hipAngleDeg - x.legs.right.hipAngleDeg))}`;
}

/** Which position check keeps the out-of-position frames out, measured on the frames as analysed (unsmoothed). */
function gateReason(frames: PoseFrame[], updates: FrameUpdate[], expected: Expected): string {
  const out = frames.filter((_, i) => updates[i]?.status === 'not-in-position').flatMap((frame) => bodyOf(frame) ?? []);
  if (out.length === 0) return '';
  const { options } = expected;
  if (options.exercise === clamshell.id) return sideLyingGateReason(out, options.side, measureClamshell);
  if (options.exercise === sideLyingLegLift.id) return sideLyingGateReason(out, options.side, measureLegLift);
  if (options.exercise === donkeyKick.id) return (['left', 'right'] as const).map((leg) => `${leg}: ${allFoursGateReason(out, leg)}`).join('; ');
  if (STANDING_EXERCISES.has(options.exercise)) return standingGateReason(out);
  return supineGateReason(out, options.exercise === hipThrust.id ? THRUST_GATE : BRIDGE_GATE);
}

/** What the analysis measured at a point that breaks: frames kept out and why, the angle's reach, the fault sizes. */
function reasonAt(clip: LoadedClip, condition: Condition, label: Expected, seed: number): string {
  const expected = expectedUnder(label, condition);
  const frames = framesUnder(clip.scene, condition, seed);
  const analyzer = createAnalyzer(expected.options);
  const updates = frames.map((frame) => analyzer.push(frame));
  const summary = analyzer.finish();
  const found = summaryFaultKeys(summary);
  const changed = faultDifference(found, faultKeys(expected.faults));
  const parts: string[] = [`${summary.reps} reps${changed ? ` (faults ${changed})` : ''}${isRandom(condition) ? ` [seed ${seed}]` : ''}`];
  const statuses = new Map<TrackingStatus, number>();
  for (const update of updates) statuses.set(update.status, (statuses.get(update.status) ?? 0) + 1);
  const kept = [...statuses].filter(([status]) => status !== 'ok').map(([status, n]) => `${status} ${n}`);
  parts.push(`in position ${summary.framesInPosition}/${summary.frames}${kept.length ? ` (${kept.join(', ')})` : ''}`);
  const gate = gateReason(frames, updates, expected);
  if (gate) parts.push(gate);
  const angles = updates.filter((u) => u.status === 'ok' && u.angleDeg !== null).map((u) => u.angleDeg!);
  if (angles.length > 0) {
    const zones = exerciseById(expected.options.exercise).reps;
    parts.push(`angle in position ${round(Math.min(...angles))}..${round(Math.max(...angles))} (bottom <= ${zones.bottomMaxDeg}, top >= ${zones.topMinDeg})`);
  }
  const extensions = summary.repDetails.map((rep) => rep.peakExtensionDeg).filter((v) => v !== null);
  if (extensions.length > 0) parts.push(`peak extension per rep ${extensions.join(', ')}`);
  if (summary.faults.length > 0) parts.push(`fault sizes ${summary.faults.map((f) => `${f.type}:${f.rep}=${f.value}`).join(' ')}`);
  return parts.join('; ');
}

/** The point each way from the recorded one where a cell first fails. */
function breaksOf(clip: LoadedClip, axis: Axis, results: PointResult[]): Break[] {
  const fill = recordedFill(clip.scene);
  const origin = Number.isNaN(axis.identity)
    ? results.reduce((best, r, i) => (Math.abs(r.value - fill) < Math.abs((results[best]?.value ?? Infinity) - fill) ? i : best), 0)
    : results.findIndex((r) => r.value === axis.identity);
  return clip.expected.map((label, e) => {
    const holdsAt = (i: number) => results[i]?.cells[e]?.holds ?? false;
    const walk = (step: number) => {
      for (let i = origin; i >= 0 && i < results.length; i += step) if (!holdsAt(i)) return i;
      return null;
    };
    const [low, high] = [walk(-1), walk(1)];
    const held = results.filter((_, i) => i > (low ?? -1) && i < (high ?? results.length));
    const describe = (i: number | null) => {
      const point = i === null ? undefined : axis.points[i];
      const failing = i === null ? undefined : results[i]?.cells[e]?.runs.findIndex((run) => !run.countHolds || !run.faultsHold);
      if (!point || failing === undefined) return null;
      return { value: point.label, reason: reasonAt(clip, point.condition, label, seedsFor(point.condition)[failing]!) };
    };
    return {
      analysedAs: results[origin]?.cells[e]?.analysedAs ?? optionsLabel(label.options),
      holds: held.length ? `${held[0]!.label}..${held[held.length - 1]!.label}` : 'nowhere',
      below: describe(low),
      above: describe(high),
    };
  });
}

/** Lowest rate such that it and every higher rate hold for every clip and expectation, at one noise level. */
function lowestHoldingRate(clips: LoadedClip[], noise: number): { noise: number; lowestFps: number | null; firstFailure: string | null } {
  let lowest: number | null = null;
  for (const { fps, condition } of rateSweep(noise)) {
    const failing = clips.flatMap((clip) =>
      runAt(clip, condition, seedsFor(condition))
        .filter((cell) => !cell.holds)
        .map((cell) => `${clip.name} as ${cell.analysedAs}: ${cellText(cell)}`),
    );
    if (failing.length > 0) return { noise, lowestFps: lowest, firstFailure: `${fps} fps: ${failing.join('; ')}` };
    lowest = fps;
  }
  return { noise, lowestFps: lowest, firstFailure: null };
}

const MODEL_FIXTURE_SUFFIXES = [['lite', '.lite'], ['full', ''], ['heavy', '.heavy']] as const;

/** Per model: the lowest rate at which every clip's own result (whatever that model finds) stays as at the recorded rate. */
function lowestRatePerModel(): { model: string; lowestFps: number | null; firstChange: string | null }[] {
  const rates = AXES.find((axis) => axis.name === 'frame rate')!.points.map((p) => p.value);
  return MODEL_FIXTURE_SUFFIXES.map(([model, suffix]) => {
    let lowest: number | null = null;
    let firstChange: string | null = null;
    // The clips added later have the full model's fixture only.
    const withFixture = MATRIX_CLIPS.filter((clip) => existsSync(fixturePath(`${clip.name}${suffix}`)));
    const clips = withFixture.map((clip) => ({ clip, frames: loadFixture(`${clip.name}${suffix}`).frames }));
    const key = (frames: PoseFrame[], expected: Expected) => outcomeText(judge(frames, expected).summary);
    const recorded = clips.map(({ clip, frames }) => clip.expected.map((e) => key(frames, e)));
    for (const rate of rates) {
      const change = clips.flatMap(({ clip, frames }, c) =>
        clip.expected.flatMap((e, i) => {
          const now = key(subsampled(frames, rate), e);
          return now === recorded[c]![i] ? [] : [`${clip.name} as ${optionsLabel(e.options)}: ${recorded[c]![i]} -> ${now}`];
        }),
      );
      if (change.length > 0) {
        firstChange = `${rate} fps: ${change.join('; ')}`;
        break;
      }
      lowest = rate;
    }
    return { model, lowestFps: lowest, firstChange };
  });
}

function outcomeText(summary: Summary): string {
  const faults = faultList(summaryFaultKeys(summary));
  return faults ? `${summary.reps}; ${faults}` : `${summary.reps}`;
}

/** The identity check: the recorded view must give the recorded analysis; and the same for the world-only scene, which does not. */
function identityCheck(clips: LoadedClip[]) {
  return clips.map((clip) => {
    const frames = loadFixture(clip.name).frames;
    const worldScene = sceneOf(frames, 'world');
    return {
      clip: clip.name,
      results: clip.expected.map((expected) => {
        const recorded = judge(frames, expected).summary;
        const filmed = judge(framesUnder(clip.scene, RECORDED, SEEDS[0]!), expected);
        const world = judge(framesUnder(worldScene, RECORDED, SEEDS[0]!), expected);
        return {
          analysedAs: optionsLabel(expected.options),
          recorded: outcomeText(recorded),
          identical: JSON.stringify(filmed.summary) === JSON.stringify(recorded),
          holds: filmed.countHolds && filmed.faultsHold,
          worldOnly: outcomeText(world.summary),
          worldOnlyHolds: world.countHolds && world.faultsHold,
        };
      }),
    };
  });
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'boolean', default: false } } });
  const started = Date.now();
  const clips = MATRIX_CLIPS.map(loadMatrixClip);
  const identity = identityCheck(clips);
  const perClip = clips.map((clip) => {
    const axes = AXES.map((axis) => {
      const points = axis.points.map((point) => ({ label: point.label, value: point.value, cells: runAt(clip, point.condition, seedsFor(point.condition)) }));
      return { name: axis.name, unit: axis.unit, points, breaks: breaksOf(clip, axis, points) };
    });
    const combined = combinedGrid().map(({ label, condition }) => ({ label, cells: runAt(clip, condition, seedsFor(condition)) }));
    return {
      clip: clip.name,
      recordedFill: Math.round(recordedFill(clip.scene) * 100) / 100,
      distanceMetres: Math.round(recordedDistanceMetres(clip.scene) * 100) / 100,
      axes,
      combined,
    };
  });
  const result = {
    identity,
    clips: perClip,
    lowestFrameRate: RATE_SWEEP_NOISE.map((noise) => lowestHoldingRate(clips, noise)),
    frameRatePerModel: lowestRatePerModel(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log('## Identity check (recorded camera, recorded framing)\n');
  for (const clip of identity) {
    console.log(`${clip.clip}`);
    console.log(
      table(
        ['analysed as', 'recorded', 'filmed again: identical summary', 'matches labels', 'world landmarks only', 'matches labels'],
        clip.results.map((r) => [r.analysedAs, r.recorded, String(r.identical), String(r.holds), r.worldOnly, String(r.worldOnlyHolds)]),
      ),
    );
    console.log();
  }
  for (const clip of perClip) {
    console.log(`## ${clip.clip} (recorded: body fills ${clip.recordedFill} of the picture, camera ~${clip.distanceMetres} m from the body centre)\n`);
    const names = clip.axes[0]!.points[0]!.cells.map((cell) => cell.analysedAs);
    for (const axis of clip.axes) {
      console.log(`### ${axis.name}${axis.unit ? ` (${axis.unit})` : ''}\n`);
      // Elevation is an angle; the camera's height above the body centre at the recorded distance says what it means in a room.
      const height = (p: PointResult) => `${(clip.distanceMetres * Math.sin((p.value * Math.PI) / 180)).toFixed(2)} m`;
      const withHeight = axis.name === 'elevation';
      console.log(
        table(
          [axis.name, ...(withHeight ? ['camera height'] : []), ...names],
          axis.points.map((p) => [p.label, ...(withHeight ? [height(p)] : []), ...p.cells.map(cellText)]),
        ),
      );
      console.log();
      for (const b of axis.breaks) {
        if (!b.below && !b.above) continue;
        console.log(`- ${b.analysedAs}: holds ${b.holds}`);
        if (b.below) console.log(`  - breaks at ${b.below.value}: ${b.below.reason}`);
        if (b.above) console.log(`  - breaks at ${b.above.value}: ${b.above.reason}`);
      }
      console.log();
    }
    const failing = clip.combined.filter((point) => point.cells.some((cell) => !cell.holds));
    console.log(`### combined grid: ${clip.combined.length - failing.length}/${clip.combined.length} points hold\n`);
    if (failing.length > 0) console.log(table(['point', ...names], failing.map((p) => [p.label, ...p.cells.map(cellText)])));
    console.log();
  }
  console.log('## Lowest analysed frame rate at which every count and fault of every clip stays the same\n');
  console.log(
    table(
      ['added noise', 'lowest fps', 'first failure below it'],
      result.lowestFrameRate.map((r) => [`${r.noise * 100}%`, String(r.lowestFps ?? 'none'), r.firstFailure ?? '-']),
    ),
  );
  console.log('\nPer model (tests/fixtures/*.lite, *.heavy): the lowest rate at which its own results stay as at the recorded rate\n');
  console.log(table(['model', 'lowest fps, own results unchanged', 'first change'], result.frameRatePerModel.map((m) => [m.model, String(m.lowestFps), m.firstChange ?? '-'])));
  console.log(`\n(${result.seconds} s)`);
}

main();
