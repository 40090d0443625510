/**
 * Commands that write data (CLI.md): text-preserving edits of data files, checked in memory before anything is
 * written, then written all or none. May use load, yaml, validate, problem, text; the read pipeline never uses it.
 */
package vn.somohinh.write;
