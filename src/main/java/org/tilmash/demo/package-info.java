/**
 * Demo mode ({@code tilmash.demo.enabled=true}): fills an empty database with the news of a fictional regional
 * cooperation centre in every language and workflow state, and creates the demo accounts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {"accounts", "content", "i18n", "workflow"})
package org.tilmash.demo;
