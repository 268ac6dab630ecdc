package org.safeguard.identity;

import java.util.List;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.store.PersonBulkStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's API. Bulk import streams records into PostgreSQL with COPY, one batch per
 * transaction, and records each batch in the audit log.
 */
@Service
public class PersonRecords {

    private final PersonBulkStore store;
    private final AuditTrail audit;

    PersonRecords(PersonBulkStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Imports addresses owned by the agency; returns their new ids in the order given. */
    @Transactional
    public long[] importAddresses(List<NewAddress> addresses, String owningAgency) {
        long[] ids = store.copyAddresses(addresses, owningAgency);
        audit.record(AuditEvent.of("ADDRESSES_IMPORTED", "address", null)
                .because(addresses.size() + " addresses for " + owningAgency));
        return ids;
    }

    /** Imports person records (with their phones and current address) owned by the agency. */
    @Transactional
    public long[] importPeople(List<NewPerson> people, String owningAgency) {
        long[] ids = store.copyPeople(people, owningAgency);
        audit.record(AuditEvent.of("PERSON_RECORDS_IMPORTED", "person", null)
                .because(people.size() + " person records for " + owningAgency));
        return ids;
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.countPeople();
    }
}
