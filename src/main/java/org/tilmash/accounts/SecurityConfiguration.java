package org.tilmash.accounts;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what, at the URL level: the back office and the API need a signed-in user; what that user may then
 * do is decided per endpoint by {@link Permissions} through method security.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String LOGIN = "/login";
    static final String DASHBOARD = "/admin";
    static final String API = "/api";
    /** Previews of unpublished revisions on the public site. */
    static final String PREVIEW = "/preview";

    /** Paths of the back office and its API, where a signed-in user's own settings apply. */
    static boolean isBackOffice(String path) {
        return path.equals(DASHBOARD)
                || path.startsWith(DASHBOARD + "/")
                || path.equals(API)
                || path.startsWith(API + "/");
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AuthenticationManager authenticationManager, CurrentAccounts accounts) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(LOGIN + "?error");
        failures.setExceptionMappings(
                Map.of(ThrottledAuthenticationProvider.LoginThrottledException.class.getName(), LOGIN + "?locked"));
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(DASHBOARD, DASHBOARD + "/**", API + "/**", PREVIEW + "/**")
                                .authenticated()
                                .anyRequest()
                                .permitAll())
                .formLogin(form -> form.loginPage(LOGIN)
                        .successHandler(new LoginSuccessHandler(DASHBOARD))
                        .failureHandler(failures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()))
                .addFilterBefore(new AccountRefreshFilter(accounts), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * Actuator: health is public (its details only for administrators, see {@code management.endpoint.health}); every
     * other endpoint (metrics for Prometheus) only for administrators, who may also sign in with HTTP Basic so a
     * scraper can, through the same throttle. No session is created for it.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain actuatorFilterChain(
            HttpSecurity http, AuthenticationManager authenticationManager, CurrentAccounts accounts) throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(Role.ADMIN.authority()))
                .httpBasic(basic -> basic.realmName("Tilmash"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.NEVER))
                .addFilterBefore(new AccountRefreshFilter(accounts), AuthorizationFilter.class)
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** Browsers are sent to the login page; API clients get a bare 401 they can act on. */
    private static AuthenticationEntryPoint signInFirst() {
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(LOGIN);
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher(API + "/**");
        return (request, response, problem) ->
                (api.matches(request) ? unauthorized : loginPage).commence(request, response, problem);
    }

    /**
     * The only way to sign in, given to the filter chain explicitly: no provider Spring would build from the
     * {@link UserDetailsService} alone may bypass the throttle.
     */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle, SecurityLog log) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, log));
    }

    /** bcrypt today, and old hashes keep working when the default moves on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Accounts as Spring Security sees them at sign-in; afterwards {@link AccountRefreshFilter} takes over. */
    @Bean
    UserDetailsService userDetailsService(UserAccountRepository users) {
        return username -> users.findByUsername(username)
                .map(user -> User.withUsername(user.getUsername())
                        .password(user.getPasswordHash())
                        .disabled(!user.isEnabled())
                        .authorities(
                                user.getRoles().stream().map(Role::authority).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
