package org.safeguard.identity;

import java.util.ArrayList;
import java.util.List;

import org.safeguard.access.PersonRestriction;
import org.safeguard.access.RecordAccess;
import org.safeguard.identity.SubjectAccessSection.Table;
import org.safeguard.identity.store.LinkStore;
import org.safeguard.identity.store.PersonStore;
import org.springframework.stereotype.Component;

/**
 * Identity's own part of a subject-access export: the person's records, addresses (a refuge or sanctuary address,
 * or one someone else lives at as such, is withheld), phone numbers, warning markers, links between the records,
 * and the restrictions on them.
 */
@Component
class PersonRecordsForSubjectAccess implements SubjectAccessSection {

    private final PersonStore people;
    private final LinkStore links;
    private final RecordAccess access;

    PersonRecordsForSubjectAccess(PersonStore people, LinkStore links, RecordAccess access) {
        this.people = people;
        this.links = links;
        this.access = access;
    }

    @Override
    public String title() {
        return "Person records";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<List<String>> records = new ArrayList<>();
        List<List<String>> addresses = new ArrayList<>();
        List<List<String>> phones = new ArrayList<>();
        List<List<String>> linksMade = new ArrayList<>();
        for (PersonSummary person : people.people(subject.recordIds())) {
            PersonStore.Provenance from = people.provenance(person.id());
            records.add(Table.cells(person.id(), person.givenName(), person.familyName(), person.dateOfBirth(),
                    person.sex(), from.owningAgency(), from.sourceSystem(), from.sourceRef()));
            for (PersonStore.Lived lived : people.livedAt(person.id())) {
                boolean confidential = lived.confidentialKind() != null || lived.address().confidential();
                addresses.add(Table.cells(person.id(), confidential ? Subject.WITHHELD : lived.address().oneLine(),
                        lived.from(), lived.to(), confidential ? "Yes" : "No"));
            }
            people.phonesOf(person.id()).forEach(number -> phones.add(Table.cells(person.id(), number)));
        }
        for (LinkStore.LinkRow link : links.linksOf(subject.recordIds())) {
            linksMade.add(Table.cells(link.firstId(), link.secondId(), link.how(), link.reasons(), link.linkedBy(),
                    link.linkedAt(), link.unlinkedBy(), link.unlinkedAt(), link.unlinkReason()));
        }
        List<List<String>> markers = people.markers(subject.recordIds()).stream()
                .map(m -> Table.cells(m.personId(), m.kind().label(), m.note())).toList();
        List<PersonRestriction> restrictions = access.restrictionsOn(subject.personId());
        List<List<String>> restricted = restrictions.stream()
                .map(r -> Table.cells(r.personId(), r.kind(), r.reason(), r.markedBy(), r.markedAt())).toList();
        return new Held(List.of(
                new Table("Records", List.of("Record", "Given name", "Family name", "Date of birth", "Sex",
                        "Owning agency", "Source system", "Source reference"), records),
                new Table("Addresses", List.of("Record", "Address", "From", "To", "Confidential"), addresses),
                new Table("Phone numbers", List.of("Record", "Number"), phones),
                new Table("Warning markers", List.of("Record", "Marker", "Note"), markers),
                new Table("Links between records", List.of("First record", "Second record", "How", "Reasons",
                        "Linked by", "Linked at", "Unlinked by", "Unlinked at", "Why unlinked"), linksMade),
                new Table("Restrictions", List.of("Record", "Restriction", "Reason", "Made by", "Made at"), restricted)),
                List.of());
    }
}
