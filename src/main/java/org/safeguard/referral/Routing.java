package org.safeguard.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.safeguard.access.ActingAs;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.PartyRole;
import org.safeguard.referral.ReferralMaker.Maker;
import org.safeguard.referral.rules.RoutingFacts;
import org.safeguard.referral.rules.RoutingRule;
import org.safeguard.referral.store.ReferralStore;
import org.safeguard.risk.Answer;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.RiskAssessed;
import org.safeguard.risk.RiskAssessments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routing by the rules in force: the facts of an assessment or an incident, the rules that fire, the service in
 * the victim's area for each, and a referral unless the victim already has an open one to that kind. Other modules
 * are read as the person whose work it was; when that account cannot read them the facts the event carries are
 * used. Those reads run in a transaction of their own (they audit, so not read-only), so a refusal cannot spoil
 * the transaction that saves the referrals (which would leave the event to be retried for ever). A rule whose kind of service has no
 * active service in the victim's area is recorded as a referral that could not be made, for the sender's board.
 * Safe to run twice for one event: the referral's source key is unique per kind.
 *
 * <p>The repeat rule ({@code marac-referral-within-months}) counts any domestic abuse incident of the victim (any
 * linked record of them) within the months after a MARAC referral that was not declined, whoever the suspect: the
 * coordinator withdraws a case whose perpetrator is someone else.
 */
@Component
class Routing {

    private static final Logger log = LoggerFactory.getLogger(Routing.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RoutingRules rules;
    private final ServiceDirectory directory;
    private final ReferralStore store;
    private final ReferralMaker makers;
    private final RiskAssessments assessments;
    private final Incidents incidents;
    private final PersonRecords people;
    private final PersonLinks links;
    private final ActingAs acting;
    private final TransactionTemplate reading;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Routing(RoutingRules rules, ServiceDirectory directory, ReferralStore store, ReferralMaker makers,
            RiskAssessments assessments, Incidents incidents, PersonRecords people, PersonLinks links, ActingAs acting,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.rules = rules;
        this.directory = directory;
        this.store = store;
        this.makers = makers;
        this.assessments = assessments;
        this.incidents = incidents;
        this.people = people;
        this.links = links;
        this.acting = acting;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What routing knows of the victim and the incident it came from. */
    private record Victim(long id, String name, Long incidentId, Long assessmentId, String area, String riskLevel,
                          List<Long> childIds, List<Long> suspectIds) {
    }

    @Transactional
    void riskAssessed(RiskAssessed assessed) {
        Maker maker = makers.named(assessed.assessor(), null);
        Optional<Incident> incident = read(maker, () -> incidents.incident(assessed.incidentId()));
        List<String> yes = read(maker, () -> assessments.view(assessed.assessmentId()).assessment().answers().stream()
                .filter(a -> a.answer() == Answer.YES).map(Assessment.GivenAnswer::questionId).toList()).orElse(List.of());
        int childrenRecorded = incident.map(i -> i.childrenPresent() + i.childrenLiving() + i.partiesIn(PartyRole.CHILD).size())
                .orElse(0);
        Instant when = incident.map(Incident::receivedAt).orElse(assessed.assessedAt());
        RoutingFacts facts = new RoutingFacts(RoutingFacts.Trigger.RISK_ASSESSED, assessed.level().name(),
                !assessed.criteria().isEmpty(), RoutingFacts.children(childrenRecorded, yes),
                RoutingFacts.honourBasedAbuse(yes), RoutingFacts.stalking(yes), ageOf(assessed.victimId(), when), true)
                .withLastMaracReferral(lastMaracReferral(assessed.victimId(), when), day(when));
        Victim victim = new Victim(assessed.victimId(), assessed.victimName(), assessed.incidentId(),
                assessed.assessmentId(), incident.map(Incident::area).orElse(null), assessed.level().name(),
                incident.map(i -> ids(i, PartyRole.CHILD)).orElse(List.of()),
                incident.map(i -> ids(i, PartyRole.SUSPECT)).orElse(List.of()));
        refer(victim, facts, "RISK_ASSESSED", "assessment:" + assessed.assessmentId(), maker);
    }

    @Transactional
    void incidentRecorded(IncidentRecorded recorded) {
        if (!recorded.domesticAbuse()) {
            return;
        }
        Maker maker = makers.named(recorded.recordedBy(), recorded.agency());
        Optional<Incident> incident = read(maker, () -> incidents.incident(recorded.incidentId()));
        int childrenRecorded = recorded.childIds().size()
                + incident.map(i -> i.childrenPresent() + i.childrenLiving()).orElse(0);
        for (long victimId : recorded.victimIds()) {
            RoutingFacts facts = new RoutingFacts(RoutingFacts.Trigger.INCIDENT_RECORDED, null, false,
                    RoutingFacts.children(childrenRecorded, List.of()), false, false,
                    ageOf(victimId, recorded.receivedAt()), true)
                    .withLastMaracReferral(lastMaracReferral(victimId, recorded.receivedAt()), day(recorded.receivedAt()));
            Victim victim = new Victim(victimId, recorded.names().getOrDefault(victimId, "Person " + victimId),
                    recorded.incidentId(), null, recorded.area(), null, recorded.childIds(), recorded.suspectIds());
            refer(victim, facts, "INCIDENT_RECORDED", "incident:" + recorded.incidentId() + ":" + victimId, maker);
        }
    }

    private void refer(Victim victim, RoutingFacts facts, String source, String sourceKey, Maker maker) {
        RoutingRules.InForce inForce = rules.inForce();
        List<RoutingRule> fired = inForce.rules().route(facts);
        if (fired.isEmpty()) {
            return;
        }
        store.lockVictim(victim.id());
        as(maker, () -> {
            for (RoutingRule rule : fired) {
                Optional<PartnerService> service = directory.serving(rule.referTo(), victim.area());
                if (alreadyReferred(victim, rule)) {
                    continue;
                }
                if (service.isEmpty()) {
                    log.warn("No active {} service covers area {}: rule {} (version {}) made no referral for person {}",
                            rule.referTo(), victim.area(), rule.id(), inForce.version(), victim.id());
                    store.unrouted(row(victim, rule, inForce.version(), null, source, sourceKey, maker, clock.instant()));
                    audit.record(AuditEvent.of("REFERRAL_NO_SERVICE", "person", victim.id())
                            .because(rule.referTo().name() + " by rule " + rule.id() + " v" + inForce.version()));
                } else {
                    save(victim, rule, inForce.version(), service.get(), source, sourceKey, maker);
                }
            }
            return null;
        });
    }

    /**
     * The victim already has what the rule would make: an open referral of its kind (a victim waiting for MARAC joins
     * their case), or for a rule that refers once per incident, one of its kind from this incident.
     */
    private boolean alreadyReferred(Victim victim, RoutingRule rule) {
        if (rule.onceWhileOpen()) {
            return store.hasOpen(victim.id(), rule.referTo());
        }
        return victim.incidentId() != null && store.hasFromIncident(victim.id(), rule.referTo(), victim.incidentId());
    }

    private static ReferralStore.NewRow row(Victim victim, RoutingRule rule, int version, PartnerService service,
                                            String source, String sourceKey, Maker maker, Instant now) {
        return new ReferralStore.NewRow(victim.id(), victim.name(), victim.incidentId(), victim.assessmentId(),
                service == null ? 0 : service.id(), service == null ? null : service.name(), rule.referTo(), victim.area(),
                victim.riskLevel(), rule.reason(), source, sourceKey, version, rule.id(), Consent.NOT_YET_ASKED, null, now,
                maker.username(), maker.team(), maker.agency(),
                service == null ? now : now.plus(Duration.ofHours(service.slaHours())));
    }

    private void save(Victim victim, RoutingRule rule, int version, PartnerService service, String source,
                      String sourceKey, Maker maker) {
        Instant now = clock.instant();
        Optional<Long> saved = store.insert(row(victim, rule, version, service, source, sourceKey, maker, now));
        saved.ifPresent(id -> {
            store.step(id, "MADE", now, maker.username(), "Rule " + rule.id() + " (version " + version + ")");
            audit.record(AuditEvent.of("REFERRAL_MADE", "referral", id)
                    .because("person " + victim.id() + " to " + service.kind().name() + " by rule " + rule.id() + " v" + version));
            events.publishEvent(new ReferralMade(id, victim.id(), victim.name(), victim.incidentId(), victim.assessmentId(),
                    service.id(), service.kind(), victim.area(), victim.riskLevel(), victim.childIds(), victim.childIds().size(), victim.suspectIds(),
                    now, maker.username(), maker.agency(), rule.reason()));
        });
    }

    /**
     * Reads another module as the maker, in a transaction of its own (the read is audited); empty (and logged) when
     * their account cannot.
     */
    private <T> Optional<T> read(Maker maker, Supplier<T> read) {
        if (!maker.canAct()) {
            log.warn("Routing for {}: the account cannot act, so the event's own facts are used", maker.username());
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(reading.execute(status -> acting.run(maker.username(), read)));
        } catch (RuntimeException refused) {
            log.warn("Routing as {} could not read another module ({}); the event's own facts are used",
                    maker.username(), refused.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Audits as the maker when their account can act, else as the system. */
    private void as(Maker maker, Supplier<Void> work) {
        if (maker.canAct()) {
            acting.run(maker.username(), work);
        } else {
            work.get();
        }
    }

    /** The day, when the victim (any linked record of them) was last referred to a MARAC before the moment. */
    private LocalDate lastMaracReferral(long victimId, Instant before) {
        java.util.Set<Long> records = links.samePerson(List.of(victimId)).getOrDefault(victimId, java.util.Set.of(victimId));
        return store.lastMaracReferral(records, before).map(Routing::day).orElse(null);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(LONDON).toLocalDate();
    }

    private Integer ageOf(long victimId, Instant at) {
        LocalDate born = people.people(List.of(victimId)).stream().findFirst().map(PersonSummary::dateOfBirth).orElse(null);
        return RoutingFacts.ageOn(born, at.atZone(LONDON).toLocalDate());
    }

    private static List<Long> ids(Incident incident, PartyRole role) {
        return incident.partiesIn(role).stream().map(Incident.Party::personId).toList();
    }
}
