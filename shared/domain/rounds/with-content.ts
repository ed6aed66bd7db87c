import type { Round, RoundContent, RoundSchedule } from './schema.ts';

/**
 * The whole round from its schedule and its content (ADR 118): each activity area's code with
 * its texts (a code without texts stays a bare code, which `roundSchema` refuses), the award's
 * conditions with the grant's dates.
 */
export function withContent(schedule: RoundSchedule, content: RoundContent): Round {
  const { activityAreas: texts, conditions, ...shown } = content;
  return {
    ...schedule,
    ...shown,
    activityAreas: schedule.activityAreas.map(({ code }) => ({ code, ...texts[code]! })),
    grant: { ...schedule.grant, conditions: [...conditions] },
  };
}
