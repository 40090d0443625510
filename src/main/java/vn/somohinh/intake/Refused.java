package vn.somohinh.intake;

import vn.somohinh.problem.Code;

/** A file the import will not read, with the one problem that says why; thrown by the readers, caught by {@link Tables}. */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Code code;
    final transient Object[] args;

    Refused(Code code, Object... args) {
        super(code.id(), null, false, false);
        this.code = code;
        this.args = args;
    }
}
