/** The back office for editors, translators, reviewers and administrators. Not themeable. */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package org.tilmash.admin;
