package dev.poolscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The UI bundle's packages depend on each other one way only: read from its own class files (not
 * this test fragment's), no package reaches itself again through the packages it uses.
 */
class PackageCyclesTest {

    /** A class name inside a class file's constant pool: a name or a descriptor's {@code Ldev/poolscope/ui/...;}. */
    private static final Pattern UI_CLASS = Pattern.compile("dev/poolscope/ui/((?:[a-z]\\w*/)*)[A-Z$]");
    private static final String ROOT = "dev.poolscope.ui";

    @Test
    void noPackageOfTheUiBundleDependsOnItself() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        assertTrue(uses.containsKey(ROOT + ".prefs") && uses.containsKey(ROOT),
                () -> "packages read: " + uses.keySet());
        assertTrue(uses.get(ROOT).contains(ROOT + ".prefs"), "ThreadColours reads the hues the user chose");
        List<List<String>> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            cycleThrough(start, uses).ifPresent(cycles::add);
        }
        assertEquals(List.of(), cycles, "package cycles of dev.poolscope.ui");
    }

    /** Each package of the UI bundle and the other UI packages its classes name. */
    private static Map<String, Set<String>> packageGraph() throws IOException {
        Bundle ui = FrameworkUtil.getBundle(ThreadColours.class);
        Map<String, Set<String>> uses = new TreeMap<>();
        for (URL entry : Collections.list(classEntries(ui))) {
            String path = entry.getPath();
            if (ui.getEntry(path) == null) {
                continue; // a fragment's class (getEntry searches the host alone): tests may reach anywhere
            }
            String owner = packageOf(path.substring(path.indexOf("dev/poolscope/ui/")));
            Set<String> used = uses.computeIfAbsent(owner, key -> new TreeSet<>());
            Matcher names = UI_CLASS.matcher(read(entry));
            while (names.find()) {
                String target = packageOf("dev/poolscope/ui/" + names.group(1) + "X");
                if (!target.equals(owner)) {
                    used.add(target);
                }
            }
        }
        return uses;
    }

    /** The class files of the UI bundle and of its fragments, this one among them. */
    private static Enumeration<URL> classEntries(Bundle ui) {
        Enumeration<URL> entries = ui.findEntries("/", "*.class", true);
        return entries == null ? Collections.emptyEnumeration() : entries;
    }

    private static String packageOf(String classPath) {
        return classPath.substring(0, classPath.lastIndexOf('/')).replace('/', '.');
    }

    private static String read(URL entry) throws IOException {
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A path of packages from {@code start} back to it, if there is one (depth first). */
    private static Optional<List<String>> cycleThrough(String start, Map<String, Set<String>> uses) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.push(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.pop();
            for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return Optional.of(longer);
                }
                if (seen.add(next)) {
                    paths.push(longer);
                }
            }
        }
        return Optional.empty();
    }
}
