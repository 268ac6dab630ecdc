package org.safeguard.shell.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguard.shell.NavigationCount;
import org.safeguard.shell.NavigationLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the navigation for the user's roles (with the number waiting behind
 * a link that has a {@link NavigationCount}) and the demo flag.
 */
@ControllerAdvice
class ShellModel {

    private static final Logger log = LoggerFactory.getLogger(ShellModel.class);

    private final List<NavigationLink> links;
    private final Map<String, NavigationCount> counts;
    private final boolean demoMode;

    ShellModel(List<NavigationLink> links, List<NavigationCount> counts,
               @Value("${safeguard.demo.enabled}") boolean demoMode) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
        this.counts = counts.stream().collect(Collectors.toMap(NavigationCount::path, Function.identity()));
        this.demoMode = demoMode;
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList();
        return links.stream().filter(link -> link.visibleTo(roles)).map(this::counted).toList();
    }

    /** A number that cannot be counted leaves the label as it is: a count never stops a page from showing. */
    private NavigationLink counted(NavigationLink link) {
        NavigationCount count = counts.get(link.path());
        if (count == null) {
            return link;
        }
        try {
            return link.counting(count.count());
        } catch (RuntimeException notCounted) {
            log.warn("Could not count for the navigation link {}: {}", link.path(), notCounted.toString());
            return link;
        }
    }

    /** The page's own path, to mark the current navigation item. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** Field problems to show; a controller that refuses a form replaces this with the problems found. */
    @ModelAttribute("errors")
    Map<String, String> errors() {
        return Map.of();
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode;
    }
}
