package org.safeguard.notify;

import java.time.Instant;

/**
 * How a person may safely be contacted, as agreed with them. A method not marked safe is not safe;
 * {@code neverUse} names methods never to use in the victim's or officer's words ("never call the
 * landline; never visit the home") and overrides everything else.
 *
 * @param personId            the identity person the preferences are for
 * @param safePhone           the safe number, UK digits only ({@code 07700900123}); null when none
 * @param safeEmail           the safe email address; null when none
 * @param safeAddress         a postal address agreed as safe for letters (often not the home); null when none
 * @param safeTimes           when it is safe to make contact, free text ("weekdays 10:00–14:00 while he is at work")
 * @param voicemailSafe       whether a voicemail may be left on the safe number
 * @param textSafe            whether texts may be sent to the safe number
 * @param emailSafe           whether email may be sent to the safe email address
 * @param letterSafe          whether letters may be sent to the safe postal address
 * @param codeWord            the word the victim uses to show it is safe to talk (or not); null when none
 * @param neverUse            methods never to use, free text; null when none
 * @param interpreterLanguage the language an interpreter is needed for; null when none
 * @param updatedBy           who last saved them
 * @param updatedAt           when
 * @param owningAgency        the agency that first recorded them
 * @param version             the version to save on next (optimistic locking)
 */
public record SafeContact(long personId, String safePhone, String safeEmail, String safeAddress, String safeTimes,
                          boolean voicemailSafe, boolean textSafe, boolean emailSafe, boolean letterSafe,
                          String codeWord, String neverUse, String interpreterLanguage, String updatedBy,
                          Instant updatedAt, String owningAgency, int version) {
}
