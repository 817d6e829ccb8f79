package org.tilmash.accounts;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tilmash.i18n.ConditionalOnSiteAtRoot;
import org.tilmash.i18n.TilmashPaths;
import org.tilmash.i18n.WebProperties;

/**
 * Who may reach what, at the URL level: the back office and the API need a signed-in user; what that user may then
 * do is decided per endpoint by {@link Permissions} through method security.
 *
 * <p>Inside a host application this chain matches only Tilmash's paths ({@link TilmashPaths#patterns()}), at
 * {@code tilmash.web.security-order}, and it brings its own sign-in: no {@code UserDetailsService},
 * {@code PasswordEncoder} or {@code AuthenticationManager} bean that would replace the host's or switch off Spring
 * Boot's defaults for the host's pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Where a Tilmash sign-in is kept in the session: not Spring Security's default attribute, which a host's own
     * chain reads, so signing in to Tilmash never opens the host's pages (nor the reverse).
     */
    static final String SESSION_KEY = "TILMASH_SECURITY_CONTEXT";

    private final TilmashPaths paths;
    private final AuthenticationManager signIn;
    private final HttpSessionSecurityContextRepository signedIn = new HttpSessionSecurityContextRepository();

    SecurityConfiguration(
            TilmashPaths paths,
            UserAccountRepository users,
            AccountPasswords passwords,
            LoginThrottle throttle,
            SecurityLog log) {
        this.paths = paths;
        this.signIn = signIn(users, passwords, throttle, log);
        signedIn.setSpringSecurityContextKey(SESSION_KEY);
    }

    /**
     * {@code @PreAuthorize} on Tilmash's own classes: {@code @EnableMethodSecurity} would enforce it on every bean of
     * a host application too, which may carry such annotations without having switched method security on. A host
     * that switches it on itself checks Tilmash's annotations once more, with the same outcome.
     */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tilmashPreAuthorize(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        PreAuthorizeAuthorizationManager permissions = new PreAuthorizeAuthorizationManager();
        permissions.setExpressionHandler(expressions);
        permissions.setApplicationContext(context);
        AuthorizationManagerBeforeMethodInterceptor anywhere =
                AuthorizationManagerBeforeMethodInterceptor.preAuthorize(permissions);
        Pointcut tilmashOnly = new ComposablePointcut(
                        (ClassFilter) type -> type.getName().startsWith("org.tilmash."))
                .intersection(anywhere.getPointcut());
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(tilmashOnly, permissions);
        interceptor.setOrder(anywhere.getOrder());
        return interceptor;
    }

    @Bean
    @ConditionalOnProperty(name = "tilmash.accounts.sign-in", havingValue = "host")
    SecurityFilterChain tilmashHostSignInFilterChain(
            HttpSecurity http,
            WebProperties web,
            CurrentAccounts accounts,
            AccountsProperties properties,
            ObjectProvider<HostAccounts> hostAccounts,
            HostAccountAdoption adoption)
            throws Exception {
        HostAccounts mapping = hostAccounts.getIfAvailable(() -> {
            throw new IllegalStateException("tilmash.accounts.sign-in=host needs a bean implementing "
                    + HostAccounts.class.getName() + " that maps the application's users to newsroom accounts");
        });
        // The host's own sign-in, from where the host's chain keeps it; only read here, never replaced.
        restrictedTo(http)
                .securityContext(
                        context -> context.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .logout(logout ->
                        logout.logoutUrl(paths.getLogout()).logoutSuccessUrl(properties.getHostLogoutSuccessPath()))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(hostSignInFirst(properties.getHostLoginPath())))
                .addFilterBefore(new HostSignInFilter(mapping, adoption), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new AccountRefreshFilter(accounts, paths), AuthorizationFilter.class);
        return orderedAt(web.securityOrder(), http.build());
    }

    @Bean
    @ConditionalOnProperty(name = "tilmash.accounts.sign-in", havingValue = "tilmash", matchIfMissing = true)
    SecurityFilterChain tilmashSecurityFilterChain(HttpSecurity http, WebProperties web, CurrentAccounts accounts)
            throws Exception {
        String login = paths.getLogin();
        restrictedTo(http)
                .securityContext(context -> context.securityContextRepository(signedIn))
                .authenticationManager(signIn)
                .formLogin(form -> form.loginPage(login)
                        .successHandler(new LoginSuccessHandler(paths.getAdmin()))
                        .failureHandler(new LoginFailureHandler(login)))
                .logout(logout -> logout.logoutUrl(paths.getLogout()).logoutSuccessUrl(login + "?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst())
                        .accessDeniedHandler(new ExpiredSessionForms(paths)))
                .addFilterBefore(new AccountRefreshFilter(accounts, paths), AuthorizationFilter.class);
        return orderedAt(web.securityOrder(), http.build());
    }

    /** Tilmash's paths only; a signed-in user for the back office, the API and previews; the page headers. */
    private HttpSecurity restrictedTo(HttpSecurity http) throws Exception {
        return http.securityMatcher(paths.patterns().toArray(String[]::new))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(changesState()))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                paths.getAdmin(),
                                paths.getAdmin() + "/**",
                                paths.getApi() + "/**",
                                paths.getPreview() + "/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    /**
     * Posts that can change something: those to the back office, the API, sign-in and sign-out. The public site has
     * no such endpoint, so a post there is answered 405 by Spring MVC, with no session created for a token.
     */
    private RequestMatcher changesState() {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return new AndRequestMatcher(
                CsrfFilter.DEFAULT_CSRF_MATCHER,
                new OrRequestMatcher(
                        path.matcher(paths.getAdmin()),
                        path.matcher(paths.getAdmin() + "/**"),
                        path.matcher(paths.getApi() + "/**"),
                        path.matcher(paths.getLogin()),
                        path.matcher(paths.getLogout())));
    }

    /**
     * Actuator, when Tilmash is the whole application (inside a host, the actuator is the host's): health is public
     * (its details only for administrators, see {@code management.endpoint.health}); every other endpoint (metrics
     * for Prometheus) only for administrators, who may also sign in with HTTP Basic so a scraper can, through the
     * same throttle. No session is created for it.
     */
    @Bean
    @ConditionalOnSiteAtRoot
    @Order(1)
    SecurityFilterChain tilmashActuatorFilterChain(HttpSecurity http, CurrentAccounts accounts) throws Exception {
        http.securityMatcher("/actuator/**")
                .securityContext(context -> context.securityContextRepository(signedIn))
                .authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(Role.ADMIN.authority()))
                .httpBasic(basic -> basic.realmName("Tilmash"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilterBefore(new AccountRefreshFilter(accounts, paths), AuthorizationFilter.class)
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** A chain's place among the application's chains, set where the order comes from configuration. */
    private static SecurityFilterChain orderedAt(int order, SecurityFilterChain chain) {
        return new OrderedChain(chain, order);
    }

    private record OrderedChain(SecurityFilterChain chain, int order) implements SecurityFilterChain, Ordered {
        @Override
        public boolean matches(jakarta.servlet.http.HttpServletRequest request) {
            return chain.matches(request);
        }

        @Override
        public java.util.List<jakarta.servlet.Filter> getFilters() {
            return chain.getFilters();
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    /** Browsers are sent to the login page; API clients get a bare 401 they can act on. */
    private AuthenticationEntryPoint signInFirst() {
        return signInAt(paths.getLogin());
    }

    private AuthenticationEntryPoint signInAt(String loginPath) {
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(loginPath);
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher(paths.getApi() + "/**");
        return (request, response, problem) ->
                (api.matches(request) ? unauthorized : loginPage).commence(request, response, problem);
    }

    /**
     * To the host's sign-in page, which brings the user back here after it; a host user who is signed in but has no
     * newsroom account is refused instead, as signing in again would change nothing.
     */
    private AuthenticationEntryPoint hostSignInFirst(String hostLoginPath) {
        AuthenticationEntryPoint signIn = signInAt(hostLoginPath);
        return (request, response, problem) -> {
            if (request.getAttribute(HostAccounts.REFUSED_USER) != null) {
                response.sendError(HttpStatus.FORBIDDEN.value());
            } else {
                signIn.commence(request, response, problem);
            }
        };
    }

    /**
     * The only way to sign in to Tilmash, given to its chains explicitly: no provider Spring would build from a
     * {@link UserDetailsService} alone may bypass the throttle.
     */
    private static AuthenticationManager signIn(
            UserAccountRepository users, AccountPasswords passwords, LoginThrottle throttle, SecurityLog log) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accountDetails(users));
        provider.setPasswordEncoder(passwords.encoder());
        return new ProviderManager(new ThrottledAuthenticationProvider(provider, throttle, log, users));
    }

    /** Accounts as Spring Security sees them at sign-in; afterwards {@link AccountRefreshFilter} takes over. */
    private static UserDetailsService accountDetails(UserAccountRepository users) {
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
