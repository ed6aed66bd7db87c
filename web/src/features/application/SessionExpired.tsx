import { Paragraph } from '@digdir/designsystemet-react';
import { useText } from '../../app/i18n.tsx';
import { PageHeading } from '../../app/Page.tsx';
import { Link } from '../../app/router.tsx';
import { startRoute } from '../start/routes.ts';
import { formText } from './text.ts';

/** No session for this application (or it expired): a new link from the start page. */
export function SessionExpired() {
  const { t } = useText(formText);
  return (
    <>
      <PageHeading title={t('session.expired.title')} />
      <Paragraph>{t('session.expired.body')}</Paragraph>
      <Paragraph>
        <Link to={startRoute.path()}>{t('signIn.newLink')}</Link>
      </Paragraph>
    </>
  );
}
