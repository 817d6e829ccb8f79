package com.example.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A host application as an integrator has one: its own entity, migrations, security, messages, an {@code /admin} page
 * of its own and a servlet context path. Tilmash arrives only through the dependency (its auto-configuration); the
 * tests run this application and check that both work side by side.
 */
@SpringBootApplication
public class PortalApplication {}
