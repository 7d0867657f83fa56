<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("logoutConfirmTitle")}
    <#elseif section = "form">
        <div id="kc-logout-confirm">
            <p class="govuk-body">${msg("logoutConfirmHeader")}</p>
            <form action="${url.logoutConfirmAction}" method="post" novalidate>
                <input type="hidden" name="session_code" value="${logoutConfirm.code}">
                <div class="govuk-button-group">
                    <@fields.submit text=msg("doLogout") id="kc-logout" name="confirmLogout"/>
                    <#if !logoutConfirm.skipLink && (client.baseUrl)?has_content>
                        <a class="govuk-link" href="${client.baseUrl}">${msg("backToApplication")}</a>
                    </#if>
                </div>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
