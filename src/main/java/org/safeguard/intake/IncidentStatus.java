package org.safeguard.intake;

public enum IncidentStatus {
    OPEN, CLOSED
}
