<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#import "user-profile-commons.ftl" as userProfileCommons>
<#assign profileErrorFields = []>
<#list profile.attributes as attribute><#assign profileErrorFields = profileErrorFields + [attribute.name]></#list>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') errorFields=profileErrorFields + ["password", "password-confirm", "termsAccepted"] backUrl=url.loginUrl; section>
    <#if section = "header">
        <#if messageHeader??>${kcSanitize(msg("${messageHeader}"))?no_esc}<#else>${msg("registerTitle")}</#if>
    <#elseif section = "form">
        <form id="kc-register-form" action="${url.registrationAction}" method="post" novalidate>
            <@userProfileCommons.userProfileFormFields; callback, attribute>
                <#-- The password just under the username (or the email, when it is the username). -->
                <#if callback = "afterField" && passwordRequired?? && (attribute.name == 'username' || (attribute.name == 'email' && realm.registrationEmailAsUsername))>
                    <@fields.input name="password" label=msg("password") type="password" autocomplete="new-password" hint=msg("passwordHint") errorFrom=["password-confirm"]/>
                    <@fields.input name="password-confirm" label=msg("passwordConfirm") type="password" autocomplete="new-password"/>
                </#if>
            </@userProfileCommons.userProfileFormFields>

            <#if termsAcceptanceRequired??>
                <h2 class="govuk-heading-m">${msg("termsTitle")}</h2>
                <div class="govuk-body" id="kc-registration-terms-text">${kcSanitize(msg("termsText"))?no_esc}</div>
                <div class="govuk-form-group<#if messagesPerField.existsError('termsAccepted')> govuk-form-group--error</#if>">
                    <#if messagesPerField.existsError('termsAccepted')>
                        <p id="termsAccepted-error" class="govuk-error-message"><span class="govuk-visually-hidden">${msg("errorPrefix")}:</span> ${kcSanitize(messagesPerField.get('termsAccepted'))?no_esc}</p>
                    </#if>
                    <div class="govuk-checkboxes">
                        <div class="govuk-checkboxes__item">
                            <input class="govuk-checkboxes__input" id="termsAccepted" name="termsAccepted" type="checkbox"<#if messagesPerField.existsError('termsAccepted')> aria-describedby="termsAccepted-error"</#if>>
                            <label class="govuk-label govuk-checkboxes__label" for="termsAccepted">${msg("acceptTerms")}</label>
                        </div>
                    </div>
                </div>
            </#if>

            <@fields.submit text=msg("doRegisterSubmit")/>
        </form>
    </#if>
</@layout.registrationLayout>
