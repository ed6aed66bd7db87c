import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import { I18nProvider, type Locale } from '../../web/src/app/i18n.tsx';
import type { ApplicantApi } from '../../web/src/features/application/api.ts';
import { ReceiptView } from '../../web/src/features/application/receipt/ReceiptView.tsx';
import type { ApplicationView } from '../../web/src/features/application/types.ts';
import type { RoundView } from '../../web/src/features/rounds/rounds.ts';

/** The status page offers the decision letter (ADR 099) once the outcome is there, never before. */
const round = {
  ...demoRound(new Date('2026-03-02T08:00:00Z')),
  applicationPeriodState: 'closed',
} as RoundView;
const view = (changes: Partial<ApplicationView>) =>
  ({
    applicationId: '01J0000000000000000000000A',
    status: 'SUBMITTED',
    stage: 'IN_REVIEW',
    announcementDate: '2027-01-20T11:00:00.000Z',
    receipt: { number: 'IK-DEMO-0001', submittedAt: '2026-03-10T10:00:00.000Z' },
    draft: {},
    attachments: [],
    ...changes,
  }) as unknown as ApplicationView;

const page = (locale: Locale, application: ApplicationView) =>
  renderToStaticMarkup(
    <I18nProvider initial={locale}>
      <ReceiptView view={application} round={round} client={{} as ApplicantApi} onChanged={async () => {}} />
    </I18nProvider>,
  );

describe('the decision letter on the status page', () => {
  it.each([
    ['nb', 'Last ned vedtaksbrevet (PDF)'],
    ['nn', 'Last ned vedtaksbrevet (PDF)'],
    ['en', 'Download the decision letter (PDF)'],
  ] as const)('is offered once the outcome is announced (%s)', (locale, label) => {
    // Prepare
    const announced = view({
      stage: 'ANNOUNCED',
      outcome: { result: 'DECLINED', reason: 'Budsjettet er brukt opp.' },
    });

    // Act
    const before = page(locale, view({}));
    const after = page(locale, announced);

    // Assess
    expect(before).not.toContain('data-testid="download-letter"');
    expect(after).toMatch(
      new RegExp(`data-testid="download-letter"[^>]*>${label.replace(/[()]/g, '\\$&')}<`),
    );
  });
});
