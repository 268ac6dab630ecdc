package org.safeguard.access;

import java.io.Serial;

import org.springframework.security.access.AccessDeniedException;

/**
 * The reader may see only that the record exists. Pages answer it with the locked-down view (the agencies working
 * with the person, "request access" and, where allowed, break-glass); the API with problem JSON 403.
 */
public class RecordLocked extends AccessDeniedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient AccessDecision decision;

    public RecordLocked(AccessDecision decision) {
        super("Only that this record exists can be shown to you");
        this.decision = decision;
    }

    public AccessDecision decision() {
        return decision;
    }
}
