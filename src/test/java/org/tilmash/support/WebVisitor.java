package org.tilmash.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP against the running test server with its own cookie jar, no automatic
 * redirects, and forms posted with the CSRF token of the page they came from. For journeys about sessions and
 * headers, where MockMvc would skip the servlet container.
 */
public final class WebVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String acceptLanguage;

    public WebVisitor(int port, String acceptLanguage) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.acceptLanguage = acceptLanguage;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET of a JSON endpoint, as a page's script polls it. */
    public HttpResponse<String> getJson(String path) {
        return send(request(path).setHeader("Accept", "application/json").GET().build());
    }

    /** Posts a form with the CSRF token of the page at {@code formPage}, as a browser submitting that page would. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        return postFrom(formPage, action, form);
    }

    /** Posts a form from one of the site's pages, with the headers a browser sends with it. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(formPost(path, form, "same-origin").build());
    }

    /** As {@link #post}, with the page the form was on as the {@code Referer}. */
    public HttpResponse<String> postFrom(String formPage, String action, Map<String, String> form) {
        return send(formPost(action, form, "same-origin")
                .header("Referer", base + formPage)
                .build());
    }

    /** A post a page's script sends with {@code fetch}, as the browser labels it. */
    public HttpResponse<String> postAsScript(String path, Map<String, String> form) {
        return send(formPost(path, form, "same-origin")
                .setHeader("Sec-Fetch-Mode", "cors")
                .build());
    }

    /** A form another site's page makes this browser post here, as a browser labels it. */
    public HttpResponse<String> postFromAnotherSite(String path, Map<String, String> form) {
        return send(formPost(path, form, "cross-site")
                .setHeader("Origin", "https://elsewhere.example")
                .build());
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> form, String fetchSite) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .header("Sec-Fetch-Site", fetchSite)
                .header("Sec-Fetch-Mode", "navigate")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * Uploads one file as the gallery page's script does: a multipart POST to {@code action} with the CSRF token of
     * the page at {@code formPage}.
     */
    public HttpResponse<String> upload(
            String formPage, String action, String field, String fileName, String contentType, byte[] content) {
        Matcher token = CSRF.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        String boundary = "tilmash-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + token.group(1) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + field + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .setHeader("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public HttpResponse<String> login(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** The current value of a cookie, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Puts a cookie back, e.g. an old session id, as an attacker holding it would. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Accept-Language", acceptLanguage);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
