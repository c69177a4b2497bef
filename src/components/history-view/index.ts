export { HistoryView, type HistoryViewEvents } from './history-view';
