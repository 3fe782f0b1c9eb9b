// The trust survey area of the contract (issue 12): write one form per asked partner (an Excel
// workbook, or CSV on request), check filled forms, and read them into the network as dated
// trust assessments. Checking and reading take the same files, so nothing is written until the
// person has seen that every form reads cleanly.
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../domain';
import { importProblemSchema } from '../formats/importReport';
import { deliveryResultSchema, deliverySchema } from './exchangeApi';
import { networkRef } from './requestParts';

export const SURVEY_FILE_FORMATS = ['xlsx', 'csv'] as const;

// A filled form is a few kilobytes; the caps keep one request from exhausting main's memory.
export const MAX_SURVEY_FILE_CHARS = 7_000_000;
export const MAX_SURVEY_FILES = 500;

const surveyFileSchema = z.object({
  name: z.string().trim().min(1).max(255),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string().max(MAX_SURVEY_FILE_CHARS, 'A survey form can be at most 5 MB; is this the right file?'),
});
export type SurveyFile = z.infer<typeof surveyFileSchema>;

const directionSchema = z.enum(['rising', 'falling', 'steady', 'first']);

export const surveySummarySchema = z.object({
  forms: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  unanswered: z.number().int().nonnegative(),
  firstRatings: z.number().int().nonnegative(),
  rose: z.number().int().nonnegative(),
  fell: z.number().int().nonnegative(),
  steady: z.number().int().nonnegative(),
  changes: z.array(
    z.object({
      from: idSchema,
      to: idSchema,
      fromName: z.string(),
      toName: z.string(),
      before: z.number().nullable(),
      after: z.number(),
      change: z.number().nullable(),
      direction: directionSchema,
    }),
  ),
});

const filesRequest = networkRef.extend({ files: z.array(surveyFileSchema).min(1, 'Choose the filled forms to read.').max(MAX_SURVEY_FILES) });

export const surveyApi = {
  writeSurveyForms: {
    request: networkRef.extend({
      respondentIds: z.array(idSchema).min(1, 'Choose at least one partner to ask.').max(MAX_SURVEY_FILES),
      roundDate: isoDateSchema('The round date'),
      format: z.enum(SURVEY_FILE_FORMATS).default('xlsx'),
      delivery: deliverySchema,
    }),
    response: deliveryResultSchema,
  },
  checkSurveyAnswers: {
    request: filesRequest,
    response: z.object({ problems: z.array(importProblemSchema), problemCount: z.number().int().nonnegative(), summary: surveySummarySchema.nullable() }),
  },
  applySurveyAnswers: { request: filesRequest, response: surveySummarySchema },
} as const;
