import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One servlet answering every GET with the same bytes and the headers a page-cache hit sends: what a servlet container
 * costs per request before any application code. Usage: java BareServer tomcat|jetty PORT FILE
 */
public class BareServer {

    static class Page extends HttpServlet {
        private final byte[] page;

        Page(byte[] page) {
            this.page = page;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("ETag", "\"0123456789abcdef0123456789abcdef\"");
            response.setHeader("Cache-Control", "public, max-age=60, stale-while-revalidate=300");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        Page page = new Page(Files.readAllBytes(Path.of(args[2])));
        if (args[0].equals("tomcat")) {
            var tomcat = new org.apache.catalina.startup.Tomcat();
            tomcat.setPort(port);
            tomcat.getConnector();
            var context = tomcat.addContext("", null);
            org.apache.catalina.startup.Tomcat.addServlet(context, "page", page);
            context.addServletMappingDecoded("/*", "page");
            tomcat.start();
            tomcat.getServer().await();
        } else {
            var server = new org.eclipse.jetty.server.Server();
            var connector = new org.eclipse.jetty.server.ServerConnector(server);
            connector.setPort(port);
            server.addConnector(connector);
            var context = new org.eclipse.jetty.ee11.servlet.ServletContextHandler();
            context.addServlet(new org.eclipse.jetty.ee11.servlet.ServletHolder(page), "/*");
            server.setHandler(context);
            server.start();
            server.join();
        }
    }
}
