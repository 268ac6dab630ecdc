package org.safeguard.identity.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The table of given names that stand for one another, {@code identity/linkage/short-forms.txt}: one group a line. */
final class ShortForms {

    private static final String TABLE = "/identity/linkage/short-forms.txt";
    private static final int[] NONE = new int[0];
    private static final List<String> FULL_FORMS = new ArrayList<>();
    private static final Map<String, int[]> GROUPS = read();

    private ShortForms() {
    }

    /** The groups of the whole name, or else of its first word ("mary ann" may be listed; "jon paul" as "jon"). */
    static int[] groupsOf(String normalised, String firstWord) {
        int[] groups = GROUPS.get(normalised);
        if (groups == null) {
            groups = GROUPS.get(firstWord);
        }
        return groups == null ? NONE : groups;
    }

    static String fullForm(int group) {
        return FULL_FORMS.get(group);
    }

    private static Map<String, int[]> read() {
        Map<String, List<Integer>> groups = new HashMap<>();
        try (InputStream in = ShortForms.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("The short-form table " + TABLE + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comment = line.indexOf('#');
                String content = (comment >= 0 ? line.substring(0, comment) : line).trim();
                if (content.isEmpty()) {
                    continue;
                }
                int group = FULL_FORMS.size();
                String[] names = content.split("\\s+");
                FULL_FORMS.add(NameForms.normalise(names[0]));
                for (String name : names) {
                    List<Integer> of = groups.computeIfAbsent(NameForms.normalise(name.replace('_', ' ')), n -> new ArrayList<>());
                    if (!of.contains(group)) {
                        of.add(group);
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the short-form table " + TABLE, unreadable);
        }
        Map<String, int[]> table = new HashMap<>();
        groups.forEach((name, of) -> table.put(name, of.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(table);
    }
}
