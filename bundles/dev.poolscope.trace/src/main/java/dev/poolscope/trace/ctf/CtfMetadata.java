package dev.poolscope.trace.ctf;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.UnitRuns;
import dev.poolscope.trace.file.EventLoss;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The TSDL text of the {@code metadata} file: packed little-endian types (every type byte-aligned,
 * so the binary layout has no padding), one clock in nanoseconds, the trace header as env entries,
 * and what a damaged trace lost as env entries, and one event class per {@link EventKind}, named by
 * the kind, with the seq, the chunk and the kind's payload fields; a {@code label} event also has
 * the label's text as a string field {@code text}. The start state is an env entry per chunk that
 * has one, {@code poolscope_start_chunk_N = "0+16 40+3"} (start unit + length of each run), with
 * {@code poolscope_start_units}, the units set at the start over all chunks. A branch adds
 * {@code poolscope_branch_parent}, {@code poolscope_branch_event} and {@code poolscope_branch_thread}.
 */
final class CtfMetadata {

    /** Payload fields that hold bit patterns or addresses: printed in hex. */
    private static final Set<String> HEX_FIELDS = Set.of("address", "value", "expected", "desired", "witnessed",
            "before", "after");

    /** Payload fields that may be negative. */
    private static final Set<String> SIGNED_FIELDS = Set.of("delta");

    private CtfMetadata() {
    }

    static String text(TraceHeader header, long eventCount, EventLoss loss, UUID uuid) {
        StringBuilder text = new StringBuilder();
        text.append("/* CTF 1.8 */\n\n");
        text.append("""
                typealias integer { size = 8; align = 8; signed = false; } := uint8_t;
                typealias integer { size = 32; align = 8; signed = false; } := uint32_t;
                typealias integer { size = 32; align = 8; signed = true; } := int32_t;
                typealias integer { size = 64; align = 8; signed = false; } := uint64_t;
                typealias integer { size = 64; align = 8; signed = true; } := int64_t;
                typealias integer { size = 64; align = 8; signed = false; base = 16; } := hex64_t;
                typealias integer { size = 64; align = 8; signed = false; map = clock.monotonic.value; } := ts_t;

                """);
        text.append("trace {\n    major = 1;\n    minor = 8;\n    uuid = \"").append(uuid).append("\";\n")
                .append("""
                            byte_order = le;
                            packet.header := struct {
                                uint32_t magic;
                                uint8_t uuid[16];
                                uint32_t stream_id;
                            };
                        };

                        """);
        env(text, header, eventCount, loss);
        text.append("""
                clock {
                    name = monotonic;
                    description = "event time: ns since the recording started, or the step of a scheduled run";
                    freq = 1000000000;
                    offset_s = 0;
                    offset = 0;
                };

                stream {
                    id = 0;
                    packet.context := struct {
                        ts_t timestamp_begin;
                        ts_t timestamp_end;
                        uint64_t content_size;
                        uint64_t packet_size;
                        uint64_t events_discarded;
                        uint32_t thread_id;
                    };
                    event.header := struct {
                        uint32_t id;
                        ts_t timestamp;
                    };
                };
                """);
        for (EventKind kind : EventKind.values()) {
            text.append("\nevent {\n    name = ").append(name(kind)).append(";\n    id = ").append(kind.code())
                    .append(";\n    stream_id = 0;\n    fields := struct {\n        uint64_t seq;\n        int32_t chunk;\n");
            for (String field : kind.fields()) {
                text.append("        ").append(typeOf(field)).append(' ').append(field).append(";\n");
            }
            if (kind == EventKind.LABEL) {
                text.append("        string text;\n");
            }
            text.append("    };\n};\n");
        }
        return text.toString();
    }

    /** The CTF event name of a kind: {@code cas}, {@code alloc_begin}, ... */
    static String name(EventKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String typeOf(String field) {
        return HEX_FIELDS.contains(field) ? "hex64_t" : SIGNED_FIELDS.contains(field) ? "int64_t" : "uint64_t";
    }

    private static void env(StringBuilder text, TraceHeader header, long eventCount, EventLoss loss) {
        text.append("env {\n");
        text.append("    poolscope_min_alloc_order = ").append(header.minAllocOrder()).append(";\n");
        text.append("    poolscope_variant = ").append(quoted(header.variant())).append(";\n");
        text.append("    poolscope_algorithm = ").append(quoted(header.algorithm())).append(";\n");
        text.append("    poolscope_threads = ").append(header.threads()).append(";\n");
        text.append("    poolscope_workload = ").append(quoted(header.workload())).append(";\n");
        text.append("    poolscope_seed = ").append(header.seed()).append(";\n");
        text.append("    poolscope_events = ").append(eventCount).append(";\n");
        text.append("    poolscope_events_lost = ").append(loss.events()).append(";\n");
        text.append("    poolscope_damage = ").append(quoted(loss.summary())).append(";\n");
        text.append("    poolscope_chunks = ").append(header.chunks().size()).append(";\n");
        for (ChunkGeometry chunk : header.chunks()) {
            text.append("    poolscope_chunk_").append(chunk.id()).append(" = ").append(quoted(String.format(
                    "start=0x%x phys=0x%x size=%d", chunk.start(), chunk.phys(), chunk.size()))).append(";\n");
        }
        text.append("    poolscope_labels = ").append(header.labels().size()).append(";\n");
        text.append("    poolscope_start_units = ").append(header.start().units()).append(";\n");
        for (ChunkGeometry chunk : header.chunks()) {
            UnitRuns runs = header.start().chunk(chunk.id());
            if (!runs.isEmpty()) {
                text.append("    poolscope_start_chunk_").append(chunk.id()).append(" = \"");
                for (int run = 0; run < runs.count(); run++) {
                    text.append(run == 0 ? "" : " ").append(runs.start(run)).append('+').append(runs.length(run));
                }
                text.append("\";\n");
            }
        }
        header.origin().ifPresent(origin -> {
            text.append("    poolscope_branch_parent = ").append(quoted(origin.parent())).append(";\n");
            text.append("    poolscope_branch_event = ").append(origin.event()).append(";\n");
            text.append("    poolscope_branch_thread = ").append(origin.thread()).append(";\n");
        });
        text.append("};\n\n");
    }

    /**
     * A TSDL string literal as babeltrace2 reads it: quote and backslash escaped, newline and tab as
     * {@code \n} and {@code \t}, other control characters as 3-digit octal escapes (a hex escape
     * would swallow the hex digits after it), everything else as UTF-8.
     */
    static String quoted(String value) {
        StringBuilder literal = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                literal.append('\\').append((char) c);
            } else if (c == '\n') {
                literal.append("\\n");
            } else if (c == '\t') {
                literal.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                literal.append(String.format("\\%03o", c));
            } else {
                literal.appendCodePoint(c);
            }
        });
        return literal.append('"').toString();
    }
}
