package org.safeguard.offender;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The perpetrator profile, the 'right to know' prompts, and the restriction of records of the
 * organisation's own staff.
 */
@Service
public class Perpetrators {

    /** The profile of the person any of whose records is given; audited. Restricted profiles only for the roles allowed. */
    public PerpetratorProfile profile(long personId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Marks the person as a member of the organisation's staff, with the reason: their records become restricted. */
    public void markStaff(long personId, String reason) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Prompts the specialist team has not yet decided, oldest first. */
    public List<DisclosurePrompt> openPrompts() {
        throw new UnsupportedOperationException("built in issue 8");
    }

    public int openPromptCount() {
        throw new UnsupportedOperationException("built in issue 8");
    }

    public DisclosurePrompt decidePrompt(long promptId, DisclosurePrompt.Decision decision, String reason, int version) {
        throw new UnsupportedOperationException("built in issue 8");
    }
}
