import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface TableCell {
  text?: string;
  html?: ReactNode;
  format?: 'numeric';
  classes?: string;
  colspan?: number;
  rowspan?: number;
}

export interface TableProps {
  rows: TableCell[][];
  head?: TableCell[];
  caption?: string;
  captionClasses?: string;
  firstCellIsHeader?: boolean;
  classes?: string;
  /** Stable keys for rows (for example record ids), so React keeps row state across polls. */
  rowKeys?: string[];
}

function cellClass(base: string, cell: TableCell) {
  return classNames(base, cell.format && `${base}--${cell.format}`, cell.classes);
}

export function Table({ rows, head, caption, captionClasses, firstCellIsHeader, classes, rowKeys }: TableProps) {
  return (
    <table className={classNames('govuk-table', classes)}>
      {caption && <caption className={classNames('govuk-table__caption', captionClasses)}>{caption}</caption>}
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th key={index} scope="col" className={cellClass('govuk-table__header', cell)} colSpan={cell.colspan} rowSpan={cell.rowspan}>
                {cell.html ?? cell.text}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowKeys?.[rowIndex] ?? rowIndex} className="govuk-table__row">
            {row.map((cell, cellIndex) =>
              cellIndex === 0 && firstCellIsHeader ? (
                <th key={cellIndex} scope="row" className={cellClass('govuk-table__header', cell)} colSpan={cell.colspan} rowSpan={cell.rowspan}>
                  {cell.html ?? cell.text}
                </th>
              ) : (
                <td key={cellIndex} className={cellClass('govuk-table__cell', cell)} colSpan={cell.colspan} rowSpan={cell.rowspan}>
                  {cell.html ?? cell.text}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
