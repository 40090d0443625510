package vn.somohinh.problem;

/** Errors fail the build; warnings are shown and fail only under {@code --strict}. Printed in English for tools. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
