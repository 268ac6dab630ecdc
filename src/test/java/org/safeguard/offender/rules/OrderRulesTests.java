package org.safeguard.offender.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.offender.NewOrder;
import org.safeguard.offender.OrderKind;
import org.safeguard.offender.ProtectiveOrder.Condition;
import org.safeguard.offender.ProtectiveOrder.ConditionKind;
import org.safeguard.platform.InvalidRequest;

/** What an order, notice or bail must satisfy before it is saved: each refusal with the reason a user reads. */
class OrderRulesTests {

    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final OrderRules.People KNOWN = new OrderRules.People(true, true, false);

    private static NewOrder order(OrderKind kind, Instant startsAt, Instant endsAt, Condition... conditions) {
        return new NewOrder(kind, 1L, 2L, null, "DVPO/123", startsAt, endsAt, List.of(conditions));
    }

    private static Map<String, String> refusal(NewOrder typed, OrderRules.People people, List<OrderRules.Existing> existing) {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> OrderRules.check(typed, people, existing));
        assertThat(refused).as("refused").isNotNull();
        return refused.byField();
    }

    private static Map<String, String> refusal(NewOrder typed) {
        return refusal(typed, KNOWN, List.of());
    }

    @Test
    void aDvpoOf21DaysBetweenKnownPeopleIsAccepted() {
        assertThatCode(() -> OrderRules.check(order(OrderKind.DVPO, START, START.plus(Duration.ofDays(21)),
                new Condition(ConditionKind.NO_CONTACT, "")), KNOWN, List.of())).doesNotThrowAnyException();
    }

    @Test
    void anOrderEndingBeforeItStartsIsRefused() {
        assertThat(refusal(order(OrderKind.RESTRAINING, START, START.minus(Duration.ofDays(1)))))
                .containsEntry("endsAt", "The order must end after it starts");
    }

    @Test
    void anOrderEndingWhenItStartsIsRefused() {
        assertThat(refusal(order(OrderKind.NON_MOLESTATION, START, START))).containsEntry("endsAt", "The order must end after it starts");
    }

    @Test
    void bailWithNoEndDateIsRefusedAskingForTheBailReturnDate() {
        NewOrder bail = new NewOrder(OrderKind.PRE_CHARGE_BAIL, 1L, null, null, null, START, null, List.of());
        assertThat(refusal(bail)).containsExactly(
                Map.entry("endsAt", "Bail conditions need the date they end (the bail return date)"));
    }

    @Test
    void bailNeedNotNameOnePersonItProtects() {
        NewOrder bail = new NewOrder(OrderKind.COURT_BAIL, 1L, null, null, null, START, START.plus(Duration.ofDays(30)), List.of());
        assertThatCode(() -> OrderRules.check(bail, new OrderRules.People(true, false, false), List.of())).doesNotThrowAnyException();
    }

    @Test
    void aDvpnLongerThan48HoursIsRefusedWithTheLawsLimit() {
        assertThat(refusal(order(OrderKind.DVPN, START, START.plus(Duration.ofHours(72)))).get("endsAt"))
                .isEqualTo("A DVPN lasts at most 48 hours (Crime and Security Act 2010): this one lasts 72 hours");
    }

    @Test
    void aDvpnOfExactly48HoursIsAccepted() {
        assertThat(OrderRules.lastsAsLongAsTheLawAllows(OrderKind.DVPN, START, START.plus(Duration.ofHours(48)))).isEmpty();
    }

    @Test
    void aDapnLongerThan48HoursIsRefusedUnderTheDomesticAbuseAct() {
        assertThat(refusal(order(OrderKind.DAPN, START, START.plus(Duration.ofHours(49)))).get("endsAt"))
                .isEqualTo("A DAPN lasts at most 48 hours (Domestic Abuse Act 2021): this one lasts 49 hours");
    }

    @Test
    void aDvpoShorterThan14DaysIsRefused() {
        assertThat(refusal(order(OrderKind.DVPO, START, START.plus(Duration.ofDays(10)))).get("endsAt"))
                .isEqualTo("A DVPO lasts from 14 to 28 days (Crime and Security Act 2010): this one lasts 10 days");
    }

    @Test
    void aDvpoLongerThan28DaysIsRefused() {
        assertThat(refusal(order(OrderKind.DVPO, START, START.plus(Duration.ofDays(28)).plus(Duration.ofHours(2)))).get("endsAt"))
                .isEqualTo("A DVPO lasts from 14 to 28 days (Crime and Security Act 2010): this one lasts 28 days and 2 hours");
    }

    @Test
    void aDvpoOverlappingAnotherBetweenTheSamePeopleIsRefusedNamingIt() {
        OrderRules.Existing running = new OrderRules.Existing(77, "CSA/9", START.minus(Duration.ofDays(5)),
                START.plus(Duration.ofDays(9)));
        assertThat(refusal(order(OrderKind.DVPO, START, START.plus(Duration.ofDays(14))), KNOWN, List.of(running)).get("startsAt"))
                .contains("A DVPO between these two people already runs from", "(order 77, reference CSA/9)",
                        "end that one early");
    }

    @Test
    void aDvpoStartingWhenTheLastEndsDoesNotOverlap() {
        OrderRules.Existing ended = new OrderRules.Existing(77, null, START.minus(Duration.ofDays(14)), START);
        assertThat(OrderRules.overlapping(OrderKind.DVPO, START, START.plus(Duration.ofDays(14)), List.of(ended))).isEmpty();
    }

    @Test
    void policeNoticesAndOrdersRunOneAtATimeButCourtOrdersAndBailMayOverlap() {
        assertThat(List.of(OrderKind.values())).filteredOn(OrderRules::oneAtATime)
                .containsExactlyInAnyOrder(OrderKind.DVPN, OrderKind.DVPO, OrderKind.DAPN, OrderKind.DAPO);
        OrderRules.Existing running = new OrderRules.Existing(5, null, START, START.plus(Duration.ofDays(365)));
        assertThat(OrderRules.overlapping(OrderKind.RESTRAINING, START, START.plus(Duration.ofDays(30)), List.of(running))).isEmpty();
        assertThat(OrderRules.overlapping(OrderKind.COURT_BAIL, START, START.plus(Duration.ofDays(30)), List.of(running))).isEmpty();
    }

    @Test
    void anUnknownPerpetratorOrProtectedPersonIsRefused() {
        Map<String, String> problems = refusal(order(OrderKind.RESTRAINING, START, START.plus(Duration.ofDays(365))),
                new OrderRules.People(false, false, false), List.of());
        assertThat(problems).containsEntry("perpetratorId", "There is no person record 1 to make the order against")
                .containsEntry("protectedId", "There is no person record 2 to protect");
    }

    @Test
    void theProtectedPersonCannotBeThePerpetratorEvenUnderALinkedRecord() {
        assertThat(refusal(order(OrderKind.RESTRAINING, START, START.plus(Duration.ofDays(365))),
                new OrderRules.People(true, true, true), List.of()).get("protectedId"))
                .isEqualTo("The person protected cannot be the person the order is against (their records are linked as one person)");
    }

    @Test
    void anOrderOtherThanBailMustNameWhomItProtects() {
        NewOrder unnamed = new NewOrder(OrderKind.NON_MOLESTATION, 1L, null, null, null, START, START.plus(Duration.ofDays(90)), List.of());
        assertThat(refusal(unnamed)).containsEntry("protectedId", "Choose the person the order protects");
    }

    @Test
    void anExclusionZoneAnAddressOrAnotherConditionNeedsItsDetail() {
        Map<String, String> problems = refusal(order(OrderKind.COURT_BAIL, START, START.plus(Duration.ofDays(20)),
                new Condition(ConditionKind.NO_CONTACT, ""), new Condition(ConditionKind.NOT_TO_ENTER_ADDRESS, " "),
                new Condition(ConditionKind.EXCLUSION_ZONE, ""), new Condition(ConditionKind.OTHER, null)));
        assertThat(problems).doesNotContainKey("conditions[0].detail")
                .containsEntry("conditions[1].detail", "Enter the address condition 2 keeps the perpetrator away from")
                .containsEntry("conditions[2].detail", "Describe the area condition 3 keeps the perpetrator out of")
                .containsEntry("conditions[3].detail", "Say what condition 4 requires");
    }

    @Test
    void aBreachMustHappenWhileTheOrderIsInForce() {
        Instant now = START.plus(Duration.ofDays(40));
        Instant end = START.plus(Duration.ofDays(14));
        assertThat(OrderRules.breachWithinItsLife(START, end, START.plus(Duration.ofDays(3)), now)).isEmpty();
        assertThat(OrderRules.breachWithinItsLife(START, end, START.minus(Duration.ofHours(1)), now)).get().asString()
                .startsWith("A breach must happen while the order is in force");
        assertThat(OrderRules.breachWithinItsLife(START, end, end.plus(Duration.ofHours(1)), now)).isPresent();
        assertThat(OrderRules.breachWithinItsLife(START, end, now.plusSeconds(60), now)).contains("The breach cannot be in the future");
    }
}
