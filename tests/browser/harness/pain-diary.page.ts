/**
 * Test page for the pain diary, wired as the coach should wire it: `<gc-pain-rating>` before and after a
 * session (each rating stored with `store.ratePain`), and `<gc-stop-button>` during a set: a press ends the set,
 * stores where in the rep it happened (`painStopAt` of the analysis frame on screen, `store.recordPainStop`)
 * and shows the gentler variant. Also writes what version 2 of the app stored, for the upgrade test.
 */
import './storage.page';
import '../../../src/components/pain-rating/pain-rating';
import '../../../src/components/stop-button/stop-button';
import type { FrameUpdate } from '../../../src/analysis/types';
import { gentlerVariant } from '../../../src/components/stop-button/gentler-variant';
import { painStopAt, type NewSession, type PainMoment, type SessionRecord } from '../../../src/storage';
import type { SessionRecordV2 } from '../../../src/storage/schema';

type AnalysisFrame = Pick<FrameUpdate, 't' | 'phase' | 'angleDeg' | 'repCount'>;

interface Workout {
  id: string;
  exercise: NewSession['exercise'];
  set: number;
  /** The latest analysis frame, as the coach would hold it. */
  frame: AnalysisFrame;
}

const events: { type: string; detail: unknown }[] = [];
const writes: Promise<unknown>[] = [];
let workout: Workout | null = null;

function current(): Workout {
  if (!workout) throw new Error('startSession() first');
  return workout;
}

function say(id: string, text: string): void {
  const line = document.querySelector(`#${id}`) ?? document.body.appendChild(Object.assign(document.createElement('p'), { id }));
  line.textContent = text;
}

function showRating(moment: PainMoment): void {
  const { id } = current();
  const rating = document.createElement('gc-pain-rating');
  rating.moment = moment;
  rating.addEventListener('pain-rated', (event) => {
    events.push({ type: event.type, detail: event.detail });
    writes.push(window.storageHarness.store().ratePain(id, event.detail.moment, event.detail.value));
    rating.remove();
  });
  document.body.append(rating);
}

function showStopButton(): void {
  const button = document.createElement('gc-stop-button');
  button.addEventListener('stop-pain', (event) => {
    const { id, exercise, set, frame } = current();
    events.push({ type: event.type, detail: event.detail });
    say('set', `Set ${set} ended.`);
    writes.push(window.storageHarness.store().recordPainStop(id, painStopAt(set, frame)));
    const variant = gentlerVariant(exercise);
    say('advice', `${variant.title}. ${variant.advice}`);
  });
  document.body.append(button);
  say('set', `Set ${current().set} under way.`);
}

/** Creates the session and asks the "before" rating; the stop button shows for its first set. */
async function startSession(session: NewSession): Promise<string> {
  const { id } = await window.storageHarness.store().create(session);
  workout = { id, exercise: session.exercise, set: 1, frame: { t: 0, phase: 'bottom', angleDeg: null, repCount: 0 } };
  showRating('before');
  showStopButton();
  return id;
}

function showFrame(frame: AnalysisFrame): void {
  current().frame = frame;
}

/** Finishes the session and asks the "after" rating. */
async function finishSession(): Promise<void> {
  await window.storageHarness.store().finish(current().id);
  showRating('after');
}

/** The session once every write the page started has settled. */
async function saved(): Promise<SessionRecord | undefined> {
  await Promise.all(writes);
  return window.storageHarness.store().get(current().id);
}

function request<T>(raw: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    raw.onsuccess = () => resolve(raw.result);
    raw.onerror = () => reject(raw.error ?? new Error('IndexedDB request failed'));
  });
}

/** Writes what version 2 of the app stored (its store, indexes and records), with raw IndexedDB. */
async function writeV2(dbName: string, records: readonly SessionRecordV2[]): Promise<void> {
  const opening = indexedDB.open(dbName, 2);
  opening.onupgradeneeded = () => {
    const sessions = opening.result.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('by-date', 'startedAt');
    sessions.createIndex('by-exercise', 'exercise');
    sessions.createIndex('by-status', 'status');
    for (const record of records) sessions.put(record);
  };
  (await request(opening)).close();
}

const painHarness = { startSession, showFrame, finishSession, saved, writeV2, events: () => events };

declare global {
  interface Window {
    painHarness: typeof painHarness;
  }
}
window.painHarness = painHarness;
