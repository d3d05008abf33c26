package dev.poolscope.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A page loaded in Debian's headless {@code chromium} (CI installs it; without it the tests that use
 * this fail): which resources failed to load, which images did not decode, and a screenshot. It
 * starts the browser with a DevTools port of the system's choosing, reads the port from
 * {@code DevToolsActivePort}, opens a page target and drives it over the DevTools protocol
 * ({@link DevToolsSession}). Every wait ends within {@link Deadlines#PATIENCE_MILLIS}; the browser
 * and its children are killed when the check ends, however it ends.
 */
public final class Chromium {

    /** The viewport: a common laptop screen. */
    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;

    /** Lists the images that are not decoded (not complete, or 0 pixels wide), one src per line. */
    private static final String BROKEN_IMAGES = "Array.from(document.images).filter(i => !(i.complete && "
            + "i.naturalWidth > 0)).map(i => i.getAttribute('src')).join('\\n')";

    private Chromium() {
    }

    /**
     * What loading a page showed.
     *
     * @param requested      every URL the page asked for, the page itself first
     * @param failed         each resource that did not load: "URL: error" (a missing file, a status of 400 or more)
     * @param brokenImages   the src of each {@code <img>} that did not decode
     * @param images         how many {@code <img>} the page has
     * @param screenshot     the PNG of the whole page, {@value #WIDTH} pixels wide
     */
    public record PageCheck(List<String> requested, List<String> failed, List<String> brokenImages, int images,
            Path screenshot) {

        /** Fails unless every resource loaded and every image decoded. */
        public void assertWhole() {
            assertTrue(failed.isEmpty(), () -> "resources that did not load: " + failed);
            assertTrue(brokenImages.isEmpty(), () -> "images that did not decode: " + brokenImages);
        }
    }

    /** Loads {@code page} (a local file) and writes its screenshot to {@code screenshot}; the browser's files go under {@code scratch}. */
    public static PageCheck check(Path page, Path screenshot, Path scratch) throws Exception {
        long deadline = System.currentTimeMillis() + Deadlines.PATIENCE_MILLIS;
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        Process browser = start(profile, scratch);
        try {
            URI target = pageTarget(port(browser, profile, scratch), deadline);
            try (DevToolsSession session = DevToolsSession.open(target, deadline)) {
                return load(session, page, screenshot);
            }
        } finally {
            kill(browser);
        }
    }

    private static Process start(Path profile, Path scratch) throws IOException {
        List<String> command = new ArrayList<>(List.of("chromium", "--headless=new", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check", "--disable-gpu",
                "--disable-extensions", "--hide-scrollbars", "--window-size=" + WIDTH + "," + HEIGHT));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox"); // chromium refuses to run as root with its sandbox
        }
        command.add("about:blank");
        try {
            return new ProcessBuilder(command).redirectOutput(scratch.resolve("chromium.out").toFile())
                    .redirectError(scratch.resolve("chromium.err").toFile()).start();
        } catch (IOException e) {
            return fail("chromium is not installed; install it with 'apt-get install chromium' (CI does): " + e);
        }
    }

    /** The DevTools port, from the first line of DevToolsActivePort once chromium has written it. */
    private static int port(Process browser, Path profile, Path scratch) throws Exception {
        Path portFile = profile.resolve("DevToolsActivePort");
        Deadlines.until(() -> !browser.isAlive() || lines(portFile).size() >= 2, "chromium's DevToolsActivePort");
        if (!browser.isAlive()) {
            fail("chromium exited with " + browser.exitValue() + ": " + Files.readString(scratch.resolve("chromium.err")));
        }
        return Integer.parseInt(lines(portFile).get(0).trim());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) { // not written yet
            return List.of();
        }
    }

    /** A new page target's WebSocket ({@code PUT /json/new}). */
    private static URI pageTarget(int port, long deadline) throws Exception {
        Duration patience = Duration.ofMillis(Math.max(1, deadline - System.currentTimeMillis()));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).timeout(patience).build();
        String body = HttpClient.newBuilder().connectTimeout(patience).build()
                .send(request, HttpResponse.BodyHandlers.ofString()).body();
        return URI.create(DevToolsSession.string(body, "webSocketDebuggerUrl")
                .orElseGet(() -> fail("no page target in chromium's answer: " + body)));
    }

    private static PageCheck load(DevToolsSession session, Path page, Path screenshot) throws Exception {
        session.call("Page.enable", "{}");
        session.call("Network.enable", "{}");
        int seen = session.events().size();
        String url = page.toAbsolutePath().toUri().toString();
        session.call("Page.navigate", "{\"url\":" + DevToolsSession.quote(url) + "}");
        session.awaitEvent("Page.loadEventFired", seen);
        String broken = evaluate(session, BROKEN_IMAGES);
        int images = Integer.parseInt(evaluate(session, "String(document.images.length)"));
        int height = Integer.parseInt(evaluate(session, "String(document.documentElement.scrollHeight)"));
        String shot = session.call("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":true,"
                + "\"clip\":{\"x\":0,\"y\":0,\"width\":" + WIDTH + ",\"height\":" + height + ",\"scale\":1}}");
        Files.write(screenshot, Base64.getDecoder().decode(DevToolsSession.string(shot, "data").orElseThrow()));
        List<String> requested = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        network(session.events().subList(seen, session.events().size()), requested, failed);
        return new PageCheck(requested, failed, broken.isEmpty() ? List.of() : List.of(broken.split("\n")), images,
                screenshot);
    }

    /** The URLs asked for, and those that failed: a loading failure, or an HTTP status of 400 or more. */
    private static void network(List<String> events, List<String> requested, List<String> failed) {
        Map<String, String> urls = new HashMap<>();
        for (String event : events) {
            String method = DevToolsSession.string(event, "method").orElse("");
            String id = DevToolsSession.string(event, "requestId").orElse("");
            if (method.equals("Network.requestWillBeSent")) {
                String url = DevToolsSession.string(event, "url").orElse("?");
                urls.put(id, url);
                requested.add(url);
            } else if (method.equals("Network.loadingFailed")) {
                failed.add(urls.getOrDefault(id, id) + ": " + DevToolsSession.string(event, "errorText").orElse("?"));
            } else if (method.equals("Network.responseReceived") && event.matches("(?s).*\"status\":[4-9]\\d\\d\\D.*")) {
                failed.add(urls.getOrDefault(id, id) + ": HTTP " + event.replaceAll("(?s).*\"status\":(\\d+).*", "$1"));
            }
        }
    }

    private static String evaluate(DevToolsSession session, String expression) throws InterruptedException {
        String answer = session.call("Runtime.evaluate", "{\"expression\":" + DevToolsSession.quote(expression)
                + ",\"returnByValue\":true}");
        return DevToolsSession.string(answer, "value").orElseGet(() -> fail("no value for " + expression + ": " + answer));
    }

    /** Kills the browser and its children and waits, with a deadline, for them to be gone. */
    private static void kill(Process browser) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
        all.add(browser.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(Deadlines.PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                fail("chromium process " + process.pid() + " did not end: " + e);
            }
        }
    }
}
