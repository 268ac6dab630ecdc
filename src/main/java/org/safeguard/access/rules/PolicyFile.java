package org.safeguard.access.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.access.AgencyKind;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.PolicyRule;
import org.safeguard.access.RecordType;
import org.safeguard.access.Relationship;
import org.safeguard.access.Role;
import org.safeguard.access.Visibility;

/**
 * Reads the access policy from its CSV text: a header {@code record_type,field_group,relationship,role,agency_kind,
 * visibility}, one rule a line, {@code #} comments and blank lines ignored. {@code *} in record_type or field_group
 * stands for every one; {@code *} in agency_kind for any kind. A bad line, or a line that repeats another's reader
 * (which would make one of them meaningless), is refused naming the line: the application does not start on it.
 */
public final class PolicyFile {

    public static final String HEADER = "record_type,field_group,relationship,role,agency_kind,visibility";

    private PolicyFile() {
    }

    public static AccessPolicy read(String source, List<String> lines) {
        List<PolicyRule> rules = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    throw bad(source, number, "the first line must be the header " + HEADER);
                }
                header = true;
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 6) {
                throw bad(source, number, "expected 6 values (" + HEADER + "), found " + cells.length);
            }
            Set<RecordType> types = every(source, number, "record type", cells[0], RecordType.class);
            Set<FieldGroup> groups = every(source, number, "field group", cells[1], FieldGroup.class);
            Relationship relationship = one(source, number, "relationship", cells[2], Relationship::valueOf);
            Role role = one(source, number, "role", cells[3], Role::valueOf);
            AgencyKind kind = "*".equals(cells[4].strip()) ? null
                    : one(source, number, "agency kind", cells[4], AgencyKind::valueOf);
            Visibility visibility = one(source, number, "visibility", cells[5], Visibility::valueOf);
            for (RecordType type : types) {
                for (FieldGroup group : groups) {
                    String reader = type + " " + group + " " + relationship + " " + role + " " + (kind == null ? "*" : kind);
                    Integer earlier = seenAt.putIfAbsent(reader, number);
                    if (earlier != null) {
                        throw bad(source, number, "repeats the reader of line " + earlier + " (" + reader + ")");
                    }
                    rules.add(new PolicyRule(type, group, role, kind, relationship, visibility));
                }
            }
        }
        if (!header) {
            throw new IllegalStateException(source + ": no header and no rules");
        }
        return new AccessPolicy(rules);
    }

    private static <E extends Enum<E>> Set<E> every(String source, int number, String what, String cell, Class<E> type) {
        if ("*".equals(cell.strip())) {
            return EnumSet.allOf(type);
        }
        return EnumSet.of(one(source, number, what, cell, name -> Enum.valueOf(type, name)));
    }

    private static <T> T one(String source, int number, String what, String cell, Function<String, T> parse) {
        String name = cell.strip().toUpperCase(Locale.ROOT);
        try {
            return parse.apply(name);
        } catch (IllegalArgumentException unknown) {
            throw bad(source, number, "unknown " + what + " '" + cell.strip() + "'");
        }
    }

    private static IllegalStateException bad(String source, int number, String problem) {
        return new IllegalStateException(source + " line " + number + ": " + problem);
    }
}
