package org.safeguard.referral;

/** Where a referral is: made, received by the service, accepted or declined by it, closed. */
public enum ReferralStatus {
    MADE("Made"), RECEIVED("Received"), ACCEPTED("Accepted"), DECLINED("Declined"), CLOSED("Closed");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the service's answer: counts against its SLA. */
    public boolean awaitingAnswer() {
        return this == MADE || this == RECEIVED;
    }
}
