package org.safeguard.identity;

/**
 * Two person records are now one person (automatically, after review or by hand).
 *
 * @param personKey the person both records now belong to (the smallest record id linked together)
 */
public record PersonsLinked(long linkId, long firstId, long secondId, long personKey, String how) {
}
