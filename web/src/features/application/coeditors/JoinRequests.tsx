import { Alert, Button, Heading, List } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { messageOf, type Answer } from '../../../app/api.ts';
import { formatDate } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import type { CoeditingApi } from './api.ts';
import { coeditingText } from './text.ts';

type Request = Answer<'GET /applications/{applicationId}/coeditors'>['joinRequests'][number];

/** The owner's pending requests to join (ADR 097): accept (invites them) or decline. */
export function JoinRequests({
  requests,
  client,
  municipalityName,
  onAnswered,
}: {
  requests: Request[];
  client: CoeditingApi;
  municipalityName: (number: string) => string;
  onAnswered: (message: string) => Promise<void>;
}) {
  const { t, locale } = useText(coeditingText);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function answer(request: Request, accept: boolean) {
    setBusy(true);
    setProblem(undefined);
    try {
      if (accept) await client.accept(locale, request.requestId);
      else await client.decline(locale, request.requestId);
      await onAnswered(accept ? t('requests.accepted', { name: request.name }) : t('requests.declined'));
    } catch (error) {
      setProblem(messageOf(error, t('app.networkError')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="join-requests-heading">
      <Heading level={3} data-size="xs" id="join-requests-heading">
        {t('requests.heading')}
      </Heading>
      {problem && <Alert data-color="danger">{problem}</Alert>}
      <List.Unordered className="coeditor-list">
        {requests.map((request) => (
          <List.Item key={request.requestId}>
            <span>
              {t('requests.item', {
                name: request.name,
                email: request.email,
                municipality: municipalityName(request.municipality),
                date: formatDate(request.requestedAt, locale),
              })}
            </span>
            <span className="coeditor-actions">
              <Button data-size="sm" disabled={busy} onClick={() => void answer(request, true)}>
                {t('requests.accept', { name: request.name })}
              </Button>
              <Button
                data-size="sm"
                variant="tertiary"
                disabled={busy}
                onClick={() => void answer(request, false)}
              >
                {t('requests.decline', { name: request.name })}
              </Button>
            </span>
          </List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}
