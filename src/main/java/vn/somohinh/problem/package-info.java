/**
 * Problems found in the data: values with a place, a severity, a stable code and a Vietnamese message; and the one
 * fault of the site's own sources (a template, a content file) that stops a build (SourceFault).
 */
package vn.somohinh.problem;
