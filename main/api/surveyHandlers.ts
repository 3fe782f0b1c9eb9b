// The trust survey area of the handler table (issue 12).
import type { HandlersOf, surveyApi } from '../../shared/api';
import type { SurveyService } from '../services/surveyService';

export function createSurveyHandlers(survey: SurveyService): HandlersOf<typeof surveyApi> {
  return {
    writeSurveyForms: ({ networkId, respondentIds, roundDate, format, delivery }) => survey.writeForms(networkId, respondentIds, roundDate, format, delivery),
    checkSurveyAnswers: ({ networkId, files }) => survey.check(networkId, files),
    applySurveyAnswers: ({ networkId, files }) => survey.apply(networkId, files),
  };
}
