export { StopButton, type StopButtonEvents } from './stop-button';
export { gentlerVariant, type GentlerVariant } from './gentler-variant';
