package org.safeguard.audit;

import java.util.Objects;

/**
 * What happened, to what: "PERSON_VIEWED person 42". Actions are short upper-case verbs in the
 * past tense, named by the module that does the work.
 *
 * @param action      what was done, e.g. {@code SIGN_IN}, {@code STAFF_ACCOUNT_CREATED}
 * @param subjectType the kind of record touched, e.g. {@code person}, {@code staff_account}; null for none
 * @param subjectId   the record's id; null for none or for a list
 * @param reason      why, where the user gave a reason (break-glass, an access request); else null
 */
public record AuditEvent(String action, String subjectType, String subjectId, String reason) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
    }

    public static AuditEvent of(String action) {
        return new AuditEvent(action, null, null, null);
    }

    public static AuditEvent of(String action, String subjectType, Object subjectId) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), null);
    }

    public AuditEvent because(String givenReason) {
        return new AuditEvent(action, subjectType, subjectId, givenReason);
    }
}
