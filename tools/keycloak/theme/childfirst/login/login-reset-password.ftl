<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username') errorFields=["username"] backUrl=url.loginUrl; section>
    <#if section = "header">
        ${msg("emailForgotTitle")}
    <#elseif section = "form">
        <form id="kc-reset-password-form" action="${url.loginAction}" method="post" novalidate>
            <#assign usernameLabel><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></#assign>
            <#assign instruction = realm.duplicateEmailsAllowed?then(msg("emailInstructionUsername"), msg("emailInstruction"))>
            <@fields.input name="username" label=usernameLabel hint=instruction value=(auth.attemptedUsername!'') autocomplete="username" spellcheck=false autofocus=true/>
            <@fields.submit text=msg("doSendResetLink")/>
        </form>
    </#if>
</@layout.registrationLayout>
