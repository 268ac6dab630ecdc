package org.safeguard.intake.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.safeguard.identity.PhoneNumbers;
import org.safeguard.identity.Postcodes;
import org.safeguard.identity.Sex;
import org.safeguard.intake.Channel;
import org.safeguard.intake.Grade;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.Relationship;
import org.safeguard.platform.InvalidRequest;

/**
 * What an incident must satisfy before it is saved, with a message per field that says what to do.
 * Field names are the form's and the API's: {@code parties[0].familyName} and so on.
 */
public final class IncidentRules {

    /** Clocks differ by a little; a received time up to this far ahead is accepted. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int MAX_PARTIES = 12;

    private IncidentRules() {
    }

    /** A checked party: role and sex parsed, names trimmed. */
    public record CheckedParty(PartyRole role, String givenName, String familyName, LocalDate dateOfBirth, Sex sex,
                               String phone) {
    }

    /** A checked incident, with everything parsed. */
    public record CheckedIncident(Instant receivedAt, Channel channel, String callerName, String callerPhone,
                                  String location, String town, String postcode, List<CheckedParty> parties,
                                  Relationship relationship, Boolean bothAged16OrOver, Boolean personallyConnected,
                                  int childrenPresent, int childrenLiving, List<Integer> childAges, boolean weapon,
                                  boolean injury, boolean threatToLife, Grade grade, String summary) {

        /** Both domestic abuse qualifying questions answered yes (DA Act 2021, s.1). */
        public boolean domesticAbuse() {
            return Boolean.TRUE.equals(bothAged16OrOver) && Boolean.TRUE.equals(personallyConnected);
        }
    }

    public static CheckedIncident check(NewIncident typed, Instant now) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(typed.receivedAt() != null, "receivedAt", "Enter when the call or report was received");
        check.require(typed.receivedAt() == null || !typed.receivedAt().isAfter(now.plus(CLOCK_TOLERANCE)),
                "receivedAt", "The time received must be now or in the past");
        Optional<Channel> channel = parse(Channel.class, typed.channel());
        check.require(channel.isPresent(), "channel", "Select how the incident was reported");
        check.require(notBlank(typed.location()), "location", "Enter the address or place of the incident");
        check.require(typed.location() == null || typed.location().length() <= 300, "location",
                "Address must be 300 characters or fewer");
        Optional<String> postcode = Postcodes.normalise(typed.postcode());
        if (notBlank(typed.postcode())) {
            check.require(postcode.isPresent(), "postcode", "Enter a real postcode, like SG1 2AB");
        } else {
            check.require(false, "postcode", "Enter the postcode");
        }
        check.require(typed.town() == null || typed.town().length() <= 100, "town", "Town must be 100 characters or fewer");
        check.require(typed.callerName() == null || typed.callerName().length() <= 200, "callerName",
                "Caller's name must be 200 characters or fewer");
        check.require(!notBlank(typed.callerPhone()) || PhoneNumbers.normalise(typed.callerPhone()).length() >= 6
                        && PhoneNumbers.normalise(typed.callerPhone()).length() <= 15, "callerPhone",
                "Enter the caller's phone number, like 07700 900123");
        Optional<Relationship> relationship = parse(Relationship.class, typed.relationship());
        check.require(!notBlank(typed.relationship()) || relationship.isPresent(), "relationship",
                "Select how the victim and suspect are connected");
        check.require(typed.bothAged16OrOver() != null, "bothAged16OrOver",
                "Select whether the victim and suspect are both aged 16 or over");
        check.require(typed.personallyConnected() != null, "personallyConnected",
                "Select whether the victim and suspect are personally connected");
        boolean qualifies = Boolean.TRUE.equals(typed.bothAged16OrOver()) && Boolean.TRUE.equals(typed.personallyConnected());
        check.require(!qualifies || relationship.isPresent(), "relationship",
                "Select how the victim and suspect are connected");

        Instant at = typed.receivedAt() == null ? now : typed.receivedAt();
        List<CheckedParty> parties = checkParties(typed.parties(), at, relationship.orElse(null), typed, check);

        int present = typed.childrenPresent() == null ? 0 : typed.childrenPresent();
        int living = typed.childrenLiving() == null ? 0 : typed.childrenLiving();
        check.require(present >= 0 && present <= 20, "childrenPresent", "Children present must be between 0 and 20");
        check.require(living >= 0 && living <= 20, "childrenLiving", "Children living at the address must be between 0 and 20");
        List<Integer> ages = childAges(typed.childAges());
        check.require(ages != null, "childAges", "Enter the children's ages as numbers from 0 to 17, separated by commas");
        check.require(ages == null || ages.size() <= Math.max(present, living), "childAges",
                "Give no more ages than the number of children");
        Optional<Grade> grade = parse(Grade.class, typed.grade());
        check.require(grade.isPresent(), "grade", "Select the grade");
        check.require(typed.summary() == null || typed.summary().length() <= 4000, "summary",
                "Summary must be 4,000 characters or fewer");
        check.throwIfAny();
        return new CheckedIncident(typed.receivedAt(), channel.get(), trimToNull(typed.callerName()),
                trimToNull(typed.callerPhone()), typed.location().strip(), trimToNull(typed.town()), postcode.get(),
                parties, relationship.orElse(null), typed.bothAged16OrOver(), typed.personallyConnected(), present,
                living, ages, Boolean.TRUE.equals(typed.weapon()), Boolean.TRUE.equals(typed.injury()),
                Boolean.TRUE.equals(typed.threatToLife()), grade.get(), trimToNull(typed.summary()));
    }

    /** Checks one more party for an incident already recorded (the checks then run again). */
    public static CheckedParty checkParty(NewParty party, Instant receivedAt, Relationship relationship) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        CheckedParty checked = checkParty(party, "", receivedAt, relationship, check);
        check.require(party != null, "role", "Enter the person's details");
        check.throwIfAny();
        return checked;
    }

    private static List<CheckedParty> checkParties(List<NewParty> typed, Instant at, Relationship relationship,
                                                   NewIncident incident, InvalidRequest.Check check) {
        List<CheckedParty> parties = new ArrayList<>();
        check.require(typed.size() <= MAX_PARTIES, "parties", "Record no more than " + MAX_PARTIES + " people");
        for (int i = 0; i < typed.size() && i < MAX_PARTIES; i++) {
            CheckedParty party = checkParty(typed.get(i), "parties[" + i + "].", at, relationship, check);
            if (party != null) {
                parties.add(party);
                if (Boolean.TRUE.equals(incident.bothAged16OrOver()) && party.dateOfBirth() != null
                        && (party.role() == PartyRole.VICTIM || party.role() == PartyRole.SUSPECT)
                        && ageAt(party.dateOfBirth(), at) < 16) {
                    check.require(false, "parties[" + i + "].dateOfBirth", "The date of birth shows this "
                            + party.role().label().toLowerCase() + " is under 16: answer 'No' to 'both aged 16 or over'");
                }
            }
        }
        check.require(namesAVictim(typed), "parties", "Add the victim: an incident needs at least one victim");
        return parties;
    }

    /** From the roles as typed: a victim whose other details are refused has problems of their own, not this one. */
    private static boolean namesAVictim(List<NewParty> typed) {
        return typed.stream().anyMatch(p -> p != null && parse(PartyRole.class, p.role()).orElse(null) == PartyRole.VICTIM);
    }

    private static CheckedParty checkParty(NewParty party, String prefix, Instant at, Relationship relationship,
                                           InvalidRequest.Check check) {
        if (party == null) {
            return null;
        }
        Optional<PartyRole> role = parse(PartyRole.class, party.role());
        Optional<Sex> sex = notBlank(party.sex()) ? parse(Sex.class, party.sex()) : Optional.of(Sex.NOT_KNOWN);
        int problemsBefore = check.count();
        check.require(role.isPresent(), prefix + "role", "Select the person's role");
        check.require(notBlank(party.givenName()) && party.givenName().length() <= 100, prefix + "givenName",
                "Enter the person's first name (or 'Unknown'), 100 characters or fewer");
        check.require(notBlank(party.familyName()) && party.familyName().length() <= 100, prefix + "familyName",
                "Enter the person's last name (or 'Unknown'), 100 characters or fewer");
        check.require(party.dateOfBirth() == null || !party.dateOfBirth().isAfter(at.atZone(LONDON).toLocalDate()),
                prefix + "dateOfBirth", "Date of birth must be in the past");
        check.require(party.dateOfBirth() == null || party.dateOfBirth().getYear() >= 1900, prefix + "dateOfBirth",
                "Date of birth must be after 1900");
        check.require(sex.isPresent(), prefix + "sex", "Select the person's sex, or 'Not known'");
        check.require(!notBlank(party.phone()) || PhoneNumbers.normalise(party.phone()).length() >= 6, prefix + "phone",
                "Enter a phone number, like 07700 900123");
        if (role.orElse(null) == PartyRole.VICTIM && relationship != null && relationship.intimate()
                && party.dateOfBirth() != null && !party.dateOfBirth().isAfter(at.atZone(LONDON).toLocalDate())
                && ageAt(party.dateOfBirth(), at) < 16) {
            check.require(false, prefix + "dateOfBirth", "A victim under 16 cannot be the victim of intimate partner "
                    + "abuse: record them as a child and follow child protection procedures");
        }
        if (check.count() > problemsBefore) {
            return null;
        }
        return new CheckedParty(role.get(), party.givenName().strip(), party.familyName().strip(), party.dateOfBirth(),
                sex.get(), trimToNull(party.phone()));
    }

    public static int ageAt(LocalDate dateOfBirth, Instant at) {
        return Period.between(dateOfBirth, at.atZone(LONDON).toLocalDate()).getYears();
    }

    /** "3, 7" → [3, 7]; blank → []; anything else → null. */
    static List<Integer> childAges(String typed) {
        if (!notBlank(typed)) {
            return List.of();
        }
        try {
            List<Integer> ages = Arrays.stream(typed.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
            return ages.stream().allMatch(age -> age >= 0 && age <= 17) && ages.size() <= 20 ? ages : null;
        } catch (NumberFormatException notNumbers) {
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimToNull(String value) {
        return notBlank(value) ? value.strip() : null;
    }
}
