package dev.poolscope.trace.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's {@code interesting:} entry, the event a trace of it opens at: {@code first} and a
 * matcher, as {@link EventMatch#describe()} writes them: {@code cas-failure}, {@code contention},
 * {@code PARTIAL_SET with bits set}, {@code KIND} or {@code KIND in chunk N}.
 */
final class MatchText {

    private static final String FIRST = "first ";
    private static final List<EventMatch> NAMED = List.of(new EventMatch.CasFailure(), new EventMatch.Contention(),
            new EventMatch.PartialSetWithBitsSet());
    private static final Pattern IN_CHUNK = Pattern.compile("(\\S+)\\s+in\\s+chunk\\s+(\\S+)");
    private static final String FORMS = "first cas-failure, first contention, first PARTIAL_SET with bits set, "
            + "first KIND or first KIND in chunk N";

    private MatchText() {
    }

    static EventMatch parse(Entry entry) {
        Line line = entry.head();
        String value = entry.oneLine().replaceAll("\\s+", " ");
        if (!value.startsWith(FIRST)) {
            throw line.error("expected " + FORMS + ", got " + Values.quote(value));
        }
        String matcher = value.substring(FIRST.length());
        for (EventMatch named : NAMED) {
            if (named.describe().equals(matcher)) {
                return named;
            }
        }
        Matcher inChunk = IN_CHUNK.matcher(matcher);
        if (inChunk.matches()) {
            return new EventMatch.InChunk(Values.kind(line, inChunk.group(1)),
                    Values.whole(line, "a chunk id", inChunk.group(2)));
        }
        if (!matcher.matches("[A-Z_]+")) {
            throw line.error("expected " + FORMS + ", got " + Values.quote(value));
        }
        return new EventMatch.OfKind(Values.kind(line, matcher));
    }

    static String write(EventMatch match) {
        return "interesting: " + FIRST + match.describe();
    }
}
