/** The public <glute-coach> element: its tag, styles, typed listeners and documented API. */
import { customElement } from 'lit/decorators.js';
import { tokens } from '../base/coach-element';
import type { GluteCoachEventMap } from './events';
import { GluteCoachBase } from './internal/glute-coach-base';
import { floorViewStyles } from './floor-view.styles';
import { gluteCoachStyles } from './glute-coach.styles';

export type * from './events';
export type { CoachStage } from './internal/glute-coach-base';

type Listener<Name extends keyof GluteCoachEventMap> = (this: GluteCoach, event: GluteCoachEventMap[Name]) => unknown;

/**
 * <glute-coach>: live coaching for the glute exercises of the catalogue (bridges, hip thrusts, clamshells,
 * side-lying leg lifts, donkey kicks, glute marches, single-leg bridges, Romanian deadlifts, squats, lunges, step-ups) from
 * the camera, on the device.
 *
 *   <glute-coach exercise="glute-bridge" target-reps="12" sets="3" voice></glute-coach>
 *   coach.addEventListener('rep', (event) => console.log(event.detail.rep, event.detail.faults));
 *   await coach.start();
 *
 * Attribute changes take effect at the next start(); each has a property of the same name in camelCase.
 * Methods: start(), stop(), resume(session), enterFullscreen(). Read-only: stage, frameStats. Every event bubbles and is composed
 * (GluteCoachEventMap types them).
 *
 * @summary Camera form coach for glute exercises, running on the device.
 *
 * @attr exercise - The exercise to coach: glute-bridge, hip-thrust, clamshell, side-lying-leg-lift, donkey-kick, glute-march,
 *   single-leg-bridge, romanian-deadlift, squat, lunge or step-up; or a timed hold: glute-squeeze, plank, side-plank,
 *   hip-flexor-stretch, hamstring-stretch or figure-four-stretch.
 * @attr side - The working leg, left or right: the clamshell's and side-lying leg lift's, the single-leg bridge's
 *   (its foot on the floor), the step-up's leading leg; a hold with sides: the side held first.
 * @attr target-reps - Reps per set (1 to 100); a hold: seconds each hold (the glute squeeze: how many squeezes).
 * @attr sets - Sets (1 to 20); a hold: holds (each side, where it has sides).
 * @attr rest - Rest between sets, seconds (0 to 600).
 * @attr model - The pose model: auto (times full on this device: full where it keeps up, else lite), lite, full or heavy.
 * @attr routine - A routine of several blocks: beginner (the programme's: warm-up, main workout, cool-down) or short (thrust,
 *   clamshells, bridge); exercise, side, target-reps and sets are then taken from it.
 * @attr voice - Speak counts and cues (the sound toggle can still silence them).
 * @attr assets-base - Folder holding `models/` and `wasm/`; by default the folder the coach's script came from.
 * @attr skip-setup - Start counting as soon as camera and model run, without the framing check.
 * @attr fullscreen - The training view: from Start to the session's end the coach covers the viewport (picture, count, cue, nothing of the page), laid out for its own size (portrait: picture over count; landscape: side by side), and takes the whole screen with the Fullscreen API on a phone; Escape or "Leave" asks before ending the session.
 *
 * @fires {CustomEvent<ReadyDetail>} ready - Camera and pose model run: which camera, which model, and why (`model="auto"`).
 * @fires {CustomEvent<RepEventDetail>} rep - A rep counted: set, rep, hold time, range of motion and its faults.
 * @fires {CustomEvent<HoldEventDetail>} hold - A timed hold ended: its side, target, time in position and each pause with its reason.
 * @fires {CustomEvent<FaultEventDetail>} fault - A fault in the rep just counted, with its cue (one event per fault).
 * @fires {CustomEvent<SetCompleteDetail>} set-complete - A set finished: reps done and the rest before the next set.
 * @fires {CustomEvent<SessionRecord>} session-end - The session as saved to the history on this device.
 * @fires {CustomEvent<PainStopDetail>} pain-stop - The person pressed "Stop: it hurts": where in the rep, and a gentler variant.
 * @fires {CustomEvent<TrainingViewDetail>} training-view - With `fullscreen`: the training view took the viewport (`on` true, at Start) or gave it back (at the session's end).
 * @fires {CustomEvent<ExerciseSwitchDetail>} exercise-suggested - Outside a routine, the person has clearly been in another exercise's position for a few seconds, doing it (one of its reps counted): the coach asks "That looks like Clamshell, left leg. Switch?" (from: the exercise coached, to: the one seen).
 * @fires {CustomEvent<ExerciseSwitchDetail>} exercise-switched - The person took the switch: `exercise` and `side` now name the new exercise, the block under way ended (saved as far as it went) and the new one starts with its set-up.
 * @fires {CustomEvent<CoachErrorDetail>} error - The coach cannot go on (camera, model, invalid attribute): a code and a message.
 *
 * @cssprop --gc-background - Background of the coach.
 * @cssprop --gc-foreground - Text colour.
 * @cssprop --gc-muted - Secondary text and borders.
 * @cssprop --gc-accent - Buttons, progress and the hold bar.
 * @cssprop --gc-warning - Framing hints, warnings and focus rings.
 * @cssprop --gc-danger - Faults, the pain-stop button and errors.
 * @cssprop --gc-surface - Panels and form fields.
 * @cssprop --gc-radius - Corner radius.
 * @cssprop --gc-font-family - Font.
 * @cssprop --gc-counter-size - Size of the rep count and the rest countdown.
 * @cssprop --gc-video-height - Largest height of the camera picture (60vh by default).
 *
 * @csspart base - The whole coach.
 * @csspart header - Title bar with the exercise and the toggles.
 * @csspart sound-toggle - Turns speech on and off.
 * @csspart mirror-toggle - Mirrors the picture.
 * @csspart stop - Stops the session (while it runs); "Leave" in the training view, which asks first.
 * @csspart fullscreen-toggle - Takes the whole screen (training view, where the browser allows it).
 * @csspart contrast-toggle - The high-contrast theme (training view).
 * @csspart leave-dialog - Asks before "Leave" ends the session (training view).
 * @csspart stage - The camera picture with the hold bar.
 * @csspart hold - The hold-at-the-top indicator (training).
 * @csspart hold-label - Its label.
 * @csspart hold-bar - Its bar.
 * @csspart view - The frame around the video and skeleton (class `mirrored` while the picture is shown mirrored).
 * @csspart video - The camera picture.
 * @csspart skeleton - The pose drawn over the picture.
 * @csspart panel - Everything beside the picture: instructions, counter, rest, summary.
 * @csspart start - The start, start-again and try-again buttons.
 * @csspart progress - Model download progress.
 * @csspart model-timing - What `model="auto"` is measuring.
 * @csspart model-info - The model in use while the coach runs.
 * @csspart model-reason - Why `auto` chose that model.
 * @csspart model-caveat - On the lite or heavy model, how much less sure the form checks are than on full.
 * @csspart camera-move - In a routine, before a block's first set: where the camera goes now (when it moves) and the position to take.
 * @csspart skip-block - In a routine: skips the rest of the block under way.
 * @csspart setup - The framing check before the first set.
 * @csspart setup-title - Its title.
 * @csspart setup-steps - Its camera placement steps.
 * @csspart framing - Its framing status.
 * @csspart setup-start - Its "start now" button.
 * @csspart camera-choice - Its camera picker.
 * @csspart counter - The rep counter (training).
 * @csspart count - The rep count.
 * @csspart target - The target reps.
 * @csspart sets - The set number.
 * @csspart pain-stop - The "Stop: it hurts" button.
 * @csspart hold-clock - A timed hold's clock (training a hold): seconds in position against the target, and why it paused.
 * @csspart hold-seconds - Its seconds.
 * @csspart hold-status - Its state in words (the side, "Paused: Hips dropped", or a glute squeeze's count).
 * @csspart rest - The rest between sets.
 * @csspart rest-seconds - Seconds of rest left.
 * @csspart rest-next - What comes next.
 * @csspart rest-skip - Skips the rest.
 * @csspart summary - Reps saved, when the session is over.
 * @csspart summary-title - "Session complete" when every set was done, else where it stopped ("Stopped after set 1 of 3").
 * @csspart set-report - The after-set screen (rest and summary): reps, holds, faults by rep, the one thing to fix.
 * @csspart set-report-title - Its set and reps.
 * @csspart set-report-holds - Its best and shortest hold.
 * @csspart set-report-faults - Which faults came on which reps.
 * @csspart set-report-fix - The one thing to fix next set.
 * @csspart gentler - A gentler variant, after a pain stop.
 * @csspart history-off - Why sessions are not kept on this device.
 * @csspart screen-lock - Where the browser cannot keep the screen on during a session: how to keep it from locking.
 * @csspart switch-offer - The offer to switch to the exercise the person seems to be doing (set-up and sets, outside a routine).
 * @csspart switch-question - Its question: "That looks like Clamshell, left leg. Switch?".
 * @csspart switch-accept - Its Switch button.
 * @csspart switch-refuse - Its "No, keep ..." button: not asked again about that exercise for 5 minutes.
 * @csspart cue-region - The live region holding the cue.
 * @csspart cue - The fault or framing cue.
 * @csspart error - What went wrong (and invalid attributes).
 */
@customElement('glute-coach')
export class GluteCoach extends GluteCoachBase {
  static override styles = [tokens, gluteCoachStyles, floorViewStyles];

  // Typed listeners for all its events; `error` in particular is an ErrorEvent on ordinary elements.
  override addEventListener<Name extends keyof GluteCoachEventMap>(type: Name, listener: Listener<Name>, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<Name extends keyof GluteCoachEventMap>(type: Name, listener: Listener<Name>, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glute-coach': GluteCoach;
  }
}
