// The export and import area of the handler table (issue 5).
import type { exchangeApi, HandlersOf } from '../../shared/api';
import type { ExchangeService } from '../services/exchangeService';
import type { ImportService } from '../services/exchangeImport';

export function createExchangeHandlers(exchange: ExchangeService, imports: ImportService): HandlersOf<typeof exchangeApi> {
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
