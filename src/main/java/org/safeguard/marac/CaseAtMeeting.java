package org.safeguard.marac;

import java.time.Instant;

/**
 * A case as its hearing sees it: the victim, the MARAC and meeting it is listed at, what the IDVA said for the
 * victim and the case's minutes. {@code version} is the case's.
 */
public record CaseAtMeeting(long caseId, long victimId, String victimName, Long areaId, String areaName, Long meetingId,
                            Instant meetingAt, Meeting.Status meetingStatus, MaracCase.Status status, String idvaSummary,
                            String caseMinutes, Instant heardAt, int version) {

    /** Listed at a meeting that has not yet been held: the only time research can be returned. */
    public boolean onAnAgenda() {
        return status == MaracCase.Status.LISTED && meetingStatus == Meeting.Status.SCHEDULED;
    }

    /** Listed or heard: a hearing can be written and actions agreed. */
    public boolean atAMeeting() {
        return meetingId != null && (status == MaracCase.Status.LISTED || status == MaracCase.Status.HEARD);
    }
}
