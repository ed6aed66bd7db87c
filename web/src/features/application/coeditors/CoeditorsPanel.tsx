import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { formatDate, formatOsloTime } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import { useResource } from '../../../app/resource.ts';
import { coeditingApi } from './api.ts';
import { ChangeHistory } from './ChangeHistory.tsx';
import { CoeditorList } from './CoeditorList.tsx';
import { InviteForm } from './InviteForm.tsx';
import { JoinRequests } from './JoinRequests.tsx';
import { coeditingText } from './text.ts';

/** How often the panel looks again while the page is open (another editor may have saved). */
const REFRESH_MS = 30_000;

/**
 * The application page's co-editing panel (ADR 096, 097): who started the application, who
 * co-edits it, "last changed by … at …" and the recent changes; for the owner the invitation
 * form, removal and the requests to join; for a co-editor leaving. It reads again on a timer,
 * when the tab is shown again and after each of its own actions.
 */
export function CoeditorsPanel({
  applicationId,
  token,
  saves,
  municipalityName,
  onLeft,
}: {
  applicationId: string;
  token: string;
  /** Draft saves so far (a change reads the panel again). */
  saves: number;
  municipalityName: (number: string) => string;
  /** The caller removed themselves: their session is over. */
  onLeft: () => void;
}) {
  const { t, locale } = useText(coeditingText);
  const client = useMemo(() => coeditingApi(applicationId, token), [applicationId, token]);
  const panel = useResource(`coediting:${applicationId}`, (signal) => client.get(locale, signal));
  const [notice, setNotice] = useState<string>();
  const reload = panel.reload;

  useEffect(() => {
    if (saves > 0) void reload();
  }, [saves, reload]);

  useEffect(() => {
    const timer = setInterval(() => void reload(), REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  const data = panel.data;
  if (!data) {
    return panel.error ? (
      <Alert data-color="warning" className="coeditors">
        {t('panel.loadFailed')}
      </Alert>
    ) : null;
  }
  const owner = data.role === 'owner';
  const last = data.changes[0];
  const done = async (message: string) => {
    setNotice(message);
    await reload();
  };

  return (
    <Card className="coeditors" data-color="neutral" aria-labelledby="coeditors-heading">
      <Card.Block className="coeditors__body">
        <Heading level={2} data-size="sm" id="coeditors-heading">
          {t('coeditors.heading')}
        </Heading>
        {last && (
          <Paragraph data-testid="last-changed">
            {t('coeditors.lastChanged', {
              name: last.name,
              time: formatOsloTime(last.at, locale),
              date: formatDate(last.at, locale),
            })}
          </Paragraph>
        )}
        <Paragraph data-size="sm">{owner ? t('coeditors.roleOwner') : t('coeditors.roleCoeditor')}</Paragraph>
        {!owner && <Paragraph data-size="sm">{t('coeditors.owner', { name: data.owner.name })}</Paragraph>}
        <div role="status">{notice && <Paragraph data-size="sm">{notice}</Paragraph>}</div>
        <CoeditorList
          data={data}
          client={client}
          onRemoved={(name) => done(t('coeditors.removed', { name }))}
          onLeft={onLeft}
        />
        {owner && data.joinRequests.length > 0 && (
          <JoinRequests
            requests={data.joinRequests}
            client={client}
            municipalityName={municipalityName}
            onAnswered={done}
          />
        )}
        {owner &&
          (data.coeditors.length < data.max ? (
            <InviteForm client={client} onInvited={(email) => done(t('invite.sent', { email }))} />
          ) : (
            <Paragraph data-size="sm">{t('invite.full', { max: data.max })}</Paragraph>
          ))}
      </Card.Block>
      <ChangeHistory changes={data.changes} />
    </Card>
  );
}
