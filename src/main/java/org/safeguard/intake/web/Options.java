package org.safeguard.intake.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.safeguard.identity.Sex;
import org.safeguard.intake.Channel;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.Grade;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.Relationship;

/** The choices in the intake forms' selects, as [value, text] pairs for the shared select fragment. */
final class Options {

    private Options() {
    }

    static List<String[]> channels() {
        return of(Channel.values(), Channel::label);
    }

    static List<String[]> grades() {
        return of(Grade.values(), Grade::label);
    }

    static List<String[]> roles() {
        return of(PartyRole.values(), PartyRole::label);
    }

    static List<String[]> relationships() {
        return of(Relationship.values(), Relationship::label);
    }

    static List<String[]> offences() {
        return of(org.safeguard.intake.OffenceGroup.values(), org.safeguard.intake.OffenceGroup::words);
    }

    /** The Home Office outcomes under their groups' labels, each as [value, "code label"]. */
    static Map<String, List<String[]>> outcomesByGroup() {
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        for (CrimeOutcome.Group group : CrimeOutcome.Group.values()) {
            List<String[]> outcomes = Arrays.stream(CrimeOutcome.values()).filter(o -> o.group() == group)
                    .map(o -> new String[] {o.name(), o.code() + " " + o.label()}).toList();
            groups.put(group.label(), outcomes);
        }
        return groups;
    }

    static List<String[]> sexes() {
        return Arrays.stream(Sex.values()).map(s -> new String[] {s.name(), words(s.name())}).toList();
    }

    private static <E extends Enum<E>> List<String[]> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new String[] {v.name(), label.apply(v)}).toList();
    }

    private static String words(String name) {
        String lower = name.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
