package dev.poolscope.trace.scenario;

import dev.poolscope.trace.workload.ByteCount;
import dev.poolscope.trace.workload.ScriptedProgram;
import dev.poolscope.trace.workload.ScriptedProgram.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code thread N:} entry's indented lines, one operation each: {@code alloc SIZE}, or
 * {@code free #K}, which frees the thread's own allocation number K (from #0, in the order the
 * thread made them), each checked as {@link ScriptRules} says.
 */
final class ProgramText {

    private static final Pattern ALLOC = Pattern.compile("alloc\\s+(\\S+)");
    private static final Pattern FREE = Pattern.compile("free\\s+#(\\S+)");

    private ProgramText() {
    }

    /** Thread {@code thread}'s script. */
    static List<Instruction> parse(int thread, List<Line> lines) {
        List<Instruction> script = new ArrayList<>();
        ScriptRules rules = new ScriptRules(thread);
        for (Line line : lines) {
            Instruction instruction = instruction(line);
            line.check(() -> rules.accept(instruction));
            script.add(instruction);
        }
        return script;
    }

    /** The script's lines, as {@link #parse} reads them. */
    static List<String> write(List<Instruction> script) {
        return script.stream().map(ProgramText::line).toList();
    }

    private static Instruction instruction(Line line) {
        Matcher alloc = ALLOC.matcher(line.text());
        Matcher free = FREE.matcher(line.text());
        if (alloc.matches()) {
            return ScriptedProgram.alloc(Values.bytes(line, alloc.group(1)));
        } else if (free.matches()) {
            return ScriptedProgram.freeAllocation(Values.whole(line, "an allocation number", free.group(1)));
        }
        throw line.error("expected 'alloc SIZE' or 'free #N', got " + Values.quote(line.text()));
    }

    private static String line(Instruction instruction) {
        return instruction instanceof ScriptedProgram.AllocBytes alloc ? "alloc " + ByteCount.format(alloc.size())
                : "free #" + ((ScriptedProgram.FreeAllocation) instruction).index();
    }
}
