<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#-- Families create their own accounts; staff accounts are made for them. -->
<#assign canRegister = realm.password && realm.registrationAllowed && !registrationDisabled?? && layout.isFamilyClient()>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=canRegister errorFields=[(usernameHidden??)?then("password,username", "username,password")]; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
                <#if !usernameHidden??>
                    <#assign usernameLabel><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></#assign>
                    <@fields.input name="username" label=usernameLabel value=(login.username!'') autocomplete="username" errorFrom=["password"] spellcheck=false autofocus=true/>
                </#if>
                <@fields.input name="password" label=msg("password") type="password" autocomplete="current-password" errorFrom=(usernameHidden??)?then(["username"], [])/>
                <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>>
                <@fields.submit text=msg("doLogIn") id="kc-login" name="login"/>
                <#if realm.resetPasswordAllowed>
                    <p class="govuk-body"><a class="govuk-link" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
                </#if>
            </form>
        </#if>
    <#elseif section = "info">
        <h2 class="govuk-heading-m">${msg("noAccount")}</h2>
        <p class="govuk-body">${msg("noAccountText")}</p>
        <p class="govuk-body"><a class="govuk-link" id="kc-registration" href="${url.registrationUrl}">${msg("doRegister")}</a></p>
    </#if>
</@layout.registrationLayout>
