/**
 * Decision letters (ADR 099): the applicant's own, as a PDF, once the outcome is announced; the
 * secretariat's download of a round's letters.
 * Declarations of the registry (functions/registry.ts); the rules are in shared/letters/.
 */
import { ROUND_NOT_FOUND } from '../../shared/i18n/api.ts';
import { http } from '../declare.ts';

export const GetDecisionLetter = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/decision-letter',
  auth: 'applicant',
  summary:
    "The application's decision letter as a PDF, in the applicant's language, once the outcome is announced",
  responses: {
    200: {
      description: 'The letter (content-disposition: attachment); 404 NOT_FOUND before the announcement',
      body: { files: ['application/pdf'] },
    },
  },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/letters/get-decision-letter.ts',
  access: ['table:read'],
  timeoutSeconds: 15,
});

export const ExportDecisionLetters = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/rounds/{roundId}/decision-letters',
  auth: 'staff',
  summary:
    "Every announced application's decision letter in the round, one PDF each, as a zip (the secretariat)",
  responses: {
    200: {
      description: 'The zip (content-disposition: attachment); empty before the announcement',
      body: { files: ['application/zip'] },
    },
  },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/letters/export-decision-letters.ts',
  access: ['table:read', 'table:write'], // the download is audited
  timeoutSeconds: 60,
});
