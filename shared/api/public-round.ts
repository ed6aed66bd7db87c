/**
 * What anyone may read about a round (GET /rounds): the configuration without the committees
 * — members' names and addresses are not public — with the dates as they hold now and where
 * now lies in the application period. An allow-list: a field added to the configuration stays
 * private until it is named here, and the handler answers what this schema parses.
 *
 * A module of its own on zod/mini (ADR 077): ListRounds parses with it, so its bundle carries
 * this schema and none of the other response schemas (shared/api/schemas.ts re-exports it).
 */
import * as z from 'zod/mini';
import { retentionSchema, roundFieldsSchema } from '../domain/rounds/schema.ts';
import { APPLICATION_PERIOD_STATES } from '../domain/time.ts';

// Built in one call marked pure: a bundle that imports this module without parsing with it keeps
// none of it (ADR 077).
export const publicRound = /* @__PURE__ */ (() =>
  z.extend(
    z.pick(roundFieldsSchema, {
      id: true,
      title: true,
      division: true,
      applicationPeriod: true,
      committeeDeadlines: true,
      announcementDate: true,
      budgetPerYear: true,
      schoolYears: true,
      activityAreas: true,
      artSubjects: true,
      timeline: true,
      webinars: true,
      helpdesk: true,
      mail: true,
      limits: true,
      /** The co-funding rule, if the round has one (ADR 100): the form checks it as you type. */
      coFunding: true,
    }),
    {
      applicationPeriodState: z.enum(APPLICATION_PERIOD_STATES),
      /** How long personal data is kept: the configuration's or the defaults (the privacy notice). */
      retention: retentionSchema,
    },
  ))();
