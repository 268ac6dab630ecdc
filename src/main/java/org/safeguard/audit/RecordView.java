package org.safeguard.audit;

import java.time.ZonedDateTime;

/**
 * One line of "who has seen this record": who read or changed it, when, and why when they gave a reason. Pages put a
 * list of these in the model and include {@code audit/fragments :: whoHasSeen(rows)}.
 *
 * @param when          when it happened, in the service's time zone
 * @param username      who (the sign-in name)
 * @param agency        the code of their agency at the time, or null for the system
 * @param action        the recorded action, e.g. {@code CASE_VIEWED}
 * @param actionInWords the action as a reader says it, e.g. "Viewed the case"
 * @param subjectType   the kind of record, e.g. {@code case}
 * @param subjectId     which record (of a person with linked records, which one)
 * @param reason        the reason they gave (break-glass, an access request), or null
 */
public record RecordView(ZonedDateTime when, String username, String agency, String action, String actionInWords,
                         String subjectType, String subjectId, String reason) {
}
