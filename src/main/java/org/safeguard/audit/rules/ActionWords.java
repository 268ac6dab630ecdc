package org.safeguard.audit.rules;

import java.util.Locale;
import java.util.Map;

/**
 * Recorded actions as a reader says them: "CASE_VIEWED" is "Viewed the case". An action not in the table is said
 * from its own name ("CASE_TASK_ADDED" is "Case task added"), so a new action is never hidden, only plainer.
 */
public final class ActionWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("PERSON_VIEWED", "Viewed the person's record"),
            Map.entry("PERSON_CREATED", "Created the person's record"),
            Map.entry("PERSON_ADDRESS_RECORDED", "Recorded an address"),
            Map.entry("PERSON_PHONE_RECORDED", "Recorded a phone number"),
            Map.entry("PERSON_LINKS_VIEWED", "Viewed the linked records"),
            Map.entry("PERSON_RECORDS_LINKED", "Linked records as one person"),
            Map.entry("PERSON_RECORDS_UNLINKED", "Unlinked records"),
            Map.entry("CASE_VIEWED", "Viewed the case"),
            Map.entry("CASE_OPENED", "Opened the case"),
            Map.entry("CASE_CLOSED", "Closed the case"),
            Map.entry("CASE_CONTACT_RECORDED", "Recorded a contact on the case"),
            Map.entry("CASE_TASK_ADDED", "Added a task to the case"),
            Map.entry("SAFETY_PLAN_CHANGED", "Changed the safety plan"),
            Map.entry("SPOC_CHANGED", "Changed the SPOC"),
            Map.entry("INCIDENT_VIEWED", "Viewed the incident"),
            Map.entry("INCIDENT_RECORDED", "Recorded the incident"),
            Map.entry("INCIDENT_CLOSED", "Closed the incident"),
            Map.entry("INCIDENT_PARTY_ADDED", "Added a person to the incident"),
            Map.entry("RISK_ASSESSMENT_VIEWED", "Viewed a risk assessment"),
            Map.entry("RISK_ASSESSMENT_COMPLETED", "Completed a risk assessment"),
            Map.entry("RISK_LEVEL_VIEWED", "Viewed the risk level"),
            Map.entry("RISK_TIMELINE_VIEWED", "Viewed risk over time"),
            Map.entry("SAFE_CONTACT_VIEWED", "Viewed safe contact preferences"),
            Map.entry("SAFE_CONTACT_SAVED", "Changed safe contact preferences"),
            Map.entry("MESSAGES_VIEWED", "Viewed messages sent"),
            Map.entry("REFERRALS_VIEWED", "Viewed referrals"),
            Map.entry("REFERRAL_VIEWED", "Viewed a referral"),
            Map.entry("REFERRAL_MADE", "Made a referral"),
            Map.entry("MARAC_CASE_VIEWED", "Viewed the MARAC case"),
            Map.entry("MARAC_RESEARCH_VIEWED", "Viewed MARAC research"),
            Map.entry("MARAC_MINUTES_VIEWED", "Viewed MARAC minutes"),
            Map.entry("ORDERS_VIEWED", "Viewed orders"),
            Map.entry("PERPETRATOR_PROFILE_VIEWED", "Viewed the perpetrator profile"),
            Map.entry("CUSTODY_EVENTS_VIEWED", "Viewed custody events"),
            Map.entry("RECORD_ACCESS_REFUSED", "Was refused access"),
            Map.entry("ACCESS_REQUESTED", "Asked for access"),
            Map.entry("ACCESS_GRANTED", "Was granted access"),
            Map.entry("ACCESS_REFUSED", "Was refused an access request"),
            Map.entry("BREAK_GLASS_OPENED", "Opened the record in an emergency (break-glass)"),
            Map.entry("BREAK_GLASS_REFUSED", "Was refused break-glass"),
            Map.entry("BREAK_GLASS_REVIEWED", "Reviewed a break-glass"),
            Map.entry("RECORD_RESTRICTED", "Restricted the record"),
            Map.entry("RECORD_RESTRICTION_LIFTED", "Lifted a restriction"),
            Map.entry("RECORD_VIEWERS_VIEWED", "Looked at who has seen the record"),
            Map.entry("SUBJECT_ACCESS_EXPORTED", "Exported everything held (subject access)"),
            Map.entry("USER_ACTIVITY_VIEWED", "Viewed a user's activity"),
            Map.entry("SIGN_IN", "Signed in"),
            Map.entry("HISTORY_LOOKED_UP", "Looked up history"));

    private ActionWords() {
    }

    /** The action in words; an unknown one from its name, e.g. "ORDER_BREACH_RECORDED" is "Order breach recorded". */
    public static String of(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        String known = WORDS.get(action);
        if (known != null) {
            return known;
        }
        String plain = action.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }
}
