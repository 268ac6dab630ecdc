package org.safeguard.marac.rules;

import java.util.Optional;
import java.util.Set;

/**
 * Who may read a MARAC's research and minutes (issue 7, need to know): the area's coordinator and chair, the
 * named representatives of its agencies, the representatives recorded at the meeting, and, for one case, the
 * victim's IDVA and SPOC. Nobody else, whatever their role. Who may write to it is narrower: research comes from
 * the core agencies' representatives, the coordinator and the victim's IDVA and SPOC; attendance from the
 * coordinator; the hearing, the action plan and the meeting's close from the coordinator or the chair.
 */
public final class NeedToKnow {

    public static final String NOT_A_RESEARCHER = "Only a representative of one of this MARAC's core agencies, its "
            + "coordinator, or the victim's IDVA or SPOC can return research for this case";

    private NeedToKnow() {
    }

    /** The people around an area's MARAC (usernames). */
    public record Circle(String coordinator, String chair, Set<String> representatives, Set<String> attendees) {

        public static final Circle NOBODY = new Circle("", "", Set.of(), Set.of());

        public Circle {
            representatives = Set.copyOf(representatives);
            attendees = Set.copyOf(attendees);
        }

        boolean includes(String username) {
            return username.equals(coordinator) || username.equals(chair) || representatives.contains(username)
                    || attendees.contains(username);
        }

        /** The coordinator or the chair: they run the meeting, write its hearings and close it. */
        public boolean runBy(String username) {
            return username.equals(coordinator) || username.equals(chair);
        }
    }

    /** Whether the user may read a meeting's agenda, research and minutes as a whole. */
    public static boolean mayReadMeeting(String username, Circle circle) {
        return circle.includes(username);
    }

    /** Whether the user may read one case's research and minutes: the meeting's circle, or the victim's IDVA or SPOC. */
    public static boolean mayReadCase(String username, Circle circle, Optional<String> idva, Optional<String> spoc) {
        return circle.includes(username) || victimsWorker(username, idva, spoc);
    }

    /**
     * A case from a town no MARAC covers has no area, so no circle, until a coordinator places it: every MARAC
     * coordinator may read it, and nobody else but the victim's IDVA and SPOC.
     */
    public static boolean mayReadUnplacedCase(String username, boolean holdsCoordinatorRole, Optional<String> idva,
                                              Optional<String> spoc) {
        return holdsCoordinatorRole || victimsWorker(username, idva, spoc);
    }

    /**
     * Whether the user may return their agency's research for a case: a named representative of the area whose
     * agency is one of its core agencies, the coordinator, or the victim's IDVA or SPOC.
     */
    public static boolean mayReturnResearch(String username, String agencyCode, Circle circle, Set<String> coreAgencies,
                                            Optional<String> idva, Optional<String> spoc) {
        boolean coreRepresentative = circle.representatives().contains(username) && coreAgencies.contains(agencyCode);
        return coreRepresentative || username.equals(circle.coordinator()) || victimsWorker(username, idva, spoc);
    }

    /** Attendance is the coordinator's record of the meeting. */
    public static boolean mayRecordAttendance(String username, Circle circle) {
        return username.equals(circle.coordinator());
    }

    private static boolean victimsWorker(String username, Optional<String> idva, Optional<String> spoc) {
        return idva.filter(username::equals).isPresent() || spoc.filter(username::equals).isPresent();
    }
}
