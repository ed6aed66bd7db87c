import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ApplicationDraft } from '../../../../shared/domain/application.ts';
import { artSubjectLabels } from '../../../../shared/domain/art-subjects.ts';
import { commitmentOf, type AttachmentParty } from '../../../../shared/domain/attachments.ts';
import { findMunicipality } from '../../../../shared/domain/municipalities/index.ts';
import { partnerTypeLabels } from '../../../../shared/domain/partners.ts';
import type { RoundView } from '../rounds/rounds.ts';
import type { AttachmentView } from './types.ts';

/** What the summary reads of the round (the applicant's pages have it from /rounds, the committees' from their context). */
export type SummaryRound = Pick<RoundView, 'division' | 'schoolYears'> & {
  activityAreas: readonly Pick<RoundView['activityAreas'][number], 'code' | 'title'>[];
};
import { formatNok } from '../../app/format.ts';
import { useText } from '../../app/i18n.tsx';
import { formText, type FormKey } from './text.ts';
import { budgetFigures, STEPS, type StepId } from './form/logic.ts';
import { CommitmentList, usePartyLabel } from './Commitment.tsx';

/**
 * Everything in the application, section by section: the review step (with links back to each
 * step) and the receipt (what was sent) show the same.
 */
export function ApplicationSummary({
  draft,
  round,
  attachments,
  editHref,
  onEdit,
  budgetLines = false,
  reader = 'applicant',
}: {
  draft: ApplicationDraft;
  round: SummaryRound;
  attachments: readonly (Pick<AttachmentView, 'fileName' | 'kind' | 'status'> & {
    party?: AttachmentParty;
  })[];
  editHref?: (step: StepId) => string;
  onEdit?: (step: StepId) => void;
  /** The budget line by line (the applicant's own views); else its totals per school year. */
  budgetLines?: boolean;
  /** Who reads it: the applicant is spoken to ('Dere søker om …'), a committee reads of them. */
  reader?: 'applicant' | 'committee';
}) {
  const { t, locale } = useText(formText);
  const empty = <span className="muted">{t('review.empty')}</span>;
  const text = (value: string | undefined) =>
    value?.trim() ? <span className="prewrap">{value}</span> : empty;
  const municipality = (number: string) => {
    const m = findMunicipality(round.division, number);
    return m
      ? t('field.municipality.option', { name: m.name, number: m.number, county: m.countyName })
      : number;
  };
  const list = (items: ReactNode[]) =>
    items.length === 0 ? (
      empty
    ) : (
      <ul className="plain-list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  const schoolYear = (id: string) => round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id;
  const figures = budgetFigures(draft);
  const totalKey = reader === 'committee' ? 'budget.requestedTotal.committee' : 'budget.requestedTotal';
  const accepted = attachments.filter((a) => a.status === 'ACCEPTED');
  const partyLabel = usePartyLabel(round.division);
  const commitment = commitmentOf(draft, accepted);

  const rows: Record<StepId, [FormKey, ReactNode][]> = {
    project: [
      ['field.title', text(draft.title)],
      ['field.leadMunicipality', draft.leadMunicipality ? municipality(draft.leadMunicipality) : empty],
      ['field.partnerMunicipalities', list((draft.partnerMunicipalities ?? []).map(municipality))],
      [
        'field.partners',
        list(
          (draft.partners ?? []).map(
            (p) =>
              `${p.name || '–'} (${partnerTypeLabels[p.type][locale]}${p.organisationNumber ? `, ${p.organisationNumber}` : ''})`,
          ),
        ),
      ],
    ],
    activities: [
      ['field.schoolYears', list((draft.schoolYears ?? []).map(schoolYear))],
      [
        'field.activityAreas',
        list(
          (draft.activityAreas ?? []).map((area) => {
            const entry = round.activityAreas.find((a) => a.code === area.code);
            return (
              <>
                <strong>
                  {area.code} {entry?.title[locale]}
                </strong>
                <br />
                {text(area.measure)}
              </>
            );
          }),
        ),
      ],
    ],
    pupils: [
      [
        'field.artSubjects',
        list([
          ...(draft.artSubjects?.subjects ?? []).map((s) => artSubjectLabels[s][locale]),
          ...(draft.artSubjects?.other ? [draft.artSubjects.other] : []),
        ]),
      ],
      ['field.targetGroup', text(draft.targetGroup)],
      ['field.expectedPupils', draft.expectedPupils === undefined ? empty : String(draft.expectedPupils)],
    ],
    anchoring: [
      ['field.anchoring', text(draft.anchoring)],
      [
        'field.attachments',
        accepted.length === 0
          ? t('review.attachments.none')
          : list(
              accepted.map(
                (a) =>
                  `${a.fileName} (${[
                    t(a.kind === 'letterOfIntent' ? 'att.kind.letterOfIntent' : 'att.kind.other'),
                    ...(a.kind === 'letterOfIntent' && a.party ? [partyLabel(a.party)] : []),
                  ].join(', ')})`,
              ),
            ),
      ],
      // Which parties have documented their commitment (ADR 098).
      ...(commitment.length > 0
        ? [
            [
              'att.commitment',
              <CommitmentList
                key="commitment"
                division={round.division}
                commitment={commitment}
                heading={false}
              />,
            ] as [FormKey, ReactNode],
          ]
        : []),
    ],
    sustainability: [['field.sustainability', text(draft.sustainability)]],
    budget: [
      [
        'field.budget',
        budgetLines ? (
          <BudgetLines draft={draft} schoolYear={schoolYear} totalKey={totalKey} />
        ) : (
          list([
            ...figures.perSchoolYear.map(
              (year) =>
                `${schoolYear(year.schoolYear)}: ${t('budget.col.costs').toLowerCase()} ${formatNok(year.costs)}, ${t('budget.col.requested').toLowerCase()} ${formatNok(year.requested)}`,
            ),
            <strong key="total">{t(totalKey, { amount: formatNok(figures.total.requested) })}</strong>,
          ])
        ),
      ],
    ],
    contact: [
      [
        'field.contact',
        list(
          [draft.contact?.name, draft.contact?.email, draft.contact?.phone].filter((v): v is string => !!v),
        ),
      ],
    ],
    review: [],
  };

  return (
    <div className="summary">
      {STEPS.filter((step) => step.id !== 'review').map((step) => (
        <section key={step.id} aria-labelledby={`summary-${step.id}`} className="summary-section">
          <div className="summary-section__head">
            <Heading level={3} data-size="xs" id={`summary-${step.id}`}>
              {t(step.label)}
            </Heading>
            {editHref && (
              <a
                className="ds-link"
                href={editHref(step.id)}
                onClick={(event) => {
                  if (!onEdit) return;
                  event.preventDefault();
                  onEdit(step.id);
                }}
              >
                {t('review.edit')}
                <span className="visually-hidden"> {t(step.label)}</span>
              </a>
            )}
          </div>
          <dl>
            {rows[step.id].map(([label, value]) => (
              <div key={label} className="summary-row">
                <dt>{t(label)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

/**
 * The budget as the applicant typed it: per school year each cost line, the costs, the own
 * contribution, the other funding and the amount requested (derived), then the total requested.
 */
function BudgetLines({
  draft,
  schoolYear,
  totalKey,
}: {
  draft: ApplicationDraft;
  schoolYear: (id: string) => string;
  totalKey: 'budget.requestedTotal' | 'budget.requestedTotal.committee';
}) {
  const { t } = useText(formText);
  const entries = draft.budget ?? [];
  const figures = budgetFigures(draft);
  if (entries.length === 0) return <span className="muted">{t('review.empty')}</span>;
  return (
    <div className="summary-budget" data-testid="summary-budget">
      {entries.map((entry, index) => {
        const year = figures.perSchoolYear[index]!;
        return (
          <table key={`${entry.schoolYear}-${index}`} className="summary-budget__table">
            <caption>{entry.schoolYear ? schoolYear(entry.schoolYear) : t('review.empty')}</caption>
            <tbody>
              {(entry.costLines ?? []).map((line, lineIndex) => (
                <tr key={lineIndex}>
                  <th scope="row" className="summary-budget__line prewrap">
                    {line.description?.trim() || t('budget.cost', { n: lineIndex + 1 })}
                  </th>
                  <td className="amount">{formatNok(line.amount ?? 0)}</td>
                </tr>
              ))}
              <tr className="summary-budget__sum">
                <th scope="row">{t('budget.col.costs')}</th>
                <td className="amount">{formatNok(year.costs)}</td>
              </tr>
              <tr>
                <th scope="row">{t('budget.col.own')}</th>
                <td className="amount">− {formatNok(year.ownContribution)}</td>
              </tr>
              <tr>
                <th scope="row">{t('budget.col.other')}</th>
                <td className="amount">− {formatNok(year.otherFunding)}</td>
              </tr>
              <tr className="summary-budget__sum">
                <th scope="row">{t('budget.col.requested')}</th>
                <td className="amount">{formatNok(year.requested)}</td>
              </tr>
            </tbody>
          </table>
        );
      })}
      <p className="summary-budget__total">
        <strong>{t(totalKey, { amount: formatNok(figures.total.requested) })}</strong>
      </p>
    </div>
  );
}
