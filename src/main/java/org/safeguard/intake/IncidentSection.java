package org.safeguard.intake;

import java.util.List;

/**
 * Another module's part of an incident's page, e.g. "Risk assessment" with a line per victim. Text is
 * always shown as text. {@code actions} are buttons that post to the module's own pages (e.g. "Assess
 * risk for Sam Taylor"); {@code links} go to them.
 */
public record IncidentSection(String title, List<Line> lines, List<Action> actions) {

    public IncidentSection {
        lines = List.copyOf(lines);
        actions = List.copyOf(actions);
    }

    /**
     * One line: a label (a person's name), what to say, an optional tag (e.g. "High risk", with
     * {@code tagColour} one of red, orange, green, blue, grey) and an optional link to more.
     */
    public record Line(String label, String text, String tag, String tagColour, String linkText, String linkPath) {
    }

    /** A button that posts to {@code path} (CSRF protected), with an optional hidden field. */
    public record Action(String text, String path, String fieldName, String fieldValue) {
    }
}
