import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { listCounties } from '../../../../../shared/domain/municipalities/index.ts';
import { REASON_MAX } from '../../../../../shared/domain/review.ts';
import { LiveRegion, Loading } from '../../../app/Page.tsx';
import { ListEnd } from '../FinaliseSection.tsx';
import { isOpen, problemOf, useReview, useReviewList } from '../context.tsx';
import { ReviewHeader } from '../frame.tsx';
import { DeclarationForm } from '../DeclarationForm.tsx';
import { titleOf } from '../labels.ts';
import { useReviewI18n } from '../i18n.ts';
import { ReviewCardTop } from '../ReviewCard.tsx';
import type { GeographicComment, GeographicProposal, ReviewRow } from '../types.ts';
import { CommentForm, CommentList, mayComment } from './CommentForm.tsx';
import { CountyOverview } from './CountyOverview.tsx';
import { countyFigures, initialOrder, move, sameOrder } from './figures.ts';
import { StandAsideList } from './StandAsideList.tsx';
import { useCounter } from '../../../app/counter.ts';

/**
 * The geographic committee: where the applications come from (CountyOverview.tsx), the
 * qualified applications with the county advisers' comments, and the chair's one national
 * priority order — moved with buttons, so a keyboard does it as well as a mouse — saved and
 * finalised. The applications a member stood aside on are listed apart (StandAsideList.tsx).
 */
export function GeographicList() {
  const counter = useCounter();
  const { t } = useReviewI18n();
  const { client, context } = useReview();
  const { list, error, reload } = useReviewList();
  // Whoever acts for the committee now (the chair, or the deputy where the chair stood aside).
  const chair = list?.actsForCommittee === true;
  const open = isOpen(context);

  const [order, setOrder] = useState<string[]>([]);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<{ order: string[]; notes: Record<string, string> }>();
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' }>(undefined);

  // Take the saved order and notes from the list — unless the chair has unsaved changes.
  const dirty = saved !== undefined && (!sameOrder(order, saved.order) || !sameNotes(notes, saved.notes));
  // Taken when the list arrives or reloads, during render (no effect: nothing outside React changes).
  const [seen, setSeen] = useState<typeof list>();
  if (list && list !== seen) {
    setSeen(list);
    // The applications the member stood aside on have no place in the order they see.
    const ids = list.applications
      .filter((row) => !row.declaration?.conflicted)
      .map((row) => row.applicationId);
    const fromList = {
      order: initialOrder(list.order, ids),
      notes: Object.fromEntries(
        list.applications.flatMap((row) => {
          const comment = (row.proposal as GeographicProposal | null)?.comment;
          return comment ? [[row.applicationId, comment]] : [];
        }),
      ),
    };
    if (!dirty) {
      setOrder(fromList.order);
      setNotes(fromList.notes);
    }
    setSaved(fromList);
  }

  // After a move, the pressed button keeps the focus (or its neighbour, at either end).
  useEffect(() => {
    const moved = focusAfterMove.current;
    if (!moved) return;
    focusAfterMove.current = undefined;
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(`[data-move="${moved.id}"]`)];
    (
      buttons.find((button) => button.dataset.direction === moved.direction && !button.disabled) ??
      buttons.find((button) => !button.disabled)
    )?.focus();
  }, [order]);

  const rows = useMemo(
    () => new Map((list?.applications ?? []).map((row) => [row.applicationId, row])),
    [list],
  );
  const figures = useMemo(
    () => countyFigures(listCounties(context.round.division), list?.applications ?? []),
    [context.round.division, list],
  );

  if (error && !list) return <Alert data-color="danger">{problemOf(error, t)}</Alert>;
  if (!list) return <Loading />;

  const total = order.length;
  function moveRow(row: ReviewRow, delta: number, direction: 'up' | 'down') {
    const next = move(order, row.applicationId, delta);
    focusAfterMove.current = { id: row.applicationId, direction };
    setOrder(next);
    setAnnouncement(
      t('committee.order.moved', {
        title: titleOf(row, t),
        rank: next.indexOf(row.applicationId) + 1,
        total,
      }),
    );
  }

  async function saveOrder() {
    setBusy(true);
    setProblem(undefined);
    try {
      const kept = Object.fromEntries(Object.entries(notes).filter(([, note]) => note.trim()));
      await client.setOrder(order, kept);
      setSaved({ order, notes });
      setAnnouncement(t('committee.order.saved'));
      await reload();
    } catch (failure) {
      setProblem(problemOf(failure, t));
    } finally {
      setBusy(false);
    }
  }

  const undeclared = list.applications.filter((row) => !row.declaration);
  const standingAside = list.applications.filter((row) => row.declaration?.conflicted);
  const orderSaved = (list.order ?? []).length === list.applications.length && list.applications.length > 0;
  const blockers = [
    ...undeclared.map((row) => t('committee.blocker.declare', { title: titleOf(row, t) })),
    ...(dirty ? [t('committee.blocker.unsavedOrder')] : !orderSaved ? [t('committee.blocker.order')] : []),
  ];
  const ownCounties = figures.filter((county) => context.counties.includes(county.number));
  return (
    <>
      <ReviewHeader intro="committee.intro.geographic" />
      {ownCounties.length > 0 && (
        <Paragraph>
          {t('committee.yourCounties', { counties: ownCounties.map((county) => county.name).join(', ') })}
        </Paragraph>
      )}

      <CountyOverview figures={figures} applications={list.applications} />

      <section aria-labelledby="list-heading" className="spaced">
        <Heading level={2} data-size="sm" id="list-heading">
          {t('committee.list.heading.geographic', { count: list.applications.length })}
        </Heading>
        <Paragraph>
          {t(
            chair && open
              ? 'committee.order.help'
              : context.member.role === 'chair' && open
                ? 'committee.order.actingElsewhere'
                : 'committee.order.chairOnly',
          )}
        </Paragraph>
        {chair && context.member.role === 'deputy' && (
          <Paragraph data-size="sm" className="muted">
            {t('committee.deputyNote')}
          </Paragraph>
        )}
        {dirty && (
          <Alert data-color="warning" data-testid="order-unsaved">
            {t('committee.order.unsaved')}
          </Alert>
        )}
        <ol className="review-cards" data-testid="priority-list">
          {order.map((id, index) => {
            const row = rows.get(id);
            if (!row) return null;
            const title = titleOf(row, t);
            const declared = row.declaration !== null && !row.declaration.conflicted;
            return (
              <li
                key={id}
                className="review-card"
                data-application={id}
                data-conflicted={row.declaration?.conflicted || undefined}
              >
                <ReviewCardTop row={row} title={title} rank={index + 1} />
                {!declared && (
                  <div className="review-card__section">
                    <DeclarationForm
                      applicationId={id}
                      title={title}
                      declaration={row.declaration}
                      onDeclared={reload}
                    />
                  </div>
                )}
                {declared && (
                  <div className="review-card__section">
                    <Heading level={4} data-size="2xs">
                      {t('committee.comments.heading')}
                    </Heading>
                    <CommentList comments={row.comments} />
                    {mayComment(context, row) && (
                      <CommentForm
                        applicationId={id}
                        title={title}
                        mine={(row.mine ?? null) as GeographicComment | null}
                        onSaved={reload}
                      />
                    )}
                  </div>
                )}
                {declared && chair && open && (
                  <div className="review-card__section form-stack">
                    <Textfield
                      id={`note-${id}`}
                      label={t('committee.order.comment')}
                      multiline
                      rows={2}
                      counter={counter(REASON_MAX)}
                      value={notes[id] ?? ''}
                      onChange={(event) => setNotes((current) => ({ ...current, [id]: event.target.value }))}
                    />
                    <div className="review-card__moves">
                      <Button
                        variant="secondary"
                        data-size="sm"
                        data-move={id}
                        data-direction="up"
                        disabled={index === 0}
                        onClick={() => moveRow(row, -1, 'up')}
                      >
                        ↑ {t('committee.order.moveUp')}
                        <span className="visually-hidden"> – {title}</span>
                      </Button>
                      <Button
                        variant="secondary"
                        data-size="sm"
                        data-move={id}
                        data-direction="down"
                        disabled={index === order.length - 1}
                        onClick={() => moveRow(row, 1, 'down')}
                      >
                        ↓ {t('committee.order.moveDown')}
                        <span className="visually-hidden"> – {title}</span>
                      </Button>
                    </div>
                  </div>
                )}
                {(!chair || !open) && notes[id] && (
                  <Paragraph data-size="sm" className="review-card__section">
                    <strong>{t('committee.order.note')}:</strong> {notes[id]}
                  </Paragraph>
                )}
              </li>
            );
          })}
        </ol>
        <StandAsideList rows={standingAside} />
        <LiveRegion message={announcement} />
        {chair && open && (
          <div className="row-actions spaced-sm">
            <Button
              data-testid="order-save"
              disabled={busy || undeclared.length > 0}
              aria-busy={busy || undefined}
              onClick={() => void saveOrder()}
            >
              {t('committee.order.save')}
            </Button>
            {saved && !dirty && orderSaved && (
              <span className="save-status">{t('committee.order.saved')}</span>
            )}
          </div>
        )}
        {problem && (
          <Alert data-color="danger" role="alert">
            {problem}
          </Alert>
        )}
      </section>
      <ListEnd list={list} blockers={blockers} onFinalised={reload} />
    </>
  );
}

function sameNotes(a: Record<string, string>, b: Record<string, string>) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? '').trim() === (b[key] ?? '').trim());
}
