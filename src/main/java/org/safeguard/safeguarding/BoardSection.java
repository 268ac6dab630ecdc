package org.safeguard.safeguarding;

import java.util.List;

/**
 * Another module's part of the board, e.g. "Referrals overdue" with a line per referral. Text is always shown as
 * text; {@code whenEmpty} is said when there are no lines.
 */
public record BoardSection(String title, String whenEmpty, List<Line> lines) {

    public BoardSection {
        lines = List.copyOf(lines);
    }

    /**
     * One line: a label (a victim's name), what to say, an optional tag (e.g. "Overdue", with {@code tagColour} one of
     * red, orange, green, blue, grey) and an optional link to more.
     */
    public record Line(String label, String text, String tag, String tagColour, String linkText, String linkPath) {
    }
}
