package org.safeguard.access.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The password step of staff sign-in: refuses a locked username without checking the password, otherwise
 * checks the password (Spring's provider, which takes the same time whether or not the user exists) and
 * counts a failure. What a right password leads to is the caller's: {@link PasswordThenSecondFactor} for
 * pages, {@link ApiSignIn} for the API. The password is never logged or audited.
 */
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final SignInAttempts attempts;

    StaffAuthenticationProvider(DaoAuthenticationProvider passwordCheck, SignInAttempts attempts) {
        this.passwordCheck = passwordCheck;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typed = authentication.getName();
        if (attempts.isLocked(typed)) {
            attempts.refusedWhileLocked(typed);
            throw new LockedException("locked");
        }
        try {
            return passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            attempts.failed(typed);
            throw wrong;
        } catch (DisabledException disabled) {
            attempts.refusedDisabled(typed);
            throw disabled;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
