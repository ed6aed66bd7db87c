import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Input,
  Label,
  Paragraph,
  Radio,
  Select,
  Table,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  ATTACHMENT_KINDS,
  commitmentOf,
  partiesOf,
  partyKey,
  type AttachmentParty,
} from '../../../../../../shared/domain/attachments.ts';
import { message } from '../../../../../../shared/i18n/index.ts';
import { ApiError, messageOf } from '../../../../app/api.ts';
import { fileSize } from '../../../../app/format.ts';
import { useText } from '../../../../app/i18n.tsx';
import { CommitmentList, usePartyLabel } from '../../Commitment.tsx';
import { formText } from '../../text.ts';
import type { AttachmentView } from '../../types.ts';
import { ACCEPT, ALLOWED_EXTENSIONS, checkFile, contentTypeOf } from '../attachments.ts';
import { useForm } from '../form-context.tsx';
import { postToStorage } from '../upload.ts';
import { ScrollTable } from '../../../../app/ScrollTable.tsx';

type Kind = AttachmentView['kind'];

/** The server refused because the period closed or the application was submitted: the page reloads to say so. */
const closedOrSubmitted = (error: unknown) =>
  error instanceof ApiError && (error.code === 'APPLICATION_PERIOD_CLOSED' || error.code === 'READ_ONLY');

/**
 * The application's attachments: the allow-list checked before anything is sent, an upload
 * form from the API, the file posted straight to storage with progress, and the verification's
 * verdict asked for until it comes (ADR 060); download and delete.
 */
export function Attachments() {
  const { t, locale } = useText(formText);
  const { client, round, draft, attachments, setAttachments, refreshAttachments, error, announce, reload } =
    useForm();
  const [kind, setKind] = useState<Kind>('letterOfIntent');
  // Whose commitment a letter documents (ADR 098): the parties as the draft names them now.
  const parties = partiesOf(draft);
  const partyLabel = usePartyLabel(round.division);
  const [partyChoice, setPartyChoice] = useState('');
  const partyByKey = new Map(parties.map((p) => [p.key, p.party]));
  const partyOptions = (current: AttachmentParty | undefined) => {
    const options = parties.map((p) => ({ key: p.key, label: partyLabel(p.party, p.role === 'lead') }));
    // A letter tied to a party no longer in the draft (renamed, removed) shows what it names.
    if (current && !partyByKey.has(partyKey(current)))
      options.push({ key: partyKey(current), label: partyLabel(current) });
    return options;
  };
  const [fileError, setFileError] = useState<string>();
  const [progress, setProgress] = useState<{ name: string; fraction: number }>();
  const [failure, setFailure] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const pending = attachments.some((a) => a.status === 'PENDING');
  const previous = useRef(new Map(attachments.map((a) => [a.attachmentId, a.status])));

  // The verification runs after the upload: ask again until every file has its verdict.
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => void refreshAttachments().catch(() => {}), 1000);
    return () => clearInterval(timer);
  }, [pending, refreshAttachments]);

  const reasonOf = (a: AttachmentView) =>
    a.rejectionReason ? message(a.rejectionReason, locale) : (a.rejectionMessage ?? '');

  // Announce each verdict once.
  useEffect(() => {
    for (const a of attachments) {
      const before = previous.current.get(a.attachmentId);
      if (before === 'PENDING' && a.status === 'ACCEPTED') announce(t('att.accepted', { name: a.fileName }));
      if (before === 'PENDING' && a.status === 'REJECTED')
        announce(t('att.rejected', { name: a.fileName, reason: reasonOf(a) }));
    }
    previous.current = new Map(attachments.map((a) => [a.attachmentId, a.status]));
  });

  async function onUpload(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setFileError(t('att.chooseFirst'));
      fileInput.current?.focus();
      return;
    }
    const problem = checkFile(file, round.limits.maxAttachmentBytes);
    if (problem) {
      setFileError(message(problem.code, locale, 'params' in problem ? problem.params : undefined));
      fileInput.current?.focus();
      return;
    }
    setFileError(undefined);
    try {
      const party = kind === 'letterOfIntent' ? partyByKey.get(partyChoice) : undefined;
      const created = await client.createUpload(locale, {
        fileName: file.name,
        contentType: contentTypeOf(file)!,
        size: file.size,
        kind,
        ...(party ? { party } : {}),
      });
      setAttachments((list) => [...list, created.attachment]);
      setProgress({ name: file.name, fraction: 0 });
      await postToStorage(created.upload, file, (fraction) => setProgress({ name: file.name, fraction }));
      announce(t('att.uploaded', { name: file.name }));
      if (fileInput.current) fileInput.current.value = '';
      await refreshAttachments();
    } catch (caught) {
      if (closedOrSubmitted(caught)) return void (await reload());
      if (caught instanceof ApiError && caught.fields.length > 0)
        setFileError(caught.fields.map((f) => f.message).join(' '));
      else if (caught instanceof ApiError && !caught.isNetwork) setFailure(caught.message);
      else setFailure(t('att.uploadFailed', { name: file.name }));
      await refreshAttachments().catch(() => {});
    } finally {
      setProgress(undefined);
    }
  }

  async function remove(a: AttachmentView) {
    try {
      await client.deleteAttachment(locale, a.attachmentId);
      setAttachments((list) => list.filter((x) => x.attachmentId !== a.attachmentId));
      announce(t('att.deleted', { name: a.fileName }));
    } catch (caught) {
      if (closedOrSubmitted(caught)) return void (await reload());
      setFailure(messageOf(caught, t('app.networkError')));
    }
  }

  /** A new kind or party for an uploaded file (ADR 098); the file itself stays. */
  async function change(a: AttachmentView, next: { kind: Kind; party?: AttachmentParty }) {
    setFailure(undefined);
    try {
      const party = next.kind === 'letterOfIntent' ? next.party : undefined;
      setAttachments(
        await client.updateAttachment(locale, a.attachmentId, {
          kind: next.kind,
          ...(party ? { party } : {}),
        }),
      );
      announce(t('att.changed', { name: a.fileName }));
    } catch (caught) {
      if (closedOrSubmitted(caught)) return void (await reload());
      setFailure(messageOf(caught, t('app.networkError')));
    }
  }

  async function download(a: AttachmentView) {
    try {
      window.location.assign(await client.downloadUrl(locale, a.attachmentId));
    } catch (caught) {
      setFailure(messageOf(caught, t('app.networkError')));
    }
  }

  const max = fileSize(round.limits.maxAttachmentBytes, locale);
  const missingLetter = error('field-attachments');
  return (
    <section aria-labelledby="attachments-heading" className="form-stack">
      <Heading level={3} data-size="sm" id="attachments-heading">
        {t('att.heading')}
      </Heading>
      <Paragraph>
        {t('att.intro', {
          types: ALLOWED_EXTENSIONS.map((e) => e.toUpperCase()).join(', '),
          max: t(max.unit === 'MB' ? 'att.mb' : 'att.kb', { size: max.size }),
        })}
      </Paragraph>
      <CommitmentList division={round.division} commitment={commitmentOf(draft, attachments)} />
      {missingLetter && <ValidationMessage>{missingLetter}</ValidationMessage>}
      <form onSubmit={onUpload} noValidate className="form-stack upload-form">
        <Fieldset>
          <Fieldset.Legend>{t('att.kind')}</Fieldset.Legend>
          {ATTACHMENT_KINDS.map((value) => (
            <Radio
              key={value}
              name="attachment-kind"
              value={value}
              label={t(value === 'letterOfIntent' ? 'att.kind.letterOfIntent' : 'att.kind.other')}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
          ))}
        </Fieldset>
        {kind === 'letterOfIntent' && parties.length > 0 && (
          <Field>
            <Label htmlFor="attachment-party">{t('att.party')}</Label>
            <Paragraph data-size="sm" className="muted" id="attachment-party-description">
              {t('att.party.description')}
            </Paragraph>
            <Select
              id="attachment-party"
              aria-describedby="attachment-party-description"
              value={partyChoice}
              onChange={(event) => setPartyChoice(event.target.value)}
            >
              <Select.Option value="">{t('att.party.none')}</Select.Option>
              {partyOptions(undefined).map((option) => (
                <Select.Option key={option.key} value={option.key}>
                  {option.label}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Field>
          <Label>{t('att.file')}</Label>
          <Input
            id="field-attachments"
            ref={fileInput}
            type="file"
            accept={ACCEPT}
            aria-invalid={Boolean(fileError) || undefined}
            onChange={() => setFileError(undefined)}
          />
          {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={Boolean(progress)}>
            {t('att.upload')}
          </Button>
        </div>
        {progress && (
          <div className="upload-progress">
            <label htmlFor="upload-progress">{t('att.progress', { name: progress.name })}</label>
            <progress id="upload-progress" max={100} value={Math.round(progress.fraction * 100)}>
              {Math.round(progress.fraction * 100)} %
            </progress>
            <span aria-hidden="true">{Math.round(progress.fraction * 100)} %</span>
          </div>
        )}
      </form>
      {failure && (
        <Alert data-color="danger" role="alert">
          {failure}
        </Alert>
      )}
      {attachments.length === 0 ? (
        <Paragraph>{t('att.none')}</Paragraph>
      ) : (
        <ScrollTable labelledBy="attachments-caption">
          <Table className="attachments-table">
            <caption id="attachments-caption">{t('att.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('att.col.file')}</Table.HeaderCell>
                <Table.HeaderCell>{t('att.col.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('att.col.party')}</Table.HeaderCell>
                <Table.HeaderCell>{t('att.col.size')}</Table.HeaderCell>
                <Table.HeaderCell>{t('att.col.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('att.col.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {attachments.map((a) => {
                const size = a.size ? fileSize(a.size, locale) : undefined;
                return (
                  <Table.Row key={a.attachmentId} data-status={a.status}>
                    <Table.Cell className="file-name">{a.fileName}</Table.Cell>
                    <Table.Cell>
                      <Select
                        data-size="sm"
                        aria-label={t('att.kind.label', { name: a.fileName })}
                        value={a.kind}
                        onChange={(event) =>
                          void change(a, { kind: event.target.value as Kind, party: a.party })
                        }
                      >
                        {ATTACHMENT_KINDS.map((value) => (
                          <Select.Option key={value} value={value}>
                            {t(value === 'letterOfIntent' ? 'att.kind.letterOfIntent' : 'att.kind.other')}
                          </Select.Option>
                        ))}
                      </Select>
                    </Table.Cell>
                    <Table.Cell>
                      {a.kind === 'letterOfIntent' ? (
                        <Select
                          data-size="sm"
                          aria-label={t('att.party.label', { name: a.fileName })}
                          value={a.party ? partyKey(a.party) : ''}
                          onChange={(event) => {
                            const key = event.target.value;
                            const party =
                              partyByKey.get(key) ??
                              (a.party && partyKey(a.party) === key ? a.party : undefined);
                            void change(a, { kind: a.kind, party });
                          }}
                        >
                          <Select.Option value="">{t('att.party.none')}</Select.Option>
                          {partyOptions(a.party).map((option) => (
                            <Select.Option key={option.key} value={option.key}>
                              {option.label}
                            </Select.Option>
                          ))}
                        </Select>
                      ) : (
                        '–'
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      {size ? t(size.unit === 'MB' ? 'att.mb' : 'att.kb', { size: size.size }) : ''}
                    </Table.Cell>
                    <Table.Cell>
                      <Tag
                        data-color={
                          a.status === 'ACCEPTED' ? 'success' : a.status === 'REJECTED' ? 'danger' : 'info'
                        }
                        className="status-tag"
                      >
                        {a.status === 'ACCEPTED' ? '✓ ' : a.status === 'REJECTED' ? '✕ ' : ''}
                        {t(`att.status.${a.status}`)}
                      </Tag>
                      {a.status === 'REJECTED' && <Paragraph data-size="sm">{reasonOf(a)}</Paragraph>}
                    </Table.Cell>
                    <Table.Cell>
                      <div className="row-actions">
                        {a.status === 'ACCEPTED' && (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            aria-label={t('att.download.label', { name: a.fileName })}
                            onClick={() => void download(a)}
                          >
                            {t('att.download')}
                          </Button>
                        )}
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          aria-label={t('att.delete.label', { name: a.fileName })}
                          onClick={() => void remove(a)}
                        >
                          {t('att.delete')}
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
