export { SafetyScreen, type SafetyScreenEvents } from './safety-screen';
