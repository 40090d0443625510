package vn.somohinh.model;

/** A problem as pages show it (only warnings reach a built site). */
public record Notice(String severity, String code, String message, String file, int line, int column) {
}
