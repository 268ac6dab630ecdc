package org.safeguard.offender;

import java.util.List;

/**
 * Another module's part of a perpetrator's profile (e.g. "Victims' cases" from safeguarding). Text is
 * always shown as text; a line may link to the module's own page, where its access rules apply again.
 */
public record ProfileSection(String title, List<Line> lines) {

    public ProfileSection {
        lines = List.copyOf(lines);
    }

    /** One line: a label, what to say, an optional tag (colour: red, orange, green, blue, grey) and link. */
    public record Line(String label, String text, String tag, String tagColour, String linkText, String linkPath) {
    }
}
