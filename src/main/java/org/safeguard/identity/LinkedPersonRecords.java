package org.safeguard.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.safeguard.access.LinkedRecords;
import org.safeguard.identity.store.LinkStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access's view of who is who: the records sharing a person key with each record asked for, so a restriction on
 * one record of a person closes all of them. A record that does not exist gets no entry (access treats it as
 * unknown, never as a person with no links).
 */
@Component
class LinkedPersonRecords implements LinkedRecords {

    private final LinkStore store;

    LinkedPersonRecords(LinkStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> samePerson(Collection<Long> personIds) {
        return store.samePerson(personIds);
    }
}
