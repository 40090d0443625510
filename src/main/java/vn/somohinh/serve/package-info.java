/** The preview server: serves the built site, watches the sources, rebuilds through the build's own recipe, reloads open pages. */
package vn.somohinh.serve;
