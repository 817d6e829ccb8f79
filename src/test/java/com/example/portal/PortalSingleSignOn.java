package com.example.portal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.tilmash.accounts.HostAccount;
import org.tilmash.accounts.HostAccounts;
import org.tilmash.accounts.Role;

/**
 * The portal when its members sign in once, on its own page, and work in the newsroom with the groups the portal gives
 * them, as an OIDC login's group claims would ({@code tilmash.accounts.sign-in=host}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("portal-sso")
class PortalSingleSignOn {

    static final String PASSWORD = "portal-secret";
    static final String EDITOR = "aigerim";
    static final String TRANSLATOR = "bakyt";
    static final String ADMIN = "dana";
    static final String MEMBER = "cholpon";
    static final String LEAVING_EDITOR = "erlan";

    /** The portal's directory: what an identity provider's {@code name} claim would say. */
    static final Map<String, String> FULL_NAMES = Map.of(
            EDITOR, "Aigerim Sadykova",
            TRANSLATOR, "Bakyt Osmonov",
            ADMIN, "Dana Akhmetova",
            MEMBER, "Cholpon Asanova",
            LEAVING_EDITOR, "Erlan Nurlanov");

    private static final String GROUP = "GROUP_";
    private static final Map<String, Role> NEWSROOM_GROUPS = Map.of(
            "GROUP_newsroom-admins", Role.ADMIN,
            "GROUP_newsroom-editors", Role.EDITOR,
            "GROUP_newsroom-translators", Role.TRANSLATOR,
            "GROUP_newsroom-reviewers", Role.REVIEWER);
    private static final String LANGUAGE_GROUP = GROUP + "lang-";

    @Bean
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        return PortalSecurity.membersOnly(http)
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    @Bean
    InMemoryUserDetailsManager portalUsers(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                member(encoder, EDITOR, "newsroom-editors"),
                member(encoder, TRANSLATOR, "newsroom-translators", "lang-kk", "lang-xx"),
                member(encoder, ADMIN, "newsroom-admins"),
                member(encoder, MEMBER, "members"),
                member(encoder, LEAVING_EDITOR, "newsroom-editors"));
    }

    static org.springframework.security.core.userdetails.UserDetails member(
            PasswordEncoder encoder, String name, String... groups) {
        return User.withUsername(name)
                .password(encoder.encode(PASSWORD))
                .authorities(java.util.Arrays.stream(groups)
                        .map(group -> GROUP + group)
                        .toArray(String[]::new))
                .build();
    }

    /** Newsroom roles from the portal's groups; translators' and reviewers' languages from its language groups. */
    @Bean
    HostAccounts newsroomAccounts() {
        return signedIn -> {
            Set<String> groups = groupsOf(signedIn);
            Set<String> languages = groups.stream()
                    .filter(group -> group.startsWith(LANGUAGE_GROUP))
                    .map(group -> group.substring(LANGUAGE_GROUP.length()))
                    .collect(Collectors.toSet());
            Map<Role, Set<String>> grants = new EnumMap<>(Role.class);
            NEWSROOM_GROUPS.forEach((group, role) -> {
                if (groups.contains(group)) {
                    grants.put(role, languages);
                }
            });
            if (grants.isEmpty()) {
                return Optional.empty();
            }
            String name = signedIn.getName();
            return Optional.of(new HostAccount(name, FULL_NAMES.get(name), name + "@portal.example", grants));
        };
    }

    private static Set<String> groupsOf(Authentication signedIn) {
        return signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
