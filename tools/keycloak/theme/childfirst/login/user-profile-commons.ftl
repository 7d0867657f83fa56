<#--
  The account's fields (Keycloak's user profile: username, email, first and last name) as GOV.UK
  fields, for registering and for updating a profile. Same macro and callbacks as the base theme's,
  so every page that imports it gets this markup.
-->
<#macro userProfileFormFields>
    <#list profile.attributes as attribute>
        <#if attribute.name == 'locale' && realm.internationalizationEnabled && locale.currentLanguageTag?has_content>
            <input type="hidden" id="${attribute.name}" name="${attribute.name}" value="${locale.currentLanguageTag}">
        <#else>
            <#nested "beforeField" attribute>
            <#assign hasError = messagesPerField.existsError(attribute.name)>
            <#assign hintBefore = (attribute.annotations.inputHelperTextBefore)!"">
            <#assign hintAfter = (attribute.annotations.inputHelperTextAfter)!"">
            <#assign hintId = attribute.name + "-hint">
            <div class="govuk-form-group<#if hasError> govuk-form-group--error</#if>">
                <label class="govuk-label" for="${attribute.name}">${advancedMsg(attribute.displayName!'')}<#if !attribute.required> ${msg("optionalField")}</#if></label>
                <#if hintBefore?has_content || hintAfter?has_content>
                    <div id="${hintId}" class="govuk-hint">${kcSanitize(advancedMsg(hintBefore + hintAfter))?no_esc}</div>
                </#if>
                <#if hasError>
                    <p id="${attribute.name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">${msg("errorPrefix")}:</span> ${kcSanitize(messagesPerField.get(attribute.name))?no_esc}</p>
                </#if>
                <#assign describedBy = ((hintBefore?has_content || hintAfter?has_content)?then(hintId, "") + hasError?then(" " + attribute.name + "-error", ""))?trim>
                <#if (attribute.annotations.inputType!'') = 'textarea'>
                    <textarea class="govuk-textarea<#if hasError> govuk-textarea--error</#if>" id="${attribute.name}" name="${attribute.name}"<#if describedBy?has_content> aria-describedby="${describedBy}"</#if><#if attribute.readOnly> disabled</#if>>${(attribute.value!'')}</textarea>
                <#else>
                    <input class="govuk-input<#if hasError> govuk-input--error</#if>" id="${attribute.name}" name="${attribute.name}" value="${(attribute.value!'')}"
                        type="<#if (attribute.annotations.inputType!'')?starts_with('html5-')>${attribute.annotations.inputType[6..]}<#elseif attribute.name = 'email'>email<#else>text</#if>"
                        <#if attribute.autocomplete??>autocomplete="${attribute.autocomplete}"<#elseif attribute.name = 'firstName'>autocomplete="given-name"<#elseif attribute.name = 'lastName'>autocomplete="family-name"</#if>
                        <#if attribute.name = 'username' || attribute.name = 'email'>spellcheck="false"</#if>
                        <#if describedBy?has_content>aria-describedby="${describedBy}"</#if>
                        <#if hasError>aria-invalid="true"</#if>
                        <#if attribute.readOnly>disabled</#if>>
                </#if>
            </div>
            <#nested "afterField" attribute>
        </#if>
    </#list>
</#macro>
