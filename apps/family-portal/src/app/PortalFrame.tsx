import { Footer, GenericHeader, PhaseBanner, ServiceNavigation, SkipLink, type ServiceNavigationItem } from '@childfirst/ui';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/i18n';
import { LanguageToggle } from '../i18n/LanguageToggle';

export interface PortalFrameProps {
  /** The service navigation; public pages have none. */
  navigation?: ServiceNavigationItem[];
  navigationEnd?: ReactNode;
  /** Where the service name in the header leads. */
  serviceUrl: string;
  phaseBanner: ReactNode;
  children: ReactNode;
}

const openGovernmentLicence = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** The GOV.UK page template around every page, signed in or not, in English or Welsh. */
export function PortalFrame({ navigation, navigationEnd, serviceUrl, phaseBanner, children }: PortalFrameProps) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink text={t('frame.skipLink')} />
      <header className="govuk-template__header">
        <GenericHeader logoText={t('frame.organisation')} url={serviceUrl} />
        <ServiceNavigation
          serviceName={t('serviceName')}
          serviceUrl={serviceUrl}
          ariaLabel={t('frame.serviceInformation')}
          navigationLabel={t('frame.menu')}
          menuButtonText={t('frame.menu')}
          navigation={navigation}
          slots={navigationEnd ? { navigationEnd } : undefined}
        />
      </header>
      <PhaseBanner tag={{ text: t('frame.phase') }} html={phaseBanner} />
      <div className="govuk-width-container">
        <LanguageToggle />
      </div>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <footer className="govuk-template__footer">
        {/* The accessibility statement and privacy notice links go in meta when those pages exist. */}
        <Footer
          contentLicence={{
            html: (
              <>
                {t('frame.licenceBefore')}
                <a className="govuk-footer__link" href={openGovernmentLicence} rel="license">
                  {t('frame.licenceLink')}
                </a>
                {t('frame.licenceAfter')}
              </>
            ),
          }}
          copyright={{ text: t('frame.copyright') }}
        />
      </footer>
    </>
  );
}
