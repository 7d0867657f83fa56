export { UiProvider, useUiSettings, Link, type UiSettings, type LinkComponentProps } from './components/UiProvider';
export { SkipLink, type SkipLinkProps } from './components/SkipLink';
export { GenericHeader, type GenericHeaderProps } from './components/GenericHeader';
export { ServiceNavigation, type ServiceNavigationProps, type ServiceNavigationItem } from './components/ServiceNavigation';
export { Footer, type FooterProps } from './components/Footer';
export { PhaseBanner, type PhaseBannerProps } from './components/PhaseBanner';
export { Button, type ButtonProps } from './components/Button';
export { Label, type LabelProps } from './components/Label';
export { Hint, type HintProps } from './components/Hint';
export { Fieldset, type FieldsetProps, type FieldsetLegend } from './components/Fieldset';
export { Input, type InputProps } from './components/Input';
export { Textarea, type TextareaProps } from './components/Textarea';
export { Radios, type RadiosProps, type RadiosItem } from './components/Radios';
export { Checkboxes, type CheckboxesProps, type CheckboxesItem } from './components/Checkboxes';
export { Select, type SelectProps, type SelectItem } from './components/Select';
export { DateInput, type DateInputProps, type DateInputItem, type DateInputPart } from './components/DateInput';
export { ErrorMessage, type ErrorMessageProps } from './components/ErrorMessage';
export { ErrorSummary, type ErrorSummaryProps, type ErrorSummaryItem } from './components/ErrorSummary';
export { Table, type TableProps, type TableCell } from './components/Table';
export { ScrollableTable, type ScrollableTableProps } from './components/ScrollableTable';
export { SummaryList, type SummaryListProps, type SummaryListRow, type SummaryListAction, type SummaryCardParams } from './components/SummaryList';
export { Tag, type TagProps } from './components/Tag';
export { Panel, type PanelProps } from './components/Panel';
export { NotificationBanner, type NotificationBannerProps } from './components/NotificationBanner';
export { BackLink, type BackLinkProps } from './components/BackLink';
export { InsetText, type InsetTextProps } from './components/InsetText';
export { WarningText, type WarningTextProps } from './components/WarningText';
export { LoadingStatus, type LoadingStatusProps } from './components/LoadingStatus';
export type { ErrorMessageParams, HintParams, LabelParams } from './components/formField';

export { PageHeading, type PageHeadingProps } from './page/PageHeading';
export { usePageTitle } from './page/usePageTitle';
export { useRouteFocus } from './page/useRouteFocus';
export { focusMainHeading } from './page/pageFocus';

export { formatDate, formatDateTime, formatDeadline, formatTime, ukDateOf } from './format/dates';

export { ApiError, apiErrorFromResponse, normaliseFieldPath, problemFromBody, shouldRetryRequest, titleForStatus, type ProblemDetails, type ProblemFieldError } from './http/ApiError';
export { createJsonClient, type JsonClient, type JsonClientOptions, type JsonRequest } from './http/createJsonClient';

export { AuthProvider, useAuth, type Auth, type AuthProfile, type AuthProviderProps, type AuthStatus } from './auth/AuthProvider';
export { keycloakInitOptions, silentCheckSsoInitOptions, type KeycloakActionStatus, type KeycloakClient, type KeycloakSettings } from './auth/keycloakClient';
export { ProblemNotice, type ProblemNoticeProps } from './components/ProblemNotice';
export { fieldErrorsFromIssues, errorSummaryItems, hasFieldErrors, type FieldErrors, type SchemaIssue } from './forms/fieldErrors';
export { parseDateParts, datePartsOf, emptyDateParts, type DateParts, type DatePart, type DatePartsOptions, type DatePartsResult } from './forms/dateParts';

export { Genogram, genogramShape, type GenogramProps, type GenogramPerson, type GenogramData } from './casework/Genogram';
