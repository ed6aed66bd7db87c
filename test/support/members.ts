/**
 * The demo round's committee members (shared/domain/rounds/demo.ts) by the part each plays in
 * the tests: their addresses, read from the configuration the local stack runs.
 */
import type { Committee } from '../../shared/domain/committees.ts';
import { DEMO_COMMITTEES } from '../../shared/domain/rounds/demo.ts';

function emailOf(committee: Committee, id: string): string {
  const member = DEMO_COMMITTEES[committee].members.find((m) => m.id === id);
  if (!member) throw new Error(`the demo round's ${committee} committee has no member ${id}`);
  return member.email;
}

export const DEMO_MEMBERS = {
  expert: {
    chair: emailOf('expert', 'ekspert-leder'),
    /** Written to in English. */
    deputy: emailOf('expert', 'ekspert-nestleder'),
    member: emailOf('expert', 'ekspert-medlem'),
  },
  geographic: {
    chair: emailOf('geographic', 'geo-leder'),
    /** The deputy chair, for the south and west. */
    vest: emailOf('geographic', 'geo-vest'),
    /** The same member as `vest`, by the part. */
    deputy: emailOf('geographic', 'geo-vest'),
    /** Written to in nynorsk; the middle and north. */
    nord: emailOf('geographic', 'geo-nord'),
  },
  final: {
    chair: emailOf('final', 'innstilling-leder'),
    deputy: emailOf('final', 'innstilling-nestleder'),
    member: emailOf('final', 'innstilling-medlem'),
  },
} as const;
