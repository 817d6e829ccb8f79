package com.example.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The host's own security: its members' pages and its administration behind HTTP Basic, with its own users. */
@Configuration(proxyBeanMethods = false)
@Profile("!portal-sso")
class PortalSecurity {

    static final String MEMBER = "portal-member";
    static final String PASSWORD = "portal-secret";

    @Bean
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        return membersOnly(http).httpBasic(Customizer.withDefaults()).build();
    }

    /** The portal's members' pages and its administration need a signed-in member; the rest is public. */
    static HttpSecurity membersOnly(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/members/**", "/admin", "/admin/**")
                .authenticated()
                .anyRequest()
                .permitAll());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService portalUsers(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername(MEMBER)
                .password(encoder.encode(PASSWORD))
                .roles("MEMBER")
                .build());
    }
}
