package org.safeguard.notify;

/**
 * What became of a message asked for: queued for delivery, or refused with the reason. Either way it is
 * recorded, under {@code messageId}.
 */
public record MessageOutcome(long messageId, MessageStatus status, String refusalReason) {

    public boolean queued() {
        return status == MessageStatus.QUEUED;
    }

    public boolean refused() {
        return status == MessageStatus.REFUSED;
    }
}
