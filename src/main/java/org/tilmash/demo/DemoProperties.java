package org.tilmash.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tilmash.demo.*}. */
@ConfigurationProperties("tilmash.demo")
class DemoProperties {

    /** Load demo articles and accounts into an empty database at start-up. */
    private boolean enabled;

    /** Password of the demo accounts; random and printed once when empty. */
    private String password = "";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
