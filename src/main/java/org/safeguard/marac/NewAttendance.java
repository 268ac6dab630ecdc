package org.safeguard.marac;

/** One agency's attendance as typed: present or not, and its representative's username. */
public record NewAttendance(String agencyCode, Boolean present, String representative) {
}
