import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { LOCALES, type Locale } from '../../../shared/i18n/locale.ts';
import { currentRound, useRounds } from '../features/rounds/rounds.ts';
import { routes } from '../routes.ts';
import { useHydrated } from './hydrated.ts';
import { useI18n } from './i18n.tsx';
import { Link, useLocation } from './router.tsx';

const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  // A prerendered page's buttons answer once the script has hydrated it (ADR 104).
  const hydrated = useHydrated();
  return (
    <div role="group" aria-label={t('app.language')} className="language-switch">
      {LOCALES.map((code) => (
        <Button
          key={code}
          type="button"
          lang={code}
          variant={code === locale ? 'primary' : 'tertiary'}
          data-size="sm"
          aria-pressed={code === locale}
          disabled={!hydrated}
          onClick={() => setLocale(code)}
        >
          {LANGUAGE_NAMES[code]}
        </Button>
      ))}
    </div>
  );
}

/**
 * The applicant's menu. Wide, its links stand in a row; on a phone (below 30em) they do not fit
 * in every language ("About the scheme", "Start an application"), so the row folds into a
 * "Menu" button that opens the same list as Designsystemet's dropdown does — a native popover
 * (`popovertarget`): it opens, closes on Escape or a click elsewhere and gives the focus back
 * before the script has hydrated the page, with no script of its own (docs/decisions/129).
 */
function SiteNav({ pathname }: { pathname: string }) {
  const { t } = useI18n();
  const about = routes.about.path();
  const start = routes.start.path();
  const menu = useRef<HTMLDivElement>(null);
  // A link followed inside the app leaves the layout in place: the open menu closes with the page.
  useEffect(() => {
    const list = menu.current;
    if (list && 'hidePopover' in list && list.matches(':popover-open')) list.hidePopover();
  }, [pathname]);
  return (
    <nav aria-label={t('app.nav')} className="site-nav">
      <div className="site-nav__inner">
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          className="site-nav__toggle"
          popoverTarget="site-menu"
        >
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1.25em" height="1.25em">
            <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          {t('app.menu')}
        </Button>
        <div id="site-menu" popover="auto" ref={menu} className="site-nav__menu">
          <ul>
            <li>
              <Link to={about} aria-current={pathname === about ? 'page' : undefined}>
                {t('app.nav.about')}
              </Link>
            </li>
            <li>
              <Link to={start} aria-current={pathname === start ? 'page' : undefined}>
                {t('app.nav.start')}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </nav>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  // The footer names the current round's contact once the rounds are there; nothing waits for it.
  const rounds = useRounds();
  const contactEmail = rounds.data && currentRound(rounds.data)?.mail.replyTo;
  const about = routes.about.path();
  // A committee member's pages and the secretariat's console are not the applicant's: no applicant menu there.
  const committeePage = Boolean(routes.review.match(pathname)) || pathname.startsWith(routes.console.path());
  return (
    <>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={about} className="site-brand">
            <span className="site-brand__owner">{t('app.owner')}</span>
            <span className="site-brand__name">{t('app.name')}</span>
          </Link>
          <LanguageSwitch />
        </div>
        {!committeePage && <SiteNav pathname={pathname} />}
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <nav aria-label={t('app.footer.nav')} className="footer-nav">
          <ul>
            <li>
              <Link to={routes.awards.path()}>{t('app.footer.awards')}</Link>
            </li>
            <li>
              <Link to={routes.privacy.path()}>{t('app.footer.privacy')}</Link>
            </li>
            <li>
              <Link to={routes.accessibility.path()}>{t('app.footer.accessibility')}</Link>
            </li>
          </ul>
        </nav>
        <Paragraph data-size="sm">{t('app.footer.data')}</Paragraph>
        {/* Last, so that it moves nothing when it arrives. */}
        {contactEmail && (
          <Paragraph data-size="sm">{t('app.footer.contact', { email: contactEmail })}</Paragraph>
        )}
      </footer>
    </>
  );
}
