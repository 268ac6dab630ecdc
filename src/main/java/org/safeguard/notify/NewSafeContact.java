package org.safeguard.notify;

/**
 * Safe contact preferences as a member of staff types them, agreed with the victim. Blank texts are
 * none; a method left unticked is not safe. See {@link SafeContact} for what each field means.
 */
public record NewSafeContact(String safePhone, String safeEmail, String safeAddress, String safeTimes,
                             boolean voicemailSafe, boolean textSafe, boolean emailSafe, boolean letterSafe,
                             String codeWord, String neverUse, String interpreterLanguage) {
}
