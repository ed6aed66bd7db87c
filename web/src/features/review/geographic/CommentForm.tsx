import { Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { COMMENT_MAX } from '../../../../../shared/domain/review.ts';
import { formatOsloTime } from '../../../app/format.ts';
import { isOpen, problemOf, useReview } from '../context.tsx';
import { useReviewI18n } from '../i18n.ts';
import type { GeographicComment, MemberComment, ReviewRow } from '../types.ts';
import { useCounter } from '../../../app/counter.ts';
import { SaveRow } from '../SaveRow.tsx';

/** May this member comment on the application? A county adviser for their counties; the chair on any. */
export function mayComment(
  context: { member: { role: string }; counties: readonly string[] },
  row: Pick<ReviewRow, 'counties'>,
) {
  return (
    context.member.role === 'chair' || row.counties.some((county) => context.counties.includes(county.number))
  );
}

/** The county advisers' comments on one application (visible to every non-conflicted member). */
export function CommentList({ comments }: { comments: readonly MemberComment[] | null | undefined }) {
  const { t } = useReviewI18n();
  if (!comments || comments.length === 0) return <p className="muted">{t('committee.comments.none')}</p>;
  return (
    <ul className="comment-list">
      {comments.map((comment) => (
        <li key={comment.memberId}>
          <strong>{comment.memberName}</strong>
          <blockquote>{comment.comment}</blockquote>
        </li>
      ))}
    </ul>
  );
}

/** A county adviser's own comment on an application; saving again replaces it. */
export function CommentForm({
  applicationId,
  title,
  mine,
  onSaved,
}: {
  applicationId: string;
  title: string;
  mine: GeographicComment | null;
  onSaved(): Promise<void>;
}) {
  const counter = useCounter();
  const { t, locale } = useReviewI18n();
  const { client, context } = useReview();
  const id = useId();
  const [text, setText] = useState(mine?.text ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState(
    mine ? t('committee.comment.savedAt', { time: formatOsloTime(mine.updatedAt, locale) }) : '',
  );
  if (!isOpen(context)) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('committee.comment.required'));
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    setProblem(undefined);
    try {
      await client.assess(applicationId, { comment: text.trim() });
      setStatus(t('committee.comment.savedAt', { time: formatOsloTime(new Date(), locale) }));
      await onSaved();
    } catch (failure) {
      setProblem(problemOf(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-stack comment-form" noValidate onSubmit={(event) => void submit(event)}>
      <Textfield
        id={`${id}-comment`}
        label={t('committee.comment.mine')}
        description={t('committee.comment.help')}
        multiline
        rows={3}
        counter={counter(COMMENT_MAX)}
        value={text}
        error={error}
        onChange={(event) => setText(event.target.value)}
      />
      <SaveRow problem={problem} busy={busy} status={status} variant="secondary">
        {t('committee.comment.save')}
        <span className="visually-hidden"> – {title}</span>
      </SaveRow>
    </form>
  );
}
