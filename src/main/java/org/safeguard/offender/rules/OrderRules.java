package org.safeguard.offender.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.safeguard.offender.NewOrder;
import org.safeguard.offender.OrderKind;
import org.safeguard.offender.ProtectiveOrder.Condition;
import org.safeguard.offender.ProtectiveOrder.ConditionKind;
import org.safeguard.platform.InvalidRequest;

/**
 * What an order, notice or bail must satisfy before it is saved, each rule a sentence with the reason a user
 * reads. Field names are the form's and the API's ({@code conditions[0].detail} and so on).
 */
public final class OrderRules {

    public static final int MAX_CONDITIONS = 10;
    private static final int MAX_DETAIL = 1000;
    private static final int MAX_REFERENCE = 60;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(LONDON);

    /**
     * Kinds of which only one may be in force at a time between the same perpetrator and protected person.
     * Police notices and the orders that follow them are made one at a time; a second one while the first runs
     * is a duplicate, and a change is recorded by ending the first early. Court orders (non-molestation,
     * restraining) may come from separate family and criminal proceedings, and a person may be on bail in more
     * than one investigation, each with its own conditions: those may overlap.
     */
    private static final Set<OrderKind> ONE_AT_A_TIME = EnumSet.of(OrderKind.DVPN, OrderKind.DVPO, OrderKind.DAPN,
            OrderKind.DAPO);

    /** Conditions that mean nothing without their detail: which address, which area, what. */
    private static final Set<ConditionKind> NEED_DETAIL = EnumSet.of(ConditionKind.OTHER,
            ConditionKind.NOT_TO_ENTER_ADDRESS, ConditionKind.EXCLUSION_ZONE);

    private OrderRules() {
    }

    /**
     * What the service found about the people named.
     *
     * @param samePerson the perpetrator and the protected person are one person (the same record, or linked records)
     */
    public record People(boolean perpetratorKnown, boolean protectedKnown, boolean samePerson) {
    }

    /** An order of the same kind between the same two people, with the end it really has (an early end counts). */
    public record Existing(long id, String reference, Instant startsAt, Instant endsAt) {
    }

    /** Refuses the order, with every problem found, unless it satisfies every rule. */
    public static void check(NewOrder typed, People people, List<Existing> sameKindBetweenThem) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(typed.kind() != null, "kind", "Choose the kind of order, notice or bail");
        checkPeople(typed, people, check);
        check.require(typed.startsAt() != null, "startsAt", "Enter when it starts");
        bailNeedsItsEnd(typed.kind(), typed.endsAt()).ifPresent(reason -> check.require(false, "endsAt", reason));
        check.require(typed.endsAt() != null || (typed.kind() != null && typed.kind().bail()), "endsAt", "Enter when it ends");
        if (typed.startsAt() != null && typed.endsAt() != null) {
            endsAfterItStarts(typed.startsAt(), typed.endsAt()).ifPresent(reason -> check.require(false, "endsAt", reason));
            if (typed.kind() != null && typed.endsAt().isAfter(typed.startsAt())) {
                lastsAsLongAsTheLawAllows(typed.kind(), typed.startsAt(), typed.endsAt())
                        .ifPresent(reason -> check.require(false, "endsAt", reason));
                overlapping(typed.kind(), typed.startsAt(), typed.endsAt(), sameKindBetweenThem)
                        .ifPresent(found -> check.require(false, "startsAt", alreadyInForce(typed.kind(), found)));
            }
        }
        check.require(typed.reference() == null || typed.reference().strip().length() <= MAX_REFERENCE, "reference",
                "The reference must be " + MAX_REFERENCE + " characters or fewer");
        checkConditions(typed.conditions(), check);
        check.throwIfAny();
    }

    /** An order ends after it starts: one ending when (or before) it starts protects nobody. */
    public static Optional<String> endsAfterItStarts(Instant startsAt, Instant endsAt) {
        return endsAt.isAfter(startsAt) ? Optional.empty() : Optional.of("The order must end after it starts");
    }

    /** Bail runs to the date the person must answer it: without it nobody knows when the conditions lapse. */
    public static Optional<String> bailNeedsItsEnd(OrderKind kind, Instant endsAt) {
        return kind != null && kind.bail() && endsAt == null
                ? Optional.of("Bail conditions need the date they end (the bail return date)") : Optional.empty();
    }

    /**
     * A DVPN or DAPN lasts at most 48 hours (the court must hear the application for the order within that time);
     * a DVPO lasts from 14 to 28 days (Crime and Security Act 2010, s.28(10)). Other orders last what the court says.
     */
    public static Optional<String> lastsAsLongAsTheLawAllows(OrderKind kind, Instant startsAt, Instant endsAt) {
        Duration lasts = Duration.between(startsAt, endsAt);
        boolean tooShort = kind.shortest() != null && lasts.compareTo(kind.shortest()) < 0;
        boolean tooLong = kind.longest() != null && lasts.compareTo(kind.longest()) > 0;
        if (!tooShort && !tooLong) {
            return Optional.empty();
        }
        String limits = kind.shortest() == null ? "at most " + inWords(kind.longest())
                : "from " + kind.shortest().toDays() + " to " + inWords(kind.longest());
        return Optional.of("A " + kind.shortWords() + " lasts " + limits + " (" + lawOf(kind) + "): this one lasts "
                + inWords(lasts));
    }

    /** Whether a second order of this kind may run alongside the first between the same two people. */
    public static boolean oneAtATime(OrderKind kind) {
        return ONE_AT_A_TIME.contains(kind);
    }

    /** The existing order of the same kind between the same two people whose life overlaps this one, if any. */
    public static Optional<Existing> overlapping(OrderKind kind, Instant startsAt, Instant endsAt, List<Existing> sameKind) {
        if (!oneAtATime(kind)) {
            return Optional.empty();
        }
        return sameKind.stream().filter(e -> e.startsAt().isBefore(endsAt) && startsAt.isBefore(e.endsAt())).findFirst();
    }

    /**
     * A breach is of an order in force: it happened while the order ran (from its start to its end, or the day it
     * was ended early), and not in the future.
     */
    public static Optional<String> breachWithinItsLife(Instant startsAt, Instant lastsUntil, Instant occurredAt, Instant now) {
        if (occurredAt.isAfter(now)) {
            return Optional.of("The breach cannot be in the future");
        }
        if (occurredAt.isBefore(startsAt) || occurredAt.isAfter(lastsUntil)) {
            return Optional.of("A breach must happen while the order is in force, from " + MOMENT.format(startsAt) + " to "
                    + MOMENT.format(lastsUntil));
        }
        return Optional.empty();
    }

    /** A condition that names a place or is "another condition" needs its detail. */
    public static boolean needsDetail(ConditionKind kind) {
        return NEED_DETAIL.contains(kind);
    }

    private static void checkPeople(NewOrder typed, People people, InvalidRequest.Check check) {
        check.require(typed.perpetratorId() != null, "perpetratorId", "Choose the person the order is against");
        check.require(typed.perpetratorId() == null || people.perpetratorKnown(), "perpetratorId",
                "There is no person record " + typed.perpetratorId() + " to make the order against");
        boolean bail = typed.kind() != null && typed.kind().bail();
        check.require(typed.protectedId() != null || bail || typed.kind() == null, "protectedId",
                "Choose the person the order protects");
        check.require(typed.protectedId() == null || people.protectedKnown(), "protectedId",
                "There is no person record " + typed.protectedId() + " to protect");
        check.require(typed.protectedId() == null || !people.samePerson(), "protectedId",
                "The person protected cannot be the person the order is against"
                        + (typed.protectedId() != null && !typed.protectedId().equals(typed.perpetratorId())
                        ? " (their records are linked as one person)" : ""));
    }

    private static void checkConditions(List<Condition> conditions, InvalidRequest.Check check) {
        check.require(conditions.size() <= MAX_CONDITIONS, "conditions",
                "Record at most " + MAX_CONDITIONS + " conditions");
        for (int i = 0; i < conditions.size() && i < MAX_CONDITIONS; i++) {
            Condition condition = conditions.get(i);
            String detail = condition.detail() == null ? "" : condition.detail().strip();
            check.require(condition.kind() != null, "conditions[" + i + "].kind", "Choose the kind of condition " + (i + 1));
            check.require(condition.kind() == null || !needsDetail(condition.kind()) || !detail.isEmpty(),
                    "conditions[" + i + "].detail", condition.kind() == null ? "" : detailWanted(condition.kind(), i + 1));
            check.require(detail.length() <= MAX_DETAIL, "conditions[" + i + "].detail",
                    "The detail of condition " + (i + 1) + " must be " + MAX_DETAIL + " characters or fewer");
        }
    }

    private static String detailWanted(ConditionKind kind, int number) {
        return switch (kind) {
            case NOT_TO_ENTER_ADDRESS -> "Enter the address condition " + number + " keeps the perpetrator away from";
            case EXCLUSION_ZONE -> "Describe the area condition " + number + " keeps the perpetrator out of";
            default -> "Say what condition " + number + " requires";
        };
    }

    private static String alreadyInForce(OrderKind kind, Existing found) {
        return "A " + kind.shortWords() + " between these two people already runs from " + MOMENT.format(found.startsAt())
                + " to " + MOMENT.format(found.endsAt()) + " (order " + found.id()
                + (found.reference() == null ? "" : ", reference " + found.reference())
                + "): end that one early, or choose dates after it ends";
    }

    private static String lawOf(OrderKind kind) {
        return kind == OrderKind.DAPN || kind == OrderKind.DAPO ? "Domestic Abuse Act 2021" : "Crime and Security Act 2010";
    }

    /** "48 hours", "14 days", "4 days and 2 hours": part hours count as whole ones. */
    static String inWords(Duration duration) {
        long hours = (duration.toMinutes() + 59) / 60;
        if (hours <= 72) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long days = hours / 24;
        long rest = hours % 24;
        return days + (days == 1 ? " day" : " days") + (rest == 0 ? "" : " and " + rest + (rest == 1 ? " hour" : " hours"));
    }
}
