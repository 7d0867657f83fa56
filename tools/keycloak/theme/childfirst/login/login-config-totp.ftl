<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('totp','userLabel') errorFields=["totp", "userLabel"]; section>
    <#if section = "header">
        ${msg("loginTotpTitle")}
    <#elseif section = "form">
        <ol class="govuk-list govuk-list--number" id="kc-totp-settings">
            <li>
                ${msg("loginTotpStep1")}
                <ul class="govuk-list govuk-list--bullet" id="kc-totp-supported-apps">
                    <#list totp.supportedApplications as app>
                        <li>${msg(app)}</li>
                    </#list>
                </ul>
            </li>
            <#if mode?? && mode = "manual">
                <li>
                    ${msg("loginTotpManualStep2")}
                    <p class="govuk-body govuk-!-font-weight-bold childfirst-break-anywhere" id="kc-totp-secret-key">${totp.totpSecretEncoded}</p>
                    <p class="govuk-body">${msg("loginTotpManualStep3")}</p>
                    <ul class="govuk-list govuk-list--bullet">
                        <li id="kc-totp-type">${msg("loginTotpType")}: ${msg("loginTotp." + totp.policy.type)}</li>
                        <li id="kc-totp-algorithm">${msg("loginTotpAlgorithm")}: ${totp.policy.getAlgorithmKey()}</li>
                        <li id="kc-totp-digits">${msg("loginTotpDigits")}: ${totp.policy.digits}</li>
                        <#if totp.policy.type = "totp">
                            <li id="kc-totp-period">${msg("loginTotpInterval")}: ${totp.policy.period}</li>
                        <#elseif totp.policy.type = "hotp">
                            <li id="kc-totp-counter">${msg("loginTotpCounter")}: ${totp.policy.initialCounter}</li>
                        </#if>
                    </ul>
                    <p class="govuk-body"><a class="govuk-link" href="${totp.qrUrl}" id="mode-barcode">${msg("loginTotpScanBarcode")}</a></p>
                </li>
            <#else>
                <li>
                    ${msg("loginTotpStep2")}
                    <img class="childfirst-qr-code" id="kc-totp-secret-qr-code" src="data:image/png;base64, ${totp.totpSecretQrCode}" alt="${msg("loginTotpQrCodeAlt")}">
                    <p class="govuk-body"><a class="govuk-link" href="${totp.manualUrl}" id="mode-manual">${msg("loginTotpUnableToScan")}</a></p>
                </li>
            </#if>
            <li>${msg("loginTotpStep3")}</li>
        </ol>

        <form action="${url.loginAction}" id="kc-totp-settings-form" method="post" novalidate>
            <@fields.input name="totp" label=msg("authenticatorCode") autocomplete="one-time-code" inputmode="numeric" spellcheck=false classes="govuk-input--width-10"/>
            <input type="hidden" id="totpSecret" name="totpSecret" value="${totp.totpSecret}">
            <#if mode??><input type="hidden" id="mode" name="mode" value="${mode}"></#if>
            <@fields.input name="userLabel" label=msg("loginTotpDeviceName") hint=msg("loginTotpStep3DeviceName") autocomplete="off" classes="govuk-!-width-two-thirds"/>
            <@fields.logoutOtherSessions/>
            <div class="govuk-button-group">
                <@fields.submit text=msg("doFinishTotpSetup") id="saveTOTPBtn"/>
                <@fields.cancelAction/>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
