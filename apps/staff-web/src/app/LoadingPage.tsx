import { LoadingStatus, PageHeading, usePageTitle } from '@childfirst/ui';

/**
 * A page whose record is still loading: its heading (so focus after navigation has somewhere to
 * go) and a status that screen readers announce.
 */
export function LoadingPage({ title, text }: { title: string; text: string }) {
  usePageTitle(title);
  return (
    <>
      <PageHeading classes="govuk-heading-l">{title}</PageHeading>
      <LoadingStatus text={text} />
    </>
  );
}
