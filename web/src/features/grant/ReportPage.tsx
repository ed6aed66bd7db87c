/**
 * /grant/:applicationId/report/:schoolYear — the report on one school year (ADR 103): what was
 * done in each activity area the application named, pupils reached by target group, art
 * subjects, the partners' part, spending on each of the year's budget lines, how the offer goes
 * on. Saved as you type (the draft whole, on its version; a conflict says so and nothing is
 * overwritten); submitted with each unmet rule at its field; read-only while submitted or
 * approved, editable again when the secretariat asks for more. Lazy-loaded.
 */
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ART_SUBJECTS, artSubjectLabels, type ArtSubject } from '../../../../shared/domain/art-subjects.ts';
import { ApiError, messageOf, type RequestBody } from '../../app/api.ts';
import { formatDate, formatDateTime, formatNok, inSentence } from '../../app/format.ts';
import { useText } from '../../app/i18n.tsx';
import { LiveRegion, LoadFailure, Loading, PageHeading } from '../../app/Page.tsx';
import { useResource } from '../../app/resource.ts';
import { Link } from '../../app/router.tsx';
import { ACCEPT, contentTypeOf } from '../application/form/attachments.ts';
import { postToStorage } from '../application/form/upload.ts';
import { getSession } from '../application/session.ts';
import { grantApi, type GrantApi } from './api.ts';
import { grantRoute } from './routes.ts';
import { grantText } from './text.ts';

/** A report's content as the API takes it. */
type ReportDraft = RequestBody<'PUT /applications/{applicationId}/grant/report'>['report'];

type Loaded = {
  report: Awaited<ReturnType<GrantApi['report']>>;
  application: Awaited<ReturnType<GrantApi['application']>>;
  grant: Awaited<ReturnType<GrantApi['get']>>;
};

export default function ReportPage({
  applicationId,
  schoolYear,
}: {
  applicationId: string;
  schoolYear: string;
}) {
  const { t, locale } = useText(grantText);
  const token = getSession(applicationId)?.accessToken;
  // One client per session, so the form's autosave effect does not restart at every render.
  const api = useMemo(() => (token ? grantApi(applicationId, token) : undefined), [applicationId, token]);
  const loaded = useResource(
    // Not by language: a switch keeps the form (its typed text, its field errors) and rewords
    // the API's messages in place (ReportForm's effect below).
    `report:${applicationId}:${schoolYear}`,
    async (signal): Promise<Loaded | undefined> => {
      if (!api) return undefined;
      const [report, application, grant] = await Promise.all([
        api.report(locale, schoolYear, signal),
        api.application(locale, signal),
        api.get(locale, signal),
      ]);
      return { report, application, grant };
    },
  );
  if (!api)
    return (
      <>
        <PageHeading title={t('grant.reports')} />
        <Alert data-color="warning">{t('report.noSession')}</Alert>
      </>
    );
  if (!loaded.data && loaded.error) return <LoadFailure error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return (
    <ReportForm
      key={loaded.data.report.version}
      api={api}
      applicationId={applicationId}
      loaded={loaded.data}
    />
  );
}

function ReportForm({
  api,
  applicationId,
  loaded,
}: {
  api: GrantApi;
  applicationId: string;
  loaded: Loaded;
}) {
  const { t, locale } = useText(grantText);
  const { application } = loaded;
  const draftOfApplication = application.draft;
  const [view, setView] = useState(loaded.report);
  const [report, setReport] = useState<ReportDraft>(loaded.report.report as ReportDraft);
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved'>('idle');
  // The form's problem: a key of ours (reworded on a language switch) or the API's message.
  const [problemState, setProblem] = useState<string | { key: 'report.fix' }>();
  const problem = typeof problemState === 'object' ? t(problemState.key) : problemState;
  const [showIssues, setShowIssues] = useState(false);
  const [said, setSaid] = useState('');
  const version = useRef(loaded.report.version);
  const dirty = useRef(false);
  const editable = view.status === 'DRAFT' || view.status === 'RETURNED';
  const year = loaded.report.schoolYear;
  const label = loaded.grant.years.find((y) => y.schoolYear === year)?.label[locale] ?? year;

  // Autosave: the draft whole, a moment after the last change; one save at a time, each on the
  // version the previous one answered.
  const queue = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    if (!dirty.current || !editable) return;
    const timer = setTimeout(() => {
      queue.current = queue.current.then(async () => {
        if (!dirty.current) return;
        dirty.current = false;
        setSaving('saving');
        try {
          const saved = await api.saveReport(locale, { schoolYear: year, version: version.current, report });
          version.current = saved.version;
          setView(saved);
          setSaving('saved');
          setProblem(undefined);
        } catch (error) {
          setSaving('idle');
          setProblem(messageOf(error, String(error)));
        }
      });
    }, 800);
    return () => clearTimeout(timer);
  }, [report, api, locale, year, editable]);

  // A language switch: the unmet rules' and the files' messages again in the new language; the
  // form, what is typed and which errors show stay as they are.
  const shownLocale = useRef(locale);
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    const controller = new AbortController();
    api
      .report(locale, year, controller.signal)
      .then((fresh) =>
        setView((current) => ({
          ...current,
          attachments: fresh.attachments,
          issues: current.issues.map(
            (issue) => fresh.issues.find((f) => f.path === issue.path && f.code === issue.code) ?? issue,
          ),
        })),
      )
      .catch(() => undefined);
    return () => controller.abort();
  }, [locale, api, year]);

  const update = (change: (draft: ReportDraft) => ReportDraft) => {
    dirty.current = true;
    setReport((current) => change(current));
  };
  const issueAt = (path: string) =>
    showIssues
      ? view.issues.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`))?.message
      : undefined;

  async function submit() {
    setProblem(undefined);
    try {
      await queue.current;
      if (dirty.current) {
        const saved = await api.saveReport(locale, { schoolYear: year, version: version.current, report });
        version.current = saved.version;
        dirty.current = false;
        setView(saved);
      }
      const submitted = await api.submitReport(locale, { schoolYear: year, version: version.current });
      version.current = submitted.version;
      setView(submitted);
      setSaid(t('report.submitted'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
        setShowIssues(true);
        setView((current) => ({ ...current, issues: error.fields }));
        setProblem({ key: 'report.fix' });
        const first = error.fields[0];
        if (first) document.getElementById(`report-${first.path.split('.').slice(0, 2).join('-')}`)?.focus();
      } else setProblem(messageOf(error, String(error)));
    }
  }

  const areas = draftOfApplication.activityAreas ?? [];
  const costLines = draftOfApplication.budget?.find((entry) => entry.schoolYear === year)?.costLines ?? [];
  const pupils = report.pupils?.length
    ? report.pupils
    : [{ group: draftOfApplication.targetGroup?.slice(0, 200) ?? '', count: 0 }];
  const subjects = report.artSubjects?.subjects ?? [];
  const lastReturn = view.reviews.filter((review) => review.decision === 'RETURNED').at(-1);

  return (
    <>
      <PageHeading title={t('report.title', { year: inSentence(label) })} />
      <LiveRegion message={said} />
      <Paragraph>
        <Link to={grantRoute.path({ applicationId })}>{t('report.back')}</Link>
      </Paragraph>
      <Paragraph>{t('report.intro', { date: formatDate(view.due, locale) })}</Paragraph>
      <Paragraph data-testid="report-status">{t(`report.status.${view.status}`)}</Paragraph>
      {view.status === 'RETURNED' && lastReturn && (
        <Alert data-color="warning" data-testid="report-returned">
          {t('report.message', { message: lastReturn.message ?? '' })}
        </Alert>
      )}
      {view.status === 'SUBMITTED' && <Alert data-color="info">{t('report.submitted')}</Alert>}
      {view.status === 'APPROVED' && <Alert data-color="success">{t('report.approved')}</Alert>}
      <form
        className="form-stack spaced"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }} className="form-stack">
          <Heading level={2} data-size="sm">
            {t('report.activities')}
          </Heading>
          {areas.map((area, index) => {
            const entryIndex = (report.activities ?? []).findIndex((entry) => entry.code === area.code);
            const value = entryIndex >= 0 ? report.activities![entryIndex]!.done : '';
            return (
              <Textfield
                key={area.code}
                id={`report-activities-${entryIndex >= 0 ? entryIndex : area.code}`}
                multiline
                rows={4}
                label={t('report.activity', { code: area.code })}
                description={area.measure}
                value={value}
                data-testid={`report-activity-${index}`}
                error={issueAt(`activities.${entryIndex >= 0 ? entryIndex : area.code}`)}
                onChange={(event) =>
                  update((d) => {
                    const others = (d.activities ?? []).filter((entry) => entry.code !== area.code);
                    return { ...d, activities: [...others, { code: area.code, done: event.target.value }] };
                  })
                }
              />
            );
          })}
          <Fieldset>
            <Fieldset.Legend>{t('report.pupils')}</Fieldset.Legend>
            {draftOfApplication.targetGroup && (
              <Fieldset.Description>
                {t('report.pupils.hint', { group: draftOfApplication.targetGroup })}
              </Fieldset.Description>
            )}
            {pupils.map((row, index) => (
              <div key={index} style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
                <Textfield
                  id={`report-pupils-${index}`}
                  label={t('report.group', { n: index + 1 })}
                  value={row.group}
                  data-testid={`report-group-${index}`}
                  error={issueAt(`pupils.${index}.group`)}
                  onChange={(event) =>
                    update((d) => ({
                      ...d,
                      pupils: pupils.map((r, i) => (i === index ? { ...r, group: event.target.value } : r)),
                    }))
                  }
                />
                <Textfield
                  label={t('report.count', { n: index + 1 })}
                  inputMode="numeric"
                  value={String(row.count)}
                  data-testid={`report-count-${index}`}
                  onChange={(event) => {
                    const count = Number.parseInt(event.target.value.replace(/\D/g, '') || '0', 10);
                    update((d) => ({
                      ...d,
                      pupils: pupils.map((r, i) => (i === index ? { ...r, count } : r)),
                    }));
                  }}
                />
              </div>
            ))}
            {issueAt('pupils') && !pupils.length && (
              <ValidationMessage>{issueAt('pupils')}</ValidationMessage>
            )}
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => update((d) => ({ ...d, pupils: [...pupils, { group: '', count: 0 }] }))}
            >
              {t('report.addGroup')}
            </Button>
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend id="report-artSubjects">{t('report.artSubjects')}</Fieldset.Legend>
            {ART_SUBJECTS.map((subject: ArtSubject) => (
              <Checkbox
                key={subject}
                label={artSubjectLabels[subject][locale]}
                value={subject}
                checked={subjects.includes(subject)}
                aria-invalid={Boolean(issueAt('artSubjects')) || undefined}
                onChange={(event) =>
                  update((d) => ({
                    ...d,
                    artSubjects: {
                      ...d.artSubjects,
                      subjects: event.target.checked
                        ? [...subjects, subject]
                        : subjects.filter((s) => s !== subject),
                    },
                  }))
                }
              />
            ))}
            {issueAt('artSubjects') && <ValidationMessage>{issueAt('artSubjects')}</ValidationMessage>}
          </Fieldset>
          <Textfield
            id="report-partners"
            multiline
            rows={4}
            label={t('report.partners')}
            value={report.partners ?? ''}
            data-testid="report-partners"
            error={issueAt('partners')}
            onChange={(event) => update((d) => ({ ...d, partners: event.target.value }))}
          />
          <Fieldset>
            <Fieldset.Legend>{t('report.spending')}</Fieldset.Legend>
            {costLines.map((line, index) => {
              const entry = (report.spending ?? []).find((s) => s.line === index);
              return (
                <Textfield
                  key={index}
                  id={`report-spending-${index}`}
                  label={t('report.spent', {
                    line: line.description || String(index + 1),
                    budget: formatNok(line.amount),
                  })}
                  inputMode="numeric"
                  value={entry ? String(entry.spent) : ''}
                  data-testid={`report-spent-${index}`}
                  error={issueAt(`spending.${index}`)}
                  onChange={(event) => {
                    const digits = event.target.value.replace(/\D/g, '');
                    update((d) => {
                      const others = (d.spending ?? []).filter((s) => s.line !== index);
                      return {
                        ...d,
                        spending: digits
                          ? [...others, { line: index, spent: Number.parseInt(digits, 10) }]
                          : others,
                      };
                    });
                  }}
                />
              );
            })}
          </Fieldset>
          <Textfield
            id="report-continuation"
            multiline
            rows={4}
            label={t('report.continuation')}
            value={report.continuation ?? ''}
            data-testid="report-continuation"
            error={issueAt('continuation')}
            onChange={(event) => update((d) => ({ ...d, continuation: event.target.value }))}
          />
        </fieldset>
        <ReportFiles
          api={api}
          year={year}
          editable={editable}
          attachments={view.attachments}
          error={issueAt('attachments')}
          onChange={(attachments) => setView((current) => ({ ...current, attachments }))}
        />
        <Paragraph data-testid="report-saving" aria-live="polite">
          {saving === 'saving'
            ? t('report.saving')
            : view.updatedAt
              ? t('report.saved', { at: formatDateTime(view.updatedAt, locale) })
              : ''}
        </Paragraph>
        {problem && (
          <Alert data-color="danger" role="alert" data-testid="report-problem">
            {problem}
          </Alert>
        )}
        {editable && (
          <Button type="submit" data-testid="report-submit">
            {t('report.submit')}
          </Button>
        )}
      </form>
    </>
  );
}

type ReportFile = Loaded['report']['attachments'][number];

/**
 * A report's attachments (ADR 112): the list with each file's state, a download for the
 * accepted, a delete while the report takes changes, and a file input: the upload form, the
 * file straight to storage, then the report read again until the file is checked.
 */
function ReportFiles({
  api,
  year,
  editable,
  attachments,
  error,
  onChange,
}: {
  api: GrantApi;
  year: string;
  editable: boolean;
  attachments: ReportFile[];
  error: string | undefined;
  onChange(attachments: ReportFile[]): void;
}) {
  const { t, locale } = useText(grantText);
  const [busy, setBusy] = useState<string>();
  const [fileProblem, setFileProblem] = useState<string | { key: 'report.files.type' }>();
  const input = useRef<HTMLInputElement>(null);
  const problemText = typeof fileProblem === 'object' ? t(fileProblem.key) : fileProblem;

  async function refreshUntilChecked() {
    for (let attempt = 0; attempt < 30; attempt++) {
      const fresh = await api.report(locale, year);
      onChange(fresh.attachments);
      if (!fresh.attachments.some((file) => file.status === 'PENDING')) return;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  async function add(file: File) {
    setFileProblem(undefined);
    const contentType = contentTypeOf(file);
    if (!contentType) return setFileProblem({ key: 'report.files.type' });
    setBusy(file.name);
    try {
      const created = await api.uploadFile(locale, {
        schoolYear: year,
        fileName: file.name,
        contentType,
        size: file.size,
      });
      onChange([...attachments, created.attachment]);
      await postToStorage(created.upload, file, () => undefined);
      await refreshUntilChecked();
    } catch (failure) {
      setFileProblem(
        failure instanceof ApiError && failure.fields[0]
          ? failure.fields[0].message
          : messageOf(failure, String(failure)),
      );
    } finally {
      setBusy(undefined);
      if (input.current) input.current.value = '';
    }
  }

  async function remove(file: ReportFile) {
    setFileProblem(undefined);
    try {
      await api.deleteFile(locale, file.attachmentId);
      onChange(attachments.filter((a) => a.attachmentId !== file.attachmentId));
    } catch (failure) {
      setFileProblem(messageOf(failure, String(failure)));
    }
  }

  async function open(file: ReportFile) {
    try {
      const { url } = await api.downloadFile(locale, file.attachmentId);
      window.location.assign(url);
    } catch (failure) {
      setFileProblem(messageOf(failure, String(failure)));
    }
  }

  return (
    <Fieldset data-testid="report-files">
      <Fieldset.Legend id="report-attachments">{t('report.files')}</Fieldset.Legend>
      <Fieldset.Description>{t('report.files.hint')}</Fieldset.Description>
      <ul className="form-stack" style={{ paddingInlineStart: 0, listStyle: 'none' }}>
        {attachments.map((file) => (
          <li key={file.attachmentId} data-testid="report-file">
            <span>{file.fileName}</span> – <span>{t(`report.files.${file.status}`)}</span>
            {file.rejectionMessage && <ValidationMessage>{file.rejectionMessage}</ValidationMessage>}
            <span style={{ display: 'inline-flex', gap: '0.5rem', marginInlineStart: '0.5rem' }}>
              {file.status === 'ACCEPTED' && (
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => void open(file)}>
                  {t('report.files.download', { name: file.fileName })}
                </Button>
              )}
              {editable && (
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => void remove(file)}>
                  {t('report.files.delete', { name: file.fileName })}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {busy && <Paragraph aria-live="polite">{t('report.files.uploading', { name: busy })}</Paragraph>}
      {editable && (
        <div>
          <label htmlFor="report-file-input">{t('report.files.add')}</label>
          <input
            id="report-file-input"
            ref={input}
            type="file"
            accept={ACCEPT}
            data-testid="report-file-input"
            disabled={Boolean(busy)}
            aria-invalid={Boolean(problemText ?? error) || undefined}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void add(file);
            }}
          />
        </div>
      )}
      {(problemText ?? error) && (
        <ValidationMessage data-testid="report-file-problem">{problemText ?? error}</ValidationMessage>
      )}
    </Fieldset>
  );
}
