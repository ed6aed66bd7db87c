/**
 * The application workflow's Lambda tasks (shared/workflow/definition.ts names them) and the
 * submission outbox's sweep (ADR 040, 063). Declarations of the registry (functions/registry.ts).
 */
import { schedule, workflowTask } from '../declare.ts';

export const RecordReceipt = /* @__PURE__ */ workflowTask({
  task: 'RecordReceipt',
  summary: "Mirrors the execution's start on the application",
  entry: 'functions/workflow/record-receipt.ts',
  access: ['table:write'],
});

export const SendReceipt = /* @__PURE__ */ workflowTask({
  task: 'SendReceipt',
  summary: 'Mails the receipt, at least once per recipient (the submission leaves the outbox)',
  entry: 'functions/workflow/send-receipt.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const Schedule = /* @__PURE__ */ workflowTask({
  task: 'Schedule',
  summary: "Reads a round's date as it holds now: due, or how long to wait",
  entry: 'functions/workflow/schedule.ts',
  access: ['table:read'],
});

export const OpenReview = /* @__PURE__ */ workflowTask({
  task: 'OpenReview',
  summary: 'The application enters a committee stage: opens it, invites the committee, waits',
  entry: 'functions/workflow/open-review.ts',
  access: ['table:read', 'table:write', 'mail:send', 'signing-key:read', 'workflow:callback'],
});

export const StageOverdue = /* @__PURE__ */ workflowTask({
  task: 'StageOverdue',
  summary: "A committee stage's deadline passed undecided: reminds the chair, alarms",
  entry: 'functions/workflow/stage-overdue.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const Announce = /* @__PURE__ */ workflowTask({
  task: 'Announce',
  summary: 'On the announcement date: the outcome mail, then ANNOUNCED',
  entry: 'functions/workflow/announce.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const SendReminders = /* @__PURE__ */ schedule({
  everyMinutes: 60,
  summary:
    'Reminders before a deadline: to unsubmitted drafts, to committee members who have not finished (ADR 091)',
  entry: 'functions/workflow/send-reminders.ts',
  access: ['table:read', 'table:write', 'mail:send'],
  timeoutSeconds: 30,
});

export const SweepOutbox = /* @__PURE__ */ schedule({
  everyMinutes: 5,
  summary: 'Sweeps the submission outbox: executions and receipt mails a submit left undone',
  entry: 'functions/workflow/sweep-outbox.ts',
  access: ['table:read', 'table:write', 'mail:send', 'workflow:start'],
  timeoutSeconds: 30,
});
