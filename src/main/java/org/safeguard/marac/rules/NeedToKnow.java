package org.safeguard.marac.rules;

import java.util.Optional;
import java.util.Set;

/**
 * Who may read a MARAC's research and minutes (issue 7, need to know): the area's coordinator and chair, the
 * named representatives of its agencies, the representatives recorded at the meeting, and, for one case, the
 * victim's IDVA and SPOC. Nobody else, whatever their role.
 */
public final class NeedToKnow {

    private NeedToKnow() {
    }

    /** The people around an area's MARAC (usernames). */
    public record Circle(String coordinator, String chair, Set<String> representatives, Set<String> attendees) {

        public Circle {
            representatives = Set.copyOf(representatives);
            attendees = Set.copyOf(attendees);
        }

        boolean includes(String username) {
            return username.equals(coordinator) || username.equals(chair) || representatives.contains(username)
                    || attendees.contains(username);
        }
    }

    /** Whether the user may read a meeting's agenda, research and minutes as a whole. */
    public static boolean mayReadMeeting(String username, Circle circle) {
        return circle.includes(username);
    }

    /** Whether the user may read one case's research and minutes: the meeting's circle, or the victim's IDVA or SPOC. */
    public static boolean mayReadCase(String username, Circle circle, Optional<String> idva, Optional<String> spoc) {
        return circle.includes(username) || idva.filter(username::equals).isPresent()
                || spoc.filter(username::equals).isPresent();
    }
}
