package vn.somohinh.problem;

/**
 * Errors fail the build; warnings are shown and fail only under {@code --strict}; notes only tell (what
 * {@code import} changed while reading a value) and never fail. Printed in English for tools.
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
