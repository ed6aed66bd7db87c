import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { ApplicationDraft } from '../../../../shared/domain/application.ts';
import { formatNok } from '../../app/format.ts';
import { budgetTables } from './budget.ts';
import { useLabels } from './labels.ts';
import { useReviewI18n } from './i18n.ts';
import { ScrollTable } from './ScrollTable.tsx';

/**
 * The application's budget in full for the committees: per school year every cost line, the own
 * contribution, the other funding and the amount requested (what the applicant typed).
 */
export function BudgetLines({ draft }: { draft: Pick<ApplicationDraft, 'budget'> }) {
  const { t } = useReviewI18n();
  const labels = useLabels();
  const base = useId();
  const tables = budgetTables(draft);
  return (
    <section aria-labelledby={`${base}-heading`} className="spaced" data-testid="budget-lines">
      <Heading level={2} data-size="sm" id={`${base}-heading`}>
        {t('committee.applicantBudget.heading')}
      </Heading>
      {tables.length === 0 && <Paragraph>–</Paragraph>}
      {tables.map((table, index) => {
        const caption = `${base}-caption-${index}`;
        return (
          <ScrollTable key={table.schoolYear} labelledBy={caption}>
            <Table data-size="sm" className="budget-lines">
              <caption id={caption}>{labels.schoolYear(table.schoolYear)}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('committee.applicantBudget.line')}</Table.HeaderCell>
                  <Table.HeaderCell className="amount">
                    {t('committee.applicantBudget.amount')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {table.lines.map((line, lineIndex) => (
                  <Table.Row key={lineIndex}>
                    <Table.Cell className="prewrap">{line.description || '–'}</Table.Cell>
                    <Table.Cell className="amount">{formatNok(line.amount)}</Table.Cell>
                  </Table.Row>
                ))}
                <Table.Row className="budget-lines__sum">
                  <Table.HeaderCell scope="row">{t('budget.col.costs')}</Table.HeaderCell>
                  <Table.Cell className="amount">{formatNok(table.costs)}</Table.Cell>
                </Table.Row>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('budget.col.own')}</Table.HeaderCell>
                  <Table.Cell className="amount">−{formatNok(table.ownContribution)}</Table.Cell>
                </Table.Row>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('budget.col.other')}</Table.HeaderCell>
                  <Table.Cell className="amount">−{formatNok(table.otherFunding)}</Table.Cell>
                </Table.Row>
                <Table.Row className="budget-lines__sum">
                  <Table.HeaderCell scope="row">{t('budget.col.requested')}</Table.HeaderCell>
                  <Table.Cell className="amount">
                    <strong>{formatNok(table.requested)}</strong>
                  </Table.Cell>
                </Table.Row>
              </Table.Body>
            </Table>
          </ScrollTable>
        );
      })}
    </section>
  );
}
