package org.safeguard.offender;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a 'right to know' prompt is raised (a force's own choice).
 *
 * @param top a perpetrator ranked within this many places of the priority list who is recorded with a new
 *            partner prompts the specialist team (default 50)
 */
@ConfigurationProperties("safeguard.offender.prompts")
public record PromptSettings(@DefaultValue("50") int top) {

    public PromptSettings {
        if (top < 1) {
            throw new IllegalStateException("safeguard.offender.prompts.top must be 1 or more, not " + top);
        }
    }

    /** Ranked high enough on the priority list for a new partner to be told of the risk. */
    public boolean ranksWithin(int rank) {
        return rank >= 1 && rank <= top;
    }
}
