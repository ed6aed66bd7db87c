import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { APPLICATION_LIMITS } from '../../../../../../shared/domain/application.ts';
import { formatNok, inSentence } from '../../../../app/format.ts';
import { useText } from '../../../../app/i18n.tsx';
import { formText } from '../../text.ts';
import { NumberField, useForm } from '../form-context.tsx';
import { budgetFigures, withBudgetForSchoolYears, type BudgetEntryDraft } from '../logic.ts';
import { ScrollTable } from '../../../../app/ScrollTable.tsx';

export function BudgetStep() {
  const { t, locale } = useText(formText);
  const { draft, update, error, round, stepHref, goTo } = useForm();
  const chosen = draft.schoolYears ?? [];
  const budget = draft.budget ?? [];

  // A budget entry for every chosen school year (e.g. one chosen before this step existed).
  useEffect(() => {
    const synced = withBudgetForSchoolYears(draft, round);
    if (synced !== draft) update(() => synced);
  }, [draft, round, update]);

  // Inside a sentence ('Budsjett for skoleåret …'): the label's first letter small.
  const label = (id: string) =>
    inSentence(round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id);
  const figures = budgetFigures(draft);
  const setEntry = (index: number, change: (entry: BudgetEntryDraft) => BudgetEntryDraft) =>
    update((d) => ({
      ...d,
      budget: (d.budget ?? []).map((entry, i) => (i === index ? change(entry) : entry)),
    }));
  const roundTotal = Object.values(round.budgetPerYear).reduce((sum, amount) => sum + amount, 0);

  if (chosen.length === 0 && budget.length === 0) {
    return (
      <Alert data-color="info" id="field-budget" tabIndex={-1}>
        <Paragraph>{t('budget.noYears')}</Paragraph>
        <Paragraph>
          <a
            className="ds-link"
            href={stepHref('activities', 'field-schoolYears')}
            onClick={(event) => {
              event.preventDefault();
              goTo('activities', 'field-schoolYears');
            }}
          >
            {t('budget.goToYears')}
          </a>
        </Paragraph>
      </Alert>
    );
  }

  return (
    <div className="form-stack">
      <Paragraph id="field-budget" tabIndex={-1}>
        {t('budget.intro')} {t('budget.roundBudget', { total: formatNok(roundTotal) })}
      </Paragraph>
      {/* A rule over the whole budget (the round's co-funding share, ADR 100) is said here. */}
      {error('field-budget') && (
        <ValidationMessage data-testid="budget-error">{error('field-budget')}</ValidationMessage>
      )}
      {budget.map((entry, index) => {
        const base = `field-budget-${index}`;
        const year = figures.perSchoolYear[index]!;
        const notChosen = !chosen.includes(entry.schoolYear);
        return (
          <Fieldset key={entry.schoolYear || index} id={base} className="budget-year" tabIndex={-1}>
            <Fieldset.Legend>
              <Heading level={3} data-size="sm">
                {t('budget.year', { schoolYear: label(entry.schoolYear) })}
              </Heading>
            </Fieldset.Legend>
            {notChosen && (
              <Alert data-color="warning">
                <Paragraph>{t('budget.notChosen')}</Paragraph>
                <Button
                  variant="secondary"
                  onClick={() =>
                    update((d) => ({ ...d, budget: (d.budget ?? []).filter((_, i) => i !== index) }))
                  }
                >
                  {t('budget.removeEntry', { schoolYear: label(entry.schoolYear) })}
                </Button>
              </Alert>
            )}
            <Fieldset>
              <Fieldset.Legend>{t('budget.costs')}</Fieldset.Legend>
              {entry.costLines.map((line, lineIndex) => {
                const lineBase = `${base}-costLines-${lineIndex}`;
                const n = lineIndex + 1;
                return (
                  <div
                    key={lineIndex}
                    className="cost-line"
                    role="group"
                    aria-label={t('budget.cost', { n })}
                  >
                    <Textfield
                      id={`${lineBase}-description`}
                      label={`${t('budget.cost', { n })}: ${t('budget.cost.description')}`}
                      value={line.description}
                      onChange={(event) =>
                        setEntry(index, (e) => ({
                          ...e,
                          costLines: e.costLines.map((l, i) =>
                            i === lineIndex ? { ...l, description: event.target.value } : l,
                          ),
                        }))
                      }
                      error={error(`${lineBase}-description`)}
                      maxLength={APPLICATION_LIMITS.costDescriptionLength}
                    />
                    <NumberField
                      id={`${lineBase}-amount`}
                      label={`${t('budget.cost', { n })}: ${t('budget.cost.amount')}`}
                      value={line.amount}
                      emptyValue={0}
                      suffix="kr"
                      onChange={(amount) =>
                        setEntry(index, (e) => ({
                          ...e,
                          costLines: e.costLines.map((l, i) =>
                            i === lineIndex ? { ...l, amount: amount ?? 0 } : l,
                          ),
                        }))
                      }
                      error={error(`${lineBase}-amount`)}
                    />
                    {entry.costLines.length > 1 && (
                      <Button
                        variant="tertiary"
                        data-color="danger"
                        data-size="sm"
                        onClick={() =>
                          setEntry(index, (e) => ({
                            ...e,
                            costLines: e.costLines.filter((_, i) => i !== lineIndex),
                          }))
                        }
                      >
                        {t('budget.cost.remove', { n })}
                      </Button>
                    )}
                  </div>
                );
              })}
              <div>
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() =>
                    setEntry(index, (e) => ({
                      ...e,
                      costLines: [...e.costLines, { description: '', amount: 0 }],
                    }))
                  }
                >
                  {t('budget.cost.add')}
                </Button>
              </div>
              {error(`${base}-costLines-0-description`) === undefined && error(`${base}-costLines`) && (
                <Paragraph>{error(`${base}-costLines`)}</Paragraph>
              )}
            </Fieldset>
            <NumberField
              id={`${base}-ownContribution`}
              label={t('budget.ownContribution')}
              description={t('budget.ownContribution.description')}
              value={entry.ownContribution}
              emptyValue={0}
              suffix="kr"
              onChange={(amount) => setEntry(index, (e) => ({ ...e, ownContribution: amount ?? 0 }))}
              error={error(`${base}-ownContribution`)}
            />
            <NumberField
              id={`${base}-otherFunding`}
              label={t('budget.otherFunding')}
              description={t('budget.otherFunding.description')}
              value={entry.otherFunding}
              emptyValue={0}
              suffix="kr"
              onChange={(amount) => setEntry(index, (e) => ({ ...e, otherFunding: amount ?? 0 }))}
              error={error(`${base}-otherFunding`)}
            />
            <Paragraph className="requested">
              <output htmlFor={`${base}-ownContribution ${base}-otherFunding`}>
                {t('budget.requestedFor', {
                  schoolYear: label(entry.schoolYear),
                  amount: formatNok(year.requested),
                })}
              </output>
            </Paragraph>
          </Fieldset>
        );
      })}
      <BudgetTable />
    </div>
  );
}

/** Per school year and in total: costs, own contribution, other funding and the amount requested. */
export function BudgetTable() {
  const { t, locale } = useText(formText);
  const { draft, round } = useForm();
  const figures = budgetFigures(draft);
  const label = (id: string) => round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id;
  return (
    // A phone reads each school year as a block of labelled figures (styles.css: .budget-table);
    // wider, the table scrolls if it must, and the keyboard reaches it by its name.
    <ScrollTable labelledBy="budget-summary-caption">
      <Table className="budget-table" data-testid="budget-summary">
        <caption id="budget-summary-caption">{t('budget.summary')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('budget.col.schoolYear')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('budget.col.costs')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('budget.col.own')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('budget.col.other')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('budget.col.requested')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {figures.perSchoolYear.map((year, index) => (
            <Table.Row key={`${year.schoolYear}-${index}`}>
              <Table.HeaderCell scope="row">{label(year.schoolYear)}</Table.HeaderCell>
              <Table.Cell className="amount" data-label={t('budget.col.costs')}>
                {formatNok(year.costs)}
              </Table.Cell>
              <Table.Cell className="amount" data-label={t('budget.col.own')}>
                {formatNok(year.ownContribution)}
              </Table.Cell>
              <Table.Cell className="amount" data-label={t('budget.col.other')}>
                {formatNok(year.otherFunding)}
              </Table.Cell>
              <Table.Cell className="amount" data-label={t('budget.col.requested')}>
                {formatNok(year.requested)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t('budget.total')}</Table.HeaderCell>
            <Table.Cell className="amount" data-label={t('budget.col.costs')}>
              {formatNok(figures.total.costs)}
            </Table.Cell>
            <Table.Cell className="amount" data-label={t('budget.col.own')}>
              {formatNok(figures.total.ownContribution)}
            </Table.Cell>
            <Table.Cell className="amount" data-label={t('budget.col.other')}>
              {formatNok(figures.total.otherFunding)}
            </Table.Cell>
            <Table.Cell
              className="amount"
              data-testid="requested-total"
              data-label={t('budget.col.requested')}
            >
              {formatNok(figures.total.requested)}
            </Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </ScrollTable>
  );
}
