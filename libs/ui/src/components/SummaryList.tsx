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

export interface SummaryCardParams {
  title?: { text?: string; html?: ReactNode; headingLevel?: 2 | 3 | 4 | 5 | 6; classes?: string };
  actions?: { items: SummaryListAction[] };
  classes?: string;
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  /** Wraps the list in a summary card with a title and actions, as the macro's `card` parameter does. */
  card?: SummaryCardParams;
  classes?: string;
}

/** The card's title follows each action's hidden text, so "Change" is "Change (Key worker)" to a screen reader. */
function ActionLink({ href, text, visuallyHiddenText, cardTitle }: SummaryListAction & { cardTitle?: ReactNode }) {
  return (
    <Link className="govuk-link" href={href}>
      {text}
      {(visuallyHiddenText || cardTitle) && (
        <span className="govuk-visually-hidden">
          {visuallyHiddenText && ` ${visuallyHiddenText}`}
          {cardTitle && <> ({cardTitle})</>}
        </span>
      )}
    </Link>
  );
}

function SummaryCard({ card, children }: { card: SummaryCardParams; children: ReactNode }) {
  const Heading = `h${card.title?.headingLevel ?? 2}` as const;
  const title = card.title?.html ?? card.title?.text;
  const actions = card.actions?.items ?? [];
  return (
    <div className={classNames('govuk-summary-card', card.classes)}>
      <div className="govuk-summary-card__title-wrapper">
        {title && <Heading className={classNames('govuk-summary-card__title', card.title?.classes)}>{title}</Heading>}
        {actions.length === 1 && (
          <div className="govuk-summary-card__actions">
            <ActionLink {...(actions[0] as SummaryListAction)} cardTitle={title} />
          </div>
        )}
        {actions.length > 1 && (
          <ul className="govuk-summary-card__actions">
            {actions.map((action) => (
              <li key={action.href} className="govuk-summary-card__action">
                <ActionLink {...action} cardTitle={title} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}

export function SummaryList({ rows, card, classes }: SummaryListProps) {
  const list = <SummaryListRows rows={rows} classes={classes} cardTitle={card?.title?.html ?? card?.title?.text} />;
  return card ? <SummaryCard card={card}>{list}</SummaryCard> : list;
}

function SummaryListRows({ rows, classes, cardTitle }: { rows: SummaryListRow[]; classes?: string; cardTitle?: ReactNode }) {
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
                  <ActionLink {...(actions[0] as SummaryListAction)} cardTitle={cardTitle} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action) => (
                      <li key={action.href} className="govuk-summary-list__actions-list-item">
                        <ActionLink {...action} cardTitle={cardTitle} />
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
