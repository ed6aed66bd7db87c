/**
 * Personal data (ADR 089): the retention's scheduled erasure and the applicant's own-data
 * download. Declarations of the registry (functions/registry.ts); the rules are in
 * shared/privacy/.
 */
import { ROUND_NOT_FOUND } from '../../shared/i18n/api.ts';
import { OWNER_ONLY } from '../../shared/i18n/coediting.ts';
import { http, schedule } from '../declare.ts';

/** Erases the applications whose retention ran out (shared/privacy/retention.ts). */
export const ApplyRetention = /* @__PURE__ */ schedule({
  everyMinutes: 24 * 60,
  summary:
    'Erases drafts never submitted and withdrawn or unsuccessful applications once their retention has run out',
  entry: 'functions/privacy/apply-retention.ts',
  access: ['table:read', 'table:write', 'bucket:list', 'bucket:erase'],
  timeoutSeconds: 300,
});

export const DownloadOwnData = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/data',
  auth: 'applicant',
  summary: 'Everything stored about the application, for its applicant (a copy of their own data)',
  responses: { 200: { description: 'The application’s stored data', body: 'ownDataResponse' } },
  answers: { ROUND_NOT_FOUND, OWNER_ONLY },
  entry: 'functions/privacy/download-own-data.ts',
  access: ['table:read'],
});
