/** Test page for `<gc-history-view>`: the storage harness, plus mounting the view and recording its events. */
import './storage.page';
import '../../../src/components/history-view/history-view';
import type { SessionRecord } from '../../../src/storage';

const events: { type: string; id: string; status: string }[] = [];

/** Shows the view on the store the storage harness has open. */
function mount(): void {
  const view = document.createElement('gc-history-view');
  for (const type of ['resume-session', 'close-session']) {
    view.addEventListener(type, (event) => {
      const { id, status } = (event as CustomEvent<SessionRecord>).detail;
      events.push({ type, id, status });
    });
  }
  view.store = window.storageHarness.store();
  document.body.append(view);
}

const historyHarness = { mount, events: () => events };

declare global {
  interface Window {
    historyHarness: typeof historyHarness;
  }
}
window.historyHarness = historyHarness;
