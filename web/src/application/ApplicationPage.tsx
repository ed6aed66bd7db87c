import {
  Alert,
  Button,
  Dialog,
  Heading,
  Paragraph,
  Pagination,
  usePagination,
} from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApplicationDraft } from '../../../shared/domain/application.ts';
import { api, ApiError } from '../api/client.ts';
import { clearSession, getSession } from '../api/session.ts';
import type { ApplicationView, AttachmentView, RoundView, SessionResponse } from '../api/types.ts';
import { ErrorList, focusField, type ErrorItem } from '../components/ErrorList.tsx';
import { useMunicipalities } from '../components/municipalities.ts';
import { LiveRegion, Loading, PageHeading } from '../components/Page.tsx';
import { formatDateTime, formatOsloTime } from '../format.ts';
import { useText } from '../i18n/i18n.tsx';
import { formText } from '../i18n/form.ts';
import { Link, navigate, navigatedInApp } from '../router.tsx';
import { ClosedDraftView } from './ClosedDraft.tsx';
import { ConflictDialog } from './ConflictDialog.tsx';
import { DraftSync, type SyncState } from './draft-sync.ts';
import { FormContext, type FormApi } from './form-context.tsx';
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
import { StageLabel, StatusNote } from './Status.tsx';
import { ApplicationSummary } from './Summary.tsx';
import { ActivitiesStep } from './steps/ActivitiesStep.tsx';
import { AnchoringStep } from './steps/AnchoringStep.tsx';
import { BudgetStep, BudgetTable } from './steps/BudgetStep.tsx';
import { ProjectStep } from './steps/ProjectStep.tsx';
import { PupilsStep } from './steps/PupilsStep.tsx';
import { ContactStep, SustainabilityStep } from './steps/TextStep.tsx';

/**
 * /application/{id}[/{step}]: the form while a draft in an open period, the draft read-only
 * once the period closed (ADR 061), the receipt and status afterwards.
 */
export default function ApplicationPage({
  applicationId,
  step,
  rounds,
}: {
  applicationId: string;
  step: string | undefined;
  rounds: RoundView[];
}) {
  const { t, locale } = useText(formText);
  const [session] = useState(() => getSession(applicationId));
  const [view, setView] = useState<ApplicationView>();
  const [failure, setFailure] = useState<ApiError>();

  const load = useCallback(async () => {
    if (!session) return;
    try {
      setView(
        await api<ApplicationView>('GET', `/applications/${applicationId}`, {
          locale,
          token: session.accessToken,
        }),
      );
      setFailure(undefined);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) clearSession(applicationId);
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'NETWORK', String(error)));
    }
  }, [applicationId, session]); // the language is read when loading; the form follows a switch itself

  useEffect(() => {
    void load();
  }, [load]);

  if (!session || failure?.status === 401) return <SessionExpired />;
  if (failure) {
    return (
      <>
        <PageHeading title={t('form.untitled')} />
        <Alert data-color="danger">
          <Paragraph>{failure.isNetwork ? t('app.networkError') : failure.message}</Paragraph>
          <Button variant="secondary" onClick={() => void load()}>
            {t('app.retry')}
          </Button>
        </Alert>
      </>
    );
  }
  if (!view) return <Loading />;
  const round = rounds.find((candidate) => candidate.id === view.roundId);
  if (!round) return <Alert data-color="danger">{t('app.noRound')}</Alert>;
  if (view.status !== 'DRAFT')
    return <ReceiptView view={view} round={round} session={session} onChanged={load} />;
  if (view.applicationPeriod.state === 'closed') return <ClosedDraftView view={view} round={round} />;
  return <ApplicationForm view={view} round={round} session={session} step={step} onSubmitted={load} />;
}

function SessionExpired() {
  const { t } = useText(formText);
  return (
    <>
      <PageHeading title={t('session.expired.title')} />
      <Paragraph>{t('session.expired.body')}</Paragraph>
      <Paragraph>
        <Link to="/start">{t('signIn.newLink')}</Link>
      </Paragraph>
    </>
  );
}

/** setTimeout's longest wait (about 24.8 days); a later deadline needs no timer on this page. */
const MAX_TIMER_MS = 2 ** 31 - 1;

// ---------------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------------

function ApplicationForm({
  view,
  round,
  session,
  step: stepParam,
  onSubmitted,
}: {
  view: ApplicationView;
  round: RoundView;
  session: SessionResponse;
  step: string | undefined;
  onSubmitted: () => Promise<void>;
}) {
  const { t, locale } = useText(formText);
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const applicationId = view.applicationId;
  const token = session.accessToken;
  const [state, setState] = useState<SyncState>();
  const [sync] = useState(
    () =>
      new DraftSync(
        { draft: view.draft, version: view.version, updatedAt: view.updatedAt },
        {
          save: (version, draft) =>
            api<{ version: number; updatedAt: string }>('PUT', `/applications/${applicationId}/draft`, {
              locale: localeRef.current,
              token,
              body: { version, draft },
            }),
          onState: (next) => setState(next),
        },
      ),
  );
  useEffect(() => () => sync.dispose(), [sync]);
  const current = state ?? sync.current;
  const draft = current.draft;
  const update = useCallback(
    (change: (draft: ApplicationDraft) => ApplicationDraft) => sync.edit(change(sync.current.draft)),
    [sync],
  );

  const [attachments, setAttachments] = useState<AttachmentView[]>(view.attachments);
  const refreshAttachments = useCallback(async () => {
    const answer = await api<{ attachments: AttachmentView[] }>(
      'GET',
      `/applications/${applicationId}/attachments`,
      {
        locale: localeRef.current,
        token,
      },
    );
    setAttachments(answer.attachments);
    return answer.attachments;
  }, [applicationId, token]);

  const municipalities = useMunicipalities(round.division);
  const [announcement, setAnnouncement] = useState('');
  const step: StepId = isStepId(stepParam) ? stepParam : 'project';
  const stepIndex = STEP_IDS.indexOf(step);
  const [shown, setShown] = useState<ReadonlySet<StepId>>(new Set());
  const [submitProblem, setSubmitProblem] = useState<string>();
  const [serverIssues, setServerIssues] = useState<ShownIssue[]>([]);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (!isStepId(stepParam)) navigate(`/application/${applicationId}/project`, { replace: true });
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
    const fromRules = shown.has(step) || step === 'review' ? issuesOfStep(issues.rules, step) : [];
    return [...issuesOfStep(issues.shape, step), ...fromRules, ...issuesOfStep(serverIssues, step)];
  }, [issues, shown, step, serverIssues]);
  const byField = useMemo(
    () => errorsByField([...issues.shape, ...issues.rules.filter((i) => shown.has(i.step)), ...serverIssues]),
    [issues, shown, serverIssues],
  );

  const stepHref = useCallback(
    (target: StepId, fieldId?: string) =>
      `/application/${applicationId}/${target}${fieldId ? `#${fieldId}` : ''}`,
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
    applicationId,
    token,
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
      await api('POST', `/applications/${applicationId}/submit`, { locale, token });
      sync.stop();
      navigate(`/application/${applicationId}`, { replace: true });
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
        setSubmitProblem(
          error instanceof ApiError && !error.isNetwork ? error.message : t('app.networkError'),
        );
      }
    } finally {
      setSubmitting(false);
    }
  }

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
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: stepIndex + 1,
    totalPages: STEPS.length,
    showPages: STEPS.length,
    onChange: (event, page) => {
      event.preventDefault();
      goTo(STEP_IDS[page - 1]!);
    },
  });

  if (current.status === 'signedOut') return <SessionExpired />;

  return (
    <FormContext.Provider value={form}>
      <PageHeading title={`${t(STEPS[stepIndex]!.label)} – ${draft.title?.trim() || t('form.untitled')}`}>
        {draft.title?.trim() || t('form.untitled')}
      </PageHeading>
      <div className={`save-status save-status--${current.status}`} role="status" aria-live="polite">
        {saveText}
      </div>
      <LiveRegion message={announcement} />
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
        <section className="step" aria-labelledby="step-heading">
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
          <Pagination aria-label={t('form.pagination')} className="step-pagination">
            <Pagination.List>
              {stepIndex > 0 && (
                <Pagination.Item>
                  <Pagination.Button
                    {...prevButtonProps}
                    aria-label={t('form.goToStep', { n: stepIndex, label: t(STEPS[stepIndex - 1]!.label) })}
                  />
                </Pagination.Item>
              )}
              {pages.map(({ page, itemKey, buttonProps }) => (
                <Pagination.Item key={itemKey}>
                  {typeof page === 'number' && (
                    <Pagination.Button
                      {...buttonProps}
                      aria-label={t('form.goToStep', { n: page, label: t(STEPS[page - 1]!.label) })}
                    >
                      {page}
                    </Pagination.Button>
                  )}
                </Pagination.Item>
              ))}
              {stepIndex < STEPS.length - 1 && (
                <Pagination.Item>
                  <Pagination.Button
                    {...nextButtonProps}
                    aria-label={t('form.goToStep', {
                      n: stepIndex + 2,
                      label: t(STEPS[stepIndex + 1]!.label),
                    })}
                  />
                </Pagination.Item>
              )}
            </Pagination.List>
          </Pagination>
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

// ---------------------------------------------------------------------------------------------
// After submission: receipt and status
// ---------------------------------------------------------------------------------------------

function ReceiptView({
  view,
  round,
  session,
  onChanged,
}: {
  view: ApplicationView;
  round: RoundView;
  session: SessionResponse;
  onChanged: () => Promise<void>;
}) {
  const { t, locale } = useText(formText);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const withdrawn = view.status === 'WITHDRAWN';
  const canWithdraw = !withdrawn && round.applicationPeriodState !== 'closed';

  async function withdraw() {
    setConfirming(false);
    try {
      await api('POST', `/applications/${view.applicationId}/withdraw`, {
        locale,
        token: session.accessToken,
      });
      await onChanged();
    } catch (error) {
      setProblem(error instanceof ApiError && !error.isNetwork ? error.message : t('app.networkError'));
    }
  }

  return (
    <article className="receipt">
      <PageHeading title={withdrawn ? t('withdrawn.title') : t('receipt.title')} />
      {!withdrawn && (
        <Alert data-color="success">
          <Heading level={2} data-size="xs">
            {t('receipt.submitted')}
          </Heading>
          <Paragraph>{t('receipt.mailed')}</Paragraph>
        </Alert>
      )}
      <dl className="receipt-facts">
        {view.receipt && (
          <>
            <div>
              <dt>{t('receipt.number')}</dt>
              <dd data-testid="receipt-number">{view.receipt.number}</dd>
            </div>
            <div>
              <dt>{t('receipt.submittedAt')}</dt>
              <dd>{formatDateTime(view.receipt.submittedAt, locale)}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('receipt.round')}</dt>
          <dd>{round.title[locale]}</dd>
        </div>
        <div>
          <dt>{t('receipt.stage')}</dt>
          <dd data-testid="stage">
            <StageLabel view={view} />
          </dd>
        </div>
      </dl>
      <StatusNote view={view} round={round} />
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <div className="receipt-actions no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
        {canWithdraw && (
          <Button variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
            {t('withdraw.button')}
          </Button>
        )}
      </div>
      <Heading level={2} data-size="sm" className="spaced">
        {t('receipt.contents')}
      </Heading>
      <ApplicationSummary draft={view.draft} round={round} attachments={view.attachments} />
      <Dialog open={confirming} onClose={() => setConfirming(false)} closeButton={t('withdraw.cancel')}>
        <Dialog.Block>
          <Heading level={2} data-size="sm">
            {t('withdraw.title')}
          </Heading>
          <Paragraph>{t('withdraw.body')}</Paragraph>
        </Dialog.Block>
        <Dialog.Block className="dialog-actions">
          <Button data-color="danger" onClick={() => void withdraw()}>
            {t('withdraw.confirm')}
          </Button>
          <Button variant="secondary" autoFocus onClick={() => setConfirming(false)}>
            {t('withdraw.cancel')}
          </Button>
        </Dialog.Block>
      </Dialog>
    </article>
  );
}
