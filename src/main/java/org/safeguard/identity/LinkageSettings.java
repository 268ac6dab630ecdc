package org.safeguard.identity;

import org.safeguard.identity.linkage.Thresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's record-linkage settings ({@code safeguard.identity.linkage.*}); a bad value stops
 * start-up with the key named.
 *
 * @param autoLinkFrom match probability from which two records are linked without review (default 0.999)
 * @param reviewFrom   match probability from which a pair goes to a specialist's review queue (default 0.5)
 * @param partitions   how many pieces a batch run is saved in (a crashed run starts again from the first unsaved)
 * @param seed         the seed of training, so the same records always give the same model
 * @param nightly      cron of the nightly batch run, or "-" for none (default 02:30 every night)
 */
@ConfigurationProperties("safeguard.identity.linkage")
public record LinkageSettings(@DefaultValue("0.999") double autoLinkFrom,
                              @DefaultValue("0.5") double reviewFrom,
                              @DefaultValue("16") int partitions,
                              @DefaultValue("20260101") long seed,
                              @DefaultValue("0 30 2 * * *") String nightly) {

    public LinkageSettings {
        try {
            new Thresholds(autoLinkFrom, reviewFrom);
        } catch (IllegalArgumentException wrong) {
            throw new IllegalStateException("safeguard.identity.linkage.auto-link-from and review-from: "
                    + wrong.getMessage());
        }
        if (partitions < 1 || partitions > 1024) {
            throw new IllegalStateException("safeguard.identity.linkage.partitions must be 1 to 1024, not " + partitions);
        }
    }

    public Thresholds thresholds() {
        return new Thresholds(autoLinkFrom, reviewFrom);
    }
}
