import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves every bundle of an installed Eclipse's plugins folder in an OSGi framework (the Equinox of
 * that install, on the class path) and fails, naming each bundle's missing requirement, unless all of
 * them resolve. Run as a single-file program: {@code java -cp org.eclipse.osgi.jar ResolveInstall.java
 * PLUGINS_DIR STORAGE_DIR}.
 */
public final class ResolveInstall {

    private ResolveInstall() {
    }

    public static void main(String[] args) throws Exception {
        Path plugins = Path.of(args[0]);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, args[1]);
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
        framework.start();
        List<String> unresolved;
        try {
            List<Bundle> bundles = install(framework, plugins);
            framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
            unresolved = unresolved(bundles);
            if (unresolved.isEmpty()) {
                System.out.println("ResolveInstall: all " + bundles.size() + " bundles of " + plugins + " resolved");
            }
        } finally {
            framework.stop();
            framework.waitForStop(30_000);
        }
        if (!unresolved.isEmpty()) {
            unresolved.forEach(problem -> System.err.println("ResolveInstall: " + problem));
            System.exit(1);
        }
    }

    /** Installs every bundle in {@code plugins} except the framework itself, which is the system bundle. */
    private static List<Bundle> install(Framework framework, Path plugins) throws IOException, BundleException {
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> entries = Files.list(plugins)) {
            for (Path entry : entries.sorted().toList()) {
                if (!entry.getFileName().toString().startsWith("org.eclipse.osgi_")) {
                    bundles.add(framework.getBundleContext().installBundle("reference:" + entry.toUri()));
                }
            }
        }
        return bundles;
    }

    /** One line per bundle that did not resolve, with the framework's reason where it gives one. */
    private static List<String> unresolved(List<Bundle> bundles) {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " is not resolved: " + reason(bundle));
            }
        }
        return problems;
    }

    /** Equinox names the missing requirement when asked to start an unresolved bundle. */
    private static String reason(Bundle bundle) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return "a fragment whose host or requirements are missing";
        }
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "(resolved when started)";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }
}
