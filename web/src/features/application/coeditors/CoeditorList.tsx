import { Alert, Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { messageOf } from '../../../app/api.ts';
import type { Answer } from '../../../app/api.ts';
import { formatDate } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import type { CoeditingApi } from './api.ts';
import { coeditingText } from './text.ts';

type Panel = Answer<'GET /applications/{applicationId}/coeditors'>;

/** The co-editors: the owner removes any of them, a co-editor may leave. */
export function CoeditorList({
  data,
  client,
  onRemoved,
  onLeft,
}: {
  data: Panel;
  client: CoeditingApi;
  onRemoved: (name: string) => Promise<void>;
  onLeft: () => void;
}) {
  const { t, locale } = useText(coeditingText);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const owner = data.role === 'owner';

  async function remove(coeditorId: string, name: string, self: boolean) {
    setBusy(coeditorId);
    setProblem(undefined);
    try {
      await client.remove(locale, coeditorId);
      if (self) onLeft();
      else await onRemoved(name);
    } catch (error) {
      setProblem(messageOf(error, t('app.networkError')));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section aria-labelledby="coeditors-list">
      <Heading level={3} data-size="xs" id="coeditors-list">
        {t('coeditors.list')} ({t('coeditors.count', { count: data.coeditors.length, max: data.max })})
      </Heading>
      {problem && <Alert data-color="danger">{problem}</Alert>}
      {data.coeditors.length === 0 ? (
        <Paragraph data-size="sm">{t('coeditors.none')}</Paragraph>
      ) : (
        <List.Unordered className="coeditor-list">
          {data.coeditors.map((coeditor) => (
            <List.Item key={coeditor.coeditorId}>
              <span>
                {coeditor.name}
                {coeditor.email && ` (${coeditor.email})`} {coeditor.you && t('coeditors.you')} –{' '}
                {coeditor.joinedAt
                  ? t('coeditors.joined', { date: formatDate(coeditor.joinedAt, locale) })
                  : t('coeditors.invited')}
              </span>
              {(owner || coeditor.you) && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  disabled={busy !== undefined}
                  onClick={() => void remove(coeditor.coeditorId, coeditor.name, coeditor.you)}
                >
                  {coeditor.you ? t('coeditors.leave') : t('coeditors.remove', { name: coeditor.name })}
                </Button>
              )}
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </section>
  );
}
