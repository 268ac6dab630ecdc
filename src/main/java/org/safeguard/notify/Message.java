package org.safeguard.notify;

import java.time.Instant;

/**
 * A message as recorded: what was asked for, where it went (the safe address, or null when refused
 * before it had one), and what became of it.
 */
public record Message(long id, long personId, Channel channel, String toAddress, String subject, String body,
                      String purpose, MessageStatus status, String refusalReason, String lastError,
                      String requestedBy, Instant requestedAt, Instant sentAt, int attempts, String owningAgency) {
}
