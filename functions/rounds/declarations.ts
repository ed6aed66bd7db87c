/**
 * The rounds, public: what anyone may read. Declarations of the registry (functions/registry.ts).
 */
import { ROUND_NOT_FOUND } from '../../shared/i18n/api.ts';
import { http } from '../declare.ts';

export const ListRounds = /* @__PURE__ */ http({
  method: 'GET',
  path: '/rounds',
  auth: 'public',
  summary: 'The configured rounds, with the dates as they hold now',
  responses: { 200: { description: 'The rounds', body: 'roundsResponse' } },
  entry: 'functions/rounds/list-rounds.ts',
  access: ['table:read'], // the dates an administrator moved
});

export const ListAwards = /* @__PURE__ */ http({
  method: 'GET',
  path: '/rounds/{roundId}/awards',
  auth: 'public',
  summary: "The round's awards, once announced",
  responses: { 200: { description: 'The awards (none before the announcement)', body: 'awardsResponse' } },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/rounds/list-awards.ts',
  access: ['table:read'],
});

export const OpenAwardsJson = /* @__PURE__ */ http({
  method: 'GET',
  path: '/rounds/{roundId}/awards.json',
  auth: 'public',
  summary: "The round's awards as open data (JSON, NLOD 2.0), once announced",
  responses: {
    200: { description: 'The awards with SSB municipality and county numbers', body: 'openAwardsResponse' },
  },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/rounds/open-awards-json.ts',
  access: ['table:read'],
});

export const OpenAwardsCsv = /* @__PURE__ */ http({
  method: 'GET',
  path: '/rounds/{roundId}/awards.csv',
  auth: 'public',
  summary: "The round's awards as open data (CSV, RFC 4180, UTF-8 with BOM, NLOD 2.0), once announced",
  responses: {
    200: {
      description: 'One row per award (content-disposition: attachment)',
      body: { files: ['text/csv'] },
    },
  },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/rounds/open-awards-csv.ts',
  access: ['table:read'],
});
