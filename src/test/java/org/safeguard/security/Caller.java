package org.safeguard.security;

import java.util.ArrayList;
import java.util.List;

import org.safeguard.access.Role;

/** Who calls an endpoint in the matrix: nobody signed in, or a member of staff holding exactly one role. */
record Caller(String name, Role role) {

    static final Caller ANONYMOUS = new Caller("ANONYMOUS", null);

    /** The matrix's columns, in order: anonymous, then every role as {@link Role} declares them. */
    static List<Caller> all() {
        List<Caller> all = new ArrayList<>();
        all.add(ANONYMOUS);
        for (Role role : Role.values()) {
            all.add(new Caller(role.name(), role));
        }
        return all;
    }

    boolean anonymous() {
        return role == null;
    }
}
