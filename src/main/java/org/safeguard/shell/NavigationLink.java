package org.safeguard.shell;

import java.util.Collection;
import java.util.Set;

/**
 * A link in the service navigation and on the home page, shown to users holding any of the roles.
 *
 * @param label       what the link says
 * @param path        where it goes
 * @param description one sentence for the home page
 * @param order       position, smallest first
 * @param roles       role names (as in {@code Role}) that see it
 */
public record NavigationLink(String label, String path, String description, int order, Set<String> roles) {

    public NavigationLink {
        roles = Set.copyOf(roles);
    }

    public static NavigationLink forRoles(String label, String path, String description, int order,
                                          String... roles) {
        return new NavigationLink(label, path, description, order, Set.of(roles));
    }

    /** The same link with a number after its label: "Who is who (3)". */
    public NavigationLink counting(int count) {
        return new NavigationLink(label + " (" + count + ")", path, description, order, roles);
    }

    public boolean visibleTo(Collection<String> heldRoles) {
        return heldRoles.stream().anyMatch(roles::contains);
    }
}
