package org.safeguard.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which person records are the same person (SPI, implemented by identity's record linkage): a restriction on one
 * record of a person restricts every record linked to it.
 */
public interface LinkedRecords {

    /** For each record asked for, every record of the same person (itself included). */
    Map<Long, Set<Long>> samePerson(Collection<Long> personIds);
}
