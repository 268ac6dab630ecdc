package org.safeguard.identity;

/** A link between two person records was undone: each is again the person it was (or its other links make it). */
public record PersonsUnlinked(long linkId, long firstId, long secondId, String reason) {
}
