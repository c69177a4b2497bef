/** The standalone app's entry (index.html). */
import './app-shell';
