package org.safeguard.platform;

/**
 * Someone else saved the record after this user opened it; saving would overwrite their change.
 * The user is told and shown the current version instead.
 */
public class ConcurrentEdit extends RuntimeException {

    public ConcurrentEdit(String what) {
        super(what + " was changed by someone else after you opened it. Your change has not been saved: "
                + "check the current details and make your change again.");
    }
}
