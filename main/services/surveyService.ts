// A trust survey round (issue 12): write one form per asked partner, then read the filled forms
// back — checked first like any import (file, row, field; nothing written on a problem), then
// written in one transaction — with a summary of what changed since the last round.
import { ApiError } from '../../shared/api';
import type { Delivery, DeliveryResult, SurveyFile } from '../../shared/api';
import type { ImportProblem } from '../../shared/formats';
import { fileExtension } from '../../shared/formats';
import { csvToFilledForm, surveyFormToCsv } from '../../shared/survey/surveyCsv';
import { surveyFileName, surveyForms } from '../../shared/survey/surveyForms';
import type { FilledForm } from '../../shared/survey/surveyForms';
import { checkSurveyRound } from '../../shared/survey/surveyRound';
import type { SurveyCheck, SurveySummary } from '../../shared/survey/surveyRound';
import { getNetworkGraph } from '../repository/networks';
import { writeSurveyRound } from '../repository/surveyRound';
import { listTrustAssessments } from '../repository/trustHistory';
import { NotAWorkbookError, surveyFormToWorkbook, workbookToFilledForm } from '../survey/surveyWorkbook';
import type { ServiceContext } from './context';
import { deliverFiles } from './exchangeFiles';
import type { FileDialogs } from './exchangeFiles';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Read = { forms: FilledForm[]; problems: ImportProblem[] };

async function readForms(files: readonly SurveyFile[]): Promise<Read> {
  const forms: FilledForm[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    const extension = fileExtension(file.name);
    const bytes = Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
    try {
      if (extension === 'xlsx') forms.push(await workbookToFilledForm(file.name, bytes));
      else if (extension === 'csv' || extension === 'txt') forms.push(csvToFilledForm(file.name, bytes.toString('utf8')));
      else problems.push({ file: file.name, line: null, element: null, field: null, message: 'choose the filled survey forms: Excel workbooks (.xlsx) or CSV files the app wrote for this round' });
    } catch (error) {
      const message = error instanceof NotAWorkbookError ? error.message.replace(`${file.name}: `, '') : 'this file cannot be read';
      problems.push({ file: file.name, line: null, element: null, field: null, message });
    }
  }
  return { forms, problems };
}

export function createSurveyService(ctx: ServiceContext, dialogs: FileDialogs | null) {
  async function check(networkId: string, files: readonly SurveyFile[]): Promise<SurveyCheck> {
    const store = ctx.db.store();
    const graph = await getNetworkGraph(store, networkId);
    const read = await readForms(files);
    const checked = checkSurveyRound(read.forms, graph, await listTrustAssessments(store, networkId));
    if (read.problems.length === 0) return checked;
    const more = checked.ok ? [] : checked.problems;
    return { ok: false, problems: [...read.problems, ...more], problemCount: read.problems.length + (checked.ok ? 0 : checked.problemCount) };
  }

  return {
    async writeForms(networkId: string, respondentIds: readonly string[], roundDate: string, format: 'xlsx' | 'csv', delivery: Delivery): Promise<DeliveryResult> {
      const graph = await getNetworkGraph(ctx.db.store(), networkId);
      const made = surveyForms(graph, respondentIds, roundDate);
      if (!made.ok) throw new ApiError('invalid_request', `No forms were written: ${made.message}`);
      const files = await Promise.all(
        made.forms.map(async (form) =>
          format === 'xlsx'
            ? { name: surveyFileName(form, 'xlsx'), mimeType: XLSX_MIME, content: await surveyFormToWorkbook(form) }
            : { name: surveyFileName(form, 'csv'), mimeType: 'text/csv', content: surveyFormToCsv(form) },
        ),
      );
      return deliverFiles(files, delivery, dialogs, { title: `Save the trust survey forms for “${graph.network.name}”`, filters: [{ name: format === 'xlsx' ? 'Excel workbook' : 'CSV', extensions: [format] }] });
    },

    async check(networkId: string, files: readonly SurveyFile[]): Promise<{ problems: ImportProblem[]; problemCount: number; summary: SurveySummary | null }> {
      const checked = await check(networkId, files);
      return checked.ok ? { problems: [], problemCount: 0, summary: checked.summary } : { problems: checked.problems, problemCount: checked.problemCount, summary: null };
    },

    /** Checked again as it is written: the network may have changed since the person looked. */
    async apply(networkId: string, files: readonly SurveyFile[]): Promise<SurveySummary> {
      const checked = await check(networkId, files);
      if (!checked.ok) {
        const first = checked.problems[0];
        const where = first ? `${first.file}${first.element ? `, ${first.element}` : ''}: ${first.message}` : '';
        throw new ApiError('invalid_request', `Nothing was read in: ${checked.problemCount === 1 ? 'a form has a problem' : `the forms have ${checked.problemCount} problems`} (${where}). Check the forms again to see them all.`);
      }
      await writeSurveyRound(ctx.db.store(), networkId, checked.answers, ctx.newId, ctx.now());
      return checked.summary;
    },
  };
}
export type SurveyService = ReturnType<typeof createSurveyService>;
