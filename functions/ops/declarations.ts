/**
 * Operations: what keeps the portal's mail honest (ADR 083) and its audit trail immutable
 * (ADR 087). Declarations of the registry
 * (functions/registry.ts); the rules are in shared/ops/.
 */
import * as keys from '../../shared/storage/table-keys.ts';
import { mailEvent, tableStream } from '../declare.ts';

/** SES bounce and complaint events of the portal's configuration set, through EventBridge. */
export const RecordMailProblem = /* @__PURE__ */ mailEvent({
  events: ['Bounce', 'Complaint'],
  summary: 'Records a bounced or complained-of mail on what it concerns, audits it, tells the secretariat',
  entry: 'functions/ops/record-mail-problem.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

/** Every change to an audit entry, from the table's stream, into the audit sink (ADR 087). */
export const CopyAuditTrail = /* @__PURE__ */ tableStream({
  partitionPrefix: /* @__PURE__ */ keys.auditPartition(''),
  summary: 'Copies every change to an audit entry into the audit sink (S3 Object Lock, compliance mode)',
  entry: 'functions/ops/copy-audit.ts',
  access: ['audit-sink:write'],
  timeoutSeconds: 30,
});
