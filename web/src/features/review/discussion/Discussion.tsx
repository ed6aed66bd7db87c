import { Alert, Fieldset, Heading, Paragraph, Radio, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { DISCUSSION_TEXT_MAX } from '../../../../../shared/domain/review.ts';
import { ApiError } from '../../../app/api.ts';
import { formatDateTime, formatNok } from '../../../app/format.ts';
import { isOpen, problemOf, useReview } from '../context.tsx';
import { useLabels } from '../labels.ts';
import { useReviewI18n } from '../i18n.ts';
import type { DiscussionEntry, ReviewDetail } from '../types.ts';
import { emptyPost, postBody, type PostDraft, type PostIssue, type SuggestionChoice } from './post.ts';
import { useCounter } from '../../../app/counter.ts';
import { SaveRow } from '../SaveRow.tsx';
import { AmountFields } from '../final/AmountFields.tsx';

/**
 * The committee's discussion of one application (ADR 090): the posts with their author and
 * time (a post whose author has since stood aside is marked), and a post form while the stage
 * is open — for a final committee member with an optional suggested outcome, advice to the
 * chair. The API sends the thread only to a member who declared no conflict (an expert member:
 * after their own assessment); the page shows it only then.
 */
export function Discussion({ detail }: { detail: ReviewDetail }) {
  const { t } = useReviewI18n();
  const { committee } = useReview();
  const [posts, setPosts] = useState<DiscussionEntry[] | undefined>(detail.discussion);
  const [seen, setSeen] = useState(detail.discussion);
  // A reload of the page's detail (a new assessment, another tab) brings the thread as it stands.
  if (seen !== detail.discussion) {
    setSeen(detail.discussion);
    setPosts(detail.discussion);
  }

  if (posts === undefined)
    return committee === 'expert' ? (
      <Alert data-color="info" className="spaced" data-testid="discussion-locked">
        <Paragraph>{t('committee.discussion.assessmentFirst')}</Paragraph>
      </Alert>
    ) : null;

  return (
    <section aria-labelledby="discussion-heading" className="spaced discussion" data-testid="discussion">
      <Heading level={3} data-size="sm" id="discussion-heading">
        {t('committee.discussion.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('committee.discussion.intro')}
      </Paragraph>
      {posts.length === 0 ? (
        <Paragraph data-testid="discussion-empty">{t('committee.discussion.empty')}</Paragraph>
      ) : (
        <ol className="discussion-posts" aria-label={t('committee.discussion.posts')}>
          {posts.map((post) => (
            <li key={post.id}>
              <Post post={post} />
            </li>
          ))}
        </ol>
      )}
      <PostForm detail={detail} onPosted={setPosts} />
    </section>
  );
}

function Post({ post }: { post: DiscussionEntry }) {
  const { t, locale } = useReviewI18n();
  const labels = useLabels();
  const suggestion = post.suggestion;
  return (
    <article
      className="discussion-post"
      data-testid="discussion-post"
      data-stands-aside={post.standsAside || undefined}
    >
      <header className="discussion-post__head">
        <strong>{post.memberName}</strong>
        <time dateTime={post.at} className="muted">
          {formatDateTime(post.at, locale)}
        </time>
        {post.standsAside && (
          <Tag data-color="warning" data-size="sm">
            {t('committee.discussion.standsAside')}
          </Tag>
        )}
      </header>
      <p className="prewrap discussion-post__text">{post.text}</p>
      {suggestion && (
        <p className="discussion-post__suggestion" data-testid="discussion-suggestion">
          {suggestion.awarded
            ? t('committee.discussion.suggested.award', {
                amounts: Object.entries(suggestion.amounts)
                  .map(([year, amount]) => `${labels.schoolYear(year)}: ${formatNok(amount)}`)
                  .join('; '),
              })
            : t('committee.discussion.suggested.decline')}
        </p>
      )}
    </article>
  );
}

function PostForm({ detail, onPosted }: { detail: ReviewDetail; onPosted(posts: DiscussionEntry[]): void }) {
  const counter = useCounter();
  const { t } = useReviewI18n();
  const { client, committee, context } = useReview();
  const base = useId();
  const [draft, setDraft] = useState<PostDraft>(emptyPost);
  const [issues, setIssues] = useState<PostIssue[]>([]);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState('');
  const application = detail.application;
  const textId = `${base}-text`;
  const amountId = (schoolYear: string) => `${base}-amount-${schoolYear}`;

  if (!isOpen(context))
    return (
      <Paragraph data-size="sm" className="muted">
        {t('committee.discussion.closed')}
      </Paragraph>
    );

  const textError =
    serverErrors.text ??
    (issues.some((issue) => issue.field === 'text')
      ? issues.some((issue) => issue.field === 'text' && issue.tooLong)
        ? t('committee.discussion.textTooLong', { max: DISCUSSION_TEXT_MAX })
        : t('committee.discussion.textRequired')
      : undefined);
  const amountError = (schoolYear: string) => {
    if (serverErrors[`suggestion.amounts.${schoolYear}`])
      return serverErrors[`suggestion.amounts.${schoolYear}`];
    const issue = issues.find((i) => i.field === 'amount' && i.schoolYear === schoolYear);
    if (issue?.field === 'amount') return t('committee.award.amountInvalid', { max: formatNok(issue.max) });
    if (
      schoolYear === application.requested.perSchoolYear[0]?.schoolYear &&
      issues.some((i) => i.field === 'total')
    )
      return t('committee.award.totalZero');
    return undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    setProblem(undefined);
    setServerErrors({});
    const checked = postBody(committee, application, draft);
    if ('issues' in checked) {
      setIssues(checked.issues);
      const first = checked.issues[0]!;
      document
        .getElementById(
          first.field === 'text'
            ? textId
            : amountId(
                first.field === 'amount'
                  ? first.schoolYear
                  : application.requested.perSchoolYear[0]!.schoolYear,
              ),
        )
        ?.focus();
      return;
    }
    setIssues([]);
    setBusy(true);
    try {
      onPosted(await client.discuss(application.applicationId, checked.body));
      setDraft(emptyPost());
      setStatus(t('committee.discussion.published'));
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setServerErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
        document.getElementById(textId)?.focus();
      } else setProblem(problemOf(error, t));
    } finally {
      setBusy(false);
    }
  }

  const choose = (suggestion: SuggestionChoice) =>
    setDraft((current) => ({
      ...current,
      suggestion,
      // Starting an award from the amounts requested, as the chair's editor does.
      amounts:
        suggestion === 'award' && Object.keys(current.amounts).length === 0
          ? Object.fromEntries(
              application.requested.perSchoolYear.map((year) => [year.schoolYear, String(year.amount)]),
            )
          : current.amounts,
    }));

  return (
    <form
      className="form-stack spaced-sm"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="discussion-form"
    >
      <Textfield
        id={textId}
        label={t('committee.discussion.text')}
        description={t('committee.discussion.textHelp')}
        multiline
        rows={4}
        counter={counter(DISCUSSION_TEXT_MAX)}
        value={draft.text}
        error={textError}
        onChange={(event) => setDraft((current) => ({ ...current, text: event.target.value }))}
      />
      {committee === 'final' && (
        <Fieldset>
          <Fieldset.Legend>{t('committee.discussion.suggestion')}</Fieldset.Legend>
          <Fieldset.Description>{t('committee.discussion.suggestion.help')}</Fieldset.Description>
          {(
            [
              ['none', 'committee.discussion.suggestion.none'],
              ['award', 'committee.award.award'],
              ['decline', 'committee.award.decline'],
            ] as const
          ).map(([value, label]) => (
            <Radio
              key={value}
              name={`${base}-suggestion`}
              value={value}
              label={t(label)}
              checked={draft.suggestion === value}
              onChange={() => choose(value)}
            />
          ))}
          {draft.suggestion === 'award' && (
            <AmountFields
              requested={application.requested.perSchoolYear}
              amounts={draft.amounts}
              idOf={amountId}
              errorOf={amountError}
              onChange={(schoolYear, value) =>
                setDraft((current) => ({ ...current, amounts: { ...current.amounts, [schoolYear]: value } }))
              }
            />
          )}
        </Fieldset>
      )}
      <SaveRow
        problem={problem}
        problemTestId="discussion-problem"
        busy={busy}
        status={status}
        data-testid="discussion-publish"
      >
        {t('committee.discussion.publish')}
      </SaveRow>
    </form>
  );
}
