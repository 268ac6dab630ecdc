package org.safeguard.intake;

import java.time.Instant;
import java.util.List;

/**
 * An incident as it is typed (page) or sent (API). Enum-valued fields are strings so a wrong value
 * is refused with a message rather than failing to parse. Checked by {@code IncidentRules}.
 *
 * @param bothAged16OrOver     the first domestic abuse qualifying question
 * @param personallyConnected  the second (DA Act 2021, s.2)
 * @param childAges            ages of the children, comma-separated, e.g. "3, 7"
 * @param weapon               immediate risk flags; null (not sent) means no
 */
public record NewIncident(Instant receivedAt, String channel, String callerName, String callerPhone,
                          String location, String town, String postcode, List<NewParty> parties,
                          String relationship, Boolean bothAged16OrOver, Boolean personallyConnected,
                          Integer childrenPresent, Integer childrenLiving, String childAges,
                          Boolean weapon, Boolean injury, Boolean threatToLife, String grade, String summary) {

    public NewIncident {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
