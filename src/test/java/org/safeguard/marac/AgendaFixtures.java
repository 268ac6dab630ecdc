package org.safeguard.marac;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.safeguard.access.ActingAs;
import org.safeguard.access.Role;
import org.safeguard.directory.ServiceKind;
import org.safeguard.marac.store.CaseStore;
import org.safeguard.referral.ReferralMade;
import org.safeguard.support.Eventually;
import org.safeguard.support.Staff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MARAC areas and referrals for the agenda tests: each area has a name, a covered intake area and a coordinator
 * nobody else uses; referrals are published as the referral module would, and waited for on the agenda.
 */
@Component
class AgendaFixtures {

    private final MaracAreas areas;
    private final Staff staff;
    private final ActingAs acting;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final CaseStore cases;

    AgendaFixtures(MaracAreas areas, CaseStore cases, Staff staff, ActingAs acting, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.areas = areas;
        this.cases = cases;
        this.staff = staff;
        this.acting = acting;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        people = jdbc;
    }

    /** For {@link #unknownVictim()}: the person records the agenda's victims are. */
    private static JdbcClient people;

    /**
     * A MARAC with a fresh coordinator and chair, set up by its coordinator, covering one intake area of its own
     * (returned as {@code covers().get(0)}).
     */
    MaracArea area(int capacity) {
        String coordinator = staff.fresh(Role.MARAC_COORDINATOR).username();
        String chair = staff.fresh(Role.SUPERVISOR).username();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return acting.run(coordinator, () -> areas.create(new NewMaracArea("Test MARAC " + unique, List.of("Testarea " + unique),
                2, DayOfWeek.TUESDAY, LocalTime.of(10, 0), capacity, chair, coordinator,
                List.of("POLICE", "IDVA_SERVICE"), List.of()))).area();
    }

    /** A victim id no person record has: the listing takes what identity knows, here nothing. */
    /**
     * A victim nobody else's test knows: a person record of its own (need to know decides on real people; a MARAC
     * case is always about one).
     */
    static long unknownVictim() {
        long id = ThreadLocalRandom.current().nextLong(8_000_000_000L, 9_000_000_000L);
        people.sql("INSERT INTO identity.person (id, given_name, family_name, sex, source_system, source_ref, owning_agency) "
                        + "VALUES (:id, 'Test', :family, 'FEMALE', 'TEST', :ref, 'POLICE')")
                .param("id", id).param("family", "Victim" + id).param("ref", "marac-" + id).update();
        return id;
    }

    static ReferralMade referral(long victimId, String area, Instant madeAt) {
        long referralId = ThreadLocalRandom.current().nextLong(8_000_000_000L, 9_000_000_000L);
        return new ReferralMade(referralId, victimId, "Test Victim " + victimId, null, null, 1, ServiceKind.MARAC, area,
                "HIGH", List.of(7L, 8L), 2, List.of(9L), madeAt, "officer", "POLICE", "High risk: MARAC");
    }

    /** Publishes the referral as the referral module would, and waits for its case. */
    MaracCase refer(ReferralMade made) {
        transaction.executeWithoutResult(status -> events.publishEvent(made));
        return find(Eventually.found(() -> caseIdOf(made.referralId())));
    }

    /** Publishes an event as its module would, in a transaction that commits. */
    void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    Optional<Long> caseIdOf(long referralId) {
        return jdbc.sql("SELECT id FROM marac.marac_case WHERE referral_id = ?").param(referralId).query(Long.class).optional();
    }

    /** The case as stored (read past the need-to-know check, as a test may). */
    MaracCase find(long caseId) {
        return cases.find(caseId).orElseThrow();
    }

    /** Records the case as heard at that moment, as closing its meeting would. */
    void heard(long caseId, Instant at) {
        jdbc.sql("UPDATE marac.marac_case SET status = 'HEARD', heard_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(at), caseId).update();
    }

    <T> T as(String username, java.util.function.Supplier<T> work) {
        return acting.run(username, work);
    }
}
