package org.safeguard.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.marac.rules.MeetingSchedule;
import org.safeguard.marac.rules.RepeatRule;
import org.safeguard.marac.store.AreaStore;
import org.safeguard.marac.store.CaseStore;
import org.safeguard.referral.ReferralClosed;
import org.safeguard.referral.ReferralMade;
import org.safeguard.referral.Referrals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a MARAC referral into a case: in the area whose MARAC covers the victim's intake area (none: waiting for
 * a coordinator to place it), at that area's next meeting with space, a repeat when the victim (any of their
 * linked records) was referred to MARAC in the 12 months before and that case was not withdrawn ({@link RepeatRule}).
 * Once per referral, however often the event comes. A MARAC referral closed or declined withdraws its open case.
 */
@Component
class ReferralListing {

    private static final Logger log = LoggerFactory.getLogger(ReferralListing.class);
    private static final int MAX_REASON = 1000;

    private final AreaStore areas;
    private final CaseStore cases;
    private final Listing listing;
    private final PersonRecords people;
    private final PersonLinks links;
    private final Referrals referrals;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralListing(AreaStore areas, CaseStore cases, Listing listing, PersonRecords people, PersonLinks links,
                    Referrals referrals, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.areas = areas;
        this.cases = cases;
        this.listing = listing;
        this.people = people;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void list(ReferralMade made) {
        if (cases.hasReferral(made.referralId())) {
            return;
        }
        Set<Long> records = links.samePerson(List.of(made.victimId())).getOrDefault(made.victimId(), Set.of(made.victimId()));
        cases.lockVictim(Collections.min(records));
        if (cases.hasReferral(made.referralId())) {
            return;
        }
        Optional<MaracCase> open = cases.openOf(records).stream().findFirst();
        if (open.isPresent()) {
            join(made, open.get());
            return;
        }
        Optional<MaracArea> area = made.area() == null || made.area().isBlank() ? Optional.empty()
                : areas.covering(made.area());
        Optional<Meeting> meeting = area.flatMap(listing::nextWithSpace);
        Optional<RepeatRule.EarlierCase> repeat = RepeatRule.withinTwelveMonthsOfLastReferral(made.madeAt(),
                cases.earlierCasesOf(records));
        Optional<PersonSummary> victim = victim(made.victimId());
        Optional<Long> id = cases.insert(new CaseStore.NewCase(area.map(MaracArea::id).orElse(null),
                meeting.map(Meeting::id).orElse(null), made.victimId(), made.victimName(), made.suspectIds(),
                made.referralId(), made.madeAt(), made.madeByAgency(), made.riskLevel(), made.children(),
                victim.map(v -> v.sex() == null ? null : v.sex().name()).orElse(null),
                victim.map(v -> ageOn(v.dateOfBirth(), made)).orElse(null), null, null, null,
                repeat.map(RepeatRule.EarlierCase::caseId).orElse(null), null, clock.instant()));
        // The MARAC takes the referral on once a MARAC holds the case; an unplaced one waits for a coordinator.
        area.ifPresent(a -> referrals.takenOnByService(made.referralId(), "marac", a.coordinator(),
                "Taken on by the " + a.name() + (meeting.isPresent() ? ", listed for its next meeting with space"
                        : ", waiting for a meeting with space")));
        id.ifPresent(caseId -> audit.record(AuditEvent.of("MARAC_CASE_LISTED", "marac-case", caseId)
                .because("referral " + made.referralId()
                        + meeting.map(m -> ", meeting " + m.id()).orElse(area.isPresent()
                        ? ", waiting: no meeting with space" : ", waiting: no MARAC covers the area")
                        + repeat.map(h -> ", repeat of case " + h.caseId()).orElse(""))));
    }

    /**
     * A MARAC referral closed or declined by a person (its sender, the service, or for want of consent) withdraws its
     * case while the case is still waiting or listed, freeing its place; a case already heard, transferred or
     * withdrawn is left as it is, so the event may come again.
     */
    @Transactional
    public void withdraw(ReferralClosed closed) {
        cases.caseOfReferral(closed.referralId()).flatMap(cases::lock)
                .filter(c -> c.status() == MaracCase.Status.WAITING || c.status() == MaracCase.Status.LISTED)
                .ifPresent(c -> {
                    String why = closed.reason() == null || closed.reason().isBlank() ? "no reason given" : closed.reason().strip();
                    String reason = "Referral " + closed.status().label().toLowerCase() + ": " + why;
                    Coordination.saved(cases.withdraw(c.id(), c.version(),
                            reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason,
                            closed.by(), closed.at()));
                    audit.record(AuditEvent.of("MARAC_CASE_WITHDRAWN", "marac-case", c.id()).because("referral "
                            + closed.referralId() + " " + closed.status().label().toLowerCase()));
                });
    }

    /** A referral for a victim already waiting or listed joins their case: one place on one agenda. */
    private void join(ReferralMade made, MaracCase open) {
        cases.insertJoined(new CaseStore.NewCase(open.areaId(), null, made.victimId(), made.victimName(), made.suspectIds(),
                made.referralId(), made.madeAt(), made.madeByAgency(), made.riskLevel(), made.children(),
                open.victimSex(), open.victimAge(), null, null, null, open.repeatOf(), null, clock.instant()), open.id(),
                "Joined case " + open.id() + ", already " + open.status().label().toLowerCase() + " for this victim")
                .ifPresent(caseId -> audit.record(AuditEvent.of("MARAC_REFERRAL_JOINED", "marac-case", open.id())
                        .because("referral " + made.referralId() + " joins it as case " + caseId)));
        referrals.completedByService(made.referralId(), "marac", "Joined the victim's MARAC case already "
                + open.status().label().toLowerCase());
    }

    /** The victim's record; missing details leave the equality fields unrecorded rather than stop the listing. */
    private Optional<PersonSummary> victim(long victimId) {
        try {
            return people.people(List.of(victimId)).stream().findFirst();
        } catch (RuntimeException unread) {
            log.warn("Could not read person {} for their MARAC case: {}", victimId, unread.toString());
            return Optional.empty();
        }
    }

    private static Integer ageOn(LocalDate dateOfBirth, ReferralMade made) {
        if (dateOfBirth == null) {
            return null;
        }
        return Period.between(dateOfBirth, made.madeAt().atZone(MeetingSchedule.UK).toLocalDate()).getYears();
    }
}
