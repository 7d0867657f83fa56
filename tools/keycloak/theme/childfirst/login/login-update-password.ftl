<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm') errorFields=["password-new,password", "password-confirm"]; section>
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" action="${url.loginAction}" method="post" novalidate>
            <@fields.input name="password-new" label=msg("passwordNew") type="password" autocomplete="new-password" hint=msg("passwordHint") errorFrom=["password"] autofocus=true/>
            <@fields.input name="password-confirm" label=msg("passwordConfirm") type="password" autocomplete="new-password"/>
            <@fields.logoutOtherSessions/>
            <div class="govuk-button-group">
                <@fields.submit text=msg("doSavePassword") name="login"/>
                <@fields.cancelAction/>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
