// File formats: pure parsers and serializers (JSON, CSV, GraphML), import validation and the
// merge plan. The renderer should import './registry', './limits' and './importCheck'
// directly: this index also pulls in the parsing libraries.
export * from './registry';
export * from './limits';
export * from './problems';
export * from './fieldLabels';
export * from './decodeText';
export * from './importModel';
export * from './importReport';
export * from './dataConverters';
export { networkToDocument, networkToJson } from './json/networkToJson';
export { documentScenarioSchema, scenarioToDocument } from './documentScenarios';
export type { DocumentScenario } from './documentScenarios';
export { careLogEntryToDocument, documentCareLogSchema, documentTrustHistorySchema, trustAssessmentToDocument } from './documentHistory';
export type { DocumentCareLogEntry, DocumentHistory, DocumentTrustAssessment } from './documentHistory';
export type { PlannedCareLogEntry } from './merge/planTypes';
export { documentViewSchema, viewToDocument } from './documentViews';
export type { DocumentView } from './documentViews';
export { documentPresentationSchema, presentationToDocument } from './documentPresentations';
export type { DocumentPresentation } from './documentPresentations';
export { networkToCsv } from './csv/networkToCsv';
export { csvTemplate, TEMPLATE_FILE_NAMES } from './csv/csvTemplate';
export { networkToGraphml } from './graphml/networkToGraphml';
export { planImport, previewOfPlan } from './merge/planImport';
export { analyzeImport } from './analyzeImport';
export type { AnalyzeInput, AnalyzeResult } from './analyzeImport';
export type { ImportPlan, PartyChange, RelationshipChange, PlanResult } from './merge/planTypes';
export * from './importCheck';
export { DATE_ORDERS } from './localeValues';
export type { DateOrder } from './localeValues';
