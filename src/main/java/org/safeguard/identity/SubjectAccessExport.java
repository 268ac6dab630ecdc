package org.safeguard.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.safeguard.access.RecordAccess;
import org.safeguard.access.Restriction;
import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.audit.RecordView;
import org.safeguard.identity.store.LinkStore;
import org.safeguard.identity.store.PersonStore;
import org.safeguard.platform.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The subject-access export (UK GDPR article 15) for the data protection officer (ADMIN): everything held about one
 * person across every linked record — identity's own records, each {@link SubjectAccessSection} bean's, and who has
 * viewed or changed those records. A confidential address is withheld. Each section is read in its own read-only
 * transaction, so one that fails is named as not read and the rest still come out. Audited
 * {@code SUBJECT_ACCESS_EXPORTED} (the download) or {@code SUBJECT_ACCESS_PREPARED} (the page of counts).
 */
@Service
public class SubjectAccessExport {

    private static final Logger log = LoggerFactory.getLogger(SubjectAccessExport.class);
    private static final String DATA_PROTECTION_OFFICER = "hasRole('ADMIN')";
    private static final int MOST_HISTORY = 20_000;

    private final PersonStore people;
    private final LinkStore links;
    private final RecordAccess access;
    private final List<SubjectAccessSection> sections;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownReading;

    SubjectAccessExport(PersonStore people, LinkStore links, RecordAccess access, List<SubjectAccessSection> sections,
                        AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.people = people;
        this.links = links;
        this.access = access;
        this.sections = List.copyOf(sections);
        this.audit = audit;
        this.clock = clock;
        this.ownReading = new TransactionTemplate(transactions);
        this.ownReading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownReading.setReadOnly(true);
    }

    /** The whole export, to download; unknown person: {@link RecordNotFound}. */
    @PreAuthorize(DATA_PROTECTION_OFFICER)
    public SubjectAccess export(long personId) {
        return assembled(personId, "SUBJECT_ACCESS_EXPORTED");
    }

    /** The same export, for the page that shows its counts before the download. */
    @PreAuthorize(DATA_PROTECTION_OFFICER)
    public SubjectAccess prepare(long personId) {
        return assembled(personId, "SUBJECT_ACCESS_PREPARED");
    }

    private SubjectAccess assembled(long personId, String action) {
        if (!people.exists(personId)) {
            throw new RecordNotFound("person", personId);
        }
        Set<Long> records = new TreeSet<>(links.samePerson(List.of(personId)).getOrDefault(personId, Set.of(personId)));
        SubjectAccessSection.Subject subject = new SubjectAccessSection.Subject(personId, records,
                holdsConfidentialAddress(records));
        Map<String, Set<String>> audited = new LinkedHashMap<>();
        audited.put("person", new LinkedHashSet<>(records.stream().map(String::valueOf).toList()));
        List<SubjectAccess.Section> made = new ArrayList<>();
        for (SubjectAccessSection section : sectionsInOrder()) {
            made.add(read(section, subject, audited));
        }
        List<RecordView> history = audit.historyOf(audited, MOST_HISTORY + 1);
        SubjectAccess export = new SubjectAccess(personId, clock.instant(), SignedInStaff.current().username(),
                List.copyOf(records), made, history.stream().limit(MOST_HISTORY).toList(), history.size() > MOST_HISTORY);
        audit.record(AuditEvent.of(action, "person", personId).because(made.size() + " sections, "
                + made.stream().mapToInt(SubjectAccess.Section::rowCount).sum() + " rows, "
                + export.history().size() + " audit rows; records " + records));
        return export;
    }

    /** Identity's own section first, then the modules' in title order, so two exports read alike. */
    private List<SubjectAccessSection> sectionsInOrder() {
        List<SubjectAccessSection> ordered = new ArrayList<>(sections);
        ordered.sort((a, b) -> a instanceof PersonRecordsForSubjectAccess ? -1
                : b instanceof PersonRecordsForSubjectAccess ? 1 : a.title().compareTo(b.title()));
        return ordered;
    }

    private SubjectAccess.Section read(SubjectAccessSection section, SubjectAccessSection.Subject subject,
                                       Map<String, Set<String>> audited) {
        try {
            SubjectAccessSection.Held held = ownReading.execute(tx -> section.heldAbout(subject));
            held.auditSubjects().forEach(s -> audited.computeIfAbsent(s.type(), t -> new LinkedHashSet<>()).add(s.id()));
            return new SubjectAccess.Section(section.title(), held.tables(), null);
        } catch (RuntimeException failed) {
            log.error("Subject access section '{}' could not be read for person {}", section.title(), subject.personId(),
                    failed);
            return new SubjectAccess.Section(section.title(), List.of(),
                    "Could not be read: this export is incomplete. Try again, or ask the service's support team.");
        }
    }

    private boolean holdsConfidentialAddress(Set<Long> records) {
        boolean restricted = access.restrictionsOf(records).values().stream()
                .anyMatch(kinds -> kinds.contains(Restriction.CONFIDENTIAL_ADDRESS));
        return restricted || records.stream().flatMap(id -> people.livedAt(id).stream())
                .anyMatch(lived -> lived.confidentialKind() != null || lived.address().confidential());
    }
}
