package org.safeguard.identity;

import java.util.List;

/** A person record with what a reviewer compares side by side: addresses, phones, where it came from. */
public record PersonCard(PersonSummary person, List<AddressSummary> addresses, List<String> phones,
                         String owningAgency, String sourceSystem, String sourceRef) {

    public PersonCard {
        addresses = List.copyOf(addresses);
        phones = List.copyOf(phones);
    }
}
