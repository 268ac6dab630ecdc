package org.safeguard.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's choices for need to know.
 *
 * @param grantPeriod         how long access granted on a request lasts (default 30 days)
 * @param breakGlassPeriod    how long a record opened in an emergency stays open (default 1 hour)
 * @param unownedRequestsTeam the police team whose supervisors answer requests for records nobody owns (default the
 *                            domestic abuse specialist unit; any police supervisor when no such team exists)
 */
@ConfigurationProperties("safeguard.access")
public record AccessSettings(@DefaultValue("P30D") Duration grantPeriod, @DefaultValue("PT1H") Duration breakGlassPeriod,
                             @DefaultValue("Domestic Abuse Investigation and Safeguarding Unit") String unownedRequestsTeam) {

    public AccessSettings {
        if (grantPeriod.isNegative() || grantPeriod.isZero() || grantPeriod.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("safeguard.access.grant-period must be more than 0 and at most a year, not "
                    + grantPeriod);
        }
        if (breakGlassPeriod.isNegative() || breakGlassPeriod.isZero() || breakGlassPeriod.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("safeguard.access.break-glass-period must be more than 0 and at most a day, not "
                    + breakGlassPeriod);
        }
    }
}
