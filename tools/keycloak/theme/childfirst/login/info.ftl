<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if messageHeader??>${kcSanitize(msg("${messageHeader}"))?no_esc}<#else>${message.summary}</#if>
    <#elseif section = "form">
        <div id="kc-info-message">
            <#if messageHeader??>
                <p class="govuk-body">${message.summary}</p>
            </#if>
            <#if requiredActions??>
                <ul class="govuk-list govuk-list--bullet">
                    <#list requiredActions as requiredAction><li>${kcSanitize(msg("requiredAction.${requiredAction}"))?no_esc}</li></#list>
                </ul>
            </#if>
            <#if !skipLink??>
                <#if pageRedirectUri?has_content>
                    <p class="govuk-body"><a class="govuk-link" href="${pageRedirectUri}">${msg("backToApplication")}</a></p>
                <#elseif actionUri?has_content>
                    <p class="govuk-body"><a class="govuk-button" href="${actionUri}">${msg("proceedWithAction")}</a></p>
                <#elseif (client.baseUrl)?has_content>
                    <p class="govuk-body"><a class="govuk-link" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
                </#if>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
