package org.safeguard.notify;

/** Where a message is: waiting for the sender, delivered, refused (never delivered), or given up on. */
public enum MessageStatus {
    QUEUED,
    SENT,
    REFUSED,
    FAILED
}
