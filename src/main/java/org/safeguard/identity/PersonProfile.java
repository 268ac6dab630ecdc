package org.safeguard.identity;

import java.time.LocalDate;
import java.util.List;

import org.safeguard.access.AccessDecision;
import org.safeguard.access.PersonRestriction;
import org.safeguard.audit.RecordView;

/**
 * A person's record as the signed-in reader may see it: each part already cut to what the access decision allows.
 * A part the reader may not see is null; a part they see shortened holds only the shortened form.
 *
 * @param decision     what the reader may see, part by part, and why
 * @param identity     name, date of birth, sex, other records of the person, warning markers
 * @param contact      phone numbers
 * @param addresses    the current address and earlier ones
 * @param restrictions the restrictions in force on the person (for readers who see the record)
 * @param viewers      who has read or changed any record of the person, newest first; null when the reader is
 *                     neither the record's owner nor a supervisor, DA specialist or professional standards
 */
public record PersonProfile(long personId, AccessDecision decision, Identity identity, Contact contact,
                            Addresses addresses, List<PersonRestriction> restrictions, List<RecordView> viewers) {

    public PersonProfile {
        restrictions = List.copyOf(restrictions);
        viewers = viewers == null ? null : List.copyOf(viewers);
    }

    /**
     * @param name          the full name, or initial and family name when shortened
     * @param dateOfBirth   the date of birth when seen in full; null when shortened or not known
     * @param born          the shortened form ("Born 1985") when shortened; null when seen in full
     * @param sex           null when shortened
     * @param alsoRecordedAs the person's other records (record linkage); empty when shortened
     * @param markers       warning markers on any record of the person; empty when shortened
     */
    public record Identity(String name, LocalDate dateOfBirth, String born, Sex sex, List<PersonSummary> alsoRecordedAs,
                           List<WarningMarker> markers) {

        public Identity {
            alsoRecordedAs = List.copyOf(alsoRecordedAs);
            markers = List.copyOf(markers);
        }
    }

    /** Phone numbers as recorded, or with all but their last three digits masked. */
    public record Contact(List<String> phones) {

        public Contact {
            phones = List.copyOf(phones);
        }
    }

    /** The current address (null when none is recorded) and the earlier ones, latest first. */
    public record Addresses(Lived current, List<Lived> previous) {

        public Addresses {
            previous = List.copyOf(previous);
        }
    }

    /**
     * An address the person lived at.
     *
     * @param address      the address in words: in full, or the town and postcode district; null when withheld
     * @param confidential a refuge or sanctuary address, or null
     * @param withheld     a confidential address the reader may not read (only that one was held, and when)
     */
    public record Lived(String address, LocalDate from, LocalDate to, ConfidentialKind confidential, boolean withheld) {
    }
}
