package org.safeguard.offender;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's choices for orders and bail; a bad value stops start-up with the key named.
 *
 * @param expiryNotice how long before an order ends its victim's SPOC is told ({@link OrderExpiring}; default 3 days)
 * @param checkEvery   how often orders about to end are looked for (default 5 minutes)
 */
@ConfigurationProperties("safeguard.offender.orders")
public record OrderSettings(@DefaultValue("P3D") Duration expiryNotice, @DefaultValue("5m") Duration checkEvery) {

    public OrderSettings {
        if (expiryNotice.isNegative() || expiryNotice.isZero()) {
            throw new IllegalStateException("safeguard.offender.orders.expiry-notice must be positive, not " + expiryNotice);
        }
        if (checkEvery.isNegative() || checkEvery.isZero() || checkEvery.compareTo(expiryNotice) >= 0) {
            throw new IllegalStateException("safeguard.offender.orders.check-every must be positive and shorter than "
                    + "expiry-notice, not " + checkEvery);
        }
    }
}
