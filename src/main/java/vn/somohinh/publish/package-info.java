/** The publish stage: a build is written to a staging folder and swapped into place; nothing else deletes files. */
package vn.somohinh.publish;
