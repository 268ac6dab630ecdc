package org.safeguard.access.security;

import jakarta.servlet.DispatcherType;
import org.safeguard.access.Role;
import org.safeguard.access.store.StaffAccountStore;
import org.safeguard.shell.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may reach what. Two chains: the JSON API and operations endpoints (HTTP Basic with the second factor's
 * code in a header, no session,
 * problem JSON on refusal; CSRF is not needed because nothing there reads a cookie and every write
 * takes {@code application/json}, which no cross-site form can send), and the pages (form sign-in, then the
 * second factor; session in PostgreSQL with a 30-minute idle timeout, CSRF on every form, strict headers).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No inline script or style anywhere: GOV.UK Frontend is started from a file. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The password step of both chains; what a right password leads to differs. Not a bean, so that nothing
     * can sign anyone in with a password alone.
     */
    private static StaffAuthenticationProvider staffPasswords(StaffAccountDetails accounts, PasswordEncoder passwords,
                                               SignInAttempts attempts) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        // Say an account is switched off only to someone who knows its password: checked after the password.
        passwordCheck.setPreAuthenticationChecks(account -> { });
        passwordCheck.setPostAuthenticationChecks(account -> {
            if (!account.isEnabled()) {
                throw new DisabledException("switched off");
            }
        });
        return new StaffAuthenticationProvider(passwordCheck, attempts);
    }

    /** Pages: a right password only makes the second factor due ({@link SecondFactorDue}). */
    @Bean
    AuthenticationManager authenticationManager(StaffAccountDetails accounts, PasswordEncoder passwords,
                                                SignInAttempts attempts) {
        return new ProviderManager(new PasswordThenSecondFactor(staffPasswords(accounts, passwords, attempts), attempts));
    }

    @Bean
    RefusalResponses refusalResponses(ProblemWriter problems) {
        return new RefusalResponses(problems);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, StaffAccountDetails accounts, PasswordEncoder passwords,
                            SecondFactorCodes codes, SignInAttempts attempts, TransactionTemplate transactions,
                            RefusalResponses refusals) throws Exception {
        StaffAuthenticationProvider staffPasswords = staffPasswords(accounts, passwords, attempts);
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(new ProviderManager(new ApiSignIn(staffPasswords, codes, attempts, transactions)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/audit/**", "/api/v1/agencies/**", "/api/v1/agencies")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals.apiSignInRequired())
                        .authenticationDetailsSource(ApiSignIn.details()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(refused -> refused
                        .authenticationEntryPoint(refusals.apiSignInRequired())
                        .accessDeniedHandler(refusals.apiDenied()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new SignedInUserLogging(), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication, RefusalResponses refusals,
                              StaffAccountStore accounts)
            throws Exception {
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/sign-in", "/sign-in/**", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(new SimpleUrlAuthenticationSuccessHandler(SecondFactorFirst.STEP))
                        .failureHandler(new SignInOutcomes()))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("SESSION"))
                .exceptionHandling(refused -> refused.accessDeniedHandler(refusals.pageDenied()))
                .addFilterAfter(new SwitchedOffAccounts(accounts), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorFirst(), SwitchedOffAccounts.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new SignedInUserLogging(), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
