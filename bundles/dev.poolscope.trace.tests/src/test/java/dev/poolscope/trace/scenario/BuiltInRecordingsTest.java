package dev.poolscope.trace.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.TraceHeader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every built-in scenario, under every variant it runs on, records the events it recorded when the
 * scenarios were Java code: the same header, the same events (thread, step, chunk, kind and payload,
 * as {@link Event#toString()} and {@link Event#time()} give them), the same taken schedule and the
 * same first interesting event. The expectations were taken from the Java scenarios before they were
 * replaced by their files.
 */
class BuiltInRecordingsTest {

    /** Scenario, variant, events, seq of the interesting event, and a digest of header, events and schedule. */
    private static final List<String> RECORDED_BY_THE_JAVA_SCENARIOS = List.of(
            "same-word-race mainline events=34 interesting=30 digest=4e8e8686cd5a56ed",
            "cross-word-rollback mainline events=31 interesting=21 digest=bdab407d299dc942",
            "free-races-alloc mainline events=20 interesting=16 digest=4d4ae361737a06b4",
            "retry-storm mainline events=85 interesting=14 digest=73148c761b486e72",
            "v4-search-start v4-patch events=62 interesting=42 digest=d2c40a4c2ef83be5",
            "v4-search-start mainline events=67 interesting=42 digest=9638a015e9ee34c7",
            "locked-vs-lockless pre-patch events=28 interesting=8 digest=682da76b4e604c84",
            "locked-vs-lockless mainline events=24 interesting=5 digest=0979cf05d6151c1b");

    @Test
    void eachBuiltInRecordsWhatItsJavaFormRecorded() throws Exception {
        List<String> recorded = new ArrayList<>();
        for (Scenario scenario : Scenarios.all()) {
            for (Variant variant : scenario.variants()) {
                recorded.add(fingerprint(scenario, variant));
            }
        }
        assertEquals(String.join("\n", RECORDED_BY_THE_JAVA_SCENARIOS), String.join("\n", recorded));
    }

    private static String fingerprint(Scenario scenario, Variant variant) throws Exception {
        Recorded run = ScenariosTest.record(scenario, variant);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        TraceHeader header = scenario.header(variant);
        assertTrue(header.origin().isEmpty(), "a scenario's trace is no branch");
        // the header as it read before branches added their origin to it (format version 3)
        String before = header.toString().replace(", origin=Optional.empty]", "]");
        digest.update(before.getBytes(StandardCharsets.UTF_8));
        for (Event e : run.events()) {
            digest.update(("\n" + e.time() + " " + e).getBytes(StandardCharsets.UTF_8));
        }
        digest.update(("\n" + run.run().schedule()).getBytes(StandardCharsets.UTF_8));
        return scenario.name() + " " + variant.id() + " events=" + run.events().size() + " interesting="
                + scenario.interesting().firstIn(run.trace()).orElse(-1) + " digest="
                + HexFormat.of().formatHex(digest.digest(), 0, 8);
    }
}
