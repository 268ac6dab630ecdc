package org.safeguard.access.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.store.StaffAccountStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request once an administrator switches the account off, so
 * a suspended member of staff cannot carry on reading records until their session times out.
 */
class SwitchedOffAccounts extends OncePerRequestFilter {

    private final StaffAccountStore accounts;

    SwitchedOffAccounts(StaffAccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff staff
                && !accounts.isEnabled(staff.accountId())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/sign-in?error=disabled");
            return;
        }
        chain.doFilter(request, response);
    }
}
