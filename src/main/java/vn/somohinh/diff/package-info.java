/** What a change does to the registry against a Git ref, summed up in Markdown for a pull request. */
package vn.somohinh.diff;
