package org.safeguard.safeguarding;

import java.time.Instant;

/** A task as typed: what kind, what to do, whose it is (a username) and when it is due. */
public record NewTask(String kind, String title, String owner, Instant dueAt) {
}
