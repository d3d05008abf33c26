package dev.poolscope.app;

import dev.poolscope.testkit.Deadlines;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs tests inside the real Poolscope workbench (the product's advisors, window, menus, commands):
 * starts it once on a UI thread of its own, runs each test and each before/after-each method on
 * that thread, and closes the workbench when all tests are done.
 *
 * <p>Tycho's UI harness would do this, but Tycho 4.0.13 then always requires the IDE application
 * bundle, which this RCP's target platform does not hold.
 */
public final class InWorkbench implements InvocationInterceptor {

    /** Generous for a loaded machine: reaching it means the workbench did not start. */
    private static final long START_MINUTES = 5;
    private static final long POLL_MILLIS = 100;

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        onUiThread(invocation, context);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        onUiThread(invocation, context);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        onUiThread(invocation, context);
    }

    private static void onUiThread(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        Running workbench = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        workbench.display.syncExec(() -> {
            try {
                invocation.proceed();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** The workbench on its UI thread; closed once the whole test run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final Thread thread;
        private final Display display;

        private Running(Thread thread, Display display) {
            this.thread = thread;
            this.display = display;
        }

        static Running start() {
            AtomicReference<Display> created = new AtomicReference<>();
            Thread thread = new Thread(() -> {
                Display display = PlatformUI.createDisplay();
                created.set(display);
                try {
                    PlatformUI.createAndRunWorkbench(display, new PoolscopeWorkbenchAdvisor(Optional.empty()));
                } finally {
                    display.dispose();
                }
            }, "poolscope-test-workbench");
            thread.setDaemon(true);
            thread.start();
            long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(START_MINUTES);
            while (created.get() == null || !windowOpen(created.get())) {
                if (System.currentTimeMillis() > deadline || !thread.isAlive()) {
                    throw new IllegalStateException("the workbench did not start (waited " + START_MINUTES + " minutes)");
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the workbench started", e);
                }
            }
            return new Running(thread, created.get());
        }

        private static boolean windowOpen(Display display) {
            AtomicBoolean open = new AtomicBoolean();
            display.syncExec(() -> open.set(PlatformUI.isWorkbenchRunning()
                    && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0
                    && PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().isVisible()));
            return open.get();
        }

        @Override
        public void close() throws InterruptedException {
            display.syncExec(() -> {
                IWorkbench workbench = PlatformUI.getWorkbench();
                workbench.close();
            });
            Deadlines.join(thread);
        }
    }
}
