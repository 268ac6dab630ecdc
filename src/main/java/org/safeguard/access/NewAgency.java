package org.safeguard.access;

/** What an administrator types to add an agency; checked by {@link StaffDirectory#createAgency}. */
public record NewAgency(String code, String name, String kind) {
}
