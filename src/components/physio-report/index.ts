export { PhysioReport } from './physio-report';
export { lastFourWeeks, physioReport, type ExerciseLine, type PhysioReportData, type ReportPeriod } from './report-data';
