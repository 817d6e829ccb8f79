package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.accounts.Role;
import org.tilmash.support.Browser;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.DashboardPage;
import org.tilmash.support.pages.admin.LoginPage;

/** On a phone the navigation folds behind "Menu"; an editor unfolds it and goes to the coverage page. */
@TilmashTest
class NavigationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Test
    void onAPhoneAnEditorOpensTheMenuAndFindsTheCurrentPageMarked() {
        String editor = fixture.account("phone-editor", Role.EDITOR);
        WebDriver browser = Browser.fresh("en");
        DashboardPage dashboard =
                LoginPage.open(browser, "http://localhost:" + port).loginAs(editor, TestAccounts.PASSWORD);
        browser.manage().window().setSize(new Dimension(360, 740));
        assertThat(dashboard.navigationShown()).as("folded on a phone").isFalse();
        dashboard.openMenu();
        assertThat(dashboard.navigationShown()).isTrue();
        assertThat(dashboard.currentNavigation()).isEqualTo("Dashboard");
        assertThat(dashboard.coverage().currentNavigation()).isEqualTo("Coverage");
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(dashboard.navigationShown()).as("always shown on a desktop").isTrue();
    }
}
