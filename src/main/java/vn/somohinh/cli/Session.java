package vn.somohinh.cli;

import java.io.PrintStream;
import java.util.Map;

/** What a run may touch outside its arguments: the environment and the two output streams (tests pass their own). */
record Session(Map<String, String> env, PrintStream out, PrintStream err) {
}
