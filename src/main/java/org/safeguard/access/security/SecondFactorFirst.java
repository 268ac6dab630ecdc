package org.safeguard.access.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session whose password was right but whose second factor is still due reaches only the sign-in steps,
 * signing out, assets and error pages; anything else is sent to the step due.
 */
class SecondFactorFirst extends OncePerRequestFilter {

    static final String STEP = "/sign-in/second-factor";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorDue
                && !mayReachWhilePending(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + STEP);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean mayReachWhilePending(String path) {
        return path.equals("/sign-in") || path.startsWith("/sign-in/") || path.equals("/sign-out")
                || path.equals("/error") || path.equals("/favicon.ico")
                || path.startsWith("/webjars/") || path.startsWith("/assets/") || path.startsWith("/css/")
                || path.startsWith("/js/");
    }
}
