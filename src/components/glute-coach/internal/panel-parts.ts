/**
 * The pieces of <glute-coach>'s panel that a set or a hold shows (glute-coach-view.ts composes them): the count, the
 * hold clock, "Stop: it hurts" and the after-set report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import * as words from '../../../live/coaching-words';
import type { HoldBlock } from '../../../live/hold-block';
import { isHoldPlan, type BlockPlan } from '../../../live/routine';
import type { SetReport } from '../../../live/set-report';
import type { Workout } from '../../../live/workout';
import '../../coach-counter/coach-counter';
import '../../hold-clock/hold-clock';
import '../../set-report/set-report';

/** The sub-components' own events are handled here and go no further: the page only hears <glute-coach>'s events. */
export function handleInternal(event: Event, handle: () => void): void {
  event.stopPropagation();
  handle();
}

export function renderCounter(workout: Workout, stopForPain: () => void): TemplateResult {
  return html`<gc-coach-counter part="counter" exportparts="count, target, sets" .count=${workout.count} .legs=${workout.legCounts} .target=${workout.plan.targetReps} .set=${workout.set} .sets=${workout.plan.sets}></gc-coach-counter>
    ${renderPainStop(stopForPain)}`;
}

function renderPainStop(stopForPain: () => void): TemplateResult {
  return html`<gc-stop-button part="pain-stop" @stop-pain=${(event: Event) => handleInternal(event, stopForPain)}></gc-stop-button>`;
}

/** A hold under way: its clock, its side and why it paused, or a guided hold's count. */
export function renderHoldClock(block: HoldBlock, stopForPain: () => void): TemplateResult {
  return html`<gc-hold-clock
    part="hold-clock"
    exportparts="seconds: hold-seconds, status: hold-status"
    .heldMs=${block.guided ? 0 : block.heldMs}
    .targetMs=${block.plan.targetMs}
    .state=${block.clockState}
    .side=${block.side}
    .reason=${block.pauseReason}
    .hint=${words.framingMessage(block.status, block.plan.exercise)}
    .count=${block.guided ? (block.countWords ?? '') : null}
  ></gc-hold-clock>${renderPainStop(stopForPain)}`;
}

/** How many sets (or, for a hold, rounds of holds) the block has. */
export function setsOf(plan: BlockPlan): number {
  return isHoldPlan(plan) ? plan.holds : plan.sets;
}

/** The after-set screen: the set's reps, holds, faults by rep and the one thing to fix. */
export function renderSetReport(report: SetReport | null, sets: number): TemplateResult | typeof nothing {
  if (!report) return nothing;
  return html`<gc-set-report part="set-report" exportparts="title: set-report-title, holds: set-report-holds, faults: set-report-faults, fix: set-report-fix" .report=${report} .sets=${sets}></gc-set-report>`;
}
