<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("pageExpiredTitle")}
    <#elseif section = "form">
        <p class="govuk-body">${msg("pageExpiredExplanation")}</p>
        <div class="govuk-button-group">
            <a class="govuk-button" id="loginContinueLink" href="${url.loginAction}">${msg("pageExpiredContinue")}</a>
            <a class="govuk-link" id="loginRestartLink" href="${url.loginRestartFlowUrl}">${msg("pageExpiredRestart")}</a>
        </div>
    </#if>
</@layout.registrationLayout>
