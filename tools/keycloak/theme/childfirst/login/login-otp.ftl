<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('totp') errorFields=["otp,totp"]; section>
    <#if section = "header">
        ${msg("loginOtpTitle")}
    <#elseif section = "form">
        <form id="kc-otp-login-form" action="${url.loginAction}" method="post" novalidate>
            <#if otpLogin.userOtpCredentials?size gt 1>
                <div class="govuk-form-group">
                    <fieldset class="govuk-fieldset">
                        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${msg("loginOtpWhichApp")}</legend>
                        <div class="govuk-radios">
                            <#list otpLogin.userOtpCredentials as otpCredential>
                                <div class="govuk-radios__item">
                                    <input class="govuk-radios__input" id="kc-otp-credential-${otpCredential?index}" type="radio" name="selectedCredentialId" value="${otpCredential.id}" <#if otpCredential.id == otpLogin.selectedCredentialId>checked</#if>>
                                    <label class="govuk-label govuk-radios__label" for="kc-otp-credential-${otpCredential?index}">${otpCredential.userLabel}</label>
                                </div>
                            </#list>
                        </div>
                    </fieldset>
                </div>
            </#if>
            <@fields.input name="otp" label=msg("loginOtpOneTime") hint=msg("loginOtpHint") autocomplete="one-time-code" inputmode="numeric" spellcheck=false autofocus=true classes="govuk-input--width-10" errorFrom=["totp"]/>
            <@fields.submit text=msg("doLogIn") id="kc-login" name="login"/>
        </form>
    </#if>
</@layout.registrationLayout>
