package org.safeguard.access;

/** What a member of staff does, which decides what they may see and do. A user may hold several. */
public enum Role {
    CALL_HANDLER("Call handler", "Takes calls and reports in the control room and records incidents."),
    OFFICER("Officer", "Attends incidents, assesses risk and investigates."),
    SUPERVISOR("Supervisor", "Oversees incidents and cases, closes high-risk incidents, reviews decisions."),
    DA_SPECIALIST("Domestic abuse specialist", "Domestic violence officer or member of the specialist unit."),
    PROFESSIONAL_STANDARDS("Professional standards", "Investigates complaints and misconduct; sees records in which "
            + "a member of the organisation's own staff is a perpetrator or victim."),
    MARAC_COORDINATOR("MARAC coordinator", "Runs MARAC meetings, agendas and action plans."),
    IDVA("IDVA", "Independent domestic violence adviser supporting high-risk victims."),
    PARTNER("Partner agency representative", "Works with victims for a partner agency."),
    ANALYST("Analyst", "Reads performance measures and trends."),
    ADMIN("Administrator", "Manages agencies, teams and staff accounts, and checks the audit log.");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority for the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
