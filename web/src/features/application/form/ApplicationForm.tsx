import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { ApplicationDraft } from '../../../../../shared/domain/application.ts';
import { ApiError, messageOf } from '../../../app/api.ts';
import { ErrorList, focusField, type ErrorItem } from '../../../app/ErrorList.tsx';
import { formatDateTime, formatOsloTime } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import { LiveRegion, PageHeading } from '../../../app/Page.tsx';
import { navigate, navigatedInApp } from '../../../app/router.tsx';
import { useMunicipalities } from '../../municipalities/municipalities.ts';
import type { RoundView } from '../../rounds/rounds.ts';
import type { ApplicantApi } from '../api.ts';
import { applicationRoute } from '../routes.ts';
import { SessionExpired } from '../SessionExpired.tsx';
import type { Flush } from '../SignOut.tsx';
import { ApplicationSummary } from '../Summary.tsx';
import { formText } from '../text.ts';
import type { ApplicationView, AttachmentView } from '../types.ts';
import { ConflictDialog } from './ConflictDialog.tsx';
import { DraftSync, type SyncState } from './draft-sync.ts';
import { FormContext, type FormApi } from './form-context.tsx';
import { forgetAll, forgetDraft, keepDraft, keptDraft } from './kept-input.ts';
import {
  describeIssues,
  errorsByField,
  issuesOfStep,
  isStepId,
  placeIssues,
  STEPS,
  STEP_IDS,
  unmetRules,
  type ShownIssue,
  type StepId,
} from './logic.ts';
import { ActivitiesStep } from './steps/ActivitiesStep.tsx';
import { AnchoringStep } from './steps/AnchoringStep.tsx';
import { BudgetStep, BudgetTable } from './steps/BudgetStep.tsx';
import { ProjectStep } from './steps/ProjectStep.tsx';
import { PupilsStep } from './steps/PupilsStep.tsx';
import { ContactStep, SustainabilityStep } from './steps/TextStep.tsx';

/** setTimeout's longest wait (about 24.8 days); a later deadline needs no timer on this page. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The form of a draft in an open period: one step at a time, saved as the applicant types
 * (draft-sync.ts: debounced, 409 conflicts shown side by side), the rules of the scheme checked
 * live with the API's own functions, and the submission from the review step.
 */
export function ApplicationForm({
  view,
  round,
  client,
  step: stepParam,
  onSubmitted,
  flushRef,
  intro,
}: {
  view: ApplicationView;
  round: RoundView;
  client: ApplicantApi;
  step: string | undefined;
  onSubmitted: () => Promise<void>;
  /** Set to a save of what the form holds (signing out saves first). */
  flushRef?: RefObject<Flush | undefined>;
  /** Shown under the page's heading, above the steps (the offer to prefill, ADR 100). */
  intro?: ReactNode;
}) {
  const { t, locale } = useText(formText);
  const localeRef = useRef(locale);
  useEffect(() => {
    localeRef.current = locale;
  }, [locale]);
  const applicationId = view.applicationId;
  const [state, setState] = useState<SyncState>();
  // What was typed before a reload and not stored then (kept-input.ts) comes back, and is saved
  // (or shown as invalid) as if typed now; based on an older version, the save meets the
  // conflict dialog rather than overwrite what another tab stored since.
  const [kept] = useState(() => keptDraft(applicationId));
  const [sync] = useState(
    // eslint-disable-next-line react-hooks/refs -- the ref is read in the save callback, after render, never during it
    () =>
      new DraftSync(
        { draft: view.draft, version: kept?.version ?? view.version, updatedAt: view.updatedAt },
        {
          save: (version, draft) => client.saveDraft(localeRef.current, { version, draft }),
          onState: (next) => setState(next),
        },
      ),
  );
  useEffect(() => {
    if (kept) sync.edit(kept.draft);
  }, [kept, sync]);
  useEffect(() => () => sync.dispose(), [sync]);
  useEffect(() => {
    if (!flushRef) return;
    flushRef.current = async () => {
      await sync.flush();
      return sync.dirty ? 'unsaved' : 'stored';
    };
    return () => {
      flushRef.current = undefined;
    };
  }, [sync, flushRef]);
  const current = state ?? sync.current;
  const draft = current.draft;
  // Keep what is not stored yet through a reload; forget it once the server has it.
  useEffect(() => {
    if (current.status === 'saved') forgetDraft(applicationId);
    else if (current.status === 'readOnly') forgetAll(applicationId);
    else if (current.status !== 'signedOut')
      keepDraft(applicationId, { draft: current.draft, version: current.version });
  }, [applicationId, current.status, current.draft, current.version]);
  const update = useCallback(
    (change: (draft: ApplicationDraft) => ApplicationDraft) => sync.edit(change(sync.current.draft)),
    [sync],
  );

  const [attachments, setAttachments] = useState<AttachmentView[]>(view.attachments);
  const refreshAttachments = useCallback(async () => {
    const list = await client.attachments(localeRef.current);
    setAttachments(list);
    return list;
  }, [client]);

  const municipalities = useMunicipalities(round.division);
  const [announcement, setAnnouncement] = useState('');
  const step: StepId = isStepId(stepParam) ? stepParam : 'project';
  const stepIndex = STEP_IDS.indexOf(step);
  const [shown, setShown] = useState<ReadonlySet<StepId>>(new Set());
  // Inputs the applicant has left: a shape error shows at its field from then on, and in the
  // summary only once the step's errors are shown (Next, submit) — never while typing (9.8).
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [submitProblem, setSubmitProblem] = useState<string>();
  const [serverIssues, setServerIssues] = useState<ShownIssue[]>([]);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (!isStepId(stepParam))
      navigate(applicationRoute.path({ applicationId, step: 'project' }), { replace: true });
  }, [stepParam, applicationId]);

  // Warn before leaving with edits not yet stored.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (sync.dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [sync]);

  // Submitted elsewhere, or the period closed (a save refused): load the page as it is now.
  useEffect(() => {
    if (current.status === 'readOnly') void onSubmitted();
  }, [current.status, onSubmitted]);

  // At the deadline, ask the server whether the period closed (it decides; this clock may be off).
  const closes = view.applicationPeriod.closes;
  useEffect(() => {
    const wait = Date.parse(closes) + 1000 - Date.now();
    if (wait > MAX_TIMER_MS) return;
    const timer = setTimeout(() => void sync.flush().then(onSubmitted), Math.max(wait, 0));
    return () => clearTimeout(timer);
  }, [closes, sync, onSubmitted]);

  const issues = useMemo(() => {
    const rules = describeIssues(unmetRules(draft, round, attachments), locale);
    const shape = current.invalid.map((issue) =>
      'message' in issue ? placeIssues([issue])[0]! : describeIssues([issue], locale)[0]!,
    );
    return { rules, shape };
  }, [draft, round, attachments, locale, current.invalid]);

  const visible = useMemo(() => {
    const open = shown.has(step) || step === 'review';
    return open
      ? [
          ...issuesOfStep(issues.shape, step),
          ...issuesOfStep(issues.rules, step),
          ...issuesOfStep(serverIssues, step),
        ]
      : issuesOfStep(serverIssues, step);
  }, [issues, shown, step, serverIssues]);
  const byField = useMemo(
    () =>
      errorsByField([
        ...issues.shape.filter((i) => shown.has(i.step) || left.has(i.target)),
        ...issues.rules.filter((i) => shown.has(i.step)),
        ...serverIssues,
      ]),
    [issues, shown, left, serverIssues],
  );

  const stepHref = useCallback(
    (target: StepId, fieldId?: string) =>
      applicationRoute.path({ applicationId, step: target }, { hash: fieldId }),
    [applicationId],
  );
  const goTo = useCallback(
    (target: StepId, fieldId?: string) => {
      void sync.flush();
      if (fieldId) setShown((set) => new Set([...set, target]));
      navigate(stepHref(target, fieldId));
    },
    [sync, stepHref],
  );

  // After moving to a step: focus the field named in the address, else the step's heading.
  const stepHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const target = location.hash.slice(1);
    if (target) {
      requestAnimationFrame(() => focusField(target));
      history.replaceState(null, '', location.pathname);
    } else if (navigatedInApp) {
      stepHeading.current?.focus();
    }
  }, [step]);

  const form: FormApi = {
    client,
    round,
    draft,
    update,
    error: (id) => byField.get(id),
    municipalities,
    attachments,
    setAttachments,
    refreshAttachments,
    stepHref,
    goTo,
    announce: setAnnouncement,
    reload: onSubmitted,
  };

  function next() {
    const open = issuesOfStep(issues.rules, step).length + issuesOfStep(issues.shape, step).length;
    if (open > 0) {
      setShown((set) => new Set([...set, step]));
      // The summary appears (and takes focus); if it was already there, focus it again.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.error-list')?.focus());
      return;
    }
    goTo(STEP_IDS[stepIndex + 1]!);
  }

  async function submit() {
    setSubmitProblem(undefined);
    setServerIssues([]);
    const stored = await sync.flush();
    if (issues.rules.length > 0 || issues.shape.length > 0) {
      document.querySelector<HTMLElement>('.error-list')?.focus();
      return;
    }
    if (stored !== 'saved') {
      setSubmitProblem(t('form.save.error'));
      return;
    }
    setSubmitting(true);
    try {
      await client.submit(locale);
      sync.stop();
      navigate(applicationRoute.path({ applicationId }), { replace: true });
      await onSubmitted();
    } catch (error) {
      if (
        error instanceof ApiError &&
        (error.code === 'APPLICATION_PERIOD_CLOSED' || error.code === 'READ_ONLY')
      ) {
        // The deadline passed, or it was submitted elsewhere: the page as it is now says which.
        sync.stop();
        await onSubmitted();
        return;
      }
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.fields.length > 0) {
        setServerIssues(placeIssues(error.fields));
      } else {
        setSubmitProblem(messageOf(error, t('app.networkError')));
      }
    } finally {
      setSubmitting(false);
    }
  }

  // Only the outcome of a save is announced (politely), not pending → saving after every pause.
  const spokenStatus = ['saved', 'error', 'conflict', 'readOnly', 'signedOut'].includes(current.status);
  const saveText = {
    saved: current.savedAt ? t('form.save.saved', { time: formatOsloTime(current.savedAt, locale) }) : '',
    pending: t('form.save.pending'),
    saving: t('form.save.saving'),
    error: t('form.save.error'),
    invalid: t('form.save.invalid'),
    conflict: t('conflict.title'),
    readOnly: t('form.save.readOnly'),
    signedOut: t('session.expired.title'),
  }[current.status];

  const stepDone = (id: StepId) =>
    id !== 'review' &&
    issuesOfStep(issues.rules, id).length === 0 &&
    issuesOfStep(issues.shape, id).length === 0;
  const summaryItems: ErrorItem[] = visible.map((issue) => ({
    target: issue.target,
    message: issue.message,
    ...(issue.step !== step && { href: stepHref(issue.step, issue.target) }),
  }));

  if (current.status === 'signedOut') return <SessionExpired />;

  return (
    <FormContext.Provider value={form}>
      <PageHeading title={`${t(STEPS[stepIndex]!.label)} – ${draft.title?.trim() || t('form.untitled')}`}>
        {draft.title?.trim() || t('form.untitled')}
      </PageHeading>
      <div className={`save-status save-status--${current.status}`}>{saveText}</div>
      <LiveRegion message={spokenStatus ? saveText : ''} />
      <LiveRegion message={announcement} />
      {intro}
      <div className="form-layout">
        <nav aria-label={t('form.steps')} className="step-nav">
          <ol>
            {STEPS.map((s, index) => (
              <li key={s.id} className={s.id === step ? 'is-current' : undefined}>
                <a
                  href={stepHref(s.id)}
                  aria-current={s.id === step ? 'step' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    goTo(s.id);
                  }}
                >
                  <span className="step-nav__number" aria-hidden="true">
                    {stepDone(s.id) ? '✓' : index + 1}
                  </span>
                  <span>
                    {t(s.label)}
                    {stepDone(s.id) && <span className="visually-hidden"> ({t('form.step.done')})</span>}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <section
          className="step"
          aria-labelledby="step-heading"
          onBlur={(event) => {
            const id = event.target.id;
            if (id && !left.has(id)) setLeft((set) => new Set([...set, id]));
          }}
        >
          <Paragraph data-size="sm" className="muted step-count">
            {t('form.stepOf', { n: stepIndex + 1, total: STEPS.length })}
          </Paragraph>
          <Heading level={2} data-size="md" id="step-heading" tabIndex={-1} ref={stepHeading}>
            {t(STEPS[stepIndex]!.label)}
          </Heading>
          {step !== 'review' && (
            <ErrorList
              heading={t('errors.heading')}
              items={summaryItems}
              onNavigate={(item) => openItem(item)}
            />
          )}
          {step === 'project' && <ProjectStep />}
          {step === 'activities' && <ActivitiesStep />}
          {step === 'pupils' && <PupilsStep />}
          {step === 'anchoring' && <AnchoringStep />}
          {step === 'sustainability' && <SustainabilityStep />}
          {step === 'budget' && <BudgetStep />}
          {step === 'contact' && <ContactStep />}
          {step === 'review' && (
            <div className="form-stack">
              <Paragraph>{t('review.intro')}</Paragraph>
              <Paragraph>
                {t('review.deadline', { closes: formatDateTime(view.applicationPeriod.closes, locale) })}
              </Paragraph>
              {summaryItems.length > 0 ? (
                <ErrorList
                  heading={t('review.unmet')}
                  items={summaryItems}
                  onNavigate={(item) => openItem(item)}
                />
              ) : (
                <Alert data-color="success">{t('review.ready')}</Alert>
              )}
              <ApplicationSummary
                draft={draft}
                round={round}
                attachments={attachments}
                editHref={(s) => stepHref(s)}
                onEdit={(s) => goTo(s)}
                budgetLines
              />
              <BudgetTable />
              {submitProblem && (
                <Alert data-color="danger" role="alert" id="submit-problem">
                  {submitProblem}
                </Alert>
              )}
              <div>
                <Button onClick={() => void submit()} disabled={submitting} aria-disabled={submitting}>
                  {submitting ? t('review.submitting') : t('review.submit')}
                </Button>
              </div>
            </div>
          )}
          <div className="step-actions">
            {stepIndex > 0 && (
              <Button variant="secondary" onClick={() => goTo(STEP_IDS[stepIndex - 1]!)}>
                {t('form.previous')}
              </Button>
            )}
            {step !== 'review' && <Button onClick={next}>{t('form.next')}</Button>}
          </div>
        </section>
      </div>
      {current.conflict && (
        <ConflictDialog
          conflict={current.conflict}
          mine={draft}
          onChoose={(choice) => sync.resolve(choice)}
        />
      )}
    </FormContext.Provider>
  );

  function openItem(item: ErrorItem) {
    const target = visible.find((issue) => issue.target === item.target);
    if (target) goTo(target.step, target.target);
  }
}
