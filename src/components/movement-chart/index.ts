export { MovementChart, type MovementChartEvents } from './movement-chart';
export { faultsAt, movementChartData, nearestIndex, repAt, seriesPoints, type AngleSeries, type MovementChartData, type RepMark } from './movement-chart-data';
