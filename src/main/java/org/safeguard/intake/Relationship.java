package org.safeguard.intake;

/**
 * How the victim and suspect are personally connected (DA Act 2021, s.2): intimate partners now or
 * before, or family members.
 */
public enum Relationship {
    CURRENT_PARTNER("Current intimate partner", true), FORMER_PARTNER("Former intimate partner", true),
    PARENT("Parent", false), CHILD("Child", false), SIBLING("Sibling", false), OTHER_RELATIVE("Other relative", false);

    private final String label;
    private final boolean intimate;

    Relationship(String label, boolean intimate) {
        this.label = label;
        this.intimate = intimate;
    }

    public String label() {
        return label;
    }

    public boolean intimate() {
        return intimate;
    }
}
