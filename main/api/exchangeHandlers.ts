// The export and import methods of the handler table (issue 5), kept apart so handlers.ts stays
// a readable list. Like every handler they only call services.
import type { ExchangeService } from '../services/exchangeService';
import type { ImportService } from '../services/exchangeImport';
import type { ApiHandlers } from './handlers';

type ExchangeMethod =
  | 'exportNetworkData'
  | 'getImportTemplate'
  | 'saveFile'
  | 'beginImport'
  | 'appendImportChunk'
  | 'openImportFiles'
  | 'analyzeImport'
  | 'getImportJob'
  | 'commitImport'
  | 'cancelImport';

export function createExchangeHandlers(exchange: ExchangeService, imports: ImportService): Pick<ApiHandlers, ExchangeMethod> {
  return {
    exportNetworkData: ({ networkId, format, delivery, yedGraphics }) => exchange.exportNetworkData(networkId, format, delivery, yedGraphics),
    getImportTemplate: ({ delivery }) => exchange.importTemplate(delivery),
    saveFile: (request) => exchange.saveFile(request),
    beginImport: async (request) => imports.begin(request),
    appendImportChunk: async (request) => imports.append(request),
    openImportFiles: (request) => imports.openFiles(request),
    analyzeImport: async ({ jobId }) => imports.analyze(jobId),
    getImportJob: async ({ jobId }) => imports.get(jobId),
    commitImport: async ({ jobId, networkName }) => imports.commit(jobId, networkName),
    cancelImport: async ({ jobId }) => imports.cancel(jobId),
  };
}
