export * from './reportingClock';
