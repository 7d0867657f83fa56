<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout displayInfo=!isAppInitiatedAction??; section>
    <#if section = "header">
        ${msg("emailVerifyTitle")}
    <#elseif section = "form">
        <p class="govuk-body childfirst-break-anywhere">
            <#if verifyEmail??>${msg("emailVerifyInstruction1", verifyEmail)}<#else>${msg("emailVerifyInstruction4", user.email)}</#if>
        </p>
        <p class="govuk-body">${msg("emailVerifyNext")}</p>
        <#if isAppInitiatedAction??>
            <form id="kc-verify-email-form" action="${url.loginAction}" method="post" novalidate>
                <div class="govuk-button-group">
                    <@fields.submit text=(verifyEmail??)?then(msg("emailVerifyResend"), msg("emailVerifySend"))/>
                    <@fields.cancelAction/>
                </div>
            </form>
        </#if>
    <#elseif section = "info">
        <h2 class="govuk-heading-m">${msg("emailVerifyInstruction2")}</h2>
        <p class="govuk-body">${msg("emailVerifyCheckSpam")}</p>
        <p class="govuk-body"><a class="govuk-link" href="${url.loginAction}">${msg("emailVerifyResend")}</a></p>
    </#if>
</@layout.registrationLayout>
