package vn.somohinh.write;

/**
 * One file a writing command means to write: its path from the site root ("data/…"), its bytes before (null for a
 * new file) and after.
 */
public record FileChange(String path, byte[] before, byte[] after) {
}
