package org.tilmash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.javapoet.ClassName;
import org.springframework.mock.env.MockEnvironment;

/**
 * The fast start's Spring AOT processing records Tilmash's switches, and a start in AOT mode with any of them set
 * otherwise is refused with their names, so that no build-time choice silently overrides an operator's setting.
 */
class FastStartSwitchesTest {

    @Test
    void processingRecordsEverySwitchAsItsConditionSeesIt() throws IOException {
        MockEnvironment built = new MockEnvironment()
                .withProperty("tilmash.cluster.enabled", "true")
                .withProperty("tilmash.replica.url", "jdbc:postgresql://replica/tilmash");
        Properties recorded = record(built);

        assertThat(recorded)
                .containsEntry("tilmash.enabled", "true")
                .containsEntry("tilmash.cluster.enabled", "true")
                .containsEntry("tilmash.accounts.sign-in", "tilmash")
                .containsEntry("tilmash.replica.url", "set")
                .containsEntry("tilmash.web.site-path", "unset")
                .containsEntry("tilmash.database.data-source", "unset")
                .doesNotContainValue("jdbc:postgresql://replica/tilmash");
    }

    @Test
    void aStartWithTheSameSwitchesGoesAheadWhateverElseChanged() throws IOException {
        Properties recorded = record(new MockEnvironment()
                .withProperty("tilmash.replica.url", "jdbc:h2:mem:one")
                .withProperty("tilmash.web.site-path", "/news"));
        MockEnvironment now = new MockEnvironment()
                .withProperty("tilmash.replica.url", "jdbc:h2:mem:another")
                .withProperty("tilmash.web.site-path", "/press")
                .withProperty("tilmash.site.page-size", "20");

        assertThatCode(() -> FastStartSwitches.check(recorded, now)).doesNotThrowAnyException();
    }

    @Test
    void aStartWithASwitchSetOtherwiseIsRefusedWithItsName() throws IOException {
        Properties recorded = record(new MockEnvironment());
        MockEnvironment now = new MockEnvironment()
                .withProperty("tilmash.cluster.enabled", "true")
                .withProperty("tilmash.database.data-source", "newsroomDataSource");

        assertThatIllegalStateException()
                .isThrownBy(() -> FastStartSwitches.check(recorded, now))
                .withMessageContaining("tilmash.cluster.enabled: built with 'false', now 'true'")
                .withMessageContaining("tilmash.database.data-source: built with 'unset', now 'set'")
                .withMessageContaining("without -Dspring.aot.enabled=true");
    }

    /** Runs the AOT contribution as Spring's processing does and reads back the file it generates. */
    private static Properties record(MockEnvironment environment) throws IOException {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.registerSingleton("environment", environment);
        InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
        DefaultGenerationContext context =
                new DefaultGenerationContext(new ClassNameGenerator(ClassName.get("org.tilmash", "Test")), files);
        new FastStartSwitches()
                .processAheadOfTime(beanFactory)
                .applyTo(context, org.mockito.Mockito.mock(BeanFactoryInitializationCode.class));
        String text = files.getGeneratedFileContent(GeneratedFiles.Kind.RESOURCE, FastStartSwitches.RECORD);
        assertThat(text).as("no build date in the record").doesNotStartWith("#");
        Properties recorded = new Properties();
        recorded.load(new StringReader(text));
        return recorded;
    }
}
