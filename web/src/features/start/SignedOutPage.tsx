import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useText } from '../../app/i18n.tsx';
import { PageHeading } from '../../app/Page.tsx';
import { Link } from '../../app/router.tsx';
import { aboutRoute } from '../about/routes.ts';
import { startRoute } from './routes.ts';
import { signInText } from './text.ts';

/** After signing out (ADR 086): the session ended on the server and in this tab; a new link brings the applicant back. */
export function SignedOutPage() {
  const { t } = useText(signInText);
  return (
    <>
      <PageHeading title={t('signedOut.title')} />
      <Alert data-color="success" data-testid="signed-out">
        <Paragraph>{t('signedOut.body')}</Paragraph>
      </Alert>
      <Paragraph className="spaced">
        <Link to={startRoute.path()}>{t('signIn.newLink')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to={aboutRoute.path()}>{t('signedOut.home')}</Link>
      </Paragraph>
    </>
  );
}
