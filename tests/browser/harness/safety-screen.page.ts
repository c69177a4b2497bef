/**
 * Test page for `<gc-safety-screen>`, wired as the app should wire it: on start the screen is shown when no
 * answer is stored (`needsSafetyScreen`), its answer is stored when given, then the coach shows. The screen can
 * also be opened again at any time, with the stored answer ticked.
 */
import './storage.page';
import '../../../src/components/safety-screen/safety-screen';
import { needsSafetyScreen, type SafetyAnswer } from '../../../src/storage';

const answers: SafetyAnswer[] = [];

function showCoach(): void {
  const coach = document.createElement('p');
  coach.id = 'coach';
  coach.textContent = 'The coach is ready.';
  document.body.append(coach);
}

function showScreen(previous: SafetyAnswer | null): void {
  const store = window.storageHarness.store();
  const screen = document.createElement('gc-safety-screen');
  screen.previous = previous;
  screen.addEventListener('safety-complete', async (event) => {
    answers.push(event.detail);
    await store.saveSafetyAnswer(event.detail);
    screen.remove();
    showCoach();
  });
  document.querySelector('#coach')?.remove();
  document.body.append(screen);
}

/** What the app does when it starts: says which it showed. */
async function start(dbName: string): Promise<'screen' | 'coach'> {
  await window.storageHarness.open(dbName);
  if (await needsSafetyScreen(window.storageHarness.store())) {
    showScreen(null);
    return 'screen';
  }
  showCoach();
  return 'coach';
}

/** The person opens the screen again (from a "Safety check" link, say). */
async function reopen(): Promise<void> {
  showScreen(await window.storageHarness.store().safetyAnswer());
}

const safetyHarness = { start, reopen, answers: () => answers };

declare global {
  interface Window {
    safetyHarness: typeof safetyHarness;
  }
}
window.safetyHarness = safetyHarness;
