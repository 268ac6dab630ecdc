package org.safeguard.access;

import java.time.Instant;

/** Something a member of staff is told: a break-glass on a record they own, an access request, a decision on theirs. */
public record StaffNotice(long id, String subject, String body, String link, Instant createdAt, Instant readAt) {
}
