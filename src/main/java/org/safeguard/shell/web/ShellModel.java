package org.safeguard.shell.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguard.shell.NavigationLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the navigation for the user's roles and the demo flag. */
@ControllerAdvice
class ShellModel {

    private final List<NavigationLink> links;
    private final boolean demoMode;

    ShellModel(List<NavigationLink> links, @Value("${safeguard.demo.enabled}") boolean demoMode) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
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
        return links.stream().filter(link -> link.visibleTo(roles)).toList();
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
