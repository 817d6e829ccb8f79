package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.Role;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;

/**
 * An account form the rules refuse comes back as it was typed, with a message in the administrator's language next to
 * each field to correct, and nothing saved: never a silent save, never a "changed meanwhile" page.
 */
@TilmashTest
class UserFormRulesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSource messages;

    private AccountView account(String prefix, Map<Role, Set<String>> roles) {
        return accounts.create(TestAccounts.unique(prefix), TestAccounts.PASSWORD, prefix, roles);
    }

    private String russian(String key, Object... arguments) {
        return messages.getMessage(key, arguments, RUSSIAN);
    }

    private Document refused(MockHttpServletRequestBuilder request, String admin) throws Exception {
        String html = mvc.perform(request.header("Accept-Language", "ru")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static Set<String> ticked(Document page, String field) {
        return Set.copyOf(page.select("input[name=" + field + "][checked]").eachAttr("value"));
    }

    @Test
    void aUsernameThatDiffersFromAnotherOnlyInCapitalLettersIsTaken() throws Exception {
        AccountView admin = account("case-admin", Map.of(Role.ADMIN, Set.of()));
        AccountView editor = account("case-editor", Map.of(Role.EDITOR, Set.of()));
        String lookalike = editor.username().toUpperCase(Locale.ROOT);

        Document page = refused(
                post("/admin/users")
                        .param("username", lookalike)
                        .param("displayName", "Look-alike")
                        .param("roles", "EDITOR"),
                admin.username());

        assertThat(page.select("#username-error").text()).isEqualTo(russian("users.error.usernameTaken"));
        assertThat(page.select("#username").val()).isEqualTo(lookalike);
        assertThat(accounts.exists(lookalike)).isFalse();
    }

    @Test
    void anAdministratorCannotTakeTheAdministratorRoleFromTheirOwnAccount() throws Exception {
        AccountView admin = account("only-admin", Map.of(Role.ADMIN, Set.of()));

        Document page = refused(
                post("/admin/users/" + admin.id())
                        .param("displayName", "Renamed while unticking")
                        .param("roles", "EDITOR"),
                admin.username());

        assertThat(page.select("#roles-error").text()).isEqualTo(russian("users.error.ownAdministratorRole"));
        assertThat(page.select("#displayName").val()).isEqualTo("Renamed while unticking");
        assertThat(ticked(page, "roles")).as("the form as typed").containsExactly("EDITOR");
        AccountView after = accounts.find(admin.id()).orElseThrow();
        assertThat(after.roles()).as("still an administrator").containsExactly(Role.ADMIN);
        assertThat(after.displayName()).as("nothing half-written").isEqualTo("only-admin");
    }

    @Test
    void anotherAdministratorMayStillTakeTheRole() throws Exception {
        AccountView admin = account("admin", Map.of(Role.ADMIN, Set.of()));
        AccountView colleague = account("colleague", Map.of(Role.ADMIN, Set.of()));

        mvc.perform(post("/admin/users/" + colleague.id())
                        .param("displayName", "Colleague")
                        .param("roles", "EDITOR")
                        .with(user(admin.username()))
                        .with(csrf()))
                .andExpect(status().isFound());

        assertThat(accounts.find(colleague.id()).orElseThrow().roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void aDisplayNameLongerThanItsColumnIsRefusedNextToTheFieldAndTheFormIsKept() throws Exception {
        AccountView admin = account("admin", Map.of(Role.ADMIN, Set.of()));
        String username = TestAccounts.unique("long-name");
        String tooLong = "Ж".repeat(AccountService.MAX_DISPLAY_NAME + 1);
        String tooLongMessage =
                russian("users.error.displayNameTooLong", Map.of("max", AccountService.MAX_DISPLAY_NAME));

        Document created = refused(
                post("/admin/users")
                        .param("username", username)
                        .param("displayName", tooLong)
                        .param("roles", "TRANSLATOR")
                        .param("translatorLanguages", "kk"),
                admin.username());

        assertThat(created.select("#displayName-error").text()).isEqualTo(tooLongMessage);
        assertThat(created.select("#displayName").val()).isEqualTo(tooLong);
        assertThat(created.select("#displayName").attr("maxlength")).isEqualTo("200");
        assertThat(created.select("#username").val()).isEqualTo(username);
        assertThat(ticked(created, "translatorLanguages")).containsExactly("kk");
        assertThat(accounts.exists(username)).as("nothing created").isFalse();

        AccountView editor = account("editor", Map.of(Role.EDITOR, Set.of()));
        Document edited = refused(
                post("/admin/users/" + editor.id())
                        .param("displayName", tooLong)
                        .param("roles", "EDITOR"),
                admin.username());
        assertThat(edited.select("#displayName-error").text()).isEqualTo(tooLongMessage);
        assertThat(edited.select("#displayName").val()).isEqualTo(tooLong);
        assertThat(accounts.find(editor.id()).orElseThrow().displayName()).isEqualTo("editor");
    }

    @Test
    void scopedRolesNeedALanguageAndEveryAccountARole() throws Exception {
        AccountView admin = account("admin", Map.of(Role.ADMIN, Set.of()));
        String username = TestAccounts.unique("no-language");

        Document created = refused(
                post("/admin/users")
                        .param("username", username)
                        .param("displayName", "No language")
                        .param("roles", "TRANSLATOR", "REVIEWER"),
                admin.username());

        assertThat(created.select("#translatorLanguages-error").text())
                .isEqualTo(russian("users.error.translatorLanguageRequired"));
        assertThat(created.select("#reviewerLanguages-error").text())
                .isEqualTo(russian("users.error.reviewerLanguageRequired"));
        assertThat(ticked(created, "roles")).containsExactlyInAnyOrder("TRANSLATOR", "REVIEWER");
        assertThat(accounts.exists(username)).isFalse();

        Document noRole = refused(
                post("/admin/users").param("username", username).param("displayName", "No role"), admin.username());
        assertThat(noRole.select("#roles-error").text()).isEqualTo(russian("users.error.roleRequired"));
        assertThat(accounts.exists(username)).isFalse();

        AccountView translator = account("translator", Map.of(Role.TRANSLATOR, Set.of("kk")));
        Document unticked =
                refused(post("/admin/users/" + translator.id()).param("displayName", "Translator"), admin.username());
        assertThat(unticked.select("#roles-error").text()).isEqualTo(russian("users.error.roleRequired"));
        assertThat(ticked(unticked, "roles"))
                .as("the form as typed: nothing ticked")
                .isEmpty();
        assertThat(accounts.find(translator.id()).orElseThrow().languages(Role.TRANSLATOR))
                .containsExactly("kk");
    }

    @Test
    void anEmailAddressTooLongOrMalformedIsRefusedAndKeptAsTyped() throws Exception {
        AccountView editor = account("editor", Map.of(Role.EDITOR, Set.of()));
        String tooLong = "a".repeat(AccountService.MAX_EMAIL) + "@example.org";

        Document longAddress = refused(post("/admin/profile/email").param("email", tooLong), editor.username());
        assertThat(longAddress.select("#email-error").text())
                .isEqualTo(russian("profile.email.tooLong", Map.of("max", AccountService.MAX_EMAIL)));
        assertThat(longAddress.select("#email").val()).isEqualTo(tooLong);
        assertThat(longAddress.select("#email").attr("maxlength")).isEqualTo("200");

        Document malformed = refused(post("/admin/profile/email").param("email", "not-an-email"), editor.username());
        assertThat(malformed.select("#email-error").text()).isEqualTo(russian("profile.email.invalid"));
        assertThat(malformed.select("#email").val()).isEqualTo("not-an-email");
        assertThat(accounts.contact(editor.username()).orElseThrow().email()).isNull();
    }
}
