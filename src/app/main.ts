/** The standalone app's entry (index.html). */
import './app-shell';
import { registerServiceWorker } from './service-worker-registration';

if (import.meta.env.PROD) registerServiceWorker();
