package org.safeguard.access.security;

import java.time.Duration;

import org.safeguard.access.rules.SignInThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Beans the access module needs whether or not a web server runs (the generator creates accounts too).
 * Method security is on everywhere: each module's API guards its own methods with {@code @PreAuthorize},
 * so a command or a page that forgets to check still cannot reach the data.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccessConfiguration {

    /** BCrypt, behind Spring's delegating encoder so a future move to Argon2 keeps old hashes working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SignInThrottle signInThrottle(@Value("${safeguard.sign-in.max-failures}") int maxFailures,
                                  @Value("${safeguard.sign-in.lockout}") Duration lockout) {
        return new SignInThrottle(maxFailures, lockout);
    }
}
