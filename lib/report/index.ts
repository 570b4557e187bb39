export * from './schema';
export * from './build';
export * from './summary';
export * from './webhooks';
export { csvColumns, reportsToCsv, reportsToJsonl, readCsv } from './csv';
export { parseReports, type ReportsParseResult } from './parse';
export { signWebhookRequest } from './sign';
