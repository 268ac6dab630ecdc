package org.safeguard.marac;

import java.time.Instant;

/** A meeting of an area's MARAC, with the number of cases listed for it. */
public record Meeting(long id, long areaId, String areaName, Instant heldAt, int capacity, Status status, int listed,
                      int version) {

    public enum Status { SCHEDULED, HELD }

    public boolean full() {
        return listed >= capacity;
    }
}
