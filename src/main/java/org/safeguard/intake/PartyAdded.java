package org.safeguard.intake;

/**
 * A person was added to an incident after it was recorded (a victim found at the scene, the suspect named
 * later). {@code incident} is the incident as it now stands, every party included, in the shape
 * {@link IncidentRecorded} gives it: a module that keeps up with an incident's people (a victim's case, a
 * perpetrator's score) handles it as it handles the recording, which it already does idempotently. It is not a
 * second recording: count incidents from {@link IncidentRecorded} only.
 */
public record PartyAdded(long incidentId, long personId, PartyRole role, IncidentRecorded incident) {
}
