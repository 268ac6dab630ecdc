package org.safeguard.identity;

/**
 * A warning about a person for anyone who meets them, as police systems keep them.
 *
 * @param note a few words of detail, or null
 */
public record WarningMarker(long personId, Kind kind, String note) {

    public enum Kind {
        VIOLENT("Violent"), WEAPONS("Weapons"), ASSAULTS_POLICE("Assaults police"), FIREARMS("Firearms"),
        SELF_HARM("Self-harm"), MENTAL_HEALTH("Mental health"), DRUGS("Drugs");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
