<#--
  The GOV.UK page template around every sign-in page, as the apps draw it (libs/ui, the family
  portal's PortalFrame): skip link, generic header without the crown, service navigation with the
  service's name, phase banner, English | Cymraeg for the family portal, an error summary, one h1,
  footer. Works without JavaScript.

  Pages call registrationLayout like the base theme's (so the base pages this theme does not
  override still render inside it), plus:
    errorFields  fields to list in the error summary, each "id" or "id,otherField" (the first field
                 of the group with an error supplies the message; the link goes to the id)
    backUrl      a Back link above the heading
-->
<#-- Whether the page is for the family portal (its name, English and Welsh, registration), not the staff app. -->
<#function isFamilyClient>
    <#return client?? && (properties.familyClients!"")?split(" ")?seq_contains(client.clientId!"")>
</#function>

<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false errorFields=[] backUrl="">
<#assign familyClient = isFamilyClient()>
<#assign serviceName = familyClient?then(msg("familyServiceName"), msg("staffServiceName"))>
<#assign heading><#nested "header"></#assign>
<#assign summaryErrors = []>
<#list errorFields as group>
    <#assign names = group?split(",")>
    <#list names as name>
        <#if messagesPerField.existsError(name)>
            <#assign summaryErrors = summaryErrors + [{"href": "#" + names[0], "text": messagesPerField.get(name)}]>
            <#break>
        </#if>
    </#list>
</#list>
<#assign globalError = displayMessage && message?has_content && message.type = "error">
<#assign hasErrors = summaryErrors?has_content || globalError>
<!DOCTYPE html>
<html lang="${lang}" class="govuk-template">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <meta name="robots" content="noindex, nofollow">
    <title><#if hasErrors>${msg("errorPrefix")}: </#if>${heading?markup_string?trim?no_esc} – ${serviceName}</title>
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
            <link href="${url.resourcesPath}/${style}" rel="stylesheet">
        </#list>
    </#if>
    <#-- Keycloak's own checks, as in its base theme: a sign-in finished in another tab moves this one on. -->
    <script type="module">
        <#outputformat "JavaScript">
        import { startSessionPolling } from ${(url.resourcesPath + "/js/authChecker.js")?c};
        startSessionPolling(${url.ssoLoginInOtherTabsUrl?c});
        </#outputformat>
    </script>
    <#if authenticationSession??>
        <script type="module">
            <#outputformat "JavaScript">
            import { checkAuthSession } from ${(url.resourcesPath + "/js/authChecker.js")?c};
            checkAuthSession(${authenticationSession.authSessionIdHash?c});
            </#outputformat>
        </script>
    </#if>
</head>
<body class="govuk-template__body ${bodyClass}" data-page-id="login-${pageId}">
<a href="#main-content" class="govuk-skip-link">${msg("skipLink")}</a>
<header class="govuk-template__header">
    <div class="govuk-generic-header">
        <div class="govuk-generic-header__container govuk-width-container">
            <div class="govuk-generic-header__logo">
                <#if (client.baseUrl)?has_content>
                    <a href="${client.baseUrl}" class="govuk-generic-header__homepage-link">${msg("organisationName")}</a>
                <#else>
                    <span class="govuk-generic-header__homepage-link">${msg("organisationName")}</span>
                </#if>
            </div>
        </div>
    </div>
    <section class="govuk-service-navigation" aria-label="${msg("serviceInformation")}">
        <div class="govuk-width-container">
            <div class="govuk-service-navigation__container">
                <span class="govuk-service-navigation__service-name">
                    <span class="govuk-service-navigation__text">${serviceName}</span>
                </span>
            </div>
        </div>
    </section>
</header>
<div class="govuk-phase-banner govuk-width-container">
    <p class="govuk-phase-banner__content">
        <strong class="govuk-tag govuk-phase-banner__content__tag">${msg("phase")}</strong>
        <span class="govuk-phase-banner__text">${msg("phaseBanner")}</span>
    </p>
</div>
<#if familyClient && realm.internationalizationEnabled && locale.supported?size gt 1>
    <#-- Each language is named in itself, whatever the page's language (as in the portal's LanguageToggle). -->
    <#assign switchTo = {"en": "Change the language to English", "cy": "Newid yr iaith i’r Gymraeg"}>
    <div class="govuk-width-container">
        <nav class="childfirst-language-select" aria-label="${msg("languageSwitch")}">
            <ul class="childfirst-language-select__list">
                <#list locale.supported?sort_by("languageTag")?reverse as language>
                    <li class="childfirst-language-select__item">
                        <#if language.languageTag = locale.currentLanguageTag>
                            <span aria-current="true" lang="${language.languageTag}">${language.label}</span>
                        <#else>
                            <a class="govuk-link" href="${language.url}" lang="${language.languageTag}" hreflang="${language.languageTag}">${language.label}<#if switchTo[language.languageTag]??><span class="govuk-visually-hidden"> (${switchTo[language.languageTag]})</span></#if></a>
                        </#if>
                    </li>
                </#list>
            </ul>
        </nav>
    </div>
</#if>
<div class="govuk-width-container">
    <#if backUrl?has_content>
        <a href="${backUrl}" class="govuk-back-link">${msg("back")}</a>
    </#if>
    <main class="govuk-main-wrapper" id="main-content">
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <#if hasErrors>
                    <div class="govuk-error-summary">
                        <div role="alert">
                            <h2 class="govuk-error-summary__title">${msg("errorSummaryTitle")}</h2>
                            <div class="govuk-error-summary__body">
                                <ul class="govuk-list govuk-error-summary__list">
                                    <#list summaryErrors as error>
                                        <li><a href="${error.href}">${kcSanitize(error.text)?no_esc}</a></li>
                                    </#list>
                                    <#if globalError && !summaryErrors?has_content>
                                        <li>${kcSanitize(message.summary)?no_esc}</li>
                                    </#if>
                                </ul>
                            </div>
                        </div>
                    </div>
                <#elseif displayMessage && message?has_content && (message.type != "warning" || !isAppInitiatedAction??)>
                    <#-- Not an error: what happened (success) or what is needed next (info, warning). -->
                    <div class="govuk-notification-banner<#if message.type = "success"> govuk-notification-banner--success</#if>" role="<#if message.type = "success">alert<#else>region</#if>" aria-labelledby="kc-message-title">
                        <div class="govuk-notification-banner__header">
                            <h2 class="govuk-notification-banner__title" id="kc-message-title">${msg((message.type = "success")?then("bannerSuccess", "bannerImportant"))}</h2>
                        </div>
                        <div class="govuk-notification-banner__content">
                            <p class="govuk-notification-banner__heading">${kcSanitize(message.summary)?no_esc}</p>
                        </div>
                    </div>
                </#if>

                <h1 class="govuk-heading-l" id="kc-page-title">${heading?markup_string?trim?no_esc}</h1>

                <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
                    <#nested "show-username">
                    <p class="govuk-body" id="kc-username">
                        ${msg("signingInAs")} <strong id="kc-attempted-username">${auth.attemptedUsername}</strong>.
                        <a class="govuk-link" id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
                    </p>
                </#if>

                <#nested "form">

                <#if auth?has_content && auth.showTryAnotherWayLink()>
                    <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post" novalidate>
                        <input type="hidden" name="tryAnotherWay" value="on">
                        <button type="submit" class="govuk-button govuk-button--secondary" id="try-another-way">${msg("doTryAnotherWay")}</button>
                    </form>
                </#if>

                <#nested "socialProviders">

                <#if displayInfo>
                    <div id="kc-info" class="govuk-body">
                        <#nested "info">
                    </div>
                </#if>
            </div>
        </div>
    </main>
</div>
<footer class="govuk-template__footer">
    <div class="govuk-footer">
        <div class="govuk-width-container">
            <div class="govuk-footer__meta">
                <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                    <span class="govuk-footer__licence-description">${msg("licenceBefore")}<a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">${msg("licenceLink")}</a>${msg("licenceAfter")}</span>
                </div>
                <div class="govuk-footer__meta-item">${msg("copyright")}</div>
            </div>
        </div>
    </div>
</footer>
</body>
</html>
</#macro>
