package org.safeguard.offender;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonLinks;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.PartyAdded;
import org.safeguard.intake.SuspectIncident;
import org.safeguard.offender.rules.NewPartnerRule;
import org.safeguard.offender.store.PromptStore;
import org.safeguard.offender.store.RfgStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 'Right to know' prompts from recorded incidents: a suspect of a domestic abuse incident between intimate
 * partners who ranks within {@code safeguard.offender.prompts.top} of the priority list, and a victim of it
 * never before a victim of theirs ({@link NewPartnerRule}, linked records as one person), gives the specialist
 * team one prompt to consider a disclosure. Handling the same incident again adds nothing.
 */
@Component
@EnableConfigurationProperties(PromptSettings.class)
class PromptEvents {

    /** Enough of a perpetrator's history to know every partner of theirs. */
    private static final int HISTORY_LIMIT = 500;

    private final IncidentHistory history;
    private final PersonLinks linkage;
    private final PriorityList priorityList;
    private final PromptStore prompts;
    private final RfgStore scores;
    private final PromptSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    PromptEvents(IncidentHistory history, PersonLinks linkage, PriorityList priorityList, PromptStore prompts,
                 RfgStore scores, PromptSettings settings, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.history = history;
        this.linkage = linkage;
        this.priorityList = priorityList;
        this.prompts = prompts;
        this.scores = scores;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        // A refresh commits without waiting for the disk (derived data); the prompts and their audit rows must not.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(IncidentRecorded recorded) {
        promptFor(recorded);
    }

    /** The suspect named later, or a victim added later, may make a new partner of a top-ranked perpetrator. */
    @ApplicationModuleListener
    void on(PartyAdded added) {
        promptFor(added.incident());
    }

    /** The prompts the incident raised (ids); none when it raised none or raised them before. */
    @Transactional
    List<Long> promptFor(IncidentRecorded recorded) {
        if (!recorded.domesticAbuse() || recorded.victimIds().isEmpty()) {
            return List.of();
        }
        List<Long> raised = new ArrayList<>();
        for (Long suspect : recorded.suspectIds()) {
            Set<Long> records = linkage.samePerson(List.of(suspect)).get(suspect);
            List<SuspectIncident> incidents = history.incidentsAsSuspect(records, HISTORY_LIMIT);
            Optional<SuspectIncident> thisOne = incidents.stream().filter(i -> i.incidentId() == recorded.incidentId()).findFirst();
            if (thisOne.isEmpty() || thisOne.get().relationship() == null || !thisOne.get().relationship().intimate()) {
                continue;
            }
            Optional<Integer> rank = rankOf(suspect, records);
            if (rank.isEmpty() || !settings.ranksWithin(rank.get())) {
                continue;
            }
            Map<Long, Set<Long>> victimsByIncident = victimsByIncident(incidents);
            long perpetratorKey = Collections.min(records);
            for (Long victim : recorded.victimIds()) {
                Set<Long> victimRecords = linkage.samePerson(List.of(victim)).get(victim);
                if (NewPartnerRule.newToPerpetrator(victimRecords, recorded.incidentId(), victimsByIncident)
                        && !prompts.exists(records, victimRecords)) {
                    prompts.insert(perpetratorKey, victim, recorded.incidentId(), recorded.reference(), rank.get(), clock.instant())
                            .ifPresent(id -> {
                                audit.record(AuditEvent.of("DISCLOSURE_PROMPT_RAISED", "disclosure_prompt", id)
                                        .because("perpetrator " + perpetratorKey + ", ranked " + rank.get()
                                                + ", recorded with a new partner (person " + victim + ") in incident "
                                                + recorded.reference()));
                                raised.add(id);
                            });
                }
            }
        }
        return raised;
    }

    /**
     * The place on the list once this incident is counted: the suspect is refreshed first (in a transaction of
     * its own, committed before the read), since the list's listener may not have run yet and an incident can lift
     * a perpetrator into the top. Read as the list's own standing (ranges of its rank index).
     */
    private Optional<Integer> rankOf(long suspect, Set<Long> records) {
        ownTransaction.executeWithoutResult(status -> priorityList.refresh(List.of(suspect)));
        return scores.standing(Collections.min(records)).map(RfgStore.Row::rank);
    }

    /** Each incident's victim records, every record linked to them included. */
    private Map<Long, Set<Long>> victimsByIncident(List<SuspectIncident> incidents) {
        Set<Long> victims = new HashSet<>();
        incidents.forEach(i -> i.victims().forEach(v -> victims.add(v.personId())));
        Map<Long, Set<Long>> samePerson = linkage.samePerson(victims);
        Map<Long, Set<Long>> byIncident = new HashMap<>();
        for (SuspectIncident incident : incidents) {
            Set<Long> records = new HashSet<>();
            for (Incident.Party victim : incident.victims()) {
                records.addAll(samePerson.get(victim.personId()));
            }
            byIncident.put(incident.incidentId(), records);
        }
        return byIncident;
    }
}
