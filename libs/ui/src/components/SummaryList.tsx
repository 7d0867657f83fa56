import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { Link } from './UiProvider';

export interface SummaryListAction {
  href: string;
  text: string;
  /** Says which row the action is for, e.g. "contact details", for screen reader users. */
  visuallyHiddenText?: string;
}

export interface SummaryListRow {
  key: { text?: string; html?: ReactNode; classes?: string };
  value: { text?: string; html?: ReactNode; classes?: string };
  actions?: { items: SummaryListAction[] };
  classes?: string;
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  classes?: string;
}

function ActionLink({ href, text, visuallyHiddenText }: SummaryListAction) {
  return (
    <Link className="govuk-link" href={href}>
      {text}
      {visuallyHiddenText && <span className="govuk-visually-hidden"> {visuallyHiddenText}</span>}
    </Link>
  );
}

export function SummaryList({ rows, classes }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => row.actions && row.actions.items.length > 0);
  return (
    <dl className={classNames('govuk-summary-list', classes)}>
      {rows.map((row, index) => {
        const actions = row.actions?.items ?? [];
        return (
          <div
            key={row.key.text ?? index}
            className={classNames(
              'govuk-summary-list__row',
              anyRowHasActions && actions.length === 0 && 'govuk-summary-list__row--no-actions',
              row.classes,
            )}
          >
            <dt className={classNames('govuk-summary-list__key', row.key.classes)}>{row.key.html ?? row.key.text}</dt>
            <dd className={classNames('govuk-summary-list__value', row.value.classes)}>{row.value.html ?? row.value.text}</dd>
            {actions.length > 0 && (
              <dd className="govuk-summary-list__actions">
                {actions.length === 1 ? (
                  <ActionLink {...(actions[0] as SummaryListAction)} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action) => (
                      <li key={action.href} className="govuk-summary-list__actions-list-item">
                        <ActionLink {...action} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
