import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { ScrollTable } from '../../app/ScrollTable.tsx';

/**
 * A console table in its keyboard-scrollable region, named by its section's heading: the
 * header cells in one row, the body's rows as children.
 */
export function ConsoleTable({
  labelledBy,
  testId,
  headers,
  children,
}: {
  labelledBy: string;
  testId: string;
  headers: readonly ReactNode[];
  children: ReactNode;
}) {
  return (
    <ScrollTable labelledBy={labelledBy}>
      <Table data-size="sm" className="console-table" data-testid={testId}>
        <Table.Head>
          <Table.Row>
            {headers.map((header, index) => (
              <Table.HeaderCell key={index}>{header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </ScrollTable>
  );
}
