package dev.poolscope.ui.commands;

/** Ids of Poolscope's commands and their parameters, as plugin.xml declares them. */
public final class PoolscopeCommands {

    public static final String STEP_FORWARD = "dev.poolscope.ui.commands.stepForward";
    public static final String STEP_BACK = "dev.poolscope.ui.commands.stepBack";
    public static final String NEXT_RACE = "dev.poolscope.ui.commands.nextRace";
    public static final String PREVIOUS_RACE = "dev.poolscope.ui.commands.previousRace";
    public static final String NEXT_ROLLBACK = "dev.poolscope.ui.commands.nextRollback";
    public static final String PREVIOUS_ROLLBACK = "dev.poolscope.ui.commands.previousRollback";
    public static final String NEXT_RETRY = "dev.poolscope.ui.commands.nextRetry";
    public static final String PREVIOUS_RETRY = "dev.poolscope.ui.commands.previousRetry";
    public static final String NEXT_FAILURE = "dev.poolscope.ui.commands.nextFailure";
    public static final String PREVIOUS_FAILURE = "dev.poolscope.ui.commands.previousFailure";
    public static final String RUN_TO_END = "dev.poolscope.ui.commands.runToEnd";
    public static final String BACK_TO_START = "dev.poolscope.ui.commands.backToStart";
    public static final String STEP_CURRENT_THREAD_FORWARD = "dev.poolscope.ui.commands.stepCurrentThreadForward";
    public static final String STEP_CURRENT_THREAD_BACK = "dev.poolscope.ui.commands.stepCurrentThreadBack";
    /** Steps the thread its {@link #THREAD} parameter names. */
    public static final String STEP_THREAD_FORWARD = "dev.poolscope.ui.commands.stepThreadForward";
    public static final String STEP_THREAD_BACK = "dev.poolscope.ui.commands.stepThreadBack";
    /** Opens the trace file its optional {@link #FILE} parameter names, or asks for one. */
    public static final String OPEN_TRACE = "dev.poolscope.ui.commands.openTrace";
    public static final String CLOSE_TRACE = "dev.poolscope.ui.commands.closeTrace";
    public static final String PAUSE_LIVE = "dev.poolscope.ui.commands.pauseLive";
    public static final String BRANCH_HERE = "dev.poolscope.ui.commands.branchHere";

    /** The thread parameter of the thread steps: "0", "1", ... */
    public static final String THREAD = "dev.poolscope.ui.commands.thread";
    /** The file parameter of Open Trace: a path. */
    public static final String FILE = "dev.poolscope.ui.commands.file";

    private PoolscopeCommands() {
    }
}
