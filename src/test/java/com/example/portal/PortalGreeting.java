package com.example.portal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * A bean of the portal's that carries a method-security annotation while the portal has not switched method security
 * on: adding Tilmash must not start enforcing it.
 */
@Component
public class PortalGreeting {

    @PreAuthorize("hasRole('PORTAL_ADMIN')")
    public String greeting() {
        return "Welcome, members";
    }
}
