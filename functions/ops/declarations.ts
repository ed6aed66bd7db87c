/**
 * Operations: what keeps the portal's mail honest (ADR 083). Declarations of the registry
 * (functions/registry.ts); the rules are in shared/ops/.
 */
import { mailEvent } from '../declare.ts';

/** SES bounce and complaint events of the portal's configuration set, through EventBridge. */
export const RecordMailProblem = /* @__PURE__ */ mailEvent({
  events: ['Bounce', 'Complaint'],
  summary: 'Records a bounced or complained-of mail on what it concerns, audits it, tells the secretariat',
  entry: 'functions/ops/record-mail-problem.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});
