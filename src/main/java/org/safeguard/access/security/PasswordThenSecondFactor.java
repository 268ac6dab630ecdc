package org.safeguard.access.security;

import org.safeguard.access.SignedInStaff;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Pages: a right password does not sign anyone in; it leaves a {@link SecondFactorDue} in the session, and
 * the member of staff is signed in only by {@link SecondFactorSignIn} once their code is right.
 */
class PasswordThenSecondFactor implements AuthenticationProvider {

    private final StaffAuthenticationProvider password;
    private final SignInAttempts attempts;

    PasswordThenSecondFactor(StaffAuthenticationProvider password, SignInAttempts attempts) {
        this.password = password;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication result = password.authenticate(authentication);
        if (!(result.getPrincipal() instanceof SignedInStaff staff)) {
            throw new IllegalStateException("sign-in gave an unexpected principal");
        }
        SecondFactorDue.Awaiting awaiting = SecondFactorDue.Awaiting.of(staff);
        attempts.passwordAccepted(awaiting);
        return new SecondFactorDue(awaiting);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
