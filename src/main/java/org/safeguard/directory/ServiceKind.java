package org.safeguard.directory;

/** What a partner service is for; routing rules refer victims to a kind, the directory finds the service. */
public enum ServiceKind {
    MARAC("MARAC"),
    IDVA("IDVA service"),
    CHILDRENS_SERVICES("Children's services (MASH)"),
    HONOUR_BASED_ABUSE("Honour-based abuse, forced marriage and FGM service"),
    YOUNG_PEOPLE("Young people's service"),
    STALKING_ADVOCACY("Stalking advocacy service"),
    VICTIM_CARE_HUB("Victim care hub"),
    REFUGE("Refuge"),
    HOUSING("Housing"),
    OTHER("Other");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
