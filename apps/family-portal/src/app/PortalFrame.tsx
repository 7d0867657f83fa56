import { Footer, GenericHeader, PhaseBanner, ServiceNavigation, SkipLink, type ServiceNavigationItem } from '@childfirst/ui';
import type { ReactNode } from 'react';

export interface PortalFrameProps {
  /** The service navigation; public pages have none. */
  navigation?: ServiceNavigationItem[];
  navigationEnd?: ReactNode;
  /** Where the service name in the header leads. */
  serviceUrl: string;
  phaseBanner: ReactNode;
  children: ReactNode;
}

/** The GOV.UK page template around every page, signed in or not. */
export function PortalFrame({ navigation, navigationEnd, serviceUrl, phaseBanner, children }: PortalFrameProps) {
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <GenericHeader logoText="Children, schools and families" url={serviceUrl} />
        <ServiceNavigation
          serviceName="Childfirst family portal"
          serviceUrl={serviceUrl}
          navigationLabel="Menu"
          navigation={navigation}
          slots={navigationEnd ? { navigationEnd } : undefined}
        />
      </header>
      <PhaseBanner tag={{ text: 'Beta' }} html={phaseBanner} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <footer className="govuk-template__footer">
        {/* The accessibility statement and privacy notice links go in meta when those pages exist. */}
        <Footer copyright={{ text: '© Children, schools and families directorate' }} />
      </footer>
    </>
  );
}
