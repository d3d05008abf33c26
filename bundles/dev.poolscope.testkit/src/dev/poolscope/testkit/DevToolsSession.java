package dev.poolscope.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page target of a browser, spoken to over the Chrome DevTools protocol on a java.net.http
 * WebSocket. JSON is kept minimal on purpose (no library): commands are written as text, and from
 * the answers only a command's id, an event's method and the first string value of a named key are
 * read, which is all a page check needs. Every wait ends at the session's deadline.
 */
final class DevToolsSession implements AutoCloseable {

    private static final Pattern RESPONSE_ID = Pattern.compile("^\\{\"id\":(\\d+)[,}]");

    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final List<String> events = new ArrayList<>();
    private final long deadline;
    private final WebSocket socket;
    private int nextId;

    private DevToolsSession(URI target, long deadline) {
        this.deadline = deadline;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofMillis(remaining()))
                .buildAsync(target, new Collector()).orTimeout(remaining(), TimeUnit.MILLISECONDS).join();
    }

    /** A session on the page whose WebSocket is {@code target}; every wait of it ends by {@code deadline} (epoch ms). */
    static DevToolsSession open(URI target, long deadline) {
        return new DevToolsSession(target, deadline);
    }

    /** Sends {@code method} with {@code params} (a JSON object's text) and returns the answer's text; fails on an error answer. */
    String call(String method, String params) throws InterruptedException {
        int id = ++nextId;
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .orTimeout(remaining(), TimeUnit.MILLISECONDS).join();
        while (true) {
            String message = take(method);
            Matcher response = RESPONSE_ID.matcher(message);
            if (!response.find()) {
                events.add(message);
            } else if (Integer.parseInt(response.group(1)) == id) {
                if (message.startsWith("{\"id\":" + id + ",\"error\"")) {
                    fail(method + " failed: " + message);
                }
                return message;
            }
        }
    }

    /** The events received so far, oldest first, each as its message's text. */
    List<String> events() {
        return List.copyOf(events);
    }

    /** Waits for an event of {@code method} after the first {@code seen} events; returns its text. */
    String awaitEvent(String method, int seen) throws InterruptedException {
        for (int i = seen; ; i++) {
            while (i >= events.size()) {
                String message = take(method);
                if (!RESPONSE_ID.matcher(message).find()) {
                    events.add(message);
                }
            }
            if (method.equals(string(events.get(i), "method").orElse(""))) {
                return events.get(i);
            }
        }
    }

    /** The first string value of {@code key} in {@code json}, unescaped. */
    static Optional<String> string(String json, String key) {
        Matcher start = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"").matcher(json);
        if (!start.find()) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        for (int i = start.end(); i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return Optional.of(value.toString());
            }
            if (c == '\\') {
                char escaped = json.charAt(++i);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> value.append(escaped); // \" \\ \/
                }
            } else {
                value.append(c);
            }
        }
        return fail("unterminated string of \"" + key + "\" in " + json);
    }

    /** {@code text} as a JSON string literal. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private String take(String waitingFor) throws InterruptedException {
        String message = incoming.poll(remaining(), TimeUnit.MILLISECONDS);
        return message != null ? message : fail("gave up waiting for the browser's answer to " + waitingFor);
    }

    private long remaining() {
        return Math.max(1, deadline - System.currentTimeMillis());
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Joins a message's fragments and queues each whole message. */
    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                incoming.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
