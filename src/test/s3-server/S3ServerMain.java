import java.lang.reflect.Method;

/**
 * Adobe's S3Mock for Tilmash's tests, run in a JVM of its own (it brings its own Spring Boot) by the Java launcher
 * straight from this source file, with S3Mock's executable jar ({@code target/s3-server/s3mock.jar}, copied from Maven
 * Central by the build) on the class path. The arguments go to S3Mock unchanged. It stops when its standard input
 * closes, so it never outlives the test JVM that started it, even one that was killed.
 */
public class S3ServerMain {

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing to read: the test JVM only ever closes it
                }
            } catch (java.io.IOException ignored) {
                // closed
            }
            System.exit(0);
        });
        watcher.setDaemon(true);
        watcher.start();
        // The executable jar's own launcher, which puts BOOT-INF/lib on the class path and runs S3MockApplication.
        Class<?> launcher = Class.forName("org.springframework.boot.loader.launch.JarLauncher");
        Method main = launcher.getMethod("main", String[].class);
        main.invoke(null, (Object) args);
    }
}
