import type { ConcernCategory } from '@childfirst/domain/referrals';
import { ErrorMessage, Hint } from '@childfirst/ui';
import { useTranslation } from '../../i18n/i18n';
import type { PublicConcernGroup } from './publicConcernOptions';

export interface ConcernCheckboxesProps {
  groups: readonly PublicConcernGroup[];
  values: readonly ConcernCategory[];
  /** Already in the page's language. */
  error?: string;
  onChange: (values: ConcernCategory[]) => void;
}

/**
 * One question ("What are you worried about?", one fieldset) whose checkboxes are grouped under
 * plain headings. Each group is a role="group" labelled by its heading rather than a nested
 * fieldset, which the Design System advises against. The first checkbox has the id "concerns",
 * which the error summary links to.
 */
export function ConcernCheckboxes({ groups, values, error, onChange }: ConcernCheckboxesProps) {
  const { t } = useTranslation('concern');
  const order = groups.flatMap((group) => group.options.map((option) => option.value));

  function toggle(value: ConcernCategory, checked: boolean) {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(order.filter((code) => next.has(code)));
  }

  const idOf = (code: ConcernCategory) => {
    const position = order.indexOf(code);
    return position === 0 ? 'concerns' : `concerns-${position + 1}`;
  };

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? 'concerns-hint concerns-error' : 'concerns-hint'}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{t('concerns.legend')}</h2>
        </legend>
        <Hint id="concerns-hint" text={t('concerns.hint')} />
        {error && <ErrorMessage id="concerns-error" text={error} visuallyHiddenText={t('common:errors.prefix')} />}
        {groups.map((group) => {
          const headingId = `concerns-group-${group.id}`;
          return (
            <div key={group.id} role="group" aria-labelledby={headingId} className="govuk-!-margin-bottom-4">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
                {t(group.headingKey)}
              </h3>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {group.options.map((option) => {
                  const id = idOf(option.value);
                  const hintId = `${id}-item-hint`;
                  return (
                    <div key={option.value} className="govuk-checkboxes__item">
                      <input
                        className="govuk-checkboxes__input"
                        id={id}
                        name="concerns"
                        type="checkbox"
                        value={option.value}
                        checked={values.includes(option.value)}
                        aria-describedby={option.hintKey ? hintId : undefined}
                        onChange={(event) => toggle(option.value, event.target.checked)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                        {t(option.textKey)}
                      </label>
                      {option.hintKey && <Hint id={hintId} classes="govuk-checkboxes__hint" text={t(option.hintKey)} />}
                    </div>
                  );
                })}
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
