import {
  concernCategories,
  concernCategoriesInGroup,
  concernCategoryCodes,
  concernGroupCodes,
  concernGroups,
  consentNotSoughtReasons,
  intakeConsentStatuses,
  professionalReferralSources,
  referralSources,
  referralUrgencies,
  type ConcernCategory,
  type ConsentNotSoughtReason,
  type IntakeConsentStatus,
  type ProfessionalReferral,
  type ProfessionalReferralSource,
  type ReferralUrgency,
} from '@childfirst/domain/referrals';
import {
  Button,
  Checkboxes,
  DateInput,
  ErrorMessage,
  Input,
  Link,
  LoadingStatus,
  NotificationBanner,
  PageHeading,
  Panel,
  Textarea,
  focusMainHeading,
  formatDateTime,
  formatTime,
  ukDateOf,
  useAuth,
  usePageTitle,
  type DatePart,
} from '@childfirst/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FrontDoorReferral } from '../../../api/frontDoorTypes';
import { queryKeys } from '../../../api/queryKeys';
import { useStaffApi } from '../../../api/StaffApiProvider';
import { CodeListRadios, CodeListSelect } from '../../../forms/CodeList';
import { FormErrorSummary, fieldError, useFormProblems } from '../../../forms/formProblems';
import { useAutosave } from '../../../forms/localDraft';
import { useStaffProfile } from '../../account/useStaffProfile';
import { referralReference } from '../referralFormat';
import {
  emptyChild,
  emptyProfessionalReferral,
  formErrorsOf,
  hasReferralContent,
  maxChildren,
  referralFields,
  validateProfessionalReferral,
  type ChildValues,
  type ProfessionalReferralFormValues,
} from './professionalReferralForm';
import { clearReferralDraft, loadReferralDraft, saveReferralDraft } from './referralDraft';

const title = 'Make a referral';

const professionalSources = Object.fromEntries(professionalReferralSources.map((source) => [source, { label: referralSources[source].label }])) as Record<
  ProfessionalReferralSource,
  { label: string }
>;

const urgencyHints = Object.fromEntries(Object.entries(referralUrgencies).map(([code, { hint }]) => [code, hint])) as Record<ReferralUrgency, string>;

interface CreateReferralVariables {
  referral: ProfessionalReferral;
  idempotencyKey: string;
}

function useCreateReferral() {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<FrontDoorReferral, unknown, CreateReferralVariables>({
    mutationFn: ({ referral, idempotencyKey }) => api.createReferral(referral, idempotencyKey),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.triageQueues }),
  });
}

function newKey(): string {
  return crypto.randomUUID();
}

/** The form, its idempotency key and where they came from: a draft kept in this browser, or nothing yet. */
function useStartingPoint(userId: string) {
  const [start] = useState(() => {
    const draft = loadReferralDraft(userId);
    if (draft) return { values: draft.values, idempotencyKey: draft.idempotencyKey, restoredFrom: draft.savedAt };
    return { values: emptyProfessionalReferral(newKey()), idempotencyKey: newKey(), restoredFrom: null };
  });
  return start;
}

function ReferralSent({ referral, contact, onAnother }: { referral: FrontDoorReferral; contact: string | null; onAnother: () => void }) {
  usePageTitle('Referral sent');
  useEffect(() => {
    focusMainHeading();
  }, []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel
          titleText="Referral sent"
          html={
            <>
              Your reference is
              <br />
              <strong>{referralReference(referral.id)}</strong>
            </>
          }
        />
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">The front door team will look at your referral and decide what happens next within one working day.</p>
        <p className="govuk-body">
          {contact ? `They may contact you on ${contact} if they need to know more. ` : ''}They will tell you what they decided. Quote the reference if you need to contact them about it.
        </p>
        <p className="govuk-body">If a child is in immediate danger, call 999.</p>
        <div className="govuk-button-group">
          <Button type="button" classes="govuk-button--secondary" text="Make another referral" onClick={onAnother} />
          <Link className="govuk-link" href="/">
            Go to your home page
          </Link>
        </div>
      </div>
    </div>
  );
}

interface ChildFieldsProps {
  index: number;
  child: ChildValues;
  count: number;
  errors: Partial<Record<string, string>>;
  dateParts: DatePart[];
  onChange: (child: ChildValues) => void;
  onRemove: () => void;
}

function ChildFields({ index, child, count, errors, dateParts, onChange, onRemove }: ChildFieldsProps) {
  const id = (member: string) => `subjects-${index}-${member}`;
  const error = (member: string) => fieldError(errors, `subjects.${index}.${member}`);
  const update = <Field extends keyof ChildValues>(field: Field, value: ChildValues[Field]) => onChange({ ...child, [field]: value });
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby="children-hint">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h3 className="govuk-fieldset__heading">Child {index + 1}</h3>
      </legend>
      <Input id={id('givenName')} name={id('givenName')} label={{ text: 'Given name' }} autocomplete="off" spellcheck={false} classes="govuk-!-width-two-thirds" value={child.givenName} errorMessage={error('givenName')} onChange={(value) => update('givenName', value)} />
      <Input id={id('familyName')} name={id('familyName')} label={{ text: 'Family name' }} autocomplete="off" spellcheck={false} classes="govuk-!-width-two-thirds" value={child.familyName} errorMessage={error('familyName')} onChange={(value) => update('familyName', value)} />
      <DateInput
        id={id('dateOfBirth')}
        fieldset={{ legend: { text: 'Date of birth', classes: 'govuk-fieldset__legend--s' } }}
        hint={{ text: 'For example, 27 3 2016. Leave it empty if you do not know it.' }}
        items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: child.dateOfBirth[part], error: dateParts.includes(part) }))}
        errorMessage={error('dateOfBirth')}
        onChange={(part, value) => update('dateOfBirth', { ...child.dateOfBirth, [part]: value })}
      />
      <Input
        id={id('approximateAge')}
        name={id('approximateAge')}
        label={{ text: 'Age, if you do not know their date of birth' }}
        hint={{ text: 'In whole years, as best you know. For example, 7' }}
        inputmode="numeric"
        autocomplete="off"
        classes="govuk-input--width-3"
        value={child.approximateAge}
        errorMessage={error('approximateAge')}
        onChange={(value) => update('approximateAge', value)}
      />
      <Input id={id('postcode')} name={id('postcode')} label={{ text: 'Postcode (optional)' }} hint={{ text: 'Where the child lives, like SG1 1AA' }} autocomplete="off" spellcheck={false} classes="govuk-input--width-10" value={child.postcode} errorMessage={error('postcode')} onChange={(value) => update('postcode', value)} />
      <Input id={id('schoolName')} name={id('schoolName')} label={{ text: 'School or nursery (optional)' }} autocomplete="off" classes="govuk-!-width-two-thirds" value={child.schoolName} errorMessage={error('schoolName')} onChange={(value) => update('schoolName', value)} />
      {count > 1 && (
        <Button type="button" classes="govuk-button--secondary" onClick={onRemove}>
          Remove<span className="govuk-visually-hidden"> child {index + 1}</span>
        </Button>
      )}
    </fieldset>
  );
}

function ConcernsQuestion({ selected, error, onChange }: { selected: ConcernCategory[]; error?: string; onChange: (concerns: ConcernCategory[]) => void }) {
  const groups = concernGroupCodes.filter((group) => concernCategoriesInGroup(group).length > 0);
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <h2 className="govuk-heading-l" id="concerns-heading">
        What are you worried about?
      </h2>
      <div className="govuk-hint" id="concerns-hint">
        Select all that apply, up to 10. They are grouped to help you find them.
      </div>
      {error && <ErrorMessage id="concerns-error" text={error} />}
      {groups.map((group, index) => {
        const codes = concernCategoriesInGroup(group);
        return (
          <Checkboxes<ConcernCategory>
            key={group}
            name="concerns"
            // The first box of the first group is "concerns", where the error summary links.
            idPrefix={index === 0 ? 'concerns' : `concerns-${group}`}
            fieldset={{ legend: { text: concernGroups[group].label, classes: 'govuk-fieldset__legend--s' }, describedBy: ['concerns-hint', error && 'concerns-error'].filter(Boolean).join(' ') }}
            classes="govuk-checkboxes--small"
            values={selected.filter((code) => codes.includes(code))}
            // Kept in the code list's order, whichever group they were ticked in.
            onChange={(inGroup) => {
              const chosen = new Set([...selected.filter((code) => !codes.includes(code)), ...inGroup]);
              onChange(concernCategoryCodes.filter((code) => chosen.has(code)));
            }}
            items={codes.map((code) => ({ value: code, text: concernCategories[code].label }))}
          />
        );
      })}
    </div>
  );
}

function NewReferralForm({ userId, onSent }: { userId: string; onSent: (referral: FrontDoorReferral, values: ProfessionalReferralFormValues) => void }) {
  const start = useStartingPoint(userId);
  const [values, setValues] = useState(start.values);
  // One key per referral, kept with the draft: trying again after a failure records it once.
  const [idempotencyKey, setIdempotencyKey] = useState(start.idempotencyKey);
  const [restoredFrom, setRestoredFrom] = useState(start.restoredFrom);
  const [touched, setTouched] = useState(false);
  const [draftStatus, setDraftStatus] = useState('');
  const [dateParts, setDateParts] = useState<Record<number, DatePart[]>>({});
  const focusAfterRender = useRef<string | null>(null);
  const problems = useFormProblems();
  const create = useCreateReferral();
  const displayName = useStaffProfile().data?.displayName;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  useEffect(() => {
    if (focusAfterRender.current) {
      document.getElementById(focusAfterRender.current)?.focus();
      focusAfterRender.current = null;
    }
  });

  const autosave = useAutosave(
    JSON.stringify(values),
    touched
      ? () => {
          if (!hasReferralContent(values)) {
            clearReferralDraft(userId);
            setDraftStatus('');
            return;
          }
          const savedAt = new Date();
          if (saveReferralDraft(userId, { values, idempotencyKey, savedAt: savedAt.toISOString() })) {
            setDraftStatus(`Your referral was kept in this browser at ${formatTime(savedAt)}. It has not been sent yet.`);
          } else {
            setDraftStatus('Your referral could not be kept in this browser. Send it before you leave this page.');
          }
        }
      : null,
  );

  function update<Field extends keyof ProfessionalReferralFormValues>(field: Field, value: ProfessionalReferralFormValues[Field]) {
    setTouched(true);
    setValues((current) => ({ ...current, [field]: value }));
  }

  function updateChild(index: number, child: ChildValues) {
    update(
      'children',
      values.children.map((current, at) => (at === index ? child : current)),
    );
  }

  function addChild() {
    if (values.children.length >= maxChildren) return;
    const index = values.children.length;
    focusAfterRender.current = `subjects-${index}-givenName`;
    update('children', [...values.children, emptyChild(newKey())]);
  }

  function removeChild(index: number) {
    // The errors and highlighted dates belong to the children as they were numbered.
    problems.clear();
    setDateParts({});
    focusAfterRender.current = 'children-heading';
    update(
      'children',
      values.children.filter((_child, at) => at !== index),
    );
  }

  function handleDiscard() {
    autosave.cancel();
    clearReferralDraft(userId);
    setValues(emptyProfessionalReferral(newKey()));
    setIdempotencyKey(newKey());
    setTouched(false);
    setRestoredFrom(null);
    setDraftStatus('');
    problems.clear();
    setDateParts({});
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const result = validateProfessionalReferral(values, ukDateOf(new Date()));
    if (result.errors) {
      setDateParts(result.dateParts);
      problems.show(result.errors);
      return;
    }
    problems.clear();
    setDateParts({});
    const sent = values;
    create.mutate(
      { referral: result.referral, idempotencyKey },
      {
        onSuccess: (referral) => {
          autosave.cancel();
          clearReferralDraft(userId);
          onSent(referral, sent);
        },
        // What was typed stays in the form and in the draft, with the same idempotency key.
        onError: (error) => problems.showApiError(error, (apiErrors) => formErrorsOf(apiErrors, values.consentStatus) as Record<string, string>),
      },
    );
  }

  const errors = problems.errors;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} fields={referralFields(values, dateParts)} notSaved="Your referral has not been sent. It is kept here: try again." />
        {restoredFrom && (
          <NotificationBanner titleText="Important">
            <p className="govuk-notification-banner__heading">We restored the referral you had not sent</p>
            <p className="govuk-body">You were writing it on {formatDateTime(restoredFrom)}. Check it, then send it.</p>
            <Button type="button" classes="govuk-button--secondary govuk-!-margin-bottom-0" text="Start again" onClick={handleDiscard} />
          </NotificationBanner>
        )}
        <PageHeading classes="govuk-heading-l">{title}</PageHeading>
        <p className="govuk-body">Tell the front door about a child you are worried about. They decide what happens next within one working day.</p>
        <p className="govuk-body">If a child is in immediate danger, call 999 first.</p>
        <form noValidate onSubmit={handleSubmit} aria-label={title}>
          <h2 className="govuk-heading-l">About you</h2>
          {displayName && <p className="govuk-body">The referral is made in your name, {displayName}.</p>}
          <CodeListSelect<ProfessionalReferralSource>
            name="source"
            codes={professionalSources}
            emptyOption="Choose the service"
            label={{ text: 'Which service are you referring from?', classes: 'govuk-label--s' }}
            value={values.source}
            errorMessage={fieldError(errors, 'source')}
            onChange={(source) => update('source', source)}
          />
          <Input name="referrerRole" label={{ text: 'Your job title or role', classes: 'govuk-label--s' }} autocomplete="organization-title" value={values.referrerRole} errorMessage={fieldError(errors, 'referrerRole')} onChange={(value) => update('referrerRole', value)} />
          <Input name="referrerOrganisation" label={{ text: 'Your organisation (optional)', classes: 'govuk-label--s' }} hint={{ text: 'For example, the name of your school or practice' }} autocomplete="organization" value={values.referrerOrganisation} errorMessage={fieldError(errors, 'referrerOrganisation')} onChange={(value) => update('referrerOrganisation', value)} />
          <p className="govuk-body" id="contact-hint">
            Give a phone number, an email address or both, so the front door can contact you.
          </p>
          <Input name="referrerPhone" type="tel" label={{ text: 'Phone number', classes: 'govuk-label--s' }} autocomplete="tel" classes="govuk-input--width-20" describedBy="contact-hint" value={values.referrerPhone} errorMessage={fieldError(errors, 'referrerPhone')} onChange={(value) => update('referrerPhone', value)} />
          <Input name="referrerEmail" type="email" label={{ text: 'Email address', classes: 'govuk-label--s' }} autocomplete="email" spellcheck={false} describedBy="contact-hint" value={values.referrerEmail} errorMessage={fieldError(errors, 'referrerEmail')} onChange={(value) => update('referrerEmail', value)} />

          <h2 className="govuk-heading-l" id="children-heading" tabIndex={-1}>
            {values.children.length === 1 ? 'The child' : 'The children'}
          </h2>
          <div className="govuk-hint" id="children-hint">
            Give the child’s name, or their date of birth or age and their postcode, so the front door can find them. Give what you know.
          </div>
          {errors.subjects && <ErrorMessage id="subjects-error" text={errors.subjects} />}
          {values.children.map((child, index) => (
            <ChildFields
              key={child.key}
              index={index}
              child={child}
              count={values.children.length}
              errors={errors}
              dateParts={dateParts[index] ?? []}
              onChange={(changed) => updateChild(index, changed)}
              onRemove={() => removeChild(index)}
            />
          ))}
          {values.children.length < maxChildren ? (
            <Button type="button" id="add-child" classes="govuk-button--secondary" text="Add another child" onClick={addChild} />
          ) : (
            <p className="govuk-body">You can add up to {maxChildren} children. Make another referral for the others.</p>
          )}

          <ConcernsQuestion selected={values.concerns} error={errors.concerns} onChange={(concerns) => update('concerns', concerns)} />
          <Textarea
            name="description"
            rows={8}
            label={{ text: 'Describe what is happening', classes: 'govuk-label--l' }}
            hint={{ text: 'What you have seen or been told, when, by whom, and anything already done about it.' }}
            value={values.description}
            errorMessage={fieldError(errors, 'description')}
            onChange={(value) => update('description', value)}
          />
          <CodeListRadios<ReferralUrgency>
            name="urgency"
            codes={referralUrgencies}
            hints={urgencyHints}
            fieldset={{ legend: { text: 'How urgent is this?', classes: 'govuk-fieldset__legend--l' } }}
            value={values.urgency}
            errorMessage={fieldError(errors, 'urgency')}
            onChange={(urgency) => update('urgency', urgency)}
          />
          <CodeListRadios<IntakeConsentStatus>
            name="consent"
            codes={intakeConsentStatuses}
            fieldset={{ legend: { text: 'Did the family agree to this referral?', classes: 'govuk-fieldset__legend--l' } }}
            hint={{ text: 'You should normally tell the family and ask them, unless that would put a child at risk. A referral can be made without their agreement.' }}
            value={values.consentStatus}
            errorMessage={fieldError(errors, 'consentStatus')}
            onChange={(status) => update('consentStatus', status)}
            conditionals={{
              'not-sought': (
                <>
                  <CodeListSelect<ConsentNotSoughtReason>
                    name="consentReason"
                    codes={consentNotSoughtReasons}
                    emptyOption="Choose a reason"
                    label={{ text: 'Why was the family not asked?' }}
                    value={values.consentReason}
                    errorMessage={fieldError(errors, 'consentReason')}
                    onChange={(reason) => update('consentReason', reason)}
                  />
                  <Textarea
                    name="consentNotSoughtDetail"
                    rows={3}
                    label={{ text: 'Anything else the front door should know about this (optional)' }}
                    value={values.consentNotSoughtDetail}
                    errorMessage={fieldError(errors, 'consentNotSoughtDetail')}
                    onChange={(value) => update('consentNotSoughtDetail', value)}
                  />
                </>
              ),
              refused: (
                <Textarea
                  name="consentRefusedDetail"
                  rows={3}
                  label={{ text: 'What did the family say?' }}
                  value={values.consentRefusedDetail}
                  errorMessage={fieldError(errors, 'consentRefusedDetail')}
                  onChange={(value) => update('consentRefusedDetail', value)}
                />
              ),
            }}
          />
          {/* Announced politely, and only when its words change. */}
          <p className="govuk-body-s" role="status" aria-live="polite">
            {draftStatus}
          </p>
          <Button disabled={create.isPending} text={create.isPending ? 'Sending referral…' : 'Send referral'} />
          <LoadingStatus text={create.isPending ? 'Sending the referral' : ''} visuallyHidden />
        </form>
      </div>
    </div>
  );
}

/** A professional's referral to the front door (POST /staff/referrals), open to everyone who works with families. */
export function NewReferralPage() {
  const userId = useAuth().profile.subject;
  const [sent, setSent] = useState<{ referral: FrontDoorReferral; contact: string | null } | null>(null);
  const [formKey, setFormKey] = useState(0);
  // "Make another referral" starts a new form: focus its heading, as a new page would.
  useEffect(() => {
    if (formKey > 0) focusMainHeading();
  }, [formKey]);
  if (sent) {
    return (
      <ReferralSent
        referral={sent.referral}
        contact={sent.contact}
        onAnother={() => {
          setSent(null);
          setFormKey((key) => key + 1);
        }}
      />
    );
  }
  return (
    <NewReferralForm
      key={formKey}
      userId={userId}
      onSent={(referral, values) => setSent({ referral, contact: values.referrerPhone.trim() || values.referrerEmail.trim() || null })}
    />
  );
}
