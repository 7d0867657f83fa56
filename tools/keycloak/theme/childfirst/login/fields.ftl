<#--
  GOV.UK Frontend form fields for the sign-in pages, with the Design System macros' markup: label,
  hint, error message (from Keycloak's messages for the field), input. `errorFrom` names other
  fields whose error is shown here (the sign-in form reports "wrong username or password" once).
-->
<#macro input name label id=name type="text" value="" autocomplete="" hint="" errorFrom=[] inputmode="" spellcheck=true autofocus=false classes="">
    <#local errorName = "">
    <#list [name] + errorFrom as candidate>
        <#if errorName = "" && messagesPerField.existsError(candidate)><#local errorName = candidate></#if>
    </#list>
    <#local describedBy = (hint?has_content)?then(id + "-hint", "") + (errorName?has_content)?then(" " + id + "-error", "")>
    <div class="govuk-form-group<#if errorName?has_content> govuk-form-group--error</#if>">
        <label class="govuk-label" for="${id}">${label}</label>
        <#if hint?has_content><div id="${id}-hint" class="govuk-hint">${hint}</div></#if>
        <#if errorName?has_content>
            <p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">${msg("errorPrefix")}:</span> ${kcSanitize(messagesPerField.get(errorName))?no_esc}</p>
        </#if>
        <input class="govuk-input<#if classes?has_content> ${classes}</#if><#if errorName?has_content> govuk-input--error</#if>" id="${id}" name="${name}" type="${type}" value="${value}"
            <#if autocomplete?has_content>autocomplete="${autocomplete}"</#if>
            <#if inputmode?has_content>inputmode="${inputmode}"</#if>
            <#if !spellcheck>spellcheck="false"</#if>
            <#if autofocus>autofocus</#if>
            <#if describedBy?trim?has_content>aria-describedby="${describedBy?trim}"</#if>
            <#if errorName?has_content>aria-invalid="true"</#if>
            <#nested>>
    </div>
</#macro>

<#macro submit text id="kc-submit" name="" secondary=false>
    <button type="submit" class="govuk-button<#if secondary> govuk-button--secondary</#if>" id="${id}"<#if name?has_content> name="${name}"</#if>>${text}</button>
</#macro>

<#-- Cancelling an action the app asked for (2-step verification, an update): back to the app. -->
<#macro cancelAction>
    <#if isAppInitiatedAction??>
        <button type="submit" class="govuk-button govuk-button--secondary" id="kc-cancel" name="cancel-aia" value="true" formnovalidate>${msg("doCancel")}</button>
    </#if>
</#macro>

<#macro logoutOtherSessions>
    <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small">
            <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id="logout-sessions" name="logout-sessions" type="checkbox" value="on">
                <label class="govuk-label govuk-checkboxes__label" for="logout-sessions">${msg("logoutOtherSessions")}</label>
            </div>
        </div>
    </div>
</#macro>
