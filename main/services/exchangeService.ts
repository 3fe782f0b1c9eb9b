// Data export (JSON, CSV, GraphML), the spreadsheet template, and saving a diagram the page
// drew. Every file reaches the person through deliverFiles: a save dialog in the desktop app,
// a download in browser mode.
import { basename } from 'node:path';
import { ApiError } from '../../shared/api';
import {
  csvTemplate,
  DATA_CONVERTERS,
  DATA_FORMATS,
  DIAGRAM_FORMAT_IDS,
  DIAGRAM_FORMATS,
  fileExtension,
  safeFileName,
  scenarioToDocument,
  TEMPLATE_FILE_NAMES,
  careLogEntryToDocument,
  trustAssessmentToDocument,
  viewToDocument,
  presentationToDocument,
} from '../../shared/formats';
import type { DocumentHistory } from '../../shared/formats';
import type { NetworkGraph } from '../../shared/domain';
import { listCareLog } from '../repository/careLog';
import { listTrustAssessments } from '../repository/trustHistory';
import type { Delivery, DeliveryResult, SaveFileRequest } from '../../shared/api';
import type { DataFormatId } from '../../shared/formats';
import { getNetworkGraph } from '../repository/networks';
import { listRecords } from '../repository/namedRecords';
import { toSavedView, VIEW_RECORDS } from '../repository/savedViews';
import { PRESENTATION_RECORDS, toPresentation } from '../repository/presentations';
import { listScenarios } from '../repository/scenarios';
import type { ServiceContext } from './context';
import { deliverFiles } from './exchangeFiles';
import type { FileDialogs, FileFilter } from './exchangeFiles';

function filtersFor(fileName: string): FileFilter[] {
  const extension = fileExtension(fileName);
  const diagram = DIAGRAM_FORMAT_IDS.map((id) => DIAGRAM_FORMATS[id]).find((format) => format.extension === extension);
  return diagram ? [{ name: diagram.label, extensions: [diagram.extension] }] : [{ name: 'All files', extensions: ['*'] }];
}

// The page suggests a name, never a path: anything that looks like a folder is cut off.
function plainName(suggested: string): string {
  const name = basename(suggested.replace(/\\/g, '/'));
  const extension = fileExtension(name);
  return safeFileName(extension ? name.slice(0, -(extension.length + 1)) : name, extension || 'bin');
}

// The care log and earlier assessments of what the network still has (a deleted party's are kept
// for its undo, but leave with it in an export).
async function exportedHistory(ctx: ServiceContext, graph: NetworkGraph): Promise<DocumentHistory> {
  const store = ctx.db.store();
  const parties = new Set(graph.parties.map((party) => party.id));
  const relationships = new Set(graph.relationships.map((relationship) => relationship.id));
  const careLog = (await listCareLog(store, graph.network.id)).filter((entry) => (entry.subject.kind === 'party' ? parties : relationships).has(entry.subject.id));
  const trustHistory = await listTrustAssessments(store, graph.network.id);
  return { careLog: careLog.map(careLogEntryToDocument), trustHistory: trustHistory.map(trustAssessmentToDocument) };
}

export function createExchangeService(ctx: ServiceContext, dialogs: FileDialogs | null) {
  return {
    async exportNetworkData(networkId: string, format: DataFormatId, delivery: Delivery, yedGraphics: boolean): Promise<DeliveryResult> {
      const graph = await getNetworkGraph(ctx.db.store(), networkId, ctx.now());
      const descriptor = DATA_FORMATS[format];
      // Saved scenarios go with the network in the format that can carry them (JSON).
      const scenarios = format === 'json' ? (await listScenarios(ctx.db.store(), networkId)).map(scenarioToDocument) : [];
      const history = format === 'graphml' ? undefined : await exportedHistory(ctx, graph);
      const views = format === 'json' ? (await listRecords(ctx.db.store(), VIEW_RECORDS, networkId)).map((record) => viewToDocument(toSavedView(record))) : [];
      const presentations = format === 'json' ? (await listRecords(ctx.db.store(), PRESENTATION_RECORDS, networkId)).map((record) => presentationToDocument(toPresentation(record))) : [];
      const files = DATA_CONVERTERS[format].exportFiles(graph, { exportedAt: ctx.now(), yedGraphics, scenarios, views, presentations, ...(history ? { history } : {}) });
      return deliverFiles(
        files.map((file) => ({ name: file.name, mimeType: file.mimeType, content: file.text })),
        delivery,
        dialogs,
        { title: `Export “${graph.network.name}” as ${descriptor.label}`, filters: [{ name: descriptor.label, extensions: [...descriptor.extensions] }] },
      );
    },

    importTemplate(delivery: Delivery): Promise<DeliveryResult> {
      const template = csvTemplate();
      const files = (['parties', 'relationships', 'guide'] as const).map((part) => ({
        name: TEMPLATE_FILE_NAMES[part],
        mimeType: DATA_FORMATS.csv.mimeType,
        content: template[part],
      }));
      return deliverFiles(files, delivery, dialogs, { title: 'Save the spreadsheet template', filters: [] });
    },

    async saveFile(request: SaveFileRequest): Promise<{ saved: boolean; fileName: string | null }> {
      if (!dialogs) {
        throw new ApiError('invalid_request', 'Saving through a dialog is only possible in the desktop app; in the browser the file downloads instead.');
      }
      const name = plainName(request.suggestedName);
      const content = request.encoding === 'base64' ? Buffer.from(request.content, 'base64') : request.content;
      const result = await deliverFiles([{ name, mimeType: request.mimeType, content }], 'save-dialog', dialogs, {
        title: 'Save the diagram',
        filters: filtersFor(name),
      });
      return result.delivered === 'saved' ? { saved: true, fileName: result.fileNames[0] ?? name } : { saved: false, fileName: null };
    },
  };
}
export type ExchangeService = ReturnType<typeof createExchangeService>;
