package org.safeguard.access;

/** What an administrator types to add a team to an agency. */
public record NewTeam(Long agencyId, String name, String area) {
}
