package org.safeguard.intake;

import java.time.LocalDate;

/** An officer who could be sent, with why they are suggested in this order. */
public record OfficerSuggestion(long accountId, String name, String team, boolean available, boolean dveroCurrent,
                                LocalDate dveroTrainedUntil, boolean specialist) {

    public String reason() {
        if (!available) {
            return "Not available";
        }
        if (dveroCurrent) {
            return "Domestic abuse trained (DVERO) until " + dveroTrainedUntil;
        }
        if (specialist) {
            return "Domestic abuse specialist";
        }
        return dveroTrainedUntil != null ? "DVERO training expired " + dveroTrainedUntil : "Not domestic abuse trained";
    }
}
