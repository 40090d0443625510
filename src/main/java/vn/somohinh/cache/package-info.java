/**
 * A content-addressed store of work done by earlier runs, under {@code <root>/target/so-mo-hinh-cache/}: one public
 * entry, {@link vn.somohinh.cache.Store}.
 *
 * <pre>{@code
 * Store store = Store.open(root);                  // or Store.none(): remembers nothing
 * String key = Store.key(version, path, bytes);    // SHA-256 (hex) of the inputs, each length-prefixed
 * Optional<byte[]> hit = store.get("page", key);   // empty when missing, corrupt, foreign or unreadable
 * store.put("page", key, value);                   // all-or-nothing; a failure to write is ignored
 * store.read(kind, key); store.put(kind, key, parts) // the same for large values, without copies
 * }</pre>
 *
 * A {@code kind} names what is stored (lower-case letters, digits and dashes: "yaml-trees" holds the YAML reads of
 * {@code load}, all data files in one entry); a {@code key}
 * is any string, normally {@link vn.somohinh.cache.Store#key} of everything the value depends on, the producing
 * code's version included. Each entry is one file holding the store's format version, its kind, its key, the value
 * and a CRC-32C of all of them, written to a temporary file and renamed into place. An entry that does not check
 * out in every respect is a miss, never an error, never a wrong value. The folder may be deleted at any time, and
 * concurrent runs at worst write the same entry twice (the last rename wins, each file whole). Nothing in
 * it is ever part of the site's output.
 */
package vn.somohinh.cache;
