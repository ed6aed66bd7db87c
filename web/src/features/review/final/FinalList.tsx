import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { LiveRegion, Loading } from '../../../app/Page.tsx';
import { ListEnd } from '../FinaliseSection.tsx';
import { isChairOrDeputy, isOpen, problemOf, useReview, useReviewList } from '../context.tsx';
import { ReviewHeader } from '../frame.tsx';
import { DeclarationForm } from '../DeclarationForm.tsx';
import { titleOf } from '../labels.ts';
import { useReviewI18n } from '../i18n.ts';
import { ReviewCardTop } from '../ReviewCard.tsx';
import type { FinalProposal } from '../types.ts';
import { AwardEditor, SavedDecision } from './AwardEditor.tsx';
import { BudgetMeter } from './BudgetMeter.tsx';
import { draftOf, liveFigures, sameAsSaved, type AwardDraft } from './figures.ts';
import { Indicators } from './Indicators.tsx';

/**
 * The final committee: the applications in the geographic priority order with the expert and
 * geographic outcomes; the chair's award per school year or reasoned rejection for each; a
 * budget meter per year and in total and the indicators of breadth, balance and spread, live as
 * the chair types; finalising only within the budget and with every application decided.
 */
export function FinalList() {
  const { t } = useReviewI18n();
  const { context } = useReview();
  const { list, error, reload } = useReviewList();
  const chair = isChairOrDeputy(context);
  const open = isOpen(context);
  const [drafts, setDrafts] = useState<Record<string, AwardDraft>>({});
  const [announcement, setAnnouncement] = useState('');

  // Drafts start from the saved proposals; an application being edited keeps its draft. Taken
  // when the list arrives or reloads, during render (no effect: nothing outside React changes).
  const [seen, setSeen] = useState<typeof list>();
  if (list && list !== seen) {
    setSeen(list);
    setDrafts((current) =>
      Object.fromEntries(
        list.applications.map((row) => {
          const proposal = row.proposal as FinalProposal | null;
          const mine = current[row.applicationId];
          return [
            row.applicationId,
            mine && !sameAsSaved(mine, proposal) && mine.decision ? mine : draftOf(proposal),
          ];
        }),
      ),
    );
  }

  const figures = useMemo(
    () =>
      list
        ? liveFigures(context.round, list.applications, drafts, {
            budget: list.budget,
            indicators: list.indicators,
          })
        : undefined,
    [context.round, list, drafts],
  );

  if (error && !list) return <Alert data-color="danger">{problemOf(error, t)}</Alert>;
  if (!list || !figures) return <Loading />;

  const rows = list.applications;
  // The figures leave out the applications the member stood aside on (the API's too).
  const standingAside = rows.some((row) => row.declaration?.conflicted);
  const blockers = [
    ...rows.flatMap((row) => {
      const title = titleOf(row, t);
      if (!row.declaration) return [t('committee.blocker.declare', { title })];
      if (row.declaration.conflicted) return [];
      const proposal = row.proposal as FinalProposal | null;
      const draft = drafts[row.applicationId];
      if (draft && draft.decision && !sameAsSaved(draft, proposal))
        return [t('committee.blocker.unsavedDecision', { title })];
      return proposal ? [] : [t('committee.blocker.decision', { title })];
    }),
    ...(figures.budget.overBudget ? [t('committee.blocker.overBudget')] : []),
  ];

  return (
    <>
      <ReviewHeader intro="committee.intro.final" />
      <div className="final-layout">
        <section aria-labelledby="list-heading" className="final-main">
          <Heading level={2} data-size="sm" id="list-heading">
            {t('committee.list.heading.final', { count: rows.length })}
          </Heading>
          <ol className="review-cards" data-testid="final-list">
            {rows.map((row, index) => {
              const title = titleOf(row, t);
              const declared = row.declaration !== null && !row.declaration.conflicted;
              const proposal = row.proposal as FinalProposal | null;
              return (
                <li
                  key={row.applicationId}
                  className="review-card"
                  data-application={row.applicationId}
                  data-conflicted={row.declaration?.conflicted || undefined}
                >
                  {/* No place for an application the member stood aside on (the API lists them last). */}
                  <ReviewCardTop
                    row={row}
                    title={title}
                    rank={row.declaration?.conflicted ? undefined : index + 1}
                  />
                  <div className="review-card__section">
                    {!declared ? (
                      <DeclarationForm
                        applicationId={row.applicationId}
                        title={title}
                        declaration={row.declaration}
                        onDeclared={reload}
                      />
                    ) : chair && open ? (
                      <>
                        <Paragraph data-size="sm">
                          <SavedDecision proposal={proposal} />
                        </Paragraph>
                        <AwardEditor
                          row={row}
                          title={title}
                          draft={drafts[row.applicationId] ?? draftOf(proposal)}
                          onChange={(draft) =>
                            setDrafts((current) => ({ ...current, [row.applicationId]: draft }))
                          }
                          onSaved={async (message) => {
                            setAnnouncement(message);
                            await reload();
                          }}
                        />
                      </>
                    ) : (
                      <Paragraph>
                        <SavedDecision proposal={proposal} />
                      </Paragraph>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
          <LiveRegion message={announcement} />
          <ListEnd list={list} blockers={blockers} onFinalised={reload} />
        </section>
        <aside className="final-aside" aria-label={t('committee.figures')}>
          <BudgetMeter budget={figures.budget} leavesOut={standingAside} />
          <Indicators indicators={figures.indicators} leavesOut={standingAside} />
        </aside>
      </div>
    </>
  );
}
